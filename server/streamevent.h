#pragma once

#include <maxmon/messagetype.h>

#include <QJsonObject>
#include <QJsonValue>

namespace maxmon {

// One event of the demo server's /events stream, on the wire:
//
//   {"type":"event","seq":42,"sent_us":1714564800123456,"data":{...}}
//
// seq counts the events of one stream from 0; sent_us is the server's wall
// clock (UTC, microseconds since the epoch) when it sent the event; data is
// any JSON value and may be absent. Both numbers stay within 0..2^53-1 so
// that every JSON reader (JavaScript's included) reads them exactly.
struct StreamEvent
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::StreamEvent)

public:
    static constexpr qint64 maxSafeInteger = (qint64(1) << 53) - 1;

    qint64 seq = 0;
    qint64 sentUs = 0;
    QJsonValue data = QJsonValue::Undefined; // Undefined: no "data" field

    bool hasData() const { return !data.isUndefined(); }

    static QString messageType() { return QStringLiteral("event"); }
    ValidationResult validate() const;
    QJsonObject toJson() const;
    // Unknown fields are ignored: a newer server may add some.
    static Validated<StreamEvent> fromJson(const QJsonObject &object);

    friend bool operator==(const StreamEvent &a, const StreamEvent &b)
    {
        return a.seq == b.seq && a.sentUs == b.sentUs && a.data == b.data;
    }
    friend bool operator!=(const StreamEvent &a, const StreamEvent &b) { return !(a == b); }
};

static_assert(checkMessageType<StreamEvent>());

} // namespace maxmon
