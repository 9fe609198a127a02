// maxmon-cli netsim, run as a process between WebSocketClient and the
// ScriptedServer: faults from options, faults changed on stdin, usage errors.
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

class Netsim : public QObject
{
public:
    explicit Netsim(const QStringList &arguments)
    {
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { err += QString::fromUtf8(process.readAllStandardError()); });
        connect(&process, &QProcess::readyReadStandardOutput, this,
                [this] { out += QString::fromUtf8(process.readAllStandardOutput()); });
        process.start(QStringLiteral(MAXMON_CLI_PATH),
                      QStringList { QStringLiteral("netsim") } + arguments);
    }
    ~Netsim() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    // "127.0.0.1:PORT" from the first line of stdout
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://%1/echo").arg(out.section(QLatin1Char('\n'), 0, 0)));
    }
    void command(const QByteArray &line) { process.write(line + '\n'); }

    QProcess process;
    QString out;
    QString err;
};

ConnectionConfig configFor(const QUrl &url)
{
    ConnectionConfig config;
    config.url = url;
    config.reconnect.enabled = false;
    config.connectTimeoutMs = 5000;
    config.heartbeat.intervalMs = 100;
    config.heartbeat.timeoutMs = 400;
    config.heartbeat.adaptive = false;
    return config;
}

} // namespace

class TestNetsimCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardsWithLatency();
    void stdinCommandsChangeFaults();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
};

void TestNetsimCommand::forwardsWithLatency()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    Netsim netsim({ QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                    QStringLiteral("--latency"), QStringLiteral("40ms"), QStringLiteral("--slice"),
                    QStringLiteral("16"), QStringLiteral("--seed"), QStringLiteral("7") });
    QTRY_VERIFY_WITH_TIMEOUT(netsim.out.contains(QLatin1Char('\n')), 10000);
    QVERIFY2(netsim.out.startsWith(QLatin1String("127.0.0.1:")), qPrintable(netsim.out));
    // stderr comes through its own pipe, maybe a little later than stdout
    QTRY_VERIFY2(netsim.err.contains(QLatin1String("latency 40 ms")), qPrintable(netsim.err));

    WebSocketClient client(configFor(netsim.url()));
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
    QVERIFY(client.sendText(QStringLiteral("through the bad network")));
    QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 10000);
    for (const QList<QVariant> &args : std::as_const(samples))
        QVERIFY2(args.at(0).toDouble() >= 80.0, qPrintable(args.at(0).toString()));
    bool echoed = false;
    for (const QList<QVariant> &args : std::as_const(received))
        echoed = echoed
            || args.at(0).value<Message>().text() == QLatin1String("through the bad network");
    QVERIFY(echoed);
    QTRY_VERIFY(netsim.err.contains(QLatin1String("[netsim] connection accepted (1 open)")));
}

void TestNetsimCommand::stdinCommandsChangeFaults()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    Netsim netsim(
        { QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:%1").arg(server.port()) });
    QTRY_VERIFY_WITH_TIMEOUT(netsim.out.contains(QLatin1Char('\n')), 10000);

    WebSocketClient client(configFor(netsim.url()));
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);
    QVERIFY(client.open());
    QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 10000);

    netsim.command("latency 30ms up");
    QTRY_VERIFY(netsim.err.contains(QLatin1String("up: latency 30 ms +- 0 ms; down: no faults")));
    netsim.command("warp 9");
    QTRY_VERIFY(netsim.err.contains(QLatin1String("unknown command")));

    netsim.command("blackhole on");
    QTRY_VERIFY(netsim.err.contains(QLatin1String("blackhole")));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    QCOMPARE(client.lastError().code(), Error::Code::HeartbeatTimeout);

    const qsizetype noFaultLines =
        netsim.err.count(QLatin1String("up: no faults; down: no faults"));
    netsim.command("clear");
    QTRY_VERIFY(netsim.err.count(QLatin1String("up: no faults; down: no faults")) > noFaultLines);
    QTRY_VERIFY_WITH_TIMEOUT(netsim.err.contains(QLatin1String("connection closed (0 open)")),
                             10000);
}

void TestNetsimCommand::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");

    const QStringList upstream { QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:9") };
    QTest::newRow("no upstream") << QStringList() << QStringLiteral("--upstream");
    QTest::newRow("upstream without port")
        << QStringList { QStringLiteral("--upstream"), QStringLiteral("localhost") }
        << QStringLiteral("host:port");
    QTest::newRow("bad latency") << upstream
            + QStringList { QStringLiteral("--latency"), QStringLiteral("soon") }
                                 << QStringLiteral("--latency");
    QTest::newRow("bad bandwidth")
        << upstream + QStringList { QStringLiteral("--bandwidth"), QStringLiteral("fast") }
        << QStringLiteral("--bandwidth");
    QTest::newRow("bad slice") << upstream
            + QStringList { QStringLiteral("--slice"), QStringLiteral("0") }
                               << QStringLiteral("--slice");
    QTest::newRow("bad direction")
        << upstream + QStringList { QStringLiteral("--direction"), QStringLiteral("sideways") }
        << QStringLiteral("--direction");
}

void TestNetsimCommand::badArgumentsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);

    Netsim netsim(arguments);
    QVERIFY(netsim.process.waitForFinished(10000));
    QCOMPARE(netsim.process.exitCode(), 2);
    netsim.err += QString::fromUtf8(netsim.process.readAllStandardError());
    QVERIFY2(netsim.err.contains(messagePart), qPrintable(netsim.err));
}

QTEST_GUILESS_MAIN(TestNetsimCommand)
#include "tst_netsimcommand.moc"
