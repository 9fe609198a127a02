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

// One Phoenix Channels message: [join_ref, ref, topic, event, payload].
//
// The payload is JSON (text frames) or bytes (binary frames). A binary reply
// decodes like the JavaScript client's {status, response: ArrayBuffer}: event
// "phx_reply", payload {"status": ...} and the response in binaryPayload.
// For other binary frames payload is null.
struct MAXMON_CORE_EXPORT Frame
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::phoenix::Frame)

public:
    std::optional<QString> joinRef; // null in JSON; binary frames cannot carry null
    std::optional<QString> ref;
    QString topic;
    QString event;
    QJsonValue payload = QJsonObject();
    QByteArray binaryPayload;
    bool isBinary = false;

    static Frame json(std::optional<QString> joinRef, std::optional<QString> ref, QString topic,
                      QString event, QJsonValue payload);
    static Frame binary(std::optional<QString> joinRef, std::optional<QString> ref, QString topic,
                        QString event, QByteArray payload);
    static Frame binaryReply(QString joinRef, QString ref, QString topic, QString status,
                             QByteArray response);

    bool isReply() const; // event "phx_reply"
    // "ok", "error", ...: the status of a reply (text or binary), empty otherwise
    QString replyStatus() const;

    friend MAXMON_CORE_EXPORT bool operator==(const Frame &a, const Frame &b);
    friend bool operator!=(const Frame &a, const Frame &b) { return !(a == b); }
};

// The reserved events of the protocol.
namespace events {
inline QString join()
{
    return QStringLiteral("phx_join");
}
inline QString leave()
{
    return QStringLiteral("phx_leave");
}
inline QString reply()
{
    return QStringLiteral("phx_reply");
}
inline QString error()
{
    return QStringLiteral("phx_error");
}
inline QString close()
{
    return QStringLiteral("phx_close");
}
inline QString heartbeat()
{
    return QStringLiteral("heartbeat");
}
} // namespace events

MAXMON_CORE_EXPORT QDebug operator<<(QDebug debug, const Frame &frame);

// "a number", "null", "missing" (undefined): how error messages name what
// was found where a string or an object was expected
MAXMON_CORE_EXPORT QString jsonTypeName(const QJsonValue &value);

} // namespace maxmon::phoenix

Q_DECLARE_METATYPE(maxmon::phoenix::Frame)
