#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenix/serializer.h>

#include <QList>
#include <QPair>
#include <QString>

#include <algorithm>
#include <optional>

namespace maxmon::phoenix {

/// What a phoenix::Socket adds to a ConnectionConfig, with the JavaScript
/// client's defaults.
struct MAXMON_CORE_EXPORT SocketOptions
{
    /// The protocol, sent as ?vsn=. Unset: the URL's own vsn if it names a
    /// known version, otherwise 2.0.0.
    std::optional<Serializer::Version> vsn;
    /// Query parameters of the socket URL (the JavaScript client's params),
    /// unencoded; they replace parameters of the same name in the URL.
    QList<QPair<QString, QString>> params;
    /// Default timeout of joins, pushes and leaves (the JavaScript client's timeout).
    int timeoutMs = 10000;
    /// The "phoenix" "heartbeat" push: every 30 s, and an unanswered one by the
    /// time of the next is a dead connection (reconnect). Replaces the
    /// profile's heartbeat block; the strategy is always Application.
    HeartbeatConfig heartbeat = phoenixHeartbeat(30000);
    /// reconnectAfterMs: the delay before reconnect attempt n is entry n-1, the
    /// last repeating. Used, without jitter and counting from the first entry
    /// again after each successful connection, unless empty: then the
    /// profile's reconnect block applies unchanged.
    QList<int> reconnectAfterMs { 10, 50, 100, 150, 200, 250, 500, 1000, 2000, 5000 };
    /// rejoinAfterMs: the delay before an errored channel's rejoin attempt n.
    QList<int> rejoinAfterMs { 1000, 2000, 5000, 10000 };

    /// The options a profile sets (its "phoenix" block: vsn, params,
    /// heartbeat interval, timeout); the rest keep the defaults above.
    static SocketOptions fromConfig(const ConnectionConfig &config);

    /// Heartbeat every intervalMs, timing out after one interval, the link
    /// dead at the first loss, no adaptation: what the JavaScript client does.
    /// 0 or less: no heartbeat.
    static HeartbeatConfig phoenixHeartbeat(int intervalMs)
    {
        HeartbeatConfig config;
        config.strategy = HeartbeatConfig::Strategy::Application;
        config.maxMissed = 1;
        config.adaptive = false;
        if (intervalMs <= 0) {
            config.enabled = false;
            return config;
        }
        config.intervalMs = intervalMs;
        config.timeoutMs = intervalMs;
        config.minIntervalMs = std::min(config.minIntervalMs, intervalMs);
        config.maxIntervalMs = std::max(config.maxIntervalMs, intervalMs);
        return config;
    }
};

} // namespace maxmon::phoenix
