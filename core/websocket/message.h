#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace maxmon {

// One message that crossed (or will cross) a connection. An immutable value,
// cheap to copy: copies share one payload and one lazily parsed JSON document.
//
// The payload is kept byte for byte: text frames keep their bytes even when
// they are not valid UTF-8, binary payloads are never converted to text.
//
// A text frame whose bytes QJsonDocument accepts as an object or an array
// reports kind() == Json, any other text frame Text. The parse that decides
// it happens at most once per message, on first use, and its result is
// shared by every copy, including those made by the with*() functions.
//
// Control frames keep their wire payload: Ping and Pong the application
// data, Close the 2-byte big-endian code followed by the UTF-8 reason.
class MAXMON_CORE_EXPORT Message
{
public:
    enum class Kind { Text, Binary, Json, Ping, Pong, Close };
    enum class Direction { Incoming, Outgoing };

    Message(); // a null message: isNull() is true
    Message(const Message &other);
    Message(Message &&other) noexcept;
    Message &operator=(const Message &other);
    Message &operator=(Message &&other) noexcept;
    ~Message();

    // Text as UTF-8 bytes; the bytes are kept exactly, valid UTF-8 or not.
    static Message fromText(Direction direction, const QByteArray &utf8);
    static Message fromText(Direction direction, const QString &text);
    static Message fromBinary(Direction direction, const QByteArray &data);
    // Serialized compactly; sent as a text frame. A null document gives "null".
    static Message fromJson(Direction direction, const QJsonDocument &document);
    // Objects and arrays give a Json message; scalars ("42", "\"hi\"") a Text one.
    static Message fromJson(Direction direction, const QJsonValue &value);
    // Ping, Pong or Close with its raw payload; any other kind gives a null message.
    static Message control(Kind kind, Direction direction, const QByteArray &payload);
    // A Close frame as on the wire; closeCode 0 gives an empty payload (no status).
    static Message closeFrame(Direction direction, int closeCode, const QString &reason = {});

    bool isNull() const { return !d; }
    Kind kind() const;
    Direction direction() const;
    bool isTextFrame() const; // Text or Json
    bool isControl() const; // Ping, Pong, Close

    // Unique for outgoing messages sent by WebSocketClient; empty otherwise
    // unless set with withId().
    QString id() const;
    QByteArray payload() const;
    qint64 size() const;
    // Wall clock, UTC, microseconds since the epoch
    qint64 timestampUs() const;
    // Monotonic clock (CLOCK_MONOTONIC, as QElapsedTimer), nanoseconds: for
    // latency within this process, never for display
    qint64 monotonicNs() const;
    // Free-form annotations (recorder, GUI); not part of the payload
    QJsonObject meta() const;

    // Text frames only, decoded as UTF-8 (invalid sequences replaced, a
    // leading U+FEFF kept); empty for binary and control frames.
    QString text() const;
    bool isValidUtf8() const;
    // The parsed document for Json messages; a null document otherwise.
    QJsonDocument json() const;
    // Why a text frame that looks like JSON ('{' or '[' first) is not:
    // empty when it parsed or never looked like JSON.
    QString jsonError() const;

    // Close frames: the code (1005 "no status" when the payload has none) and reason.
    int closeCode() const;
    QString closeReason() const;

    // Copies that differ in one field; the payload and its parse stay shared.
    Message withId(const QString &id) const;
    Message withTimestamps(qint64 timestampUs, qint64 monotonicNs) const;
    // Stamped now: both clocks from one clock read.
    Message withCurrentTimestamps() const;
    Message withMeta(const QJsonObject &meta) const;

    // True when both share one payload buffer (and so one JSON parse).
    bool sharesPayloadWith(const Message &other) const;

    // Next id for an outgoing message: unique in this process
    static QString nextOutgoingId();
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    static QString directionName(Direction direction); // "in" / "out"
    static bool directionFromName(const QString &name, Direction *direction);
    // The wall clock is derived from the monotonic one (see message.cpp):
    // both kinds of stamp from one clock read.
    static qint64 nowUs();
    static qint64 nowMonotonicNs();
    // UTF-8 to QString without QString::fromUtf8's silent removal of a leading U+FEFF
    static QString utf8ToString(const QByteArray &utf8);
    // How many JSON parses all messages of this process have done: for tests
    // and benchmarks of the parse-once guarantee.
    static qint64 jsonParseCount();

    // Equal when kind, direction, id, payload, wall-clock timestamp and meta
    // are: the monotonic stamp only means something inside one process.
    friend MAXMON_CORE_EXPORT bool operator==(const Message &a, const Message &b);
    friend bool operator!=(const Message &a, const Message &b) { return !(a == b); }

private:
    class Private;
    explicit Message(Private *data);
    QExplicitlySharedDataPointer<Private> d;
};

} // namespace maxmon

Q_DECLARE_METATYPE(maxmon::Message)
