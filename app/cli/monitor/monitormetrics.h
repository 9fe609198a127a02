#pragma once

#include "metricsregistry.h"

#include <vector>

namespace maxmon::monitor {

// Every metric family of the monitor, registered in one MetricsRegistry in
// the order /metrics lists them. Names follow the Prometheus conventions:
// the maxmon_ prefix, base units (seconds, bytes), _total on counters.
// TargetMetrics fills the per-target series; the monitor's own and the
// process's series are set by Monitor and ProcessMetrics.
//
// The HELP texts are not translated: like metric names they are an
// interface (dashboards, alerts, other teams' tooling), the same whatever
// the language of the machine that runs the monitor.
class MonitorMetrics
{
public:
    MonitorMetrics();

    MetricsRegistry &registry() { return m_registry; }
    const MetricsRegistry &registry() const { return m_registry; }

    // The RTT histogram's buckets, in seconds: 0.1 ms to 10 s.
    static std::vector<double> rttBuckets();

    // the monitor and the process
    MetricFamily *buildInfo;
    MetricFamily *targets;
    MetricFamily *configReloads;
    MetricFamily *configLastReloadSuccessful;
    MetricFamily *configLastReloadTimestamp;
    MetricFamily *processCpu;
    MetricFamily *processResident;
    MetricFamily *processVirtual;
    MetricFamily *processOpenFds;
    MetricFamily *processMaxFds;
    MetricFamily *processStartTime;

    // per target: label target="<name>" and the target's own labels
    MetricFamily *targetInfo;
    MetricFamily *up;
    MetricFamily *state;
    MetricFamily *stateSince;
    MetricFamily *connects;
    MetricFamily *connectFailures;
    MetricFamily *disconnects;
    MetricFamily *reconnectAttempts;
    MetricFamily *rtt;
    MetricFamily *probesLost;
    MetricFamily *messagesReceived;
    MetricFamily *messagesSent;
    MetricFamily *bytesReceived;
    MetricFamily *bytesSent;
    MetricFamily *lastCloseCode;
    MetricFamily *handshakeDuration;
    MetricFamily *tlsInfo;
    MetricFamily *certNotAfter;

    // Phoenix targets, per topic
    MetricFamily *channelJoined;
    MetricFamily *joins;
    MetricFamily *joinFailures;
    MetricFamily *channelCrashes;
    MetricFamily *pushReplyDuration;
    MetricFamily *pushReplies;

private:
    void addMonitorFamilies();
    void addTargetFamilies();
    void addPhoenixFamilies();

    MetricsRegistry m_registry;
};

} // namespace maxmon::monitor
