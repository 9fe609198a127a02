#pragma once

#include "websocket/outboundqueue.h"

#include <maxmon/maxmon_core_export.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWebSocket;

namespace maxmon {

// The path of outgoing messages from send() to the socket, in order:
// written at once while connected and the socket's write buffer is below the
// high-water mark; otherwise held in the bounded OutboundQueue and written,
// oldest first, as soon as the connection is (back) up and the buffer drains.
// A slow peer therefore holds at most highWater bytes in QWebSocket's
// (unbounded) buffer plus capacity messages in the queue.
//
// It also keeps the proof of delivery. WebSocket has no acknowledgements,
// but a peer answers pings in order: the pong to a ping written after a
// message proves the message arrived. Heartbeat probes count, and while
// anything is unconfirmed the flow sends its own confirmation ping at most
// every confirmIntervalMs, so that a connection that dies leaves only the
// last few messages in doubt. Unconfirmed messages are kept whole (they are
// reported, payload and all); so that a fast sender does not pile up
// confirmIntervalMs worth of them, a ping also goes out after every
// confirmEveryMessages messages or confirmEveryBytes bytes, whether an
// earlier one is still unanswered or not (pongs come back in order).
class MAXMON_CORE_TEST_EXPORT OutboundFlow : public QObject
{
    Q_OBJECT

public:
    explicit OutboundFlow(QObject *parent = nullptr);

    void configure(int queueCapacity, qint64 highWaterBytes);
    // The connection is up: writes go to this socket from now on.
    void attach(QWebSocket *socket);
    // The socket is gone; queued messages wait for the next attach().
    void detach();

    // Writes or queues; QueueFull when it would have to queue and cannot.
    Result<void> submit(Message message);
    // Everything queued into the socket now, high-water mark or not (before a close).
    void flushAll();

    void probeSent(quint64 probe);
    // The answer to a probe: what was written before it has arrived.
    void probeAnswered(quint64 probe);
    // Sends a confirmation ping now for everything written so far.
    void requestConfirmation();
    // True if the pong answers one of our confirmation pings (and applies it).
    bool handlePong(const QByteArray &payload);

    static constexpr int confirmIntervalMs = 100;
    static constexpr int confirmEveryMessages = 1000;
    static constexpr qint64 confirmEveryBytes = 1024 * 1024;
    // The write sequence number the newest confirmation ping covers (0: none yet).
    quint64 lastConfirmationRequested() const { return m_lastRequested; }

    int pendingCount() const { return m_queue.pendingCount(); }
    int unconfirmedCount() const { return m_queue.unconfirmedCount(); }
    qint64 oldestUnconfirmedNs() const { return m_queue.oldestUnconfirmedNs(); }
    QList<Message> takeUnconfirmed();
    QList<Message> discardPending();
    OutboundQueue::Counters counters() const { return m_queue.counters(); }
    qint64 highWaterBytes() const { return m_highWaterBytes; }
    qint64 bytesToWrite() const;

    // Called for each message handed to the socket (these bytes are on their
    // way), with its send time. A call, not a signal: it runs for every
    // message, and a signal's dispatch cost as much as the rest of write().
    void setWrittenHandler(std::function<void(const Message &)> handler);

Q_SIGNALS:
    // Nothing written is waiting for proof any more.
    void allConfirmed();
    // The socket refused a write (it is failing); the message is lost.
    void writeFailed(const maxmon::Message &message, const maxmon::Error &error);

private:
    bool canWriteNow() const;
    void flush(bool ignoreHighWater);
    void write(Message message);
    void confirmUpTo(quint64 sequence);
    void scheduleConfirmation();

    OutboundQueue m_queue;
    qint64 m_highWaterBytes = 4 * 1024 * 1024;
    QPointer<QWebSocket> m_socket;
    QHash<quint64, quint64> m_probeMarks; // probe sequence -> last write sequence when sent
    QTimer m_confirmTimer { this };
    bool m_confirmationOutstanding = false;
    quint64 m_lastRequested = 0;
    qint64 m_bytesSinceRequest = 0;
    std::function<void(const Message &)> m_onWritten;
};

} // namespace maxmon
