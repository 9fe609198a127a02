#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

class QDebug;

namespace maxmon::phoenix {

/// One Phoenix Channels message: `[join_ref, ref, topic, event, payload]`.
///
/// The payload is JSON (text frames) or bytes (binary frames). A binary reply
/// decodes like the JavaScript client's `{status, response: ArrayBuffer}`: event
/// "phx_reply", payload `{"status": ...}` and the response in binaryPayload.
/// For other binary frames payload is null.
struct MAXMON_CORE_EXPORT Frame
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::phoenix::Frame)

public:
    /// The join it belongs to; nullopt is null in JSON (binary frames cannot carry null).
    std::optional<QString> joinRef;
    std::optional<QString> ref; ///< the push it is or answers; nullopt for broadcasts
    QString topic; ///< the channel: "room:lobby"
    QString event; ///< "phx_join", "phx_reply", "new_msg", ...
    /// The JSON payload; null for binary frames other than replies.
    QJsonValue payload = QJsonObject();
    QByteArray binaryPayload; ///< the bytes of a binary frame (of a binary reply: its response)
    bool isBinary = false; ///< sent or received as a binary frame

    /// A text (JSON) frame.
    static Frame json(std::optional<QString> joinRef, std::optional<QString> ref, QString topic,
                      QString event, QJsonValue payload);
    /// A binary push or broadcast.
    static Frame binary(std::optional<QString> joinRef, std::optional<QString> ref, QString topic,
                        QString event, QByteArray payload);
    /// A binary reply: event "phx_reply", payload {"status": status}, the response as bytes.
    static Frame binaryReply(QString joinRef, QString ref, QString topic, QString status,
                             QByteArray response);

    /// Whether the event is "phx_reply".
    bool isReply() const;
    /// "ok", "error", ...: the status of a reply (text or binary), empty otherwise.
    QString replyStatus() const;

    /// Equal in every field.
    friend MAXMON_CORE_EXPORT bool operator==(const Frame &a, const Frame &b);
    /// Different in some field.
    friend bool operator!=(const Frame &a, const Frame &b) { return !(a == b); }
};

/// The reserved events of the protocol.
namespace events {
/// "phx_join": joins a channel.
inline QString join()
{
    return QStringLiteral("phx_join");
}
/// "phx_leave": leaves a channel.
inline QString leave()
{
    return QStringLiteral("phx_leave");
}
/// "phx_reply": the server's answer to a push.
inline QString reply()
{
    return QStringLiteral("phx_reply");
}
/// "phx_error": the channel crashed on the server.
inline QString error()
{
    return QStringLiteral("phx_error");
}
/// "phx_close": the server closed the channel.
inline QString close()
{
    return QStringLiteral("phx_close");
}
/// "heartbeat": the socket's keep-alive push on topic "phoenix".
inline QString heartbeat()
{
    return QStringLiteral("heartbeat");
}
} // namespace events

/// Writes the frame for debugging: its fields, the payload compact.
MAXMON_CORE_EXPORT QDebug operator<<(QDebug debug, const Frame &frame);

/// "a number", "null", "missing" (undefined): how error messages name what
/// was found where a string or an object was expected.
MAXMON_CORE_EXPORT QString jsonTypeName(const QJsonValue &value);

} // namespace maxmon::phoenix

Q_DECLARE_METATYPE(maxmon::phoenix::Frame)
