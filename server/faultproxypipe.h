#pragma once

#include "server/faultproxy.h"
#include "server/wirewatch.h"

#include <QByteArray>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>

class QTcpSocket;

namespace maxmon {

// One direction of a FaultProxy connection: reads from the source socket,
// holds each chunk until its latency has passed, and writes it to the
// destination under the bandwidth cap and slicing rules.
//
// Order is kept: a chunk is released no earlier than the one before it.
// Memory is bounded: above a queue limit (or with the blackhole on) the
// pipe stops reading, so the source's TCP window closes instead.
class FaultProxyPipe : public QObject
{
    Q_OBJECT

public:
    // `sender`: whose WebSocket frames travel this way, for the WireWatch.
    FaultProxyPipe(QTcpSocket *source, QTcpSocket *destination, FrameScanner::Sender sender,
                   quint32 seed, QObject *parent = nullptr);

    void setFaults(const FaultProxy::LinkFaults &faults);
    const FaultProxy::LinkFaults &faults() const { return m_faults; }

    // Moves what it can: reads the source, writes what is due. Call when
    // the source has data, the destination connected or wrote, or faults changed.
    void transfer();
    // The source reached the end of its stream: take what it still holds,
    // deliver it, then emit drained().
    void finishSource();
    // The destination is gone: drop everything, do nothing more.
    void discard();

    qint64 bytesForwarded() const { return m_forwarded; }

Q_SIGNALS:
    void drained();
    // What passed broke a rule of RFC 6455 (see WireWatch).
    void violationFound(const maxmon::FrameScanner::Violation &violation);

private:
    struct Chunk
    {
        QByteArray data;
        qint64 releaseNs = 0;
    };

    void readSource(qint64 limit);
    void enqueue(const QByteArray &data, qint64 now);
    // true when the queue ran empty, false when it has to wait
    bool writeReleased();
    void refillTokens(qint64 now);
    void schedule(qint64 delayNs);

    QTcpSocket *m_source;
    QTcpSocket *m_destination;
    FaultProxy::LinkFaults m_faults;
    QRandomGenerator m_random;
    QTimer m_timer { this };
    WireWatch m_watch;

    std::deque<Chunk> m_queue;
    qsizetype m_frontOffset = 0; // bytes of the front chunk already written
    qint64 m_queuedBytes = 0;
    qint64 m_lastReleaseNs = 0;
    double m_tokens = 0; // bandwidth token bucket, in bytes
    qint64 m_tokensAtNs = 0;
    qint64 m_forwarded = 0;
    bool m_sourceFinished = false;
    bool m_drainedSent = false;
    bool m_discarded = false;
    bool m_busy = false; // inside transfer()
};

} // namespace maxmon
