// Echo throughput: maxmon's WebSocketClient (message log, statistics and
// heartbeat on, as the GUI runs it) against a bare QWebSocket loop, in the
// same run, against the same server in a separate process (maxmon-cli serve,
// and the Node.js ws peer when installed). Rounds alternate between the two
// clients so that a machine that gets busier mid-run hurts both alike; the
// median round counts, after a warm-up round of each.
//
//   bench_throughput [--size 64] [--window 1000] [--binary] [--rounds 3] [--duration 2]
//                    [--recording] [--without-log]
//   bench_throughput --size 1048576 --window 4 --binary
#include "benchoptions.h"
#include "benchutil.h"
#include "echoloop.h"
#include "figurereport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace maxmon;
using namespace maxmon::bench;

namespace {

struct Round
{
    double messagesPerSecond = 0;
    double megabytesPerSecond = 0; // MB = 10^6 bytes, echoed payload
    double cpuUsPerMessage = 0; // this thread's CPU per round trip: steadier on a busy machine
};

// CPU time of the calling thread (the one with the event loop and the socket)
double threadCpuUs()
{
    rusage usage {};
    ::getrusage(RUSAGE_THREAD, &usage);
    const auto us = [](const timeval &t) {
        return t.tv_sec * 1e6 + static_cast<double>(t.tv_usec);
    };
    return us(usage.ru_utime) + us(usage.ru_stime);
}

// Fills the window, lets it settle for warmMs, then counts the echoes that
// come back in measureMs; then stops and waits until nothing is in flight.
Round measure(EchoLoop &loop, int window, int warmMs, int measureMs)
{
    loop.start(window);
    runFor(warmMs);
    const qint64 messages = loop.received();
    const qint64 bytes = loop.receivedBytes();
    const double cpuBefore = threadCpuUs();
    QElapsedTimer timer;
    timer.start();
    runFor(measureMs);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    Round round;
    round.cpuUsPerMessage = (threadCpuUs() - cpuBefore)
        / static_cast<double>(std::max<qint64>(1, loop.received() - messages));
    round.messagesPerSecond = static_cast<double>(loop.received() - messages) / seconds;
    round.megabytesPerSecond = static_cast<double>(loop.receivedBytes() - bytes) / seconds / 1e6;
    loop.stop();
    if (!waitUntil([&loop] { return loop.isDrained(); }, 30000)) {
        std::fprintf(stderr, "%s: %lld echoes never came back\n", qPrintable(loop.name()),
                     static_cast<long long>(loop.inFlight()));
        std::exit(1);
    }
    return round;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("Echo throughput, maxmon against a bare QWebSocket."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Message size in bytes (default 64)."),
                                        QStringLiteral("bytes"), QStringLiteral("64"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QStringLiteral("Messages in flight (default 1000)."),
                                          QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption binaryOption(QStringLiteral("binary"),
                                          QStringLiteral("Binary messages instead of text."));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds per client (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"),
        QStringLiteral("both (default), or only maxmon or bare: for profiling one side."),
        QStringLiteral("which"), QStringLiteral("both"));
    const QCommandLineOption recordingOption(
        QStringLiteral("recording"),
        QStringLiteral("Also a maxmon client recording every message into a session file."));
    const QCommandLineOption withoutLogOption(
        QStringLiteral("without-log"),
        QStringLiteral("Also a maxmon client without the message log (a diagnostic figure: what "
                       "the log costs)."));
    options.parser().addOptions({ sizeOption, windowOption, binaryOption, roundsOption,
                                  clientsOption, recordingOption, withoutLogOption });
    options.process(app);

    const int size = std::max(1, options.parser().value(sizeOption).toInt());
    const int window = std::max(1, options.parser().value(windowOption).toInt());
    const bool binary = options.parser().isSet(binaryOption);
    const int rounds =
        options.smoke() ? 1 : std::max(1, options.parser().value(roundsOption).toInt());
    const int measureMs = static_cast<int>(options.seconds(2.0, 0.5) * 1000);
    const int warmMs = std::clamp(measureMs / 5, 100, 500);
    const QString clients = options.parser().value(clientsOption);
    const bool runMaxmon = clients != QLatin1String("bare");
    const bool runBare = clients != QLatin1String("maxmon");
    // in messages a second: for the small messages only
    const bool runRecording = options.parser().isSet(recordingOption) && size < 1024 * 1024;
    const bool runWithoutLog = options.parser().isSet(withoutLogOption) && size < 1024 * 1024;
    QTemporaryDir sessions;

    // text: printable ASCII, so that bytes and characters are the same count
    QByteArray payload(size, 'x');
    for (int i = 0; i < size; ++i)
        payload[i] = static_cast<char>('a' + i % 26);
    const bool large = size >= 1024 * 1024;
    const QString sizeText = large ? QStringLiteral("%1 MiB").arg(size / (1024.0 * 1024.0))
                                   : QStringLiteral("%1 B").arg(size);
    const QString figureName =
        QStringLiteral("echo %1 %2, window %3")
            .arg(sizeText, binary ? QStringLiteral("binary") : QStringLiteral("text"))
            .arg(window);
    const QString id = QStringLiteral("echo.%1%2").arg(size).arg(QLatin1Char(binary ? 'b' : 't'));

    FigureReport report;
    for (const ServerProcess::Kind kind : options.servers()) {
        ServerProcess server;
        // a 1 MiB message is at the demo server's default limit: room for it
        if (!server.start(
                kind, kind == ServerProcess::Kind::Demo ? options.cli() : options.nodeScript(),
                kind == ServerProcess::Kind::Demo
                    ? QStringList { QStringLiteral("--max-message-size"), QStringLiteral("64MiB") }
                    : QStringList())) {
            std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
            return 1;
        }
        MaxmonEchoLoop maxmonLoop;
        BareEchoLoop bareLoop;
        MaxmonEchoLoop recordingLoop;
        QList<EchoLoop *> loops { &maxmonLoop, &bareLoop };
        if (runRecording) {
            if (!recordingLoop.record(sessions.filePath(
                    QStringLiteral("echo-%1.maxmon").arg(server.name().size())))) {
                std::fprintf(stderr, "cannot record into %s\n", qPrintable(sessions.path()));
                return 1;
            }
            loops.append(&recordingLoop);
        }
        MaxmonEchoLoop withoutLogLoop;
        if (runWithoutLog) {
            withoutLogLoop.withoutLog();
            loops.append(&withoutLogLoop);
        }
        for (EchoLoop *loop : std::as_const(loops)) {
            loop->setPayload(payload, !binary);
            if (!loop->open(server.url())) {
                std::fprintf(stderr, "%s cannot connect to %s\n", qPrintable(loop->name()),
                             qPrintable(server.url().toString()));
                return 1;
            }
        }
        std::vector<double> maxmonRates, bareRates, maxmonMB, bareMB, maxmonCpu, bareCpu,
            recordingRates, recordingCpu, withoutLogRates, withoutLogCpu;
        // round 0 is a warm-up, not counted: the log fills up (to its
        // message or byte budget) and the heap reaches its steady size
        for (int i = options.smoke() ? 1 : 0; i <= rounds; ++i) {
            // alternate who goes first: a trend in the machine's load hits both
            const bool maxmonFirst = i % 2 == 1;
            for (int turn = 0; turn < 2; ++turn) {
                const bool isMaxmon = (turn == 0) == maxmonFirst;
                if ((isMaxmon && !runMaxmon) || (!isMaxmon && !runBare))
                    continue;
                EchoLoop &loop = isMaxmon ? static_cast<EchoLoop &>(maxmonLoop)
                                          : static_cast<EchoLoop &>(bareLoop);
                const Round round = measure(loop, window, warmMs, measureMs);
                if (i == 0)
                    continue;
                std::fprintf(stderr, "  %s round %d %s: %.0f msg/s, %.1f MB/s, %.2f us CPU/msg\n",
                             qPrintable(server.name()), i, qPrintable(loop.name()),
                             round.messagesPerSecond, round.megabytesPerSecond,
                             round.cpuUsPerMessage);
                (isMaxmon ? maxmonCpu : bareCpu).push_back(round.cpuUsPerMessage);
                (isMaxmon ? maxmonRates : bareRates).push_back(round.messagesPerSecond);
                (isMaxmon ? maxmonMB : bareMB).push_back(round.megabytesPerSecond);
            }
            if (runRecording) {
                const Round round = measure(recordingLoop, window, warmMs, measureMs);
                if (i > 0) {
                    recordingRates.push_back(round.messagesPerSecond);
                    recordingCpu.push_back(round.cpuUsPerMessage);
                }
            }
            if (runWithoutLog) {
                const Round round = measure(withoutLogLoop, window, warmMs, measureMs);
                if (i > 0) {
                    withoutLogRates.push_back(round.messagesPerSecond);
                    withoutLogCpu.push_back(round.cpuUsPerMessage);
                }
            }
        }
        for (EchoLoop *loop : std::as_const(loops))
            loop->close();

        Figure figure;
        figure.server = server.name();
        figure.figure = figureName;
        figure.note = QStringLiteral("client CPU per round trip %1 / %2 us")
                          .arg(median(maxmonCpu), 0, 'f', 2)
                          .arg(median(bareCpu), 0, 'f', 2);
        if (large) {
            figure.id = id + QStringLiteral(".mbps");
            figure.unit = QStringLiteral("MB/s");
            figure.maxmon = median(maxmonMB);
            figure.baseline = median(bareMB);
            figure.target = QStringLiteral(">= 90 % of bare");
            report.add(figure, figure.ratio() >= 0.90);
        } else {
            figure.id = id + QStringLiteral(".rate");
            figure.unit = QStringLiteral("msg/s");
            figure.maxmon = median(maxmonRates);
            figure.baseline = median(bareRates);
            figure.target = QStringLiteral(">= 85 % of bare");
            report.add(figure, figure.ratio() >= 0.85);
        }
        if (runRecording) {
            Figure recorded = figure;
            recorded.id = id + QStringLiteral(".recording");
            recorded.figure = figureName + QStringLiteral(", recording on");
            recorded.maxmon = median(recordingRates);
            recorded.target.clear();
            recorded.pass.reset();
            recorded.note = QStringLiteral("client CPU per round trip %1 / %2 us; every message "
                                           "also written to a session file")
                                .arg(median(recordingCpu), 0, 'f', 2)
                                .arg(median(bareCpu), 0, 'f', 2);
            report.add(recorded);
        }
        if (runWithoutLog) {
            Figure bareClient = figure;
            bareClient.id = id + QStringLiteral(".withoutlog");
            bareClient.figure = figureName + QStringLiteral(", without the log (diagnostic)");
            bareClient.maxmon = median(withoutLogRates);
            bareClient.target.clear();
            bareClient.pass.reset();
            bareClient.note = QStringLiteral("client CPU per round trip %1 / %2 us; "
                                             "WebSocketClient alone, no MessageLogModel")
                                  .arg(median(withoutLogCpu), 0, 'f', 2)
                                  .arg(median(bareCpu), 0, 'f', 2);
            report.add(bareClient);
        }
    }
    return report.exitCode();
}
