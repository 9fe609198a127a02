#include "charts/latencyseries.h"

namespace maxmon {

LatencySeries::LatencySeries(int capacity)
    : m_samples(capacity)
    , m_losses(capacity)
    , m_starts(capacity)
{ }

void LatencySeries::addSample(qint64 timeMs, double rttMs, double p95Ms)
{
    m_samples.push({ timeMs, rttMs, p95Ms });
}

void LatencySeries::addLoss(qint64 timeMs)
{
    m_losses.push({ timeMs });
}

void LatencySeries::addConnectionStart(qint64 timeMs)
{
    m_starts.push({ timeMs });
}

void LatencySeries::clear()
{
    m_samples.clear();
    m_losses.clear();
    m_starts.clear();
}

void LatencySeries::trim(qint64 timeMs)
{
    m_samples.dropBefore(timeMs);
    m_losses.dropBefore(timeMs);
    m_starts.dropBefore(timeMs);
}

bool LatencySeries::startedBetween(qint64 fromMs, qint64 toMs) const
{
    const int next = m_starts.lowerBound(fromMs + 1);
    return next < m_starts.size() && m_starts.at(next).timeMs <= toMs;
}

QList<QList<QPointF>> LatencySeries::splitAtConnections(const QList<QPointF> &points) const
{
    QList<QList<QPointF>> segments;
    for (int i = 0; i < points.size(); ++i) {
        if (i == 0
            || startedBetween(static_cast<qint64>(points.at(i - 1).x()),
                              static_cast<qint64>(points.at(i).x())))
            segments.append(QList<QPointF>());
        segments.last().append(points.at(i));
    }
    return segments;
}

qint64 LatencySeries::firstTimeMs() const
{
    if (m_samples.isEmpty())
        return m_losses.isEmpty() ? -1 : m_losses.at(0).timeMs;
    if (m_losses.isEmpty())
        return m_samples.at(0).timeMs;
    return std::min(m_samples.at(0).timeMs, m_losses.at(0).timeMs);
}

double LatencySeries::lastRttMs() const
{
    return m_samples.isEmpty() ? -1 : m_samples.last().rttMs;
}

double LatencySeries::lastP95Ms() const
{
    return m_samples.isEmpty() ? -1 : m_samples.last().p95Ms;
}

QList<QPointF> LatencySeries::rttPoints(qint64 nowMs, qint64 windowMs) const
{
    QList<QPointF> points;
    const int first = m_samples.lowerBound(nowMs - windowMs);
    points.reserve(m_samples.size() - first);
    for (int i = first; i < m_samples.size() && m_samples.at(i).timeMs <= nowMs; ++i)
        points.append(QPointF(m_samples.at(i).timeMs, m_samples.at(i).rttMs));
    return points;
}

QList<QPointF> LatencySeries::p95Points(qint64 nowMs, qint64 windowMs) const
{
    QList<QPointF> points;
    const int first = m_samples.lowerBound(nowMs - windowMs);
    double previous = -1;
    for (int i = first; i < m_samples.size() && m_samples.at(i).timeMs <= nowMs; ++i) {
        const Sample &sample = m_samples.at(i);
        if (sample.p95Ms < 0)
            continue;
        // a new connection's p95 starts afresh, without a step from the last one's
        if (i > first && startedBetween(m_samples.at(i - 1).timeMs, sample.timeMs))
            previous = -1;
        // a vertical step where it changed, so the line never slants
        if (previous >= 0 && sample.p95Ms != previous)
            points.append(QPointF(sample.timeMs, previous));
        if (sample.p95Ms != previous || i == m_samples.size() - 1
            || m_samples.at(i + 1).timeMs > nowMs)
            points.append(QPointF(sample.timeMs, sample.p95Ms));
        previous = sample.p95Ms;
    }
    return points;
}

QList<QPointF> LatencySeries::lossPoints(qint64 nowMs, qint64 windowMs, double y) const
{
    QList<QPointF> points;
    const int first = m_losses.lowerBound(nowMs - windowMs);
    for (int i = first; i < m_losses.size() && m_losses.at(i).timeMs <= nowMs; ++i)
        points.append(QPointF(m_losses.at(i).timeMs, y));
    return points;
}

int LatencySeries::lossesIn(qint64 nowMs, qint64 windowMs) const
{
    const int first = m_losses.lowerBound(nowMs - windowMs);
    const int end = m_losses.lowerBound(nowMs + 1);
    return end - first;
}

double LatencySeries::maxIn(qint64 nowMs, qint64 windowMs) const
{
    double max = 0;
    const int first = m_samples.lowerBound(nowMs - windowMs);
    for (int i = first; i < m_samples.size() && m_samples.at(i).timeMs <= nowMs; ++i)
        max = std::max({ max, m_samples.at(i).rttMs, m_samples.at(i).p95Ms });
    return max;
}

} // namespace maxmon
