// CPU cost of the heartbeat on an idle connection: the same connected,
// silent client measured twice for the same wall time, once with the
// heartbeat off (baseline) and once with a fixed-interval heartbeat. The
// server is a separate `maxmon-cli serve` process, so getrusage() counts
// the client process alone.
//
//   bench_idle_heartbeat [--seconds 60] [--interval-ms 1000] [--server path/to/maxmon-cli]
#include "websocket/websocketclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace maxmon;

namespace {

struct Usage
{
    double cpuMs = 0;
    long voluntarySwitches = 0; // roughly: how often the process slept and woke

    static Usage now()
    {
        rusage usage {};
        ::getrusage(RUSAGE_SELF, &usage);
        auto ms = [](const timeval &t) {
            return t.tv_sec * 1000.0 + t.tv_usec / 1000.0;
        };
        return { ms(usage.ru_utime) + ms(usage.ru_stime), usage.ru_nvcsw };
    }
};

struct Phase
{
    QString name;
    double wallMs = 0;
    double cpuMs = 0;
    long wakeups = 0;
    qint64 probes = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(WebSocketClient &client, ConnectionState state, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (client.state() != state && timer.elapsed() < timeoutMs)
        spin(10);
    return client.state() == state;
}

Phase measure(const QString &name, const QUrl &url, bool heartbeat, int intervalMs, int seconds)
{
    ConnectionConfig config;
    config.url = url;
    config.reconnect.enabled = false;
    config.heartbeat.enabled = heartbeat;
    config.heartbeat.intervalMs = intervalMs;
    config.heartbeat.adaptive = false;
    WebSocketClient client(config);
    if (!client.open() || !waitFor(client, ConnectionState::Connected, 10000)) {
        std::fprintf(stderr, "cannot connect to %s\n", qPrintable(url.toString()));
        std::exit(1);
    }
    spin(200); // let the connection's own setup settle

    Phase phase;
    phase.name = name;
    const Usage before = Usage::now();
    QElapsedTimer wall;
    wall.start();
    spin(seconds * 1000);
    const Usage after = Usage::now();
    phase.wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    phase.cpuMs = after.cpuMs - before.cpuMs;
    phase.wakeups = after.voluntarySwitches - before.voluntarySwitches;
    phase.probes = client.diagnostics().heartbeat.probesAnswered;
    if (client.state() != ConnectionState::Connected) {
        std::fprintf(stderr, "%s: the connection did not stay up: %s\n", qPrintable(name),
                     qPrintable(client.lastError().toString()));
        std::exit(1);
    }
    static_cast<void>(client.close());
    waitFor(client, ConnectionState::Disconnected, 5000);
    return phase;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown CPU");
    const QList<QByteArray> lines = file.readAll().split('\n');
    int cores = 0;
    QString model;
    for (const QByteArray &line : lines) {
        if (line.startsWith("processor"))
            ++cores;
        if (model.isEmpty() && line.startsWith("model name"))
            model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return QStringLiteral("%1, %2 cores").arg(model).arg(cores);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Wall time per phase."), QStringLiteral("s"),
                                     QStringLiteral("60"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
                                      QStringLiteral("Heartbeat interval."), QStringLiteral("ms"),
                                      QStringLiteral("1000"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("maxmon-cli to run."),
                                    QStringLiteral("path"), QStringLiteral(MAXMON_CLI_PATH));
    parser.addOptions({ seconds, interval, server });
    parser.process(app);
    const int phaseSeconds = std::max(1, parser.value(seconds).toInt());
    const int intervalMs = std::max(1, parser.value(interval).toInt());

    QProcess serve;
    serve.start(parser.value(server),
                { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0") });
    if (!serve.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the server did not start: %s\n", qPrintable(serve.errorString()));
        return 1;
    }
    const QUrl url(QString::fromUtf8(serve.readLine().trimmed()));

    measure(QStringLiteral("warm-up"), url, true, intervalMs, 1);
    const Phase baseline =
        measure(QStringLiteral("heartbeat off"), url, false, intervalMs, phaseSeconds);
    const Phase heartbeat = measure(QStringLiteral("heartbeat %1 ms").arg(intervalMs), url, true,
                                    intervalMs, phaseSeconds);
    serve.terminate();
    serve.waitForFinished(5000);

    std::printf("machine: %s\n", qPrintable(cpuModel()));
    std::printf("date:    %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    std::printf("%-20s %10s %10s %12s %9s %8s\n", "phase", "wall ms", "cpu ms", "cpu % core",
                "wakeups", "probes");
    for (const Phase &phase : { baseline, heartbeat }) {
        std::printf("%-20s %10.0f %10.1f %12.4f %9ld %8lld\n", qPrintable(phase.name), phase.wallMs,
                    phase.cpuMs, 100.0 * phase.cpuMs / phase.wallMs, phase.wakeups,
                    static_cast<long long>(phase.probes));
    }
    const double extraMs = heartbeat.cpuMs - baseline.cpuMs;
    std::printf("heartbeat cost: %.1f ms CPU per minute, %.1f us per probe\n",
                extraMs * 60000.0 / heartbeat.wallMs,
                heartbeat.probes > 0 ? extraMs * 1000.0 / static_cast<double>(heartbeat.probes)
                                     : 0.0);
    return 0;
}
