#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QList>

#include <deque>

namespace maxmon {

// Book-keeping for what the user sent, so that nothing is reordered or
// silently dropped:
//
//   pending      accepted by send(), not yet written (not connected, or the
//                socket's write buffer is above its high-water mark);
//                bounded: enqueue() fails with QueueFull beyond capacity
//   unconfirmed  written to a socket, but with no proof yet that the peer
//                read it. Plain WebSocket has no acknowledgement; a pong is
//                the proof: the peer answers pings in order, so the pong to
//                a ping written after a message means the message arrived.
//
// If the connection dies, whatever is still unconfirmed may or may not have
// arrived: the client reports exactly those messages, by id.
class MAXMON_CORE_TEST_EXPORT OutboundQueue
{
public:
    struct Counters
    {
        qint64 queued = 0; // accepted into the pending queue
        qint64 written = 0; // handed to a socket
        qint64 confirmed = 0; // proven received
        qint64 unconfirmed = 0; // reported lost-or-not when a connection died
        qint64 rejected = 0; // refused: the queue was full
        qint64 discarded = 0; // pending messages given up (closed, failed for good)
    };

    explicit OutboundQueue(int capacity = 1000);

    void setCapacity(int capacity) { m_capacity = capacity; }
    int capacity() const { return m_capacity; }

    Result<void> enqueue(Message message);
    bool hasPending() const { return !m_pending.empty(); }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    Message takeNextPending();
    // Gives up on every pending message (counted as discarded).
    QList<Message> discardPending();

    // Records a message handed to the socket; returns its write sequence
    // number (1, 2, 3, ... over the lifetime of the queue).
    quint64 recordWritten(const Message &message);
    quint64 lastWrittenSequence() const { return m_lastSequence; }
    // Everything written up to and including this sequence number arrived.
    int confirmUpTo(quint64 sequence);
    int unconfirmedCount() const { return static_cast<int>(m_unconfirmed.size()); }
    // When the oldest unconfirmed message was written (Message::monotonicNs());
    // -1 when all are confirmed.
    qint64 oldestUnconfirmedNs() const
    {
        return m_unconfirmed.empty() ? -1 : m_unconfirmed.front().message.monotonicNs();
    }
    // The connection died: what was written but never confirmed.
    QList<Message> takeUnconfirmed();

    Counters counters() const { return m_counters; }

private:
    struct Written
    {
        quint64 sequence;
        Message message;
    };

    int m_capacity;
    std::deque<Message> m_pending;
    std::deque<Written> m_unconfirmed;
    quint64 m_lastSequence = 0;
    Counters m_counters;
};

} // namespace maxmon
