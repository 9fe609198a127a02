#pragma once

#include "metricsregistry.h"

#include <maxmon/connectionstate.h>
#include <maxmon/error.h>

#include <QHash>
#include <QString>

#include <array>

namespace maxmon {
struct Diagnostics;
}

namespace maxmon::monitor {

class MonitorMetrics;
struct TargetConfig;

// The series of one target in the monitor's families, all labelled
// target="<name>" plus the target's own labels. The series every target has
// exist from the start (at 0, so that rate() and absent() work from the first
// scrape); the ones labelled by a reason, a topic or a TLS session appear
// when they first happen. All of them go away with this object: a target
// removed by a reload leaves nothing behind in /metrics.
//
// Reason labels come from closed sets (Error::Code names in snake_case); the
// reason a Phoenix server gives for refusing a join is reduced to
// [a-z0-9_], 64 characters, and at most maxJoinReasons different values per
// target (then "other"), so that a server cannot blow up the series count.
class TargetMetrics
{
public:
    static constexpr int maxJoinReasons = 20;

    TargetMetrics(MonitorMetrics *metrics, const TargetConfig &config);
    ~TargetMetrics();
    TargetMetrics(const TargetMetrics &) = delete;
    TargetMetrics &operator=(const TargetMetrics &) = delete;

    void setState(ConnectionState state, qint64 sinceUs);
    // A connection opened: connects, handshake time, TLS version and certificate.
    void connected(const Diagnostics &diagnostics);
    void connectFailed(const QString &reason);
    void disconnected(const QString &reason, int closeCode);
    void reconnectAttempt();
    void rttSample(double rttMs);
    void probeLost();
    void messageReceived(qint64 bytes);
    void messageSent(qint64 bytes);

    void setChannelJoined(const QString &topic, bool joined);
    void joined(const QString &topic);
    void joinFailed(const QString &topic, const QString &serverReason);
    void channelCrashed(const QString &topic);
    // status: "ok", "error" or "timeout" (any other counts as "other"); seconds < 0: no duration
    void pushReplied(const QString &topic, const QString &event, const QString &status,
                     double seconds);

    // "heartbeat_timeout" for Error::Code::HeartbeatTimeout
    static QString reasonName(Error::Code code);
    // A server's text as a label value: lower case [a-z0-9_], at most 64 characters.
    static QString sanitizedReason(const QString &text);

private:
    // The series of family with the target's labels and extra ones, remembered for removal.
    MetricSeries *own(MetricFamily *family, const Labels &extra = {});
    void drop(MetricSeries *series);

    MonitorMetrics *m_metrics;
    Labels m_labels;
    QHash<MetricSeries *, MetricFamily *> m_owned;
    std::array<MetricSeries *, 6> m_states {};
    MetricSeries *m_up;
    MetricSeries *m_stateSince;
    MetricSeries *m_connects;
    MetricSeries *m_reconnects;
    MetricSeries *m_rtt;
    MetricSeries *m_probesLost;
    MetricSeries *m_messagesIn;
    MetricSeries *m_messagesOut;
    MetricSeries *m_bytesIn;
    MetricSeries *m_bytesOut;
    MetricSeries *m_closeCode;
    MetricSeries *m_handshake = nullptr;
    MetricSeries *m_tls = nullptr;
    MetricSeries *m_certNotAfter = nullptr;
    int m_joinReasons = 0;
};

} // namespace maxmon::monitor
