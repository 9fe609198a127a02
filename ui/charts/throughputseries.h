#pragma once

#include "charts/timering.h"

#include <QList>
#include <QPointF>

#include <array>

namespace maxmon {

// The data behind the throughput chart, without Qt Charts: messages and
// bytes per second in and out, from the client's counters (which only grow)
// sampled now and then. Each sample gives the rates over the time since the
// previous one; counters that went backwards (a new client) start over.
//
// As LatencySeries: x is the wall-clock time in ms since the epoch, points
// come out oldest first, one list per series and redraw.
class ThroughputSeries
{
public:
    enum Series { MessagesIn, MessagesOut, BytesIn, BytesOut, SeriesCount };

    struct Counters
    {
        qint64 messagesIn = 0;
        qint64 messagesOut = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
    };

    // 15 minutes sampled once a second, with room to spare
    static constexpr int DefaultCapacity = 2000;

    explicit ThroughputSeries(int capacity = DefaultCapacity);

    void addCounters(qint64 timeMs, const Counters &counters);
    void clear();
    void trim(qint64 timeMs);

    int pointCount() const { return m_rates.size(); }
    // The time of the oldest point (-1 when empty).
    qint64 firstTimeMs() const { return m_rates.isEmpty() ? -1 : m_rates.at(0).timeMs; }
    // The latest rate of a series, 0 before two samples.
    double lastRate(Series series) const;

    // Oldest first, inside [nowMs - windowMs, nowMs]; y is the rate divided by scale.
    QList<QPointF> points(Series series, qint64 nowMs, qint64 windowMs, double scale = 1) const;
    double maxIn(Series series, qint64 nowMs, qint64 windowMs) const;

private:
    struct Rates
    {
        qint64 timeMs = 0;
        std::array<double, SeriesCount> perSecond {};
    };

    TimeRing<Rates> m_rates;
    Counters m_last;
    qint64 m_lastMs = 0;
    bool m_haveLast = false;
};

} // namespace maxmon
