// `maxmon-cli bench` with 500 parallel connections against the demo server
// (a separate `maxmon-cli serve`): every connection must open and every
// message come back. The baseline does the same with 500 bare QWebSockets
// in this process: all opened at once, connect time from open() to
// connected() per socket, then 64-byte binary echoes with the same window
// per connection and the same total, msg/s from the first send to the last
// echo.
//
//   bench_parallel [--connections 500] [--messages 100000] [--window 10]
#include "benchoptions.h"
#include "benchutil.h"
#include "figurereport.h"

#include <maxmon/message.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QWebSocket>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/prctl.h>

using namespace maxmon;
using namespace maxmon::bench;

namespace {

struct Outcome
{
    int opened = 0;
    qint64 sent = 0;
    qint64 received = 0;
    double messagesPerSecond = 0;
    Percentiles connectMs;
};

Outcome runBare(const QUrl &url, int connections, qint64 messages, int window)
{
    const qint64 quota = messages / connections;
    const QByteArray payload(64, 'b');
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<double> connectMs;
    std::vector<qint64> sent(static_cast<size_t>(connections), 0);
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < connections; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        const qint64 startNs = clock.nsecsElapsed();
        QObject::connect(raw, &QWebSocket::connected, raw, [&, startNs] {
            connectMs.push_back(static_cast<double>(clock.nsecsElapsed() - startNs) / 1e6);
            ++outcome.opened;
        });
        QObject::connect(raw, &QWebSocket::binaryMessageReceived, raw,
                         [&, raw, i](const QByteArray &) {
                             ++outcome.received;
                             qint64 &mine = sent[static_cast<size_t>(i)];
                             if (mine < quota) {
                                 ++mine;
                                 ++outcome.sent;
                                 raw->sendBinaryMessage(payload);
                             }
                         });
        raw->open(url);
        sockets.push_back(std::move(socket));
    }
    waitUntil([&] { return outcome.opened == connections; }, 30000);
    QElapsedTimer load;
    load.start();
    for (int i = 0; i < connections; ++i) {
        for (int w = 0; w < window && sent[static_cast<size_t>(i)] < quota; ++w) {
            ++sent[static_cast<size_t>(i)];
            ++outcome.sent;
            sockets[static_cast<size_t>(i)]->sendBinaryMessage(payload);
        }
    }
    waitUntil([&] { return outcome.received >= quota * outcome.opened; }, 120000);
    outcome.messagesPerSecond =
        static_cast<double>(outcome.received) / (static_cast<double>(load.nsecsElapsed()) / 1e9);
    outcome.connectMs = percentiles(connectMs);
    for (auto &socket : sockets)
        socket->close();
    waitUntil(
        [&] {
            for (auto &socket : sockets) {
                if (socket->state() != QAbstractSocket::UnconnectedState)
                    return false;
            }
            return true;
        },
        5000);
    return outcome;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("maxmon-cli bench with 500 parallel connections."));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Parallel connections."),
                                               QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages in all."), QStringLiteral("n"),
                                            QStringLiteral("100000"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QStringLiteral("In flight per connection."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    options.parser().addOptions({ connectionsOption, messagesOption, windowOption });
    options.process(app);
    const int connections =
        static_cast<int>(options.count(options.parser().value(connectionsOption).toInt(), 20));
    const qint64 messages =
        options.count(options.parser().value(messagesOption).toLongLong(), 2000);
    const int window = std::max(1, options.parser().value(windowOption).toInt());

    ServerProcess server;
    if (!server.start(ServerProcess::Kind::Demo, options.cli())) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    bench.start(options.cli(),
                { QStringLiteral("bench"), server.url().toString(), QStringLiteral("--connections"),
                  QString::number(connections), QStringLiteral("--count"),
                  QString::number(messages), QStringLiteral("--window"), QString::number(window),
                  QStringLiteral("--json") });
    if (!bench.waitForFinished(300000)) {
        std::fprintf(stderr, "maxmon-cli bench did not finish\n");
        return 1;
    }
    const QJsonObject m = QJsonDocument::fromJson(bench.readAllStandardOutput()).object();
    if (m.isEmpty()) {
        std::fprintf(stderr, "maxmon-cli bench printed no report (exit %d)\n", bench.exitCode());
        return 1;
    }
    const Outcome b = runBare(server.url(), connections, messages, window);

    const auto number = [&m](const char *key) {
        return m.value(QLatin1String(key)).toDouble();
    };
    const QJsonObject connect = m.value(QStringLiteral("connect_ms")).toObject();
    FigureReport report;
    const QString name = QStringLiteral("maxmon-cli bench, %1 connections, %2 x 64 B, window %3")
                             .arg(connections)
                             .arg(messages)
                             .arg(window);
    Figure all;
    all.id = QStringLiteral("parallel.complete");
    all.figure = name + QStringLiteral(": connections opened, messages back");
    all.server = server.name();
    all.unit = QStringLiteral("messages");
    all.maxmon = number("received");
    all.baseline = static_cast<double>(b.received);
    all.target = QStringLiteral("all %1 connect, all %2 back").arg(connections).arg(messages);
    all.note = QStringLiteral("opened %1 / %2, lost %3, mismatched %4, exit %5")
                   .arg(number("connections_opened"))
                   .arg(b.opened)
                   .arg(number("lost"))
                   .arg(number("mismatched"))
                   .arg(bench.exitCode());
    report.add(all,
               bench.exitCode() == 0 && number("connections_opened") == connections
                   && number("received") == static_cast<double>(messages) && number("lost") == 0
                   && number("mismatched") == 0);

    Figure rate;
    rate.id = QStringLiteral("parallel.rate");
    rate.figure = name + QStringLiteral(": total msg/s");
    rate.server = server.name();
    rate.unit = QStringLiteral("msg/s");
    rate.maxmon = number("messages_per_s");
    rate.baseline = b.messagesPerSecond;
    report.add(rate);

    for (const char *which : { "p50", "p95", "p99" }) {
        Figure figure;
        figure.id = QStringLiteral("parallel.connect.%1").arg(QLatin1String(which));
        figure.figure =
            name + QStringLiteral(": connect %1, all at once").arg(QLatin1String(which));
        figure.server = server.name();
        figure.unit = QStringLiteral("ms");
        figure.maxmon = connect.value(QLatin1String(which)).toDouble();
        figure.baseline = QLatin1String(which) == QLatin1String("p50") ? b.connectMs.p50
            : QLatin1String(which) == QLatin1String("p95")             ? b.connectMs.p95
                                                                       : b.connectMs.p99;
        report.add(figure);
    }
    return report.exitCode();
}
