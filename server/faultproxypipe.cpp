#include "server/faultproxypipe.h"

#include "server/monotonictime.h"

#include <maxmon/message.h>

#include <QScopedValueRollback>
#include <QTcpSocket>

#include <algorithm>
#include <cmath>
#include <limits>

namespace maxmon {

namespace {
constexpr qint64 maxQueuedBytes = 1024 * 1024; // stop reading above this
constexpr qint64 maxDestinationBacklog = 256 * 1024; // wait for bytesWritten above this
constexpr qint64 readChunk = 64 * 1024;

// The token bucket holds at most 50 ms worth of bytes: short bursts pass,
// the average stays at the cap.
double bucketSize(qint64 bytesPerSecond)
{
    return std::max(1.0, static_cast<double>(bytesPerSecond) / 20.0);
}
} // namespace

FaultProxyPipe::FaultProxyPipe(QTcpSocket *source, QTcpSocket *destination,
                               FrameScanner::Sender sender, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_destination(destination)
    , m_random(seed)
    , m_watch(sender)
{
    m_watch.setViolationHandler(
        [this](const FrameScanner::Violation &violation) { Q_EMIT violationFound(violation); });
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // never early: latency is a lower bound
    connect(&m_timer, &QTimer::timeout, this, &FaultProxyPipe::transfer);
}

void FaultProxyPipe::setFaults(const FaultProxy::LinkFaults &faults)
{
    const bool bandwidthChanged =
        faults.bandwidthBytesPerSecond != m_faults.bandwidthBytesPerSecond;
    m_faults = faults;
    if (bandwidthChanged) {
        m_tokens = bucketSize(faults.bandwidthBytesPerSecond);
        m_tokensAtNs = Message::nowMonotonicNs();
    }
    transfer();
}

void FaultProxyPipe::transfer()
{
    // flush() emits bytesWritten(), which calls back in here: the outer
    // call carries on (or has scheduled the next slice) anyway
    if (m_discarded || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    if (m_faults.blackhole) {
        m_timer.stop();
        return;
    }
    for (;;) {
        if (!m_sourceFinished)
            readSource(maxQueuedBytes);
        if (!writeReleased())
            break;
        if (m_sourceFinished || m_source->bytesAvailable() == 0)
            break;
    }
    if (m_sourceFinished && m_queue.empty() && !m_drainedSent) {
        m_drainedSent = true;
        Q_EMIT drained();
    }
}

void FaultProxyPipe::finishSource()
{
    if (m_sourceFinished || m_discarded)
        return;
    // Whatever the faults, the bytes the source sent before closing are
    // taken now: the socket may not keep them once it is unconnected.
    readSource(std::numeric_limits<qint64>::max());
    m_sourceFinished = true;
    transfer();
}

void FaultProxyPipe::discard()
{
    m_discarded = true;
    m_timer.stop();
    m_queue.clear();
    m_queuedBytes = 0;
}

void FaultProxyPipe::readSource(qint64 limit)
{
    const qint64 now = Message::nowMonotonicNs();
    while (m_queuedBytes < limit && m_source->bytesAvailable() > 0) {
        const QByteArray data = m_source->read(readChunk);
        if (data.isEmpty())
            break;
        m_watch.observe(data);
        enqueue(data, now);
    }
}

void FaultProxyPipe::enqueue(const QByteArray &data, qint64 now)
{
    qint64 delayMs = m_faults.latencyMs;
    if (m_faults.jitterMs > 0)
        delayMs += m_random.bounded(-m_faults.jitterMs, m_faults.jitterMs + 1);
    // never before the previous chunk: jitter must not reorder bytes
    const qint64 release = std::max(now + std::max<qint64>(0, delayMs) * nsPerMs, m_lastReleaseNs);
    m_lastReleaseNs = release;
    m_queue.push_back({ data, release });
    m_queuedBytes += data.size();
}

bool FaultProxyPipe::writeReleased()
{
    if (m_destination->state() != QAbstractSocket::ConnectedState)
        return false; // transfer() runs again once it is connected
    const bool slicing = m_faults.sliceMaxBytes > 0;
    const qint64 rate = m_faults.bandwidthBytesPerSecond;
    while (!m_queue.empty()) {
        if (m_destination->bytesToWrite() > maxDestinationBacklog)
            return false; // bytesWritten() calls transfer() again
        const qint64 now = Message::nowMonotonicNs();
        const Chunk &front = m_queue.front();
        if (front.releaseNs > now) {
            schedule(front.releaseNs - now);
            return false;
        }
        qint64 size = front.data.size() - m_frontOffset;
        if (rate > 0) {
            refillTokens(now);
            if (m_tokens < 1) {
                const double want =
                    std::min(static_cast<double>(size), std::max(1.0, bucketSize(rate) / 4));
                schedule(static_cast<qint64>(std::ceil((want - m_tokens) * 1e9 / rate)));
                return false;
            }
            size = std::min(size, static_cast<qint64>(m_tokens));
        }
        if (slicing) {
            const int low = std::clamp(m_faults.sliceMinBytes, 1, m_faults.sliceMaxBytes);
            size = std::min<qint64>(size, m_random.bounded(low, m_faults.sliceMaxBytes + 1));
        }
        const qint64 written = m_destination->write(front.data.constData() + m_frontOffset, size);
        if (written <= 0)
            return false;
        m_tokens -= static_cast<double>(written);
        m_frontOffset += written;
        m_queuedBytes -= written;
        m_forwarded += written;
        if (m_frontOffset == front.data.size()) {
            m_queue.pop_front();
            m_frontOffset = 0;
        }
        if (slicing)
            m_destination->flush(); // its own write(2), so its own TCP segment
        if (slicing && !m_queue.empty()) {
            // let the peer read this slice before the next one goes out
            schedule(0);
            return false;
        }
    }
    return true;
}

void FaultProxyPipe::refillTokens(qint64 now)
{
    const double rate = static_cast<double>(m_faults.bandwidthBytesPerSecond);
    m_tokens = std::min(bucketSize(m_faults.bandwidthBytesPerSecond),
                        m_tokens + static_cast<double>(now - m_tokensAtNs) * rate / 1e9);
    m_tokensAtNs = now;
}

void FaultProxyPipe::schedule(qint64 delayNs)
{
    const int ms = static_cast<int>(std::max<qint64>(0, (delayNs + nsPerMs - 1) / nsPerMs));
    if (m_timer.isActive() && m_timer.remainingTime() <= ms)
        return;
    m_timer.start(ms);
}

} // namespace maxmon
