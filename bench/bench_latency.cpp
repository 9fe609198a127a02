// Processing latency at a steady 10,000 messages/s: how long maxmon takes
// from the moment QWebSocket has a frame until the message has been emitted
// by WebSocketClient::messageReceived and appended to the MessageLogModel.
//
// Method: QWebSocket emits textFrameReceived() for a frame immediately
// before textMessageReceived() (same call, after UTF-8 decoding); a slot on
// it, connected directly to the client's own socket, stamps the monotonic
// clock. A slot on messageReceived connected after the log's append() reads
// the clock again: the difference is exactly maxmon's added processing per
// message (Message construction, counters, heartbeat bookkeeping, signal
// dispatch, the log's append), with nothing of the kernel, Qt's frame
// parsing or the server in it. The baseline is the same two stamps around a
// bare QWebSocket whose textMessageReceived handler does nothing.
//
// Two more figures put it in context. End to end: the server's send time
// (sent_us in each event, wall clock, same machine) to the same end point:
// adds the server, the kernel, and any time the client's event loop was busy
// elsewhere (such as the log's batch inserts) before it read the frame.
// Row visible: frame to the message being a row of the model, which the log
// batches on purpose (at most every 50 ms, see MessageLogModel).
//
//   bench_latency [--rate 10000] [--duration 8] [--rounds 3]
#include "benchoptions.h"
#include "benchutil.h"
#include "figurereport.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <deque>

using namespace maxmon;
using namespace maxmon::bench;

namespace {

struct Samples
{
    std::vector<double> processingUs; // frame -> handled
    std::vector<double> endToEndUs; // server send -> handled
    std::vector<double> rowVisibleUs; // frame -> row in the model
    qint64 messages = 0;
    double longestGapMs = 0; // the event loop's longest gap while receiving
};

// A 1 ms precise timer on the receiving thread: the longest gap between its
// ticks is the longest time the event loop was busy elsewhere.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_armed)
                m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void arm()
    {
        if (!m_armed)
            m_lastNs = m_clock.nsecsElapsed();
        m_armed = true;
    }
    double longestMs() const { return static_cast<double>(m_longestNs) / 1e6; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    bool m_armed = false;
};

// The median of the rounds' values.
double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// sent_us from {"seq":..,"sent_us":..}, without a JSON parse in the way
qint64 sentUs(QByteArrayView payload)
{
    return integerAfter(payload, "\"sent_us\":");
}

class Recorder
{
public:
    explicit Recorder(qint64 skip)
        : m_skip(skip)
    { }

    void frame() { m_frameNs = Message::nowMonotonicNs(); }
    // After the handler: the end point of both figures.
    void handled(QByteArrayView payload)
    {
        const qint64 nowNs = Message::nowMonotonicNs();
        const qint64 nowUs = Message::nowUs();
        if (++m_seen <= m_skip)
            return; // warm-up
        watchdog.arm();
        ++samples.messages;
        samples.processingUs.push_back(static_cast<double>(nowNs - m_frameNs) / 1000.0);
        if (const qint64 sent = sentUs(payload); sent > 0)
            samples.endToEndUs.push_back(static_cast<double>(nowUs - sent));
    }
    qint64 frameNs() const { return m_frameNs; }
    bool warm() const { return m_seen > m_skip; }

    Samples samples;
    Watchdog watchdog;

private:
    qint64 m_skip;
    qint64 m_seen = 0;
    qint64 m_frameNs = 0;
};

Samples runMaxmon(const QUrl &url, qint64 skip)
{
    Recorder recorder(skip);
    WebSocketClient client;
    MessageLogModel log;
    // as ConnectionTab wires them: the log first
    QObject::connect(&client, &WebSocketClient::messageReceived, &log, &MessageLogModel::append);
    QObject::connect(&client, &WebSocketClient::messageSent, &log, &MessageLogModel::append);
    QObject::connect(&client, &WebSocketClient::messageReceived, &client,
                     [&recorder](const Message &message) {
                         if (message.isTextFrame())
                             recorder.handled(message.payload());
                     });
    // frame stamps of the messages not yet rows, oldest first
    std::deque<qint64> waiting;
    QObject::connect(&client, &WebSocketClient::messageReceived, &client,
                     [&](const Message &message) {
                         waiting.push_back(message.isTextFrame() ? recorder.frameNs()
                                                                 : Message::nowMonotonicNs());
                     });
    QObject::connect(&log, &MessageLogModel::rowsInserted, &log,
                     [&](const QModelIndex &, int first, int last) {
                         const qint64 nowNs = Message::nowMonotonicNs();
                         for (int row = first; row <= last && !waiting.empty(); ++row) {
                             if (recorder.warm())
                                 recorder.samples.rowVisibleUs.push_back(
                                     static_cast<double>(nowNs - waiting.front()) / 1000.0);
                             waiting.pop_front();
                         }
                     });
    QTimer stats; // as ChartPanel samples the counters
    stats.setInterval(500);
    qint64 sink = 0;
    QObject::connect(&stats, &QTimer::timeout, &client,
                     [&] { sink += client.diagnostics().messagesIn; });
    stats.start();

    ConnectionConfig config;
    config.url = url;
    config.heartbeat.intervalMs = 1000;
    config.heartbeat.adaptive = false;
    config.reconnect.enabled = false;
    static_cast<void>(client.setConfig(config));
    // the socket exists from Connecting on: hook its frames before any arrives
    QObject::connect(&client, &WebSocketClient::stateChanged, &client, [&](ConnectionState state) {
        if (state != ConnectionState::Connecting)
            return;
        for (QWebSocket *socket : client.findChildren<QWebSocket *>())
            QObject::connect(socket, &QWebSocket::textFrameReceived, &client,
                             [&recorder] { recorder.frame(); });
    });
    if (!client.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(url.toString()));
        std::exit(1);
    }
    // the server closes after its count
    waitUntil(
        [&] {
            return client.state() == ConnectionState::Disconnected
                || client.state() == ConnectionState::Error;
        },
        600000);
    log.flush();
    recorder.samples.longestGapMs = recorder.watchdog.longestMs();
    return recorder.samples;
}

Samples runBare(const QUrl &url, qint64 skip)
{
    Recorder recorder(skip);
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::textFrameReceived, &socket,
                     [&recorder] { recorder.frame(); });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [&recorder](const QString &text) {
                         // the payload for sent_us, after the end point was stamped
                         recorder.handled(text.toUtf8());
                     });
    socket.open(url);
    waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 600000);
    recorder.samples.longestGapMs = recorder.watchdog.longestMs();
    return recorder.samples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("Processing latency at a steady message rate."));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Messages per second (default 10000)."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"),
        QStringLiteral("Runs of each client, taking turns (default 3): end-to-end figures are "
                       "the median run's."),
        QStringLiteral("n"), QStringLiteral("3"));
    options.parser().addOptions({ rateOption, roundsOption });
    options.process(app);
    const int rounds =
        options.smoke() ? 1 : std::max(1, options.parser().value(roundsOption).toInt());
    const int rate = std::max(1, options.parser().value(rateOption).toInt());
    const double seconds = options.seconds(8.0, 1.0);
    const qint64 skip = rate / 2; // the first half second: connection and caches warming up
    const auto count = static_cast<qint64>(rate * seconds) + skip;
    const QString events = QStringLiteral("/events?rate=%1&count=%2").arg(rate).arg(count);

    FigureReport report;
    for (const ServerProcess::Kind kind : options.servers()) {
        ServerProcess server;
        if (!server.start(
                kind, kind == ServerProcess::Kind::Demo ? options.cli() : options.nodeScript())) {
            std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
            return 1;
        }
        // Runs take turns, so that a machine that gets busier hurts both;
        // the processing samples of all runs are pooled, the end-to-end
        // figures are the median run's.
        Samples maxmon;
        Samples bare;
        std::vector<double> maxmonE2e, bareE2e, maxmonGaps, bareGaps;
        const qint64 expected = count - skip;
        for (int round = 0; round < rounds; ++round) {
            for (int turn = 0; turn < 2; ++turn) {
                const bool isMaxmon = (turn == 0) == (round % 2 == 0);
                const Samples run = isMaxmon ? runMaxmon(server.url(events), skip)
                                             : runBare(server.url(events), skip);
                if (run.messages != expected) {
                    std::fprintf(stderr, "%s: expected %lld messages, %s got %lld\n",
                                 qPrintable(server.name()), static_cast<long long>(expected),
                                 isMaxmon ? "maxmon" : "bare",
                                 static_cast<long long>(run.messages));
                    return 1;
                }
                Samples &all = isMaxmon ? maxmon : bare;
                all.processingUs.insert(all.processingUs.end(), run.processingUs.begin(),
                                        run.processingUs.end());
                all.rowVisibleUs.insert(all.rowVisibleUs.end(), run.rowVisibleUs.begin(),
                                        run.rowVisibleUs.end());
                all.messages += run.messages;
                (isMaxmon ? maxmonE2e : bareE2e).push_back(percentiles(run.endToEndUs).p99);
                (isMaxmon ? maxmonGaps : bareGaps).push_back(run.longestGapMs);
                std::fprintf(stderr,
                             "  %s round %d %s: server send -> handled p99 %.0f us, "
                             "longest event-loop gap %.1f ms\n",
                             qPrintable(server.name()), round + 1, isMaxmon ? "maxmon" : "bare",
                             percentiles(run.endToEndUs).p99, run.longestGapMs);
            }
        }
        const Percentiles m = percentiles(maxmon.processingUs);
        const Percentiles b = percentiles(bare.processingUs);
        const QString name =
            QStringLiteral("latency at %1 msg/s, frame -> messageReceived + log").arg(rate);
        const auto figure = [&](const char *which, double mine, double theirs) {
            Figure f;
            f.id = QStringLiteral("latency.%1").arg(QLatin1String(which));
            f.figure = QStringLiteral("%1 %2").arg(name, QLatin1String(which));
            f.server = server.name();
            f.unit = QStringLiteral("us");
            f.maxmon = mine;
            f.baseline = theirs;
            f.baselineName = QStringLiteral("bare QWebSocket (empty handler)");
            return f;
        };
        report.add(figure("p50", m.p50, b.p50));
        report.add(figure("p95", m.p95, b.p95));
        Figure p99 = figure("p99", m.p99, b.p99);
        p99.target = QStringLiteral("< 1000 us");
        p99.note = QStringLiteral("%1 messages each").arg(expected);
        report.add(p99, m.p99 < 1000);
        report.add(figure("max", m.max, b.max));

        Figure e2e = figure("p99", medianOf(maxmonE2e), medianOf(bareE2e));
        e2e.id = QStringLiteral("latency.e2e.p99");
        e2e.figure = QStringLiteral("latency at %1 msg/s, server send -> handled, p99 (median of "
                                    "%2 runs each)")
                         .arg(rate)
                         .arg(rounds);
        e2e.baselineName = QStringLiteral("bare QWebSocket");
        e2e.target = QStringLiteral("within 2x of bare");
        QStringList runs;
        for (std::size_t i = 0; i < maxmonE2e.size(); ++i)
            runs.append(
                QStringLiteral("%1/%2").arg(maxmonE2e[i], 0, 'f', 0).arg(bareE2e[i], 0, 'f', 0));
        e2e.note = QStringLiteral("runs, us: %1").arg(runs.join(QStringLiteral(", ")));
        report.add(e2e, e2e.ratio() <= 2.0);
        Figure gap = figure("gap", medianOf(maxmonGaps), medianOf(bareGaps));
        gap.id = QStringLiteral("latency.gap");
        gap.figure = QStringLiteral("latency at %1 msg/s, longest event-loop gap while receiving "
                                    "(median of %2 runs)")
                         .arg(rate)
                         .arg(rounds);
        gap.unit = QStringLiteral("ms");
        gap.baselineName = QStringLiteral("bare QWebSocket");
        report.add(gap);

        const Percentiles rows = percentiles(maxmon.rowVisibleUs);
        Figure visible;
        visible.id = QStringLiteral("latency.row.p99");
        visible.figure =
            QStringLiteral("latency at %1 msg/s, frame -> row in the log (batched), p99").arg(rate);
        visible.server = server.name();
        visible.unit = QStringLiteral("us");
        visible.maxmon = rows.p99;
        visible.note = QStringLiteral("p50 %1 us; the log inserts in batches at most every %2 ms")
                           .arg(rows.p50, 0, 'f', 0)
                           .arg(MessageLogModel::DefaultBatchIntervalMs);
        report.add(visible);
    }
    return report.exitCode();
}
