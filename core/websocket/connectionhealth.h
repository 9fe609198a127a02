#pragma once

#include <maxmon/latencystats.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace maxmon {

// How healthy a connection is, in one word, with the rule that decided it:
// "Degraded: p95 RTT 312.0 ms >= 250 ms". Computed from the heartbeat's
// latency window; Unknown until a probe was answered or lost.
struct MAXMON_CORE_EXPORT ConnectionHealth
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionHealth)

public:
    enum class Level { Unknown, Good, Degraded, Bad };

    // The first rule that matches decides, checked from Bad to Good.
    struct Thresholds
    {
        double badLossRatio = 0.10; // 10 % of the window's probes lost
        double badP95Ms = 1000;
        double degradedP95Ms = 250;
        double degradedJitterMs = 50;
        // any loss in the window, or the latest probe lost, is Degraded
    };

    Level level = Level::Unknown;
    QString rule; // human-readable, translated

    static ConnectionHealth evaluate(const LatencyStats::Summary &stats, int consecutiveLost);
    static ConnectionHealth evaluate(const LatencyStats::Summary &stats, int consecutiveLost,
                                     const Thresholds &thresholds);

    static QString levelName(Level level); // "good": stable, for JSON
    static QString levelText(Level level); // translated
    QJsonObject toJson() const;
    QString toText() const; // "Degraded (p95 RTT 312.0 ms >= 250 ms)"

    friend bool operator==(const ConnectionHealth &a, const ConnectionHealth &b)
    {
        return a.level == b.level && a.rule == b.rule;
    }
    friend bool operator!=(const ConnectionHealth &a, const ConnectionHealth &b)
    {
        return !(a == b);
    }
};

} // namespace maxmon
