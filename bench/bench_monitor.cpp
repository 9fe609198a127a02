// maxmon-cli monitor at fleet scale: one monitor process holding --targets
// (1,000) connections to `maxmon-cli serve` (a separate process), heartbeat
// every 5 s, scraped as Prometheus would. Figures: the monitor's CPU (share
// of one core over --seconds, scraped every 15 s meanwhile), its RSS, and the
// latency of a /metrics scrape with all targets (--scrapes in a row).
//
// The baseline, in the same run, is a process of the same shape without
// maxmon: --targets bare QWebSockets, each pinging on its own QTimer at the
// same interval (what any keep-alive costs), and a QHttpServer answering
// /metrics with as many bytes as the monitor's exposition (what serving the
// text costs, without building it).
//
// A thousand connections need a thousand descriptors in each process: the
// benchmark raises its soft limit (RLIMIT_NOFILE) to the hard one, which its
// children inherit; the monitor also raises its own.
//
//   bench_monitor [--targets 1000] [--seconds 60] [--scrapes 20] [--heartbeat-ms 5000]
#include "benchoptions.h"
#include "benchutil.h"
#include "figurereport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace maxmon::bench;

namespace {

constexpr int scrapeIntervalMs = 15000; // Prometheus' default scrape_interval

// CPU seconds (user + system) of a process, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble())
        / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double rssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

rlim_t raiseDescriptorLimit()
{
    rlimit limit {};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

// A process started here, its first stdout line read, terminated at the end.
class Child
{
public:
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 30000)
    {
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(program, arguments);
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < timeoutMs
               && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(100);
        if (!m_process.canReadLine())
            return false;
        m_line = QString::fromUtf8(m_process.readLine().trimmed());
        return true;
    }
    ~Child() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    QString line() const { return m_line; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_line;
};

struct Scrape
{
    double ms = -1;
    QByteArray body;
};

Scrape scrape(QNetworkAccessManager &network, const QUrl &url)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    waitUntil([reply] { return reply->isFinished(); }, 30000);
    Scrape result;
    if (reply->isFinished() && reply->error() == QNetworkReply::NoError) {
        result.body = reply->readAll();
        result.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    delete reply;
    return result;
}

// The series maxmon_up{...} 1 in a 0.0.4 exposition.
int upCount(const QByteArray &exposition)
{
    int up = 0;
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.startsWith("maxmon_up{") && line.endsWith(" 1"))
            ++up;
    }
    return up;
}

struct Measurement
{
    double cpuPercent = -1; // of one core
    double rssMiB = -1; // highest sample in the window
    Percentiles scrapeMs;
    qsizetype bytes = 0;
    double serverCpuPercent = -1;
};

// CPU and RSS of pid over seconds, scraping every 15 s meanwhile, then
// `scrapes` scrapes in a row for their latency.
Measurement measure(qint64 pid, qint64 serverPid, const QUrl &metrics, double seconds, int scrapes)
{
    QNetworkAccessManager network;
    scrape(network, metrics); // the connection, opened before the clock runs
    Measurement result;
    const double cpuBefore = cpuSeconds(pid);
    const double serverBefore = cpuSeconds(serverPid);
    QElapsedTimer wall;
    wall.start();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler,
                     [&] { result.rssMiB = std::max(result.rssMiB, rssMiB(pid)); });
    sampler.start(1000);
    QTimer scraper;
    QObject::connect(&scraper, &QTimer::timeout, &scraper, [&] { scrape(network, metrics); });
    scraper.start(scrapeIntervalMs);
    runFor(static_cast<int>(seconds * 1000));
    scraper.stop();
    sampler.stop();
    const double wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    result.cpuPercent = 100 * (cpuSeconds(pid) - cpuBefore) / wallSeconds;
    result.serverCpuPercent = 100 * (cpuSeconds(serverPid) - serverBefore) / wallSeconds;
    result.rssMiB = std::max(result.rssMiB, rssMiB(pid));
    std::vector<double> latencies;
    for (int i = 0; i < scrapes; ++i) {
        const Scrape one = scrape(network, metrics);
        if (one.ms >= 0)
            latencies.push_back(one.ms);
        result.bytes = one.body.size();
    }
    result.scrapeMs = percentiles(latencies);
    return result;
}

// The baseline process: bare QWebSockets pinging on QTimers, and a
// QHttpServer answering /metrics with `bytes` bytes. Prints its /metrics URL
// once every socket is connected.
int baselineChild(int targets, const QUrl &url, int heartbeatMs, qsizetype bytes)
{
    raiseDescriptorLimit();
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int connected = 0;
    for (int i = 0; i < targets; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        auto *timer = new QTimer(raw);
        QObject::connect(timer, &QTimer::timeout, raw, [raw] { raw->ping("hb"); });
        QObject::connect(raw, &QWebSocket::connected, raw, [timer, heartbeatMs, &connected] {
            timer->start(heartbeatMs);
            ++connected;
        });
        raw->open(url);
        sockets.push_back(std::move(socket));
    }
    const QByteArray body(bytes, 'x');
    QHttpServer server;
    server.route(QStringLiteral("/metrics"), [&body] { return body; });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    if (!waitUntil([&] { return connected == targets; }, 120000) || port == 0)
        return 1;
    std::printf("http://127.0.0.1:%u/metrics\n", port);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

QByteArray monitorConfig(int targets, const QUrl &url, int heartbeatMs)
{
    QJsonArray list;
    for (int i = 0; i < targets; ++i)
        list.append(QJsonObject {
            { QStringLiteral("name"), QStringLiteral("t-%1").arg(i, 4, 10, QLatin1Char('0')) },
            { QStringLiteral("url"), url.toString() } });
    const QJsonObject profile { { QStringLiteral("heartbeat"),
                                  QJsonObject { { QStringLiteral("interval_ms"), heartbeatMs },
                                                { QStringLiteral("timeout_ms"), heartbeatMs },
                                                { QStringLiteral("adaptive"), false } } } };
    return QJsonDocument(
               QJsonObject { { QStringLiteral("listen"), QStringLiteral("127.0.0.1:0") },
                             { QStringLiteral("defaults"),
                               QJsonObject { { QStringLiteral("profile"), profile },
                                             { QStringLiteral("labels"),
                                               QJsonObject { { QStringLiteral("shard"),
                                                               QStringLiteral("bench") } } } } },
                             { QStringLiteral("targets"), list } })
        .toJson(QJsonDocument::Compact);
}

// What one run found: the monitor's side and the baseline's.
struct Run
{
    int targets = 0;
    int heartbeatMs = 0;
    double seconds = 0;
    int scrapes = 0;
    rlim_t descriptorLimit = 0;
    QString server;
    int upAtStart = 0;
    int upAtEnd = 0;
    double allUpSeconds = 0;
    double idleRssMiB = 0;
    Measurement monitor;
    Measurement baseline;
};

// RSS of a monitor without targets: what the process costs before any connection.
double idleMonitorRss(const QString &cli, const QTemporaryDir &dir)
{
    const QString config = dir.filePath(QStringLiteral("empty.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || !file.write(R"({"listen": "127.0.0.1:0"})"))
        return -1;
    file.close();
    Child idle;
    if (!idle.start(cli, { QStringLiteral("monitor"), QStringLiteral("--config"), config }))
        return -1;
    runFor(1000);
    return rssMiB(idle.pid());
}

// The monitor with every target, from start to all up, then measured.
bool runMonitor(const BenchOptions &options, const ServerProcess &server, Run *run)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("monitor.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || !file.write(monitorConfig(run->targets, server.url(), run->heartbeatMs)))
        return false;
    file.close();
    run->idleRssMiB = idleMonitorRss(options.cli(), dir);
    Child monitor;
    QElapsedTimer startup;
    startup.start();
    if (!monitor.start(options.cli(),
                       { QStringLiteral("monitor"), QStringLiteral("--config"), config }))
        return false;
    const QUrl metrics(monitor.line());
    QNetworkAccessManager network;
    waitUntil(
        [&] {
            run->upAtStart = upCount(scrape(network, metrics).body);
            return run->upAtStart == run->targets;
        },
        120000);
    run->allUpSeconds = static_cast<double>(startup.elapsed()) / 1000;
    runFor(options.smoke() ? 200 : 5000); // settle: the first heartbeats, the heap
    run->monitor = measure(monitor.pid(), server.pid(), metrics, run->seconds, run->scrapes);
    run->upAtEnd = upCount(scrape(network, metrics).body);
    return true;
}

bool runBaseline(const BenchOptions &options, const ServerProcess &server, Run *run)
{
    Child bare;
    if (!bare.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--baseline-child"), server.url().toString(),
                      QStringLiteral("--targets"), QString::number(run->targets),
                      QStringLiteral("--heartbeat-ms"), QString::number(run->heartbeatMs),
                      QStringLiteral("--body-bytes"), QString::number(run->monitor.bytes) },
                    150000))
        return false;
    runFor(options.smoke() ? 200 : 5000);
    run->baseline =
        measure(bare.pid(), server.pid(), QUrl(bare.line()), run->seconds, run->scrapes);
    return true;
}

int report(const Run &run)
{
    const Measurement &m = run.monitor;
    const Measurement &b = run.baseline;
    FigureReport report;
    const QString name = QStringLiteral("monitor, %1 targets, heartbeat %2 s")
                             .arg(run.targets)
                             .arg(run.heartbeatMs / 1000.0);
    const auto figure = [&](const char *id, const QString &what, const QString &unit) {
        Figure f;
        f.id = QLatin1String(id);
        f.figure = name + QStringLiteral(": ") + what;
        f.server = run.server;
        f.unit = unit;
        return f;
    };
    Figure up = figure("monitor.up", QStringLiteral("targets up"), QStringLiteral("targets"));
    up.maxmon = run.upAtEnd;
    up.target = QStringLiteral("all %1").arg(run.targets);
    up.note = QStringLiteral("all up %1 s after start; open file limit %2")
                  .arg(run.allUpSeconds, 0, 'f', 1)
                  .arg(static_cast<qulonglong>(run.descriptorLimit));
    report.add(up, run.upAtEnd == run.targets && run.upAtStart == run.targets);

    Figure cpu =
        figure("monitor.cpu", QStringLiteral("CPU over %1 s, scraped every 15 s").arg(run.seconds),
               QStringLiteral("% of a core"));
    cpu.maxmon = m.cpuPercent;
    cpu.baseline = b.cpuPercent;
    cpu.baselineName = QStringLiteral("bare QWebSockets + QTimer pings");
    cpu.target = QStringLiteral("< 10 %");
    cpu.note = QStringLiteral("%1 % of a core per 1,000 targets; the server: %2 % / %3 %")
                   .arg(m.cpuPercent * 1000 / run.targets, 0, 'f', 2)
                   .arg(m.serverCpuPercent, 0, 'f', 1)
                   .arg(b.serverCpuPercent, 0, 'f', 1);
    report.add(cpu, m.cpuPercent < 10);

    Figure rss =
        figure("monitor.rss", QStringLiteral("RSS, highest sample"), QStringLiteral("MiB"));
    rss.maxmon = m.rssMiB;
    rss.baseline = b.rssMiB;
    rss.baselineName = QStringLiteral("bare QWebSockets + QHttpServer");
    rss.target = QStringLiteral("< 200 MiB");
    rss.note = QStringLiteral("without targets %1 MiB: %2 KiB per target")
                   .arg(run.idleRssMiB, 0, 'f', 1)
                   .arg((m.rssMiB - run.idleRssMiB) * 1024 / run.targets, 0, 'f', 1);
    report.add(rss, m.rssMiB > 0 && m.rssMiB < 200);

    Figure latency = figure("monitor.scrape",
                            QStringLiteral("/metrics scrape p95, %1 in a row").arg(run.scrapes),
                            QStringLiteral("ms"));
    latency.maxmon = m.scrapeMs.p95;
    latency.baseline = b.scrapeMs.p95;
    latency.baselineName = QStringLiteral("QHttpServer, the same bytes ready");
    latency.target = QStringLiteral("< 100 ms");
    latency.note = QStringLiteral("%1 bytes; p50 %2 / %3 ms, max %4 / %5 ms")
                       .arg(m.bytes)
                       .arg(m.scrapeMs.p50, 0, 'f', 1)
                       .arg(b.scrapeMs.p50, 0, 'f', 1)
                       .arg(m.scrapeMs.max, 0, 'f', 1)
                       .arg(b.scrapeMs.max, 0, 'f', 1);
    report.add(latency, m.scrapeMs.samples > 0 && m.scrapeMs.p95 < 100);
    return report.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("maxmon-cli monitor holding many targets."));
    const QCommandLineOption targetsOption(QStringLiteral("targets"),
                                           QStringLiteral("Targets (connections)."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("CPU and RSS window."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption scrapesOption(QStringLiteral("scrapes"),
                                           QStringLiteral("Scrapes in a row for the latency."),
                                           QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption heartbeatOption(QStringLiteral("heartbeat-ms"),
                                             QStringLiteral("Heartbeat interval of every target."),
                                             QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption childOption(QStringLiteral("baseline-child"),
                                         QStringLiteral("(internal) the baseline process: URL."),
                                         QStringLiteral("url"));
    const QCommandLineOption bytesOption(QStringLiteral("body-bytes"),
                                         QStringLiteral("(internal) the baseline's /metrics size."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    options.parser().addOptions(
        { targetsOption, secondsOption, scrapesOption, heartbeatOption, childOption, bytesOption });
    options.process(app);
    QCommandLineParser &parser = options.parser();
    Run run;
    run.targets = static_cast<int>(options.count(parser.value(targetsOption).toInt(), 20));
    run.heartbeatMs = parser.value(heartbeatOption).toInt();
    if (parser.isSet(childOption))
        return baselineChild(run.targets, QUrl(parser.value(childOption)), run.heartbeatMs,
                             parser.value(bytesOption).toLongLong());
    run.seconds = options.seconds(parser.value(secondsOption).toDouble(), 1.0);
    run.scrapes = static_cast<int>(options.count(parser.value(scrapesOption).toInt(), 3));
    run.descriptorLimit = raiseDescriptorLimit();
    std::fprintf(stderr, "open file limit %llu (each process needs one per connection)\n",
                 static_cast<unsigned long long>(run.descriptorLimit));

    ServerProcess server;
    if (!server.start(
            ServerProcess::Kind::Demo, options.cli(),
            { QStringLiteral("--max-connections"), QString::number(2 * run.targets + 100) })) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    run.server = server.name();
    if (!runMonitor(options, server, &run)) {
        std::fprintf(stderr, "maxmon-cli monitor did not start\n");
        return 1;
    }
    if (!runBaseline(options, server, &run)) {
        std::fprintf(stderr, "the baseline process did not start\n");
        return 1;
    }
    return report(run);
}
