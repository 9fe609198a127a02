#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/sessionevent.h>

namespace maxmon {

/// One row of a session: a message or an event, with its sequence number in
/// the session (messages 1, 2, 3, ... in the order they were stored; events
/// numbered apart). A cheap value: copies share the message.
class MAXMON_CORE_EXPORT SessionEntry
{
public:
    /// A null entry: isNull() is true.
    SessionEntry() = default;
    /// A message row.
    explicit SessionEntry(const Message &message, qint64 sequence = 0)
        : m_message(message)
        , m_sequence(sequence)
    { }
    /// An event row.
    explicit SessionEntry(const SessionEvent &event, qint64 sequence = 0)
        : m_event(event)
        , m_sequence(sequence)
    { }

    /// Neither a message nor an event.
    bool isNull() const { return m_message.isNull() && m_event.isNull(); }
    /// True for an event row.
    bool isEvent() const { return !m_event.isNull(); }
    /// True for a message row.
    bool isMessage() const { return !m_message.isNull(); }
    /// The message's number in the session (from 1), or the event's.
    qint64 sequence() const { return m_sequence; }
    /// The message; a null message for an event row.
    const Message &message() const { return m_message; }
    /// The event; a null event for a message row.
    const SessionEvent &event() const { return m_event; }
    /// The message's or the event's wall-clock time, microseconds since the epoch.
    qint64 timestampUs() const
    {
        return isEvent() ? m_event.timestampUs() : m_message.timestampUs();
    }

private:
    Message m_message;
    SessionEvent m_event;
    qint64 m_sequence = 0;
};

} // namespace maxmon
