// maxmon-cli bench, as a process against the demo server in this test:
// the report as text and JSON, several connections, a rate, and its exit codes.
#include "cliprocess.h"
#include "server/demoserver.h"

#include <maxmon/testing/scriptedserver.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::CliRun;

namespace {

CliRun bench(const QStringList &arguments)
{
    return maxmon::test::runCli(QStringLiteral(MAXMON_CLI_PATH),
                                QStringList { QStringLiteral("bench") } + arguments);
}

} // namespace

class TestBenchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonReport();
    void textReport();
    void lostMessagesAreIncomplete();
    void noConnectionGivesTheConnectExitCode();
    void usageErrors_data();
    void usageErrors();

private:
    DemoServer *m_demo = nullptr;
};

void TestBenchCommand::initTestCase()
{
    m_demo = new DemoServer(this);
    QVERIFY(m_demo->listen());
}

void TestBenchCommand::jsonReport()
{
    const CliRun run =
        bench({ m_demo->url().toString(), QStringLiteral("--connections"), QStringLiteral("4"),
                QStringLiteral("--count"), QStringLiteral("400"), QStringLiteral("--size"),
                QStringLiteral("1KiB"), QStringLiteral("--window"), QStringLiteral("8"),
                QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(report.value(QStringLiteral("connections")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("connections_opened")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("message_size")).toInt(), 1024);
    QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 400);
    QCOMPARE(report.value(QStringLiteral("received")).toInt(), 400);
    QCOMPARE(report.value(QStringLiteral("lost")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("mismatched")).toInt(), 0);
    QVERIFY(report.value(QStringLiteral("messages_per_s")).toDouble() > 0);
    QVERIFY(report.value(QStringLiteral("mb_per_s")).toDouble() > 0);
    const QJsonObject rtt = report.value(QStringLiteral("rtt_ms")).toObject();
    QCOMPARE(rtt.value(QStringLiteral("samples")).toInt(), 400);
    QVERIFY(rtt.value(QStringLiteral("p50")).toDouble()
            <= rtt.value(QStringLiteral("p99")).toDouble());
    QCOMPARE(report.value(QStringLiteral("connect_ms"))
                 .toObject()
                 .value(QStringLiteral("samples"))
                 .toInt(),
             4);
    QVERIFY(report.value(QStringLiteral("errors")).toObject().isEmpty());
}

void TestBenchCommand::textReport()
{
    const CliRun run =
        bench({ m_demo->url().toString(), QStringLiteral("--count"), QStringLiteral("50"),
                QStringLiteral("--rate"), QStringLiteral("500"), QStringLiteral("--text") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("50 round trips of 64 bytes over 1 connection in "),
             run.out.constData());
    QVERIFY(run.out.contains("msg/s"));
    QVERIFY(run.out.contains("round trip: min "));
    QVERIFY(run.out.contains("connect:    min "));
    QVERIFY(run.err.contains("[bench] 1 connection open, 0 failed"));
}

void TestBenchCommand::lostMessagesAreIncomplete()
{
    maxmon::testing::ScriptedServer sink;
    QVERIFY(sink.listen());
    const CliRun run =
        bench({ sink.url(QStringLiteral("/sink")).toString(), QStringLiteral("--count"),
                QStringLiteral("5"), QStringLiteral("--reply-timeout"), QStringLiteral("100ms"),
                QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 9);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("lost")).toInt(), 1);
}

void TestBenchCommand::noConnectionGivesTheConnectExitCode()
{
    const CliRun notFound = bench({ m_demo->url(QStringLiteral("/nope")).toString() });
    QCOMPARE(notFound.exitCode, 7);
    QVERIFY(notFound.out.contains("error NotFound x1"));
}

void TestBenchCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("inStderr");
    QTest::newRow("size") << QStringList { QStringLiteral("--size"), QStringLiteral("8") }
                          << QStringLiteral("message size");
    QTest::newRow("connections") << QStringList { QStringLiteral("--connections"),
                                                  QStringLiteral("x") }
                                 << QStringLiteral("connections");
    QTest::newRow("rate") << QStringList { QStringLiteral("--rate"), QStringLiteral("0") }
                          << QStringLiteral("--rate");
    QTest::newRow("window") << QStringList { QStringLiteral("--window"), QStringLiteral("0") }
                            << QStringLiteral("window");
    QTest::newRow("duration") << QStringList { QStringLiteral("--duration"), QStringLiteral("5") }
                              << QStringLiteral("--duration");
}

void TestBenchCommand::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, inStderr);
    const CliRun run = bench(QStringList { m_demo->url().toString() } + options);
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QVERIFY2(run.errText().contains(inStderr), run.err.constData());
}

QTEST_GUILESS_MAIN(TestBenchCommand)
#include "tst_benchcommand.moc"
