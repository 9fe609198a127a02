#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/ringbuffer.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace maxmon {

/// Round-trip times of one connection over a rolling window, plus the
/// outcome (answered or lost) of the same number of most recent probes.
///
/// Inserting is O(1): a sample overwrites the oldest slot of a ring buffer.
/// The statistics (min, max, mean, percentiles, jitter) are computed lazily:
/// the first query after the window changed copies and sorts the window once
/// (O(n log n)), every further query until the next insert reads the cache.
/// Samples arrive at most a few per second and a window holds a few hundred,
/// so a sort costs microseconds; an order-statistics tree would make every
/// insert O(log n) and the code far larger for no measurable gain.
///
/// Percentiles use the nearest-rank method: the p-th percentile of n sorted
/// samples is the sample at rank ceil(p / 100 * n) (1-based), so it is always
/// a value that was actually measured. Jitter is the mean absolute difference
/// between consecutive samples in the window (RFC 3550 in spirit, unsmoothed).
///
/// reset() starts a new connection: the current one is summarized into
/// history() (the most recent MaxHistory connections), then cleared.
/// Not thread-safe: queries update the cache.
class MAXMON_CORE_EXPORT LatencyStats
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::LatencyStats)

public:
    /// The statistics at one moment, as plain values.
    struct Summary
    {
        int samples = 0; ///< answered probes in the window
        int lost = 0; ///< lost probes among the window's probes
        int probes = 0; ///< answered + lost, in the window
        qint64 totalSamples = 0; ///< answered probes since reset()
        qint64 totalLost = 0; ///< lost probes since reset()
        double lastMs = -1; ///< the latest round trip; -1 when there is no sample
        double minMs = 0; ///< the shortest round trip in the window
        double maxMs = 0; ///< the longest round trip in the window
        double meanMs = 0; ///< the mean round trip in the window
        double p50Ms = 0; ///< the median round trip (nearest rank)
        double p95Ms = 0; ///< the 95th percentile round trip
        double p99Ms = 0; ///< the 99th percentile round trip
        double jitterMs = 0; ///< mean absolute difference between consecutive samples
        double lossRatio = 0; ///< lost / probes in the window
        qint64 startedUs = 0; ///< wall clock of the reset() that began this connection
        qint64 endedUs = 0; ///< set when archived into the history

        /// Whether no probe was answered or lost since reset().
        bool isEmpty() const { return totalSamples == 0 && totalLost == 0; }
        /// Every field.
        QJsonObject toJson() const;
        /// "12 samples, RTT min/p50/p95/p99/max 0.21/0.30/0.45/0.50/0.51 ms, ...".
        QString toText() const;
    };

    /// The window of a default-constructed LatencyStats: probes kept.
    static constexpr int DefaultWindow = 120;
    /// Earlier connections kept in history().
    static constexpr int MaxHistory = 50;

    /// Statistics over the most recent window probes.
    explicit LatencyStats(int window = DefaultWindow);

    /// An answered probe with its round trip.
    void addSample(double rttMs);
    /// A lost probe.
    void addLoss();
    /// Archives the current connection (when it saw any probe) and clears.
    void reset();

    /// The number of probes the window holds.
    int window() const { return m_window; }
    /// Answered probes in the window.
    int sampleCount() const { return static_cast<int>(m_samples.size()); }
    /// Answered probes since reset().
    qint64 totalSamples() const { return m_totalSamples; }
    /// Lost probes since reset().
    qint64 totalLost() const { return m_totalLost; }
    /// The latest round trip; -1 when there is no sample.
    double last() const { return m_last; }
    /// The shortest round trip in the window; 0 when there is no sample.
    double min() const;
    /// The longest round trip in the window; 0 when there is no sample.
    double max() const;
    /// The mean round trip in the window; 0 when there is no sample.
    double mean() const;
    /// Nearest rank, p in [0, 100]; 0 when there is no sample.
    double percentile(double p) const;
    /// Mean absolute difference between consecutive samples in the window.
    double jitter() const;
    /// Lost / probes in the window; 0 without probes.
    double lossRatio() const;
    /// Everything above in one value.
    Summary summary() const;
    /// The summaries of earlier connections, oldest first.
    QList<Summary> history() const { return m_history; }

private:
    void refresh() const;

    enum class Outcome : quint8 { Answered, Lost };
    void addOutcome(Outcome outcome);

    int m_window;
    RingBuffer<double> m_samples; // round trips in arrival order
    RingBuffer<Outcome> m_outcomes; // of the same probes and the lost ones
    int m_lostInWindow = 0;

    qint64 m_totalSamples = 0;
    qint64 m_totalLost = 0;
    double m_last = -1;
    qint64 m_startedUs = 0;
    QList<Summary> m_history;

    // lazily computed from the window
    mutable bool m_dirty = true;
    mutable std::vector<double> m_sorted;
    mutable double m_mean = 0;
    mutable double m_jitter = 0;
};

} // namespace maxmon
