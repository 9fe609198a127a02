#include "websocket/outboundqueue.h"

#include <QCoreApplication>

namespace maxmon {

OutboundQueue::OutboundQueue(int capacity)
    : m_capacity(capacity)
{ }

Result<void> OutboundQueue::enqueue(Message message)
{
    if (static_cast<int>(m_pending.size()) >= m_capacity) {
        ++m_counters.rejected;
        return failure(Error(
            Error::Code::QueueFull,
            QCoreApplication::translate("maxmon::OutboundQueue",
                                        "Not sent: %1 messages are already waiting to be sent.")
                .arg(m_pending.size()),
            QString(),
            QCoreApplication::translate("maxmon::OutboundQueue",
                                        "Wait until the connection is back, or raise "
                                        "message_queue_size in the profile.")));
    }
    m_pending.push_back(std::move(message));
    ++m_counters.queued;
    return {};
}

Message OutboundQueue::takeNextPending()
{
    if (m_pending.empty())
        return Message();
    Message next = std::move(m_pending.front());
    m_pending.pop_front();
    return next;
}

QList<Message> OutboundQueue::discardPending()
{
    QList<Message> discarded(m_pending.begin(), m_pending.end());
    m_pending.clear();
    m_counters.discarded += discarded.size();
    return discarded;
}

quint64 OutboundQueue::recordWritten(const Message &message)
{
    ++m_counters.written;
    m_unconfirmed.push_back({ ++m_lastSequence, message });
    return m_lastSequence;
}

int OutboundQueue::confirmUpTo(quint64 sequence)
{
    int confirmed = 0;
    while (!m_unconfirmed.empty() && m_unconfirmed.front().sequence <= sequence) {
        m_unconfirmed.pop_front();
        ++confirmed;
    }
    m_counters.confirmed += confirmed;
    return confirmed;
}

QList<Message> OutboundQueue::takeUnconfirmed()
{
    QList<Message> lost;
    lost.reserve(static_cast<qsizetype>(m_unconfirmed.size()));
    for (Written &written : m_unconfirmed)
        lost.append(std::move(written.message));
    m_unconfirmed.clear();
    m_counters.unconfirmed += lost.size();
    return lost;
}

} // namespace maxmon
