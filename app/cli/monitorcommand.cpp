#include "monitorcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"
#include "monitor.h"
#include "monitorconfig.h"
#include "monitorlog.h"

#include <QFileInfo>

#include <cstdlib>
#include <sys/resource.h>

namespace maxmon::cli {

namespace {

// One connection per target, plus the listener's: the usual soft limit of
// 1024 descriptors is too few for a thousand targets. The hard limit is the
// administrator's (systemd: LimitNOFILE=); raising the soft one up to it is
// what any process may do.
void raiseDescriptorLimit(qsizetype targets)
{
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = limit.rlim_max;
    if (limit.rlim_cur < wanted) {
        const rlim_t before = limit.rlim_cur;
        limit.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &limit) == 0)
            monitor::monitorlog::info(
                MonitorCommand::tr("open file limit raised from %1 to %2").arg(before).arg(wanted));
    }
    if (static_cast<rlim_t>(targets) + 128 > limit.rlim_cur)
        monitor::monitorlog::warning(
            MonitorCommand::tr("%1 targets need more open files than the limit of %2: raise "
                               "it (ulimit -n, systemd's LimitNOFILE=)")
                .arg(targets)
                .arg(limit.rlim_cur));
}

void printIssues(const QString &file, const QList<ConfigIssue> &issues)
{
    for (const ConfigIssue &issue : issues) {
        const QString line = QStringLiteral("%1: %2").arg(file, issue.toString());
        if (issue.isError())
            monitor::monitorlog::error(MonitorCommand::tr("error: %1").arg(line));
        else
            monitor::monitorlog::warning(MonitorCommand::tr("warning: %1").arg(line));
    }
}

int exitCodeOf(const Error &error)
{
    switch (error.code()) {
    case Error::Code::NetworkError:
        return Connection;
    case Error::Code::TlsConfigError:
        return Tls;
    default:
        return Config;
    }
}

} // namespace

int MonitorCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("monitor"),
        tr("Hold one connection per target of the config open, reconnecting forever, and "
           "serve their health as Prometheus metrics on /metrics (also /healthz, and "
           "/probe?target=URL&module=NAME for one-shot probes).\n"
           "SIGHUP reloads the config; SIGTERM or SIGINT closes every connection with 1001 "
           "and exits 0.\n"
           "Exit codes: 0 stopped by a signal, 2 usage, 3 cannot listen, 4 the listener's TLS "
           "files, 8 the config has errors or a secret cannot be read."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption config(
        QStringLiteral("config"), tr("The monitor's config file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        tr("Serve the metrics here instead of the config's \"listen\" (default "
           "127.0.0.1:9464; port 0: any free one)."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Only read the config, report its problems, and exit."));
    parser.addOptions({ config, listen, check });
    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 0, Usage))
        return *stop;
    if (!parser.isSet(config)) {
        commandLine.printUsageError(tr("--config FILE is needed"));
        return Usage;
    }
    const QString file = QFileInfo(parser.value(config)).absoluteFilePath();

    monitor::Monitor service;
    if (parser.isSet(listen)) {
        QHostAddress address;
        quint16 port = 0;
        QString why;
        if (!monitor::ListenerConfig::parseAddress(parser.value(listen), &address, &port, &why)) {
            commandLine.printUsageError(QStringLiteral("--listen: ") + why);
            return Usage;
        }
        service.setListenOverride(address, port);
    }
    QList<ConfigIssue> issues;
    const monitor::MonitorConfig initial = monitor::MonitorConfig::fromFile(file, &issues);
    printIssues(file, issues);
    if (ConfigIssue::hasErrors(issues))
        return Config;
    if (parser.isSet(check)) {
        console::err(tr("%1: %n target(s), no errors", nullptr, initial.targets.size()).arg(file));
        return Ok;
    }
    return serve(&service, initial, file);
}

int MonitorCommand::serve(monitor::Monitor *service, const monitor::MonitorConfig &initial,
                          const QString &file)
{
    // before anything can be told where to scrape: a SIGTERM that follows at
    // once must close the connections, not kill the process
    InterruptWatcher watcher(nullptr, InterruptWatcher::Hangup::Watch);
    raiseDescriptorLimit(initial.targets.size());
    if (const Result<void> applied = service->apply(initial); !applied) {
        monitor::monitorlog::error(applied.error().message());
        return exitCodeOf(applied.error());
    }
    // the one line on stdout, for scripts: where to scrape
    console::out((service->baseUrl() + QStringLiteral("/metrics")).toUtf8());
    monitor::monitorlog::info(tr("serving %1/metrics").arg(service->baseUrl()));

    QObject::connect(&watcher, &InterruptWatcher::hangup, service, [service, file] {
        monitor::monitorlog::info(tr("SIGHUP: reloading %1").arg(file));
        QList<ConfigIssue> found;
        const Result<void> reloaded = service->reload(file, &found);
        printIssues(file, found);
        if (!reloaded)
            monitor::monitorlog::error(reloaded.error().message());
    });
    QObject::connect(&watcher, &InterruptWatcher::interrupted, service, [service](int count) {
        if (count > 1) {
            // at once: no close handshakes, no destructors waiting for them
            std::_Exit(130);
        }
        monitor::monitorlog::info(
            tr("closing %n connection(s) with 1001", nullptr, service->runners().size()));
        service->shutdown();
    });
    QObject::connect(service, &monitor::Monitor::finished, service,
                     [] { QCoreApplication::exit(Ok); });
    return QCoreApplication::exec();
}

} // namespace maxmon::cli
