#pragma once

#include "charts/timering.h"

#include <QList>
#include <QPointF>

namespace maxmon {

// The data behind the latency chart, without Qt Charts: heartbeat round-trip
// times, the p95 of the heartbeat's statistics after each one, and the
// probes that got no answer, each stamped with the wall-clock time it came.
//
// The chart asks for the points inside its time window once per redraw and
// hands each list to one QXYSeries::replace(): x is the time in ms since the
// epoch (for a QDateTimeAxis), y is in ms. Memory is bounded by the rings'
// capacity; trim() drops what no window can show any more.
class LatencySeries
{
public:
    // 15 minutes of probes every 100 ms, with room to spare
    static constexpr int DefaultCapacity = 10000;

    explicit LatencySeries(int capacity = DefaultCapacity);

    // p95Ms: the heartbeat's p95 once this sample is counted (< 0: none)
    void addSample(qint64 timeMs, double rttMs, double p95Ms);
    void addLoss(qint64 timeMs);
    // A new connection began at timeMs: the lines do not join the samples
    // before it to those after it (nothing was measured in between).
    void addConnectionStart(qint64 timeMs);
    void clear();
    // Forgets everything before timeMs.
    void trim(qint64 timeMs);

    int sampleCount() const { return m_samples.size(); }
    int lossCount() const { return m_losses.size(); }
    // The time of the oldest sample or loss (-1 when empty).
    qint64 firstTimeMs() const;
    double lastRttMs() const; // -1 without samples
    double lastP95Ms() const; // -1 without samples

    // Oldest first, inside [nowMs - windowMs, nowMs].
    QList<QPointF> rttPoints(qint64 nowMs, qint64 windowMs) const;
    // A step line: each p95 holds until the next sample changes it.
    QList<QPointF> p95Points(qint64 nowMs, qint64 windowMs) const;
    // points (from rttPoints() or p95Points()) cut where a connection
    // started, one list per connection, oldest first.
    QList<QList<QPointF>> splitAtConnections(const QList<QPointF> &points) const;
    // Lost probes, drawn at height y (the chart puts them along its top).
    QList<QPointF> lossPoints(qint64 nowMs, qint64 windowMs, double y) const;
    int lossesIn(qint64 nowMs, qint64 windowMs) const;
    // The largest RTT or p95 in the window, 0 when there is none.
    double maxIn(qint64 nowMs, qint64 windowMs) const;

private:
    struct Sample
    {
        qint64 timeMs = 0;
        double rttMs = 0;
        double p95Ms = -1;
    };
    struct Loss
    {
        qint64 timeMs = 0;
    };
    struct Start
    {
        qint64 timeMs = 0;
    };
    // Whether a connection started in (fromMs, toMs].
    bool startedBetween(qint64 fromMs, qint64 toMs) const;

    TimeRing<Sample> m_samples;
    TimeRing<Loss> m_losses;
    TimeRing<Start> m_starts;
};

} // namespace maxmon
