#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace maxmon {

/// One message that crossed (or will cross) a connection. An immutable value,
/// cheap to copy: copies share one payload and one lazily parsed JSON document.
///
/// The payload is kept byte for byte: text frames keep their bytes even when
/// they are not valid UTF-8, binary payloads are never converted to text.
///
/// A text frame whose bytes QJsonDocument accepts as an object or an array
/// reports kind() == Json, any other text frame Text. The parse that decides
/// it happens at most once per message, on first use, and its result is
/// shared by every copy, including those made by the with*() functions.
///
/// Control frames keep their wire payload: Ping and Pong the application
/// data, Close the 2-byte big-endian code followed by the UTF-8 reason.
class MAXMON_CORE_EXPORT Message
{
public:
    /// What the frame is.
    enum class Kind {
        Text, ///< a text frame that is not a JSON object or array
        Binary, ///< a binary frame
        Json, ///< a text frame holding a JSON object or array
        Ping, ///< a ping control frame
        Pong, ///< a pong control frame
        Close, ///< a close control frame
    };
    /// Which way it went.
    enum class Direction {
        Incoming, ///< from the server
        Outgoing, ///< to the server
    };

    /// A null message: isNull() is true.
    Message();
    /// A copy sharing the payload and its parse.
    Message(const Message &other);
    /// Takes other's data; other becomes null.
    Message(Message &&other) noexcept;
    /// Shares other's payload and parse.
    Message &operator=(const Message &other);
    /// Takes other's data.
    Message &operator=(Message &&other) noexcept;
    ~Message();

    /// A text message from UTF-8 bytes; the bytes are kept exactly, valid UTF-8 or not.
    static Message fromText(Direction direction, const QByteArray &utf8);
    /// A text message from text, as UTF-8.
    static Message fromText(Direction direction, const QString &text);
    /// A binary message.
    static Message fromBinary(Direction direction, const QByteArray &data);
    /// The document serialized compactly; sent as a text frame. A null document gives "null".
    static Message fromJson(Direction direction, const QJsonDocument &document);
    /// Objects and arrays give a Json message; scalars ("42", "\"hi\"") a Text one.
    static Message fromJson(Direction direction, const QJsonValue &value);
    /// Ping, Pong or Close with its raw payload; any other kind gives a null message.
    static Message control(Kind kind, Direction direction, const QByteArray &payload);
    /// A Close frame as on the wire; closeCode 0 gives an empty payload (no status).
    static Message closeFrame(Direction direction, int closeCode, const QString &reason = {});

    /// Whether this is the null message.
    bool isNull() const { return !d; }
    /// What the frame is; for text frames decided by one lazy JSON parse.
    Kind kind() const;
    /// Which way it went.
    Direction direction() const;
    /// Whether it is a text frame: Text or Json.
    bool isTextFrame() const;
    /// Whether it is a control frame: Ping, Pong or Close.
    bool isControl() const;

    /// Unique for outgoing messages sent by WebSocketClient; empty otherwise
    /// unless set with withId().
    QString id() const;
    /// The payload, byte for byte.
    QByteArray payload() const;
    /// The payload's size in bytes.
    qint64 size() const;
    /// Wall clock, UTC, microseconds since the epoch.
    qint64 timestampUs() const;
    /// Monotonic clock (CLOCK_MONOTONIC, as QElapsedTimer), nanoseconds: for
    /// latency within this process, never for display.
    qint64 monotonicNs() const;
    /// Free-form annotations (recorder, GUI); not part of the payload.
    QJsonObject meta() const;

    /// Text frames only, decoded as UTF-8 (invalid sequences replaced, a
    /// leading U+FEFF kept); empty for binary and control frames.
    QString text() const;
    /// Whether the payload is valid UTF-8.
    bool isValidUtf8() const;
    /// The parsed document for Json messages; a null document otherwise.
    QJsonDocument json() const;
    /// Why a text frame that looks like JSON ('{' or '[' first) is not:
    /// empty when it parsed or never looked like JSON.
    QString jsonError() const;

    /// Close frames: the code (1005 "no status" when the payload has none).
    int closeCode() const;
    /// Close frames: the reason.
    QString closeReason() const;

    /// A copy with another id; the payload and its parse stay shared.
    Message withId(const QString &id) const;
    /// A copy with other time stamps.
    Message withTimestamps(qint64 timestampUs, qint64 monotonicNs) const;
    /// A copy stamped now: both clocks from one clock read.
    Message withCurrentTimestamps() const;
    /// A copy with other annotations.
    Message withMeta(const QJsonObject &meta) const;

    /// True when both share one payload buffer (and so one JSON parse).
    bool sharesPayloadWith(const Message &other) const;

    /// The next id for an outgoing message: unique in this process.
    static QString nextOutgoingId();
    /// The kind's name in records and exports: "text", "binary", "json", "ping", "pong", "close".
    static QString kindName(Kind kind);
    /// The kind of a name of kindName(); false for an unknown name.
    static bool kindFromName(const QString &name, Kind *kind);
    /// "in" or "out".
    static QString directionName(Direction direction);
    /// The direction of "in" or "out"; false for anything else.
    static bool directionFromName(const QString &name, Direction *direction);
    /// The wall clock now, microseconds since the epoch; derived from the
    /// monotonic one, so that both kinds of stamp come from one clock read.
    static qint64 nowUs();
    /// The monotonic clock now, in nanoseconds.
    static qint64 nowMonotonicNs();
    /// UTF-8 to QString without QString::fromUtf8's silent removal of a leading U+FEFF.
    static QString utf8ToString(const QByteArray &utf8);
    /// How many JSON parses all messages of this process have done: for tests
    /// and benchmarks of the parse-once guarantee.
    static qint64 jsonParseCount();

    /// Equal when kind, direction, id, payload, wall-clock timestamp and meta
    /// are: the monotonic stamp only means something inside one process.
    friend MAXMON_CORE_EXPORT bool operator==(const Message &a, const Message &b);
    /// Not equal in one of the fields operator== compares.
    friend bool operator!=(const Message &a, const Message &b) { return !(a == b); }

private:
    friend struct MessageAccess; // the send path's internals (not installed)
    class Private;
    explicit Message(Private *data);
    QExplicitlySharedDataPointer<Private> d;
};

} // namespace maxmon

Q_DECLARE_METATYPE(maxmon::Message)
