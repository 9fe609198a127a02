#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace maxmon {

class JsonObjectReader;

/// How a connection checks that it is alive: the "heartbeat" section of a
/// profile, run by Heartbeat.
///
/// JSON: `{"enabled": true, "strategy": "ping", "interval_ms": 5000, "timeout_ms": 5000,
/// "max_missed": 2, "adaptive": true, "min_interval_ms": 1000, "max_interval_ms": 30000}`
struct MAXMON_CORE_EXPORT HeartbeatConfig
{
    // Messages in ConnectionConfig's translation context: they are a profile's.
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    /// What a probe is.
    enum class Strategy {
        Ping, ///< WebSocket ping/pong control frames
        Application, ///< a protocol layer supplies the probe (Phoenix "heartbeat")
    };

    /// Whether probes are sent at all.
    bool enabled = true;
    /// What a probe is.
    Strategy strategy = Strategy::Ping;
    /// Time between probes (the start value when adaptive).
    int intervalMs = 5000;
    /// A probe without answer after this is lost.
    int timeoutMs = 5000;
    /// Consecutive lost probes that declare the link dead.
    int maxMissed = 2;
    /// Move the interval between minIntervalMs and maxIntervalMs with the link's quality.
    bool adaptive = true;
    /// The shortest adaptive interval.
    int minIntervalMs = 1000;
    /// The longest adaptive interval.
    int maxIntervalMs = 30000;

    /// The section as a profile stores it.
    QJsonObject toJson() const;
    /// Reads the fields of the section's object; the reader records every
    /// wrong value and unknown key with its path.
    static HeartbeatConfig fromJson(JsonObjectReader &reader);
    /// Every problem, with paths under prefix ("heartbeat.interval_ms").
    QList<ConfigIssue> validate(const QString &prefix = QStringLiteral("heartbeat")) const;

    /// Equal in every field.
    friend bool operator==(const HeartbeatConfig &a, const HeartbeatConfig &b)
    {
        return a.enabled == b.enabled && a.strategy == b.strategy && a.intervalMs == b.intervalMs
            && a.timeoutMs == b.timeoutMs && a.maxMissed == b.maxMissed && a.adaptive == b.adaptive
            && a.minIntervalMs == b.minIntervalMs && a.maxIntervalMs == b.maxIntervalMs;
    }
    /// Not equal in some field.
    friend bool operator!=(const HeartbeatConfig &a, const HeartbeatConfig &b) { return !(a == b); }
};

} // namespace maxmon
