#include "session/recordkeys.h"

#include <maxmon/error.h>
#include <maxmon/message.h>
#include <maxmon/messagerecord.h>
#include <maxmon/sessionevent.h>

#include <algorithm>
#include <limits>

namespace maxmon {

SessionEvent::SessionEvent(Type type, const QString &text, const QJsonObject &data,
                           qint64 timestampUs)
    : m_null(false)
    , m_type(type)
    , m_text(text)
    , m_data(data)
    , m_timestampUs(timestampUs < 0 ? Message::nowUs() : timestampUs)
{ }

SessionEvent SessionEvent::withTimestamp(qint64 timestampUs) const
{
    SessionEvent copy = *this;
    copy.m_timestampUs = timestampUs;
    return copy;
}

qint64 SessionEvent::gapCount() const
{
    return m_type == Type::Gap ? m_data.value(recordkeys::notStored).toInteger() : 0;
}

SessionEvent SessionEvent::stateChange(ConnectionState state, const QString &url)
{
    QJsonObject data { { QStringLiteral("state"), connectionStateName(state) } };
    if (!url.isEmpty())
        data.insert(QStringLiteral("url"), url);
    const QString text = url.isEmpty() || state != ConnectionState::Connecting
        ? connectionStateText(state)
        : tr("%1 %2").arg(connectionStateText(state), url);
    return SessionEvent(Type::State, text, data);
}

SessionEvent SessionEvent::fromError(const maxmon::Error &error)
{
    return SessionEvent(Type::Error, tr("%1: %2").arg(error.codeName(), error.message()),
                        error.toJson());
}

SessionEvent SessionEvent::gap(qint64 count, const QString &reason)
{
    // tr()'s plural count is an int: a larger gap shows as INT_MAX
    QString text = tr("%Ln message(s) not stored", nullptr,
                      static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max())));
    if (!reason.isEmpty())
        text += tr(": %1").arg(reason);
    QJsonObject data { { recordkeys::notStored, count } };
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    return SessionEvent(Type::Gap, text, data);
}

QString SessionEvent::typeName(Type type)
{
    switch (type) {
    case Type::State:
        return QStringLiteral("state");
    case Type::Error:
        return QStringLiteral("error");
    case Type::Gap:
        return QStringLiteral("gap");
    case Type::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

bool SessionEvent::typeFromName(const QString &name, Type *type)
{
    for (const Type candidate : { Type::State, Type::Error, Type::Gap, Type::Note }) {
        if (typeName(candidate) == name) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

QString SessionEvent::typeText(Type type)
{
    switch (type) {
    case Type::State:
        return tr("State");
    case Type::Error:
        return tr("Error");
    case Type::Gap:
        return tr("Gap");
    case Type::Note:
        return tr("Note");
    }
    return QString();
}

QJsonObject SessionEvent::toRecord() const
{
    if (m_null)
        return {};
    QJsonObject record { { recordkeys::event, typeName(m_type) },
                         { recordkeys::text, m_text },
                         { recordkeys::time, MessageRecord::formatTime(m_timestampUs) } };
    if (!m_data.isEmpty())
        record.insert(recordkeys::data, m_data);
    return record;
}

bool SessionEvent::isRecord(const QJsonObject &record)
{
    return record.contains(recordkeys::event);
}

Validated<SessionEvent> SessionEvent::fromRecord(const QJsonObject &record)
{
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (it.key() != recordkeys::event && it.key() != recordkeys::text
            && it.key() != recordkeys::time && it.key() != recordkeys::data)
            return invalid(it.key(), tr("unknown field of an event record"));
    }
    Type type = Type::Note;
    const QJsonValue name = record.value(recordkeys::event);
    if (!name.isString() || !typeFromName(name.toString(), &type))
        return invalid(recordkeys::event, tr("must be \"state\", \"error\", \"gap\" or \"note\""));
    const QJsonValue text = record.value(recordkeys::text);
    if (!text.isString())
        return invalid(recordkeys::text, tr("must be a string"));
    qint64 timestampUs = 0;
    const QJsonValue time = record.value(recordkeys::time);
    if (!time.isUndefined()
        && (!time.isString() || !MessageRecord::parseTime(time.toString(), &timestampUs)))
        return invalid(recordkeys::time,
                       tr("must be an ISO-8601 time like 2024-05-01T12:00:00.123456Z"));
    const QJsonValue data = record.value(recordkeys::data);
    if (!data.isUndefined() && !data.isObject())
        return invalid(recordkeys::data, tr("must be an object"));
    return SessionEvent(type, text.toString(), data.toObject(), timestampUs);
}

bool operator==(const SessionEvent &a, const SessionEvent &b)
{
    return a.m_null == b.m_null && a.m_type == b.m_type && a.m_text == b.m_text
        && a.m_data == b.m_data && a.m_timestampUs == b.m_timestampUs;
}

} // namespace maxmon
