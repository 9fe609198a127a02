// maxmon-cli replay, as a process: a session recorded with maxmon-cli
// record is replayed against a sink and an echo server in this test and
// compared, with the original timing and faster; bad lines; exit codes.
#include "cliprocess.h"
#include "server/demoserver.h"

#include <maxmon/messagerecord.h>
#include <maxmon/testing/scriptedserver.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::CliRun;

namespace {

QString cliPath()
{
    return QStringLiteral(MAXMON_CLI_PATH);
}

CliRun replay(const QStringList &arguments)
{
    return maxmon::test::runCli(cliPath(), QStringList { QStringLiteral("replay") } + arguments);
}

QByteArray record(const Message &message)
{
    return MessageRecord::encode(message) + '\n';
}

Message outgoingText(const QByteArray &text, qint64 timeUs)
{
    return Message::fromText(Message::Direction::Outgoing, text).withTimestamps(timeUs, 0);
}

} // namespace

class TestReplayCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordThenReplayRoundTrip();
    void originalTimingAndSpeed_data();
    void originalTimingAndSpeed();
    void badLinesAreSkippedOrStop();
    void repliesThatDiffer();
    void interruptStopsAndReports();
    void errors();

private:
    QString write(const QString &name, const QByteArray &contents);

    DemoServer *m_demo = nullptr;
    QTemporaryDir m_dir;
};

void TestReplayCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = new DemoServer(this);
    QVERIFY(m_demo->listen());
}

QString TestReplayCommand::write(const QString &name, const QByteArray &contents)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(contents);
    return path;
}

void TestReplayCommand::recordThenReplayRoundTrip()
{
    // record a session: text, JSON and binary messages
    const QString file = m_dir.filePath(QStringLiteral("session.jsonl"));
    const CliRun recorded = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("record"), m_demo->url().toString(), QStringLiteral("--out"), file,
          QStringLiteral("--send"), QStringLiteral("{\"op\":\"join\",\"room\":1}"),
          QStringLiteral("--send"), QStringLiteral("hello"), QStringLiteral("--count"),
          QStringLiteral("2") });
    QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
    const CliRun binary = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("record"), m_demo->url().toString(), QStringLiteral("--out"),
          m_dir.filePath(QStringLiteral("binary.jsonl")), QStringLiteral("--binary"),
          QStringLiteral("--send"), QStringLiteral("AAEC/w=="), QStringLiteral("--count"),
          QStringLiteral("1") });
    QVERIFY2(binary.exitCode == 0, binary.err.constData());
    QFile binaryFile(m_dir.filePath(QStringLiteral("binary.jsonl")));
    QVERIFY(binaryFile.open(QIODevice::ReadOnly));
    QFile sessionFile(file);
    QVERIFY(sessionFile.open(QIODevice::Append));
    sessionFile.write(binaryFile.readAll()); // one recording with all three kinds
    sessionFile.close();

    // replay against a sink: it receives exactly what was sent, in order
    ScriptedServer sink;
    QVERIFY(sink.listen());
    const CliRun toSink =
        replay({ file, sink.url(QStringLiteral("/sink")).toString(), QStringLiteral("--speed"),
                 QStringLiteral("0"), QStringLiteral("--wait"), QStringLiteral("100ms") });
    QVERIFY2(toSink.exitCode == 0, toSink.err.constData());
    QTRY_COMPARE(
        sink.receivedTexts(),
        QStringList({ QStringLiteral("{\"op\":\"join\",\"room\":1}"), QStringLiteral("hello") }));
    QTRY_COMPARE(sink.receivedBinaries(), QList<QByteArray> { QByteArray("\x00\x01\x02\xff", 4) });
    QVERIFY2(toSink.err.contains("[replay] 3 of 3 messages sent"), toSink.err.constData());
    QVERIFY(toSink.err.contains("replies: 0 received, 3 recorded, 0 matched in order"));
    QVERIFY(toSink.err.contains("first difference at reply 1"));
    QTRY_COMPARE(sink.closeCodes(), QList<int> { 1000 });

    // against the echo server the replies match the recording
    const CliRun toEcho = replay({ file, m_demo->url().toString(), QStringLiteral("--speed"),
                                   QStringLiteral("0"), QStringLiteral("--check-replies") });
    QVERIFY2(toEcho.exitCode == 0, toEcho.err.constData());
    QVERIFY(toEcho.err.contains("replies: 3 received, 3 recorded, 3 matched in order"));
    QVERIFY(!toEcho.err.contains("first difference"));
}

void TestReplayCommand::originalTimingAndSpeed_data()
{
    QTest::addColumn<QString>("speed");
    QTest::addColumn<int>("minimumMs");
    // three messages recorded 0, 300 and 600 ms apart
    QTest::newRow("original") << QStringLiteral("1") << 600;
    QTest::newRow("twice as fast") << QStringLiteral("2") << 300;
}

void TestReplayCommand::originalTimingAndSpeed()
{
    QFETCH(QString, speed);
    QFETCH(int, minimumMs);
    const qint64 t0 = 1714564800000000;
    const QString file =
        write(QStringLiteral("timed.jsonl"),
              record(outgoingText("a", t0)) + record(outgoingText("b", t0 + 300000))
                  + record(outgoingText("c", t0 + 600000)));
    ScriptedServer sink;
    QVERIFY(sink.listen());
    QElapsedTimer sinceFirst;
    connect(&sink, &ScriptedServer::textReceived, this, [&sinceFirst] {
        if (!sinceFirst.isValid())
            sinceFirst.start();
    });
    QList<qint64> arrivals;
    connect(&sink, &ScriptedServer::textReceived, this,
            [&sinceFirst, &arrivals] { arrivals.append(sinceFirst.elapsed()); });
    const CliRun run =
        replay({ file, sink.url(QStringLiteral("/sink")).toString(), QStringLiteral("--speed"),
                 speed, QStringLiteral("--wait"), QStringLiteral("0") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_COMPARE(arrivals.size(), 3);
    QCOMPARE(sink.receivedTexts(),
             QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QVERIFY2(arrivals.at(1) >= minimumMs / 2 - 20, qPrintable(QString::number(arrivals.at(1))));
    QVERIFY2(arrivals.at(2) >= minimumMs - 20, qPrintable(QString::number(arrivals.at(2))));
}

void TestReplayCommand::badLinesAreSkippedOrStop()
{
    const qint64 t0 = 1714564800000000;
    const QString file = write(QStringLiteral("bad.jsonl"),
                               record(outgoingText("first", t0)) + "not json at all\n\n"
                                   + "{\"direction\":\"out\",\"kind\":\"text\"}\n"
                                   + record(outgoingText("last", t0 + 1000)));
    ScriptedServer sink;
    QVERIFY(sink.listen());
    const CliRun lenient =
        replay({ file, sink.url(QStringLiteral("/sink")).toString(), QStringLiteral("--speed"),
                 QStringLiteral("0"), QStringLiteral("--wait"), QStringLiteral("0") });
    QVERIFY2(lenient.exitCode == 0, lenient.err.constData());
    QVERIFY2(lenient.err.contains(", line 2 skipped: "), lenient.err.constData());
    QVERIFY(lenient.err.contains(", line 4 skipped: payload"));
    QTRY_COMPARE(sink.receivedTexts(),
                 QStringList({ QStringLiteral("first"), QStringLiteral("last") }));

    const int before = static_cast<int>(sink.requests().size());
    const CliRun strict =
        replay({ file, sink.url(QStringLiteral("/sink")).toString(), QStringLiteral("--strict") });
    QCOMPARE(strict.exitCode, 8);
    QVERIFY2(strict.err.contains("bad.jsonl, line 2: "), strict.err.constData());
    QCOMPARE(sink.requests().size(), before); // stopped before connecting
}

void TestReplayCommand::repliesThatDiffer()
{
    const qint64 t0 = 1714564800000000;
    const QString file =
        write(QStringLiteral("replies.jsonl"),
              record(outgoingText("ping", t0))
                  + record(Message::fromText(Message::Direction::Incoming, QByteArray("pong"))
                               .withTimestamps(t0 + 10, 0)));
    // the echo server answers "ping", not "pong"
    const CliRun informational =
        replay({ file, m_demo->url().toString(), QStringLiteral("--speed"), QStringLiteral("0") });
    QCOMPARE(informational.exitCode, 0);
    QVERIFY2(
        informational.err.contains("first difference at reply 1: recorded text \"pong\" (line 2), "
                                   "received text \"ping\""),
        informational.err.constData());
    const CliRun checked = replay({ file, m_demo->url().toString(), QStringLiteral("--speed"),
                                    QStringLiteral("0"), QStringLiteral("--check-replies") });
    QCOMPARE(checked.exitCode, 9);
}

void TestReplayCommand::interruptStopsAndReports()
{
    const qint64 t0 = 1714564800000000;
    const QString file =
        write(QStringLiteral("slow.jsonl"),
              record(outgoingText("now", t0)) + record(outgoingText("later", t0 + 60000000)));
    ScriptedServer sink;
    QVERIFY(sink.listen());
    maxmon::test::CliProcess cli(cliPath());
    QVERIFY(cli.start(
        { QStringLiteral("replay"), file, sink.url(QStringLiteral("/sink")).toString() }));
    QTRY_COMPARE_WITH_TIMEOUT(sink.receivedTexts(), QStringList { QStringLiteral("now") }, 20000);
    cli.sendSignal(SIGINT);
    QVERIFY(cli.waitForFinished());
    QCOMPARE(cli.exitCode(), 9);
    QVERIFY2(cli.err().contains("1 of 2 messages sent"), cli.err().constData());
    QVERIFY(cli.err().contains("line 2 not sent: interrupted"));
    QTRY_COMPARE(sink.closeCodes(), QList<int> { 1000 });
}

void TestReplayCommand::errors()
{
    const CliRun missing =
        replay({ m_dir.filePath(QStringLiteral("missing.jsonl")), m_demo->url().toString() });
    QCOMPARE(missing.exitCode, 8);
    QVERIFY(missing.err.contains("Cannot read the recording"));

    const QString onlyIncoming =
        write(QStringLiteral("incoming.jsonl"),
              record(Message::fromText(Message::Direction::Incoming, QByteArray("x"))));
    const CliRun nothing = replay({ onlyIncoming, m_demo->url().toString() });
    QCOMPARE(nothing.exitCode, 8);
    QVERIFY(nothing.err.contains("holds no outgoing"));

    const QString one = write(QStringLiteral("one.jsonl"), record(outgoingText("x", 0)));
    const CliRun usage =
        replay({ one, m_demo->url().toString(), QStringLiteral("--speed"), QStringLiteral("-1") });
    QCOMPARE(usage.exitCode, 2);
    const CliRun refused = replay({ one, m_demo->url(QStringLiteral("/nope")).toString() });
    QCOMPARE(refused.exitCode, 7);
    QVERIFY(refused.err.contains("0 of 1 message sent"));
    QVERIFY(refused.err.contains("line 1 not sent: the connection was gone"));
}

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replaycommand.moc"
