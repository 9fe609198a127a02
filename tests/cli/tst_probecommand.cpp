// maxmon-cli probe, as a process against the demo server in this test:
// the Nagios status line and perfdata, --json, the thresholds and their exit
// codes (OK, WARNING, CRITICAL, UNKNOWN), a frozen server, a refused port, TLS.
#include "cliprocess.h"
#include "rawwebsocketpeer.h"
#include "server/demoserver.h"

#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/testpki.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::CliRun;

namespace {

CliRun probe(const QString &url, const QStringList &options)
{
    return maxmon::test::runCli(QStringLiteral(MAXMON_CLI_PATH),
                                QStringList { QStringLiteral("probe"), url,
                                              QStringLiteral("--interval"), QStringLiteral("40ms") }
                                    + options);
}

// "label=value" of the perfdata after the '|'
QMap<QString, QString> perfdata(const QByteArray &statusLine)
{
    QMap<QString, QString> values;
    const QString perf = QString::fromUtf8(statusLine).section(QLatin1Char('|'), 1);
    for (const QString &item : perf.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        values.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1));
    return values;
}

// the number in "rtt_p95=12.345ms;..."
double perfValue(const QByteArray &statusLine, const QString &label)
{
    const QString value = perfdata(statusLine).value(label);
    return value.left(value.indexOf(QLatin1String("ms"))).toDouble();
}

} // namespace

class TestProbeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void okWithPerfdata();
    void jsonOutput();
    void thresholds_data();
    void thresholds();
    void slowLinkIsWarning();
    void frozenServerIsCritical();
    void refusedPortIsCritical();
    void refusedHandshakeShowsTheServersAnswer();
    void clientCloseIsNotTheServers();
    void tlsDetails();
    void badArgumentsAreUnknown_data();
    void badArgumentsAreUnknown();

private:
    DemoServer *m_demo = nullptr;
};

void TestProbeCommand::initTestCase()
{
    m_demo = new DemoServer(this);
    QVERIFY(m_demo->listen());
}

void TestProbeCommand::okWithPerfdata()
{
    const CliRun run =
        probe(m_demo->url().toString(), { QStringLiteral("--count"), QStringLiteral("5") });
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QRegularExpression format(QStringLiteral(
        R"(^OK - ws://127\.0\.0\.1:\d+/echo: 5/5 pings answered, RTT p50 [\d.]+ ms, p95 [\d.]+ ms, )"
        R"(p99 [\d.]+ ms, max [\d.]+ ms, loss 0\.0%, handshake [\d.]+ ms\|)"));
    QVERIFY2(format.match(QString::fromUtf8(lines.constFirst())).hasMatch(),
             lines.constFirst().constData());
    const QMap<QString, QString> perf = perfdata(lines.constFirst());
    for (const char *label : { "handshake", "rtt_p50", "rtt_p95", "rtt_p99", "rtt_max", "loss" })
        QVERIFY2(perf.contains(QString::fromLatin1(label)), label);
    QVERIFY(perf.value(QStringLiteral("rtt_p95")).endsWith(QLatin1String("ms;;;0")));
    QCOMPARE(perf.value(QStringLiteral("loss")), QStringLiteral("0.000%;;;0;100"));
    QVERIFY(perfValue(lines.constFirst(), QStringLiteral("rtt_p50")) > 0);
}

void TestProbeCommand::jsonOutput()
{
    const CliRun run =
        probe(m_demo->url().toString(),
              { QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    QCOMPARE(result.value(QStringLiteral("exit_code")).toInt(), 0);
    QCOMPARE(result.value(QStringLiteral("pings")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("answered")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("lost")).toInt(), 0);
    QVERIFY(result.value(QStringLiteral("handshake_ms")).toDouble() > 0);
    const QJsonObject rtt = result.value(QStringLiteral("rtt_ms")).toObject();
    const double p50 = rtt.value(QStringLiteral("p50")).toDouble();
    const double p95 = rtt.value(QStringLiteral("p95")).toDouble();
    const double max = rtt.value(QStringLiteral("max")).toDouble();
    QVERIFY(rtt.value(QStringLiteral("min")).toDouble() > 0);
    QVERIFY(p50 <= p95 && p95 <= rtt.value(QStringLiteral("p99")).toDouble() && p95 <= max);
    QVERIFY(!result.contains(QStringLiteral("tls")));
}

void TestProbeCommand::thresholds_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("generous") << QStringList { QStringLiteral("--warn"), QStringLiteral("5000"),
                                               QStringLiteral("--crit"), QStringLiteral("10s") }
                              << 0 << QStringLiteral("OK");
    QTest::newRow("warn 0") << QStringList { QStringLiteral("--warn"), QStringLiteral("0"),
                                             QStringLiteral("--crit"), QStringLiteral("10000") }
                            << 1 << QStringLiteral("WARNING");
    QTest::newRow("crit 0") << QStringList { QStringLiteral("--warn"), QStringLiteral("0"),
                                             QStringLiteral("--crit"), QStringLiteral("0") }
                            << 2 << QStringLiteral("CRITICAL");
}

void TestProbeCommand::thresholds()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    const CliRun run =
        probe(m_demo->url().toString(),
              QStringList { QStringLiteral("--count"), QStringLiteral("3") } + options);
    QVERIFY2(run.exitCode == exitCode, (run.out + run.err).constData());
    QVERIFY2(run.out.startsWith((status + QStringLiteral(" - ")).toUtf8()), run.out.constData());
    if (exitCode > 0)
        QVERIFY(run.out.contains("(p95 RTT above 0.000)"));
    // the thresholds are in the p95 perfdata
    const QString p95 = perfdata(run.out.trimmed()).value(QStringLiteral("rtt_p95"));
    QVERIFY2(p95.contains(QLatin1Char(';')), qPrintable(p95));
}

void TestProbeCommand::slowLinkIsWarning()
{
    // 25 ms each way in between: an RTT of 50 ms and more
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.setLatency(25));
    MAXMON_VERIFY(proxy.listen(m_demo->port()));
    const QString url = QStringLiteral("ws://127.0.0.1:%1/echo").arg(proxy.port());
    const CliRun run =
        probe(url,
              { QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--warn"),
                QStringLiteral("40"), QStringLiteral("--crit"), QStringLiteral("5s") });
    QVERIFY2(run.exitCode == 1, (run.out + run.err).constData());
    QVERIFY(run.out.startsWith("WARNING - "));
    QVERIFY2(perfValue(run.out.trimmed(), QStringLiteral("rtt_p50")) >= 50, run.out.constData());
}

void TestProbeCommand::frozenServerIsCritical()
{
    QUrl url = m_demo->url();
    url.setQuery(QStringLiteral("freeze=0"));
    const CliRun run = probe(url.toString(),
                             { QStringLiteral("--count"), QStringLiteral("3"),
                               QStringLiteral("--timeout"), QStringLiteral("200ms") });
    QVERIFY2(run.exitCode == 2, (run.out + run.err).constData());
    QVERIFY(run.out.startsWith("CRITICAL - "));
    QVERIFY2(run.out.contains("0/"), run.out.constData());
}

void TestProbeCommand::refusedPortIsCritical()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(closed.serverPort());
    closed.close();
    const CliRun run = probe(url, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.startsWith("CRITICAL - ws://127.0.0.1:"), run.out.constData());
    QVERIFY(run.out.contains("cannot connect: "));
    QCOMPARE(run.out.count('\n'), 1);
}

void TestProbeCommand::refusedHandshakeShowsTheServersAnswer()
{
    maxmon::test::RawWebSocketPeer peer;
    peer.refuseWith("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"max\"\r\n"
                    "Content-Length: 13\r\n\r\ntoken expired");
    QVERIFY(peer.listen());
    const CliRun run = probe(peer.url().toString(), {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.startsWith("CRITICAL - "), run.out.constData());
    QVERIFY2(run.out.contains("401 Unauthorized"), run.out.constData());
    QVERIFY2(run.out.contains("WWW-Authenticate: Bearer realm=\"max\""), run.out.constData());
    QVERIFY2(run.out.contains("token expired"), run.out.constData());

    const CliRun json = probe(peer.url().toString(), { QStringLiteral("--json") });
    const QJsonObject response = QJsonDocument::fromJson(json.out)
                                     .object()
                                     .value(QLatin1String("error"))
                                     .toObject()
                                     .value(QLatin1String("context"))
                                     .toObject()
                                     .value(QLatin1String("handshakeResponse"))
                                     .toObject();
    QCOMPARE(response.value(QLatin1String("status")).toInt(), 401);
    QCOMPARE(response.value(QLatin1String("body_start")).toString(),
             QStringLiteral("token expired"));
}

void TestProbeCommand::clientCloseIsNotTheServers()
{
    maxmon::test::RawWebSocketPeer peer;
    maxmon::test::RawWebSocketPeer::FrameSpec rsv;
    rsv.payload = "hi";
    rsv.rsv = 4;
    peer.setBytesWithHandshake(maxmon::test::RawWebSocketPeer::frame(rsv));
    QVERIFY(peer.listen());
    const CliRun run = probe(peer.url().toString(), {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("The client closed the connection with 1002"), run.out.constData());
    QVERIFY2(run.out.contains("RSV bits set"), run.out.constData());
    QVERIFY2(!run.out.contains("by the server"), run.out.constData());
}

void TestProbeCommand::tlsDetails()
{
    const TestPki &pki = TestPki::shared();
    DemoServer secure;
    secure.setSslConfiguration(pki.serverConfiguration());
    QVERIFY(secure.listen());
    const CliRun run = probe(secure.url().toString(),
                             { QStringLiteral("--count"), QStringLiteral("2"),
                               QStringLiteral("--ca"), pki.path(QStringLiteral("ca.pem")) });
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith("TLS TLSv1."));
    QVERIFY2(lines.at(1).contains("chain verified, server CN="), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("valid until 20"));

    const CliRun json =
        probe(secure.url().toString(),
              { QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json"),
                QStringLiteral("--ca"), pki.path(QStringLiteral("ca.pem")) });
    const QJsonObject tls =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("tls")).toObject();
    QVERIFY2(!tls.isEmpty(), json.out.constData());

    // untrusted: CRITICAL, with the reason
    const CliRun untrusted = probe(secure.url().toString(), {});
    QCOMPARE(untrusted.exitCode, 2);
    QVERIFY2(untrusted.out.contains("cannot connect: "), untrusted.out.constData());
}

void TestProbeCommand::badArgumentsAreUnknown_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("inStdout");
    const QString url = QStringLiteral("ws://127.0.0.1:1/");
    QTest::newRow("count") << QStringList { url, QStringLiteral("--count"), QStringLiteral("0") }
                           << QStringLiteral("UNKNOWN - --count");
    QTest::newRow("interval") << QStringList { url, QStringLiteral("--interval"),
                                               QStringLiteral("soon") }
                              << QStringLiteral("UNKNOWN - --interval");
    QTest::newRow("warn") << QStringList { url, QStringLiteral("--warn"), QStringLiteral("fast") }
                          << QStringLiteral("UNKNOWN - --warn");
    QTest::newRow("loss") << QStringList { url, QStringLiteral("--crit-loss"),
                                           QStringLiteral("150") }
                          << QStringLiteral("UNKNOWN - loss thresholds");
    QTest::newRow("no url") << QStringList() << QStringLiteral("UNKNOWN - Give a URL");
}

void TestProbeCommand::badArgumentsAreUnknown()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, inStdout);
    const CliRun run = maxmon::test::runCli(QStringLiteral(MAXMON_CLI_PATH),
                                            QStringList { QStringLiteral("probe") } + arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(QString::fromUtf8(run.out).startsWith(inStdout), run.out.constData());

    const CliRun unknownOption = maxmon::test::runCli(
        QStringLiteral(MAXMON_CLI_PATH), { QStringLiteral("probe"), QStringLiteral("--nope") });
    QCOMPARE(unknownOption.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestProbeCommand)
#include "tst_probecommand.moc"
