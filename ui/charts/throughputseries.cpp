#include "charts/throughputseries.h"

namespace maxmon {

ThroughputSeries::ThroughputSeries(int capacity)
    : m_rates(capacity)
{ }

void ThroughputSeries::addCounters(qint64 timeMs, const Counters &counters)
{
    const bool restarted = counters.messagesIn < m_last.messagesIn
        || counters.messagesOut < m_last.messagesOut || counters.bytesIn < m_last.bytesIn
        || counters.bytesOut < m_last.bytesOut;
    if (m_haveLast && !restarted && timeMs > m_lastMs) {
        const double seconds = static_cast<double>(timeMs - m_lastMs) / 1000.0;
        auto rate = [seconds](qint64 now, qint64 before) {
            return static_cast<double>(now - before) / seconds;
        };
        Rates rates;
        rates.timeMs = timeMs;
        rates.perSecond[MessagesIn] = rate(counters.messagesIn, m_last.messagesIn);
        rates.perSecond[MessagesOut] = rate(counters.messagesOut, m_last.messagesOut);
        rates.perSecond[BytesIn] = rate(counters.bytesIn, m_last.bytesIn);
        rates.perSecond[BytesOut] = rate(counters.bytesOut, m_last.bytesOut);
        m_rates.push(rates);
    } else if (m_haveLast && !restarted) {
        return; // no time passed: keep the earlier sample as the base
    }
    m_last = counters;
    m_lastMs = timeMs;
    m_haveLast = true;
}

void ThroughputSeries::clear()
{
    m_rates.clear();
    m_last = Counters();
    m_lastMs = 0;
    m_haveLast = false;
}

void ThroughputSeries::trim(qint64 timeMs)
{
    m_rates.dropBefore(timeMs);
}

double ThroughputSeries::lastRate(Series series) const
{
    return m_rates.isEmpty() ? 0 : m_rates.last().perSecond[series];
}

QList<QPointF> ThroughputSeries::points(Series series, qint64 nowMs, qint64 windowMs,
                                        double scale) const
{
    QList<QPointF> points;
    const int first = m_rates.lowerBound(nowMs - windowMs);
    points.reserve(m_rates.size() - first);
    for (int i = first; i < m_rates.size() && m_rates.at(i).timeMs <= nowMs; ++i)
        points.append(QPointF(m_rates.at(i).timeMs, m_rates.at(i).perSecond[series] / scale));
    return points;
}

double ThroughputSeries::maxIn(Series series, qint64 nowMs, qint64 windowMs) const
{
    double max = 0;
    const int first = m_rates.lowerBound(nowMs - windowMs);
    for (int i = first; i < m_rates.size() && m_rates.at(i).timeMs <= nowMs; ++i)
        max = std::max(max, m_rates.at(i).perSecond[series]);
    return max;
}

} // namespace maxmon
