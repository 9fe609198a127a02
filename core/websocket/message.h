#pragma once

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
// Text frames that hold a JSON object or array report kind() == Json; the
// parse happens at most once per message, on first use, and is shared by all
// copies. Binary payloads are never converted to text.
class Message
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
    // Serialized compactly; sent as a text frame.
    static Message fromJson(Direction direction, const QJsonDocument &document);
    static Message fromJson(Direction direction, const QJsonValue &value);
    static Message control(Kind kind, Direction direction, const QByteArray &payload);

    bool isNull() const { return !d; }
    Kind kind() const;
    Direction direction() const;
    bool isTextFrame() const; // Text or Json
    bool isControl() const; // Ping, Pong, Close

    QString id() const;
    QByteArray payload() const;
    qint64 size() const;
    // Wall clock, UTC, microseconds since the epoch
    qint64 timestampUs() const;
    // Monotonic clock (QElapsedTimer's), nanoseconds: for latency, never for display
    qint64 monotonicNs() const;
    QJsonObject meta() const;

    QString text() const; // payload decoded as UTF-8 (invalid sequences replaced)
    bool isValidUtf8() const;
    // The parsed document for Json messages; a null document otherwise.
    QJsonDocument json() const;
    // Why a text frame that looks like JSON is not: empty when it parsed.
    QString jsonError() const;

    // Copies that differ in one field; the payload stays shared.
    Message withId(const QString &id) const;
    Message withTimestamps(qint64 timestampUs, qint64 monotonicNs) const;
    Message withMeta(const QJsonObject &meta) const;

    // Next id for an outgoing message: unique in this process
    static QString nextOutgoingId();
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    static QString directionName(Direction direction); // "in" / "out"
    static bool directionFromName(const QString &name, Direction *direction);
    static qint64 nowUs();
    static qint64 nowMonotonicNs();

    friend bool operator==(const Message &a, const Message &b);
    friend bool operator!=(const Message &a, const Message &b) { return !(a == b); }

private:
    class Private;
    explicit Message(Private *data);
    QExplicitlySharedDataPointer<Private> d;
};

} // namespace maxmon

Q_DECLARE_METATYPE(maxmon::Message)
