// The session maxmon-cli connect runs, as a process against servers in this
// test: pure data on stdout in a pipe, the interactive form, --send,
// --send-every, --count, --duration, the input framings, the end of stdin,
// and SIGINT / SIGTERM closing cleanly with 1000 / 1001.
#include "cliprocess.h"
#include "server/demoserver.h"

#include <maxmon/messagerecord.h>
#include <maxmon/testing/scriptedserver.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::CliProcess;
using maxmon::test::CliRun;

namespace {

QString cliPath()
{
    return QStringLiteral(MAXMON_CLI_PATH);
}

CliRun runConnect(const QStringList &arguments, const QByteArray &input = {})
{
    return maxmon::test::runCli(cliPath(), QStringList { QStringLiteral("connect") } + arguments,
                                input);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pipeModeIsPureData();
    void interactiveShowsTimeAndDirection();
    void stdinLinesAreSentAfterSends();
    void countStopsAtNEvenWhenEchoesArriveDuringTheClose();
    void jsonInputReportsInvalidLines();
    void binaryInput_data();
    void binaryInput();
    void sendEvery();
    void exitOnEofClosesNormally();
    void withoutExitOnEofKeepsReceiving();
    void durationEndsTheSession();
    void signalsCloseCleanly_data();
    void signalsCloseCleanly();

private:
    DemoServer *m_demo = nullptr;
};

void TestSession::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_demo = new DemoServer(this);
    QVERIFY(m_demo->listen());
}

void TestSession::pipeModeIsPureData()
{
    const CliRun run =
        runConnect({ m_demo->url().toString(), QStringLiteral("--send"), QStringLiteral("hello"),
                     QStringLiteral("--send"), QStringLiteral("{\"a\": 1}"),
                     QStringLiteral("--count"), QStringLiteral("2") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("hello\n{\"a\": 1}\n"));
    QVERIFY(run.err.contains("[maxmon] Connected"));
    QVERIFY(run.err.contains("[maxmon] Disconnected"));
}

void TestSession::interactiveShowsTimeAndDirection()
{
    const CliRun run = runConnect({ m_demo->url().toString(), QStringLiteral("--interactive"),
                                    QStringLiteral("--send"), QStringLiteral("hi"),
                                    QStringLiteral("--count"), QStringLiteral("1") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QRegularExpression time(QStringLiteral(R"(^\d\d:\d\d:\d\d\.\d\d\d )"));
    for (const QByteArray &line : lines)
        QVERIFY2(time.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    QCOMPARE(lines.at(0).mid(13), QByteArray("> hi"));
    QCOMPARE(lines.at(1).mid(13), QByteArray("< hi"));
    QCOMPARE(lines.at(2).mid(13), QByteArray("> close 1000 Normal closure: --count reached"));
}

void TestSession::stdinLinesAreSentAfterSends()
{
    const CliRun run =
        runConnect({ m_demo->url().toString(), QStringLiteral("--send"), QStringLiteral("first"),
                     QStringLiteral("--count"), QStringLiteral("3") },
                   "second\r\nthird\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("first\nsecond\nthird\n"));
}

void TestSession::countStopsAtNEvenWhenEchoesArriveDuringTheClose()
{
    // eight sends at once: the echoes of 3..8 arrive while the client closes
    QStringList arguments { m_demo->url().toString() };
    for (int i = 1; i <= 8; ++i)
        arguments << QStringLiteral("--send") << QStringLiteral("m%1").arg(i);
    arguments << QStringLiteral("--count") << QStringLiteral("2");
    const CliRun run = runConnect(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("m1\nm2\n"));
    // not silently: stderr says how many more came and were not printed
    QVERIFY2(run.err.contains("after --count 2 were not printed"), run.err.constData());
}

void TestSession::jsonInputReportsInvalidLines()
{
    const CliRun run = runConnect({ m_demo->url().toString(), QStringLiteral("--json-input"),
                                    QStringLiteral("--count"), QStringLiteral("3") },
                                  "{\"ok\": 1}\n{\"bad\": \n\n[1, 2]\n1, 2\n42\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // the exact bytes went out and came back; the blank line was skipped
    QCOMPARE(run.out, QByteArray("{\"ok\": 1}\n[1, 2]\n42\n"));
    QVERIFY2(run.err.contains("[maxmon] stdin line 2 not sent: Invalid JSON at column "),
             run.err.constData());
    QVERIFY(run.err.contains("unterminated object"));
    QVERIFY(run.err.contains(
        "[maxmon] stdin line 5 not sent: Invalid JSON at column 1: more than one value"));

    // a bad --send is a usage error before anything happens
    const CliRun bad = runConnect({ m_demo->url().toString(), QStringLiteral("--json-input"),
                                    QStringLiteral("--send"), QStringLiteral("{nope") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--send \"{nope\": Invalid JSON"));
}

void TestSession::binaryInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("hex")
        << QStringList { QStringLiteral("--binary"), QStringLiteral("--encoding"),
                         QStringLiteral("hex") }
        << QByteArray("de ad BE ef\nxyz\n00ff\n") << QByteArray("deadbeef\n00ff\n")
        << QByteArray("stdin line 2 not sent: Invalid hex at column 1: 'x' is not a hex digit");
    QTest::newRow("base64")
        << QStringList { QStringLiteral("--binary") } << QByteArray("AAEC/w==\n!!\nAQ==\n")
        << QByteArray("AAEC/w==\nAQ==\n")
        << QByteArray("stdin line 2 not sent: Invalid base64 at column 1: '!' is not a base64");
}

void TestSession::binaryInput()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    const CliRun run = runConnect(QStringList { m_demo->url().toString(), QStringLiteral("--count"),
                                                QStringLiteral("2"), QStringLiteral("--json") }
                                      + options,
                                  input);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains(err), run.err.constData());
    // --json shows that they really went both ways as binary messages
    QList<QByteArray> echoed;
    for (const QByteArray &line : run.out.trimmed().split('\n')) {
        const Validated<Message> message = MessageRecord::decode(line);
        QVERIFY2(message, line.constData());
        if (message->kind() == Message::Kind::Close)
            continue;
        QCOMPARE(message->kind(), Message::Kind::Binary);
        if (message->direction() == Message::Direction::Incoming)
            echoed.append(options.contains(QStringLiteral("hex")) ? message->payload().toHex()
                                                                  : message->payload().toBase64());
    }
    QCOMPARE(echoed.join('\n') + '\n', out);

    // without --json, binary messages are printed in the chosen encoding
    const CliRun plain = runConnect(
        QStringList { m_demo->url().toString(), QStringLiteral("--count"), QStringLiteral("2") }
            + options,
        input);
    QCOMPARE(plain.out, out);
}

void TestSession::sendEvery()
{
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runConnect(
        { m_demo->url().toString(), QStringLiteral("--send"), QStringLiteral("tick"),
          QStringLiteral("--send"), QStringLiteral("tock"), QStringLiteral("--send-every"),
          QStringLiteral("50ms"), QStringLiteral("--count"), QStringLiteral("6") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("tick\ntock\ntick\ntock\ntick\ntock\n"));
    QVERIFY(clock.elapsed() >= 100); // the third round is two intervals after the first
}

void TestSession::exitOnEofClosesNormally()
{
    // the replies to the last lines are still printed
    const CliRun echo =
        runConnect({ m_demo->url().toString(), QStringLiteral("--exit-on-eof") }, "a\nb\n");
    QVERIFY2(echo.exitCode == 0, echo.err.constData());
    QCOMPARE(echo.out, QByteArray("a\nb\n"));

    ScriptedServer server;
    QVERIFY(server.listen());
    const CliRun run = runConnect(
        { server.url(QStringLiteral("/sink")).toString(), QStringLiteral("--exit-on-eof") },
        "one\ntwo\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_COMPARE(server.receivedTexts(),
                 QStringList({ QStringLiteral("one"), QStringLiteral("two") }));
    QTRY_COMPARE(server.closeCodes(), QList<int> { 1000 });
}

void TestSession::withoutExitOnEofKeepsReceiving()
{
    QUrl events = m_demo->url(QStringLiteral("/events"));
    events.setQuery(QStringLiteral("rate=50"));
    // stdin is closed at once; the events keep coming until --count
    const CliRun run =
        runConnect({ events.toString(), QStringLiteral("--count"), QStringLiteral("5") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 5);
    QVERIFY(run.out.startsWith("{\"data\":"));
}

void TestSession::durationEndsTheSession()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runConnect(
        { server.url().toString(), QStringLiteral("--duration"), QStringLiteral("300ms") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(clock.elapsed() >= 300);
    QTRY_COMPARE(server.closeCodes(), QList<int> { 1000 });
}

void TestSession::signalsCloseCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("SIGINT") << int(SIGINT) << 1000;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 1001;
}

void TestSession::signalsCloseCleanly()
{
    QFETCH(int, signalNumber);
    QFETCH(int, closeCode);
    ScriptedServer server;
    QVERIFY(server.listen());
    CliProcess cli(cliPath());
    QVERIFY(cli.start(
        { QStringLiteral("connect"), server.url().toString(), QStringLiteral("--json") }));
    cli.write("before the signal\n");
    QVERIFY2(cli.waitForOutput("\"direction\":\"in\""), cli.err().constData());
    cli.sendSignal(signalNumber);
    QVERIFY(cli.waitForFinished());
    QVERIFY2(cli.exitCode() == 0, cli.err().constData());
    QTRY_COMPARE(server.closeCodes(), QList<int> { closeCode });
    // --json shows the close frame it sent
    const Validated<Message> last = MessageRecord::decode(cli.outLines().constLast());
    QVERIFY(last);
    QCOMPARE(last->kind(), Message::Kind::Close);
    QCOMPARE(last->direction(), Message::Direction::Outgoing);
    QCOMPARE(last->closeCode(), closeCode);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
