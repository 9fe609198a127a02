#pragma once

#include "connectionprobe.h"

#include <maxmon/connectionconfig.h>

#include <QObject>
#include <QStringList>

namespace maxmon::cli {

// maxmon-cli probe URL: a check for monitoring systems. A ConnectionProbe
// (shared with the monitor's /probe) connects, sends --count WebSocket pings
// --interval apart, and reports the handshake time, RTT p50/p95/p99/max, loss
// and, for wss://, the TLS session. Thresholds apply to the p95 RTT (--warn,
// --crit) and to the loss (--warn-loss, --crit-loss).
//
// It follows the Nagios plugin conventions, not the exit codes of the other
// commands: 0 OK, 1 WARNING, 2 CRITICAL (including: cannot connect, link
// dead, every ping lost), 3 UNKNOWN (bad arguments, or the probe could not
// run); the first line of output is "STATUS - summary|perfdata". When the
// server refused the handshake or a close ended the probe, the lines after it
// say what the server answered (status, headers, body start) or who closed
// and why; --json has the whole error as "error".
class ProbeCommand : public QObject
{
    Q_OBJECT

public:
    enum Status { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    struct Thresholds
    {
        double warnMs = -1; // -1: none
        double critMs = -1;
        double warnLossPercent = -1;
        double critLossPercent = 100; // every ping lost is critical
    };

    static int run(const QStringList &arguments);

private:
    ProbeCommand(const ConnectionConfig &config, const monitor::ConnectionProbe::Settings &settings,
                 const Thresholds &thresholds, bool json);
    int exec();
    void onFinished();
    Status status(QString *reason) const;
    void report(Status result, const QString &reason) const;

    monitor::ConnectionProbe *m_probe;
    Thresholds m_thresholds;
    bool m_json;
    bool m_done = false;
    Status m_exitStatus = Unknown;
};

} // namespace maxmon::cli
