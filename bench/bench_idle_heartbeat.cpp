// CPU cost of the heartbeat on an idle connection: a connected, silent
// client measured for the same kind of wall time three ways: maxmon with the
// heartbeat off, a bare QWebSocket that pings on a QTimer at the same
// interval (the baseline: what any keep-alive costs), and maxmon with a
// fixed-interval heartbeat. The server is a separate `maxmon-cli serve`
// process, so getrusage() counts the client process alone.
//
//   bench_idle_heartbeat [--seconds 60] [--baseline-seconds 20] [--interval-ms 1000]
#include "benchoptions.h"
#include "benchutil.h"
#include "figurereport.h"

#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <sys/resource.h>

using namespace maxmon;
using namespace maxmon::bench;

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

    double percentOfCore() const { return wallMs > 0 ? 100.0 * cpuMs / wallMs : 0; }
};

// Measures what the process spends while it only runs its event loop.
template<typename Connection>
Phase idle(const QString &name, int seconds, Connection &connection)
{
    runFor(200); // let the connection's own setup settle
    Phase phase;
    phase.name = name;
    const Usage before = Usage::now();
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const Usage after = Usage::now();
    phase.wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    phase.cpuMs = after.cpuMs - before.cpuMs;
    phase.wakeups = after.voluntarySwitches - before.voluntarySwitches;
    phase.probes = connection.probes();
    return phase;
}

class MaxmonConnection
{
public:
    MaxmonConnection(const QUrl &url, bool heartbeat, int intervalMs)
    {
        ConnectionConfig config;
        config.url = url;
        config.reconnect.enabled = false;
        config.heartbeat.enabled = heartbeat;
        config.heartbeat.intervalMs = intervalMs;
        config.heartbeat.adaptive = false;
        static_cast<void>(m_client.setConfig(config));
        if (!m_client.open()
            || !waitUntil([this] { return m_client.state() == ConnectionState::Connected; },
                          10000)) {
            std::fprintf(stderr, "cannot connect to %s\n", qPrintable(url.toString()));
            std::exit(1);
        }
    }
    ~MaxmonConnection()
    {
        if (m_client.state() != ConnectionState::Connected) {
            std::fprintf(stderr, "the connection did not stay up: %s\n",
                         qPrintable(m_client.lastError().toString()));
            std::exit(1);
        }
        static_cast<void>(m_client.close());
        waitUntil([this] { return m_client.state() == ConnectionState::Disconnected; }, 5000);
    }
    qint64 probes() const { return m_client.diagnostics().heartbeat.probesAnswered; }

private:
    WebSocketClient m_client;
};

// The baseline keep-alive: a QTimer and QWebSocket::ping(), nothing else.
class BareConnection
{
public:
    BareConnection(const QUrl &url, int intervalMs)
    {
        QObject::connect(&m_socket, &QWebSocket::pong, &m_socket, [this] { ++m_pongs; });
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_socket, [this] { m_socket.ping(); });
        m_socket.open(url);
        if (!waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                       10000)) {
            std::fprintf(stderr, "cannot connect to %s\n", qPrintable(url.toString()));
            std::exit(1);
        }
        m_timer.start();
    }
    ~BareConnection()
    {
        m_timer.stop();
        m_socket.close();
        waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    }
    qint64 probes() const { return m_pongs; }

private:
    QWebSocket m_socket;
    QTimer m_timer;
    qint64 m_pongs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("CPU of an idle connection with a heartbeat."));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Wall time of the heartbeat phase."),
                                     QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption baselineSeconds(
        QStringLiteral("baseline-seconds"),
        QStringLiteral("Wall time of each baseline phase (default 20)."), QStringLiteral("s"),
        QStringLiteral("20"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
                                      QStringLiteral("Heartbeat interval."), QStringLiteral("ms"),
                                      QStringLiteral("1000"));
    options.parser().addOptions({ seconds, baselineSeconds, interval });
    options.process(app);
    const int phaseSeconds =
        options.smoke() ? 1 : std::max(1, options.parser().value(seconds).toInt());
    const int baseSeconds =
        options.smoke() ? 1 : std::max(1, options.parser().value(baselineSeconds).toInt());
    const int intervalMs = std::max(1, options.parser().value(interval).toInt());

    ServerProcess server;
    if (!server.start(ServerProcess::Kind::Demo, options.cli())) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QUrl url = server.url();

    {
        MaxmonConnection warmUp(url, true, intervalMs);
        idle(QStringLiteral("warm-up"), 1, warmUp);
    }
    Phase off;
    Phase bare;
    Phase heartbeat;
    {
        MaxmonConnection connection(url, false, intervalMs);
        off = idle(QStringLiteral("maxmon, heartbeat off"), baseSeconds, connection);
    }
    {
        BareConnection connection(url, intervalMs);
        bare = idle(QStringLiteral("bare QWebSocket, ping every %1 ms").arg(intervalMs),
                    baseSeconds, connection);
    }
    {
        MaxmonConnection connection(url, true, intervalMs);
        heartbeat = idle(QStringLiteral("maxmon, heartbeat %1 ms").arg(intervalMs), phaseSeconds,
                         connection);
    }
    server.stop();

    std::fprintf(stderr, "%-36s %10s %10s %12s %9s %8s\n", "phase", "wall ms", "cpu ms",
                 "cpu % core", "wakeups", "probes");
    for (const Phase &phase : { off, bare, heartbeat }) {
        std::fprintf(stderr, "%-36s %10.0f %10.1f %12.4f %9ld %8lld\n", qPrintable(phase.name),
                     phase.wallMs, phase.cpuMs, phase.percentOfCore(), phase.wakeups,
                     static_cast<long long>(phase.probes));
    }
    const double extraMs = heartbeat.cpuMs - off.cpuMs * heartbeat.wallMs / off.wallMs;
    std::fprintf(stderr, "heartbeat cost: %.1f ms CPU per minute, %.1f us per probe\n",
                 extraMs * 60000.0 / heartbeat.wallMs,
                 heartbeat.probes > 0 ? extraMs * 1000.0 / static_cast<double>(heartbeat.probes)
                                      : 0.0);

    FigureReport report;
    Figure figure;
    figure.id = QStringLiteral("idle.cpu");
    figure.figure =
        QStringLiteral("idle CPU, %1 s heartbeat, %2 s").arg(intervalMs / 1000.0).arg(phaseSeconds);
    figure.server = server.name();
    figure.unit = QStringLiteral("% of a core");
    figure.maxmon = heartbeat.percentOfCore();
    figure.baseline = bare.percentOfCore();
    figure.baselineName = QStringLiteral("bare QWebSocket + QTimer ping");
    figure.target = QStringLiteral("< 0.5 %");
    figure.note = QStringLiteral("%1 probes, %2 wakeups; heartbeat off: %3 %")
                      .arg(heartbeat.probes)
                      .arg(heartbeat.wakeups)
                      .arg(off.percentOfCore(), 0, 'f', 4);
    report.add(figure, figure.maxmon < 0.5);
    return report.exitCode();
}
