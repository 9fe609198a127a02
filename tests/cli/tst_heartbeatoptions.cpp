// maxmon-cli connect --heartbeat*, run as a process against in-process servers: the
// --heartbeat output, its summary at exit, Ctrl-C, and a dead link's exit code.
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/scriptedserver.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace maxmon;
using namespace maxmon::testing;

namespace {

// maxmon-cli with its stderr collected as it comes.
class Cli : public QObject
{
public:
    explicit Cli(const QStringList &arguments)
    {
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { err += QString::fromUtf8(process.readAllStandardError()); });
        process.start(QStringLiteral(MAXMON_CLI_PATH), arguments);
    }
    ~Cli() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    int rttLines() const
    {
        static const QRegularExpression line(QStringLiteral(R"(^\[maxmon\] rtt \d+\.\d\d ms$)"),
                                             QRegularExpression::MultilineOption);
        int count = 0;
        for (QRegularExpressionMatchIterator it = line.globalMatch(err); it.hasNext(); it.next())
            ++count;
        return count;
    }
    bool finished() const { return process.state() == QProcess::NotRunning; }

    QProcess process;
    QString err;
};

} // namespace

class TestHeartbeatOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartbeatPrintsRttsAndASummary();
    void interruptClosesCleanly();
    void deadLinkExitsWithTimeout();
    void badHeartbeatIsAUsageError_data();
    void badHeartbeatIsAUsageError();
};

void TestHeartbeatOptions::heartbeatPrintsRttsAndASummary()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    Cli cli({ QStringLiteral("connect"), server.url().toString(), QStringLiteral("--heartbeat"),
              QStringLiteral("100ms") });
    QTRY_VERIFY2_WITH_TIMEOUT(cli.rttLines() >= 3, qPrintable(cli.err), 15000);

    server.closeAll(1000);
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 10000);
    QCOMPARE(cli.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.process.exitCode(), 0);
    cli.err += QString::fromUtf8(cli.process.readAllStandardError());

    static const QRegularExpression summary(QStringLiteral(
        R"(\[maxmon\] rtt summary: (\d+) samples?, RTT min/p50/p95/p99/max ([\d.]+)/([\d.]+)/([\d.]+)/([\d.]+)/([\d.]+) ms, mean [\d.]+ ms, jitter [\d.]+ ms, loss 0/(\d+))"));
    const QRegularExpressionMatch match = summary.match(cli.err);
    QVERIFY2(match.hasMatch(), qPrintable(cli.err));
    QCOMPARE(match.captured(1).toInt(), cli.rttLines());
    QCOMPARE(match.captured(7).toInt(), cli.rttLines());
    double previous = 0;
    for (int i = 2; i <= 6; ++i) { // min <= p50 <= p95 <= p99 <= max
        const double value = match.captured(i).toDouble();
        QVERIFY(value >= previous);
        previous = value;
    }
    QVERIFY2(cli.err.contains(QLatin1String("[maxmon] health: Good")), qPrintable(cli.err));
}

void TestHeartbeatOptions::interruptClosesCleanly()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    int peerCloseCode = 0;
    connect(&server, &ScriptedServer::clientConnected, this, [&](QWebSocket *peer) {
        connect(peer, &QWebSocket::disconnected, this,
                [&peerCloseCode, peer] { peerCloseCode = peer->closeCode(); });
    });
    Cli cli({ QStringLiteral("connect"), server.url().toString(), QStringLiteral("--heartbeat"),
              QStringLiteral("50ms") });
    QTRY_VERIFY2_WITH_TIMEOUT(cli.rttLines() >= 2, qPrintable(cli.err), 15000);

    ::kill(static_cast<pid_t>(cli.process.processId()), SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 10000);
    QCOMPARE(cli.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.process.exitCode(), 0);
    cli.err += QString::fromUtf8(cli.process.readAllStandardError());
    QVERIFY2(cli.err.contains(QLatin1String("[maxmon] Disconnected")), qPrintable(cli.err));
    QVERIFY2(cli.err.contains(QLatin1String("[maxmon] rtt summary: ")), qPrintable(cli.err));
    QTRY_COMPARE(peerCloseCode, 1000); // a close frame, not a dropped socket
}

void TestHeartbeatOptions::deadLinkExitsWithTimeout()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(server.port()));

    Cli cli({ QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/echo").arg(proxy.port()),
              QStringLiteral("--heartbeat"), QStringLiteral("100ms"),
              QStringLiteral("--heartbeat-timeout"), QStringLiteral("300ms") });
    QTRY_VERIFY2_WITH_TIMEOUT(cli.rttLines() >= 1, qPrintable(cli.err), 15000);
    proxy.setBlackhole(true);

    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 15000);
    QCOMPARE(cli.process.exitCode(), 6); // timeout: connect, handshake or heartbeat
    cli.err += QString::fromUtf8(cli.process.readAllStandardError());
    QVERIFY2(cli.err.contains(QLatin1String("[maxmon] ping lost: no pong within 300 ms")),
             qPrintable(cli.err));
    QVERIFY2(cli.err.contains(QLatin1String("The connection is dead")), qPrintable(cli.err));
    QVERIFY2(cli.err.contains(QLatin1String("loss ")), qPrintable(cli.err));
    proxy.setBlackhole(false);
}

void TestHeartbeatOptions::badHeartbeatIsAUsageError_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no unit") << QStringList { QStringLiteral("--heartbeat"), QStringLiteral("5") }
                             << QStringLiteral("--heartbeat");
    QTest::newRow("unknown unit") << QStringList { QStringLiteral("--heartbeat"),
                                                   QStringLiteral("5 parsecs") }
                                  << QStringLiteral("parsecs");
    QTest::newRow("zero timeout") << QStringList { QStringLiteral("--heartbeat-timeout"),
                                                   QStringLiteral("0") }
                                  << QStringLiteral("--heartbeat-timeout");
}

void TestHeartbeatOptions::badHeartbeatIsAUsageError()
{
    QFETCH(QStringList, options);
    QFETCH(QString, messagePart);

    Cli cli(QStringList { QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/") }
            + options);
    QVERIFY(cli.process.waitForFinished(10000));
    QCOMPARE(cli.process.exitCode(), 2);
    cli.err += QString::fromUtf8(cli.process.readAllStandardError());
    QVERIFY2(cli.err.contains(messagePart), qPrintable(cli.err));
}

QTEST_GUILESS_MAIN(TestHeartbeatOptions)
#include "tst_heartbeatoptions.moc"
