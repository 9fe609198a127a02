#pragma once

#include <maxmon/latencystats.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace maxmon {

/// How healthy a connection is, in one word, with the rule that decided it:
/// "Degraded: p95 RTT 312.0 ms >= 250 ms". Computed from the heartbeat's
/// latency window; Unknown until a probe was answered or lost.
struct MAXMON_CORE_EXPORT ConnectionHealth
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionHealth)

public:
    /// The verdict.
    enum class Level {
        Unknown, ///< no probe answered or lost yet
        Good, ///< no rule below matched
        Degraded, ///< slow, jittery, or losing some probes
        Bad, ///< very slow or losing many probes
    };

    /// The limits of the rules. The first rule that matches decides, checked
    /// from Bad to Good; any loss in the window, or the latest probe lost,
    /// is at least Degraded.
    struct Thresholds
    {
        double badLossRatio = 0.10; ///< Bad from this share of the window's probes lost (10 %)
        double badP95Ms = 1000; ///< Bad from this 95th percentile round trip
        double degradedP95Ms = 250; ///< Degraded from this 95th percentile round trip
        double degradedJitterMs = 50; ///< Degraded from this jitter
    };

    /// The verdict.
    Level level = Level::Unknown;
    /// The rule that decided it, human-readable and translated ("p95 RTT 312.0 ms >= 250 ms").
    QString rule;

    /// The health with the default Thresholds; consecutiveLost counts the
    /// latest probes lost in a row.
    static ConnectionHealth evaluate(const LatencyStats::Summary &stats, int consecutiveLost);
    /// The health with thresholds of your own.
    static ConnectionHealth evaluate(const LatencyStats::Summary &stats, int consecutiveLost,
                                     const Thresholds &thresholds);

    /// The level's stable name, for JSON: "unknown", "good", "degraded", "bad".
    static QString levelName(Level level);
    /// The level's name for people, translated.
    static QString levelText(Level level);
    /// {"level": ..., "rule": ...}.
    QJsonObject toJson() const;
    /// "Degraded (p95 RTT 312.0 ms >= 250 ms)".
    QString toText() const;

    /// Equal in level and rule.
    friend bool operator==(const ConnectionHealth &a, const ConnectionHealth &b)
    {
        return a.level == b.level && a.rule == b.rule;
    }
    /// Different in level or rule.
    friend bool operator!=(const ConnectionHealth &a, const ConnectionHealth &b)
    {
        return !(a == b);
    }
};

} // namespace maxmon
