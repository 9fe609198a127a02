// Memory, each measurement in a fresh child process of its own (RSS from
// /proc/self/statm), maxmon and the bare QWebSocket baseline alike:
//
//   idle       RSS before and after opening an idle connection (maxmon: a
//              WebSocketClient with its MessageLogModel, as a GUI tab has),
//              then a second one: the first also pays for Qt's one-time
//              network start-up, the second is what a connection costs
//   stream     1,000,000 messages of 200 bytes echoed through /echo (window
//              1000), both directions into a log of the default capacity, RSS
//              sampled every 100 ms: from the moment the log is full it has to
//              stay flat, the oldest messages making room for the new
//   reconnect  1,000 open/close cycles on one client: RSS after the first
//              100 (allocator warmed up) against RSS at the end
//
//   The log's cost per row: the stream once more with a log a tenth as long;
//   the RSS between the two, over the rows between them, minus the payload.
//
//   bench_memory [--messages 1000000] [--cycles 1000]
#include "benchoptions.h"
#include "benchutil.h"
#include "echoloop.h"
#include "figurereport.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <memory>

using namespace maxmon;
using namespace maxmon::bench;

namespace {

constexpr double kiBPerMiB = 1024.0;

QJsonObject childIdle(const QUrl &url, bool maxmon, int idleMs)
{
    const qint64 before = rssKiB();
    QObject owner;
    auto openOne = [&] {
        if (maxmon) {
            auto *client = new WebSocketClient(&owner);
            auto *log = new MessageLogModel(&owner);
            QObject::connect(client, &WebSocketClient::messageReceived, log,
                             &MessageLogModel::append);
            QObject::connect(client, &WebSocketClient::messageSent, log, &MessageLogModel::append);
            ConnectionConfig config;
            config.url = url;
            static_cast<void>(client->setConfig(config));
            static_cast<void>(client->open());
            return waitUntil([client] { return client->state() == ConnectionState::Connected; },
                             10000);
        }
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, &owner);
        socket->open(url);
        return waitUntil([socket] { return socket->state() == QAbstractSocket::ConnectedState; },
                         10000);
    };
    if (!openOne())
        return {};
    runFor(idleMs); // idle, heartbeat and all
    const qint64 first = rssKiB();
    if (!openOne())
        return {};
    runFor(idleMs);
    const qint64 second = rssKiB();
    return { { QStringLiteral("first_kib"), first - before },
             { QStringLiteral("second_kib"), second - first } };
}

QJsonObject childStream(const QUrl &url, bool maxmon, qint64 messages, int logCapacity)
{
    std::unique_ptr<EchoLoop> loop;
    MessageLogModel *log = nullptr;
    if (maxmon) {
        auto *maxmonLoop = new MaxmonEchoLoop(logCapacity);
        log = maxmonLoop->log();
        loop.reset(maxmonLoop);
    } else {
        loop.reset(new BareEchoLoop);
    }
    const int capacity = logCapacity > 0 ? logCapacity : MessageLogModel::DefaultCapacity;
    // Both directions go into the log: it is full after capacity / 2 round trips.
    const qint64 fullAt = capacity / 2;
    loop->setPayload(QByteArray(200, 'm'), true);
    loop->setSendLimit(messages);
    if (!loop->open(url))
        return {};
    QJsonArray samples; // [messages received, RSS KiB]
    qint64 atFull = -1;
    qint64 maxAfterFull = 0;
    QTimer sampler;
    sampler.setInterval(100);
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        const qint64 rss = rssKiB();
        samples.append(QJsonArray { loop->received(), rss });
        const bool full = log ? log->totalCount() >= capacity : loop->received() >= fullAt;
        if (full && atFull < 0)
            atFull = rss;
        if (atFull >= 0)
            maxAfterFull = std::max(maxAfterFull, rss);
    });
    sampler.start();
    loop->start(1000);
    if (!waitUntil([&] { return loop->received() >= messages; }, 600000))
        return {};
    sampler.stop();
    const qint64 end = rssKiB();
    loop->close();
    return { { QStringLiteral("at_full_kib"), atFull },
             { QStringLiteral("max_after_full_kib"), maxAfterFull },
             { QStringLiteral("end_kib"), end },
             { QStringLiteral("log_rows"), log ? log->rowCount() : 0 },
             { QStringLiteral("samples"), samples } };
}

QJsonObject childReconnect(const QUrl &url, bool maxmon, int cycles)
{
    WebSocketClient client;
    MessageLogModel log;
    QObject::connect(&client, &WebSocketClient::messageReceived, &log, &MessageLogModel::append);
    ConnectionConfig config;
    config.url = url;
    static_cast<void>(client.setConfig(config));
    QWebSocket socket;
    const int warm = std::max(1, cycles / 10);
    qint64 afterWarm = 0;
    for (int i = 0; i < cycles; ++i) {
        if (maxmon) {
            static_cast<void>(client.open());
            if (!waitUntil([&] { return client.state() == ConnectionState::Connected; }, 10000))
                return {};
            static_cast<void>(client.close());
            if (!waitUntil([&] { return client.state() == ConnectionState::Disconnected; }, 10000))
                return {};
        } else {
            socket.open(url);
            if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                           10000))
                return {};
            socket.close();
            if (!waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                           10000))
                return {};
        }
        if (i + 1 == warm) {
            runFor(50); // deleteLater()s done
            afterWarm = rssKiB();
        }
    }
    runFor(50);
    return { { QStringLiteral("after_warm_kib"), afterWarm },
             { QStringLiteral("end_kib"), rssKiB() },
             { QStringLiteral("warm_cycles"), warm } };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("Memory: idle client, long stream, reconnects."));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Round trips of the stream."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"),
                                          QStringLiteral("Reconnect cycles."), QStringLiteral("n"),
                                          QStringLiteral("1000"));
    const QCommandLineOption childOption(QStringLiteral("child"),
                                         QStringLiteral("(internal) idle, stream or reconnect."),
                                         QStringLiteral("mode"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          QStringLiteral("(internal) maxmon or bare."),
                                          QStringLiteral("client"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("(internal) /echo."),
                                       QStringLiteral("url"));
    const QCommandLineOption capacityOption(QStringLiteral("log-capacity"),
                                            QStringLiteral("(internal) log capacity."),
                                            QStringLiteral("n"), QStringLiteral("0"));
    options.parser().addOptions(
        { messagesOption, cyclesOption, childOption, clientOption, urlOption, capacityOption });
    options.process(app);
    const qint64 messages =
        options.count(options.parser().value(messagesOption).toLongLong(), 20000);
    const int cycles =
        static_cast<int>(options.count(options.parser().value(cyclesOption).toInt(), 20));

    if (options.parser().isSet(childOption)) {
        const QString mode = options.parser().value(childOption);
        const bool maxmon = options.parser().value(clientOption) == QLatin1String("maxmon");
        const QUrl url(options.parser().value(urlOption));
        QJsonObject result;
        if (mode == QLatin1String("idle"))
            result = childIdle(url, maxmon, options.smoke() ? 200 : 2000);
        else if (mode == QLatin1String("stream"))
            result =
                childStream(url, maxmon, messages, options.parser().value(capacityOption).toInt());
        else if (mode == QLatin1String("reconnect"))
            result = childReconnect(url, maxmon, cycles);
        if (result.isEmpty())
            return 1;
        printJson(result);
        return 0;
    }

    ServerProcess server;
    if (!server.start(ServerProcess::Kind::Demo, options.cli())) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    // a small log in a smoke run, so that it fills in a short run
    const int logCapacity = options.smoke() ? 2000 : MessageLogModel::DefaultCapacity;
    const auto run = [&](const QString &mode, const QString &client, int capacity = 0) {
        QStringList arguments {
            QStringLiteral("--child"),        mode,
            QStringLiteral("--client"),       client,
            QStringLiteral("--url"),          server.url().toString(),
            QStringLiteral("--messages"),     QString::number(messages),
            QStringLiteral("--cycles"),       QString::number(cycles),
            QStringLiteral("--log-capacity"), QString::number(capacity > 0 ? capacity : logCapacity)
        };
        if (options.smoke())
            arguments << QStringLiteral("--smoke");
        const QList<QJsonObject> objects = runChild(arguments);
        if (objects.isEmpty()) {
            std::fprintf(stderr, "the %s %s measurement failed\n", qPrintable(mode),
                         qPrintable(client));
            std::exit(1);
        }
        return objects.constLast();
    };
    const auto mib = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toDouble() / kiBPerMiB;
    };

    FigureReport report;
    {
        const QJsonObject m = run(QStringLiteral("idle"), QStringLiteral("maxmon"));
        const QJsonObject b = run(QStringLiteral("idle"), QStringLiteral("bare"));
        // The first connection of a process also starts Qt's network
        // stack (the bare process grows about as much): reported apart.
        Figure first;
        first.id = QStringLiteral("memory.idle.first");
        first.figure = QStringLiteral("RSS added by the first idle connected client, Qt's "
                                      "one-time network start-up included");
        first.server = server.name();
        first.unit = QStringLiteral("MiB");
        first.maxmon = mib(m, "first_kib");
        first.baseline = mib(b, "first_kib");
        report.add(first);
        Figure figure;
        figure.id = QStringLiteral("memory.idle");
        figure.figure = QStringLiteral("RSS added by an idle connected client");
        figure.server = server.name();
        figure.unit = QStringLiteral("MiB");
        figure.maxmon = mib(m, "second_kib");
        figure.baseline = mib(b, "second_kib");
        figure.target = QStringLiteral("< 5 MB");
        figure.note = QStringLiteral("WebSocketClient + MessageLogModel, heartbeat on, 2 s idle; "
                                     "once the process has one connection open");
        report.add(figure, figure.maxmon * 1.048576 < 5.0);
    }
    {
        const QJsonObject m = run(QStringLiteral("stream"), QStringLiteral("maxmon"));
        const QJsonObject b = run(QStringLiteral("stream"), QStringLiteral("bare"));
        const double growth = mib(m, "max_after_full_kib") - mib(m, "at_full_kib");
        Figure figure;
        figure.id = QStringLiteral("memory.stream.growth");
        figure.figure =
            QStringLiteral("RSS growth after the log is full, %1 x 200 B echoed").arg(messages);
        figure.server = server.name();
        figure.unit = QStringLiteral("MiB");
        figure.maxmon = growth;
        figure.baseline = mib(b, "max_after_full_kib") - mib(b, "at_full_kib");
        figure.target = QStringLiteral("flat: < 2 MiB");
        figure.note = QStringLiteral("RSS at full %1 MiB, peak after %2 MiB, end %3 MiB (bare: "
                                     "%4 / %5 / %6); log rows %7")
                          .arg(mib(m, "at_full_kib"), 0, 'f', 1)
                          .arg(mib(m, "max_after_full_kib"), 0, 'f', 1)
                          .arg(mib(m, "end_kib"), 0, 'f', 1)
                          .arg(mib(b, "at_full_kib"), 0, 'f', 1)
                          .arg(mib(b, "max_after_full_kib"), 0, 'f', 1)
                          .arg(mib(b, "end_kib"), 0, 'f', 1)
                          .arg(m.value(QStringLiteral("log_rows")).toInt());
        report.add(figure, growth < 2.0);
        Figure total;
        total.id = QStringLiteral("memory.stream.rss");
        total.figure = QStringLiteral("RSS at the end of the stream (log full)");
        total.server = server.name();
        total.unit = QStringLiteral("MiB");
        total.maxmon = mib(m, "end_kib");
        total.baseline = mib(b, "end_kib");
        total.baselineName = QStringLiteral("bare QWebSocket (no log)");
        report.add(total);
        // What each message of a full log costs beyond its 200 payload bytes:
        // the RSS maxmon has over the bare client, spread over the log's rows.
        const int rows = m.value(QStringLiteral("log_rows")).toInt();
        Figure perMessage;
        perMessage.id = QStringLiteral("memory.log.per_message");
        perMessage.figure =
            QStringLiteral("log cost per message beyond its payload (200 B messages, "
                           "log full)");
        perMessage.server = server.name();
        perMessage.unit = QStringLiteral("B");
        perMessage.maxmon = rows > 0
            ? (mib(m, "end_kib") - mib(b, "end_kib")) * 1048576.0 / rows - 200
            : Figure::none;
        perMessage.target = QStringLiteral("<= 200 B");
        perMessage.note = QStringLiteral("(RSS maxmon - RSS bare) / %1 rows - 200; the client, "
                                         "heartbeat and statistics are in it too")
                              .arg(rows);
        report.add(perMessage);
        // The same client with a log a tenth as long: what the rows between
        // the two cost, the client's own costs (sockets, unconfirmed sends,
        // Qt's buffers) cancelling out. This is the figure the target is for.
        const QJsonObject small =
            run(QStringLiteral("stream"), QStringLiteral("maxmon"), logCapacity / 10);
        const int smallRows = small.value(QStringLiteral("log_rows")).toInt();
        Figure perRow;
        perRow.id = QStringLiteral("memory.log.per_row");
        perRow.figure = QStringLiteral("log cost per row beyond its payload (200 B messages, "
                                       "log full)");
        perRow.server = server.name();
        perRow.unit = QStringLiteral("B");
        perRow.maxmon = rows > smallRows
            ? (mib(m, "end_kib") - mib(small, "end_kib")) * 1048576.0 / (rows - smallRows) - 200
            : Figure::none;
        perRow.baseline = perMessage.maxmon;
        perRow.baselineName = QStringLiteral("the whole client's RSS over bare, per row");
        perRow.target = QStringLiteral("<= 200 B");
        perRow.note = QStringLiteral("(RSS with %1 rows - RSS with %2 rows) / %3 - 200; "
                                     "RSS %4 / %5 MiB")
                          .arg(rows)
                          .arg(smallRows)
                          .arg(rows - smallRows)
                          .arg(mib(m, "end_kib"), 0, 'f', 1)
                          .arg(mib(small, "end_kib"), 0, 'f', 1);
        report.add(perRow, perRow.maxmon <= 200);
    }
    {
        const QJsonObject m = run(QStringLiteral("reconnect"), QStringLiteral("maxmon"));
        const QJsonObject b = run(QStringLiteral("reconnect"), QStringLiteral("bare"));
        Figure figure;
        figure.id = QStringLiteral("memory.reconnect");
        figure.figure = QStringLiteral("RSS growth over %1 reconnect cycles (after the first %2)")
                            .arg(cycles)
                            .arg(m.value(QStringLiteral("warm_cycles")).toInt());
        figure.server = server.name();
        figure.unit = QStringLiteral("MiB");
        figure.maxmon = mib(m, "end_kib") - mib(m, "after_warm_kib");
        figure.baseline = mib(b, "end_kib") - mib(b, "after_warm_kib");
        figure.target = QStringLiteral("no growth: < 0.5 MiB");
        report.add(figure, figure.maxmon < 0.5);
    }
    return report.exitCode();
}
