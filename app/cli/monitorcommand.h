#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maxmon::monitor {
class Monitor;
struct MonitorConfig;
} // namespace maxmon::monitor

namespace maxmon::cli {

// maxmon-cli monitor --config FILE: holds one connection per target of the
// config and serves their health as Prometheus metrics (see
// monitor/monitor.h). SIGHUP reloads the config, SIGTERM or SIGINT closes
// every connection with 1001 and exits 0 (a second one exits at once with
// 130). --check reads the config and exits (0, or 8 when it has errors).
//
// Exit codes: 0 stopped by a signal, 2 usage, 3 cannot listen, 4 the
// listener's TLS files, 8 the config or the listener's secrets.
class MonitorCommand
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::MonitorCommand)

public:
    static int run(const QStringList &arguments);

private:
    // Holds the config's connections and serves their metrics until a signal
    // stops it (SIGHUP reloads the file).
    static int serve(monitor::Monitor *service, const monitor::MonitorConfig &initial,
                     const QString &file);
};

} // namespace maxmon::cli
