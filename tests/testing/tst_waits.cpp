// The testing kit's waits, MessageCollector and MAXMON_VERIFY: they pass
// when what they wait for happens, and when it does not they end at their
// timeout (or earlier, when it cannot happen any more) with a message that
// says what they waited for and what they saw instead.
#include <maxmon/testing/check.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/messagecollector.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

// The message of a failed Check, or a note that it passed.
QString failure(const Check &check)
{
    return check ? QStringLiteral("(passed)") : check.message();
}

} // namespace

class TestWaits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checkPassesAndFails();
    void verifyMacroReportsTheMessage();
    void waitForGeneric();
    void waitForStatePasses();
    void waitForStateGivesUpOnError();
    void waitForStateTimesOutWithTheStatesSeen();
    void waitForMessageListsWhatArrived();
    void waitForCloseCodeSaysWhatClosed();
    void latencySamples();
    void collectorCollectsAndSignals();
    void collectorDirections();
    void collectorWaitsReportWhatArrived();
    void closedPortRefuses();

private:
    ScriptedServer *m_server = nullptr;
};

void TestWaits::init()
{
    m_server = new ScriptedServer(this);
    MAXMON_VERIFY(m_server->listen());
}

void TestWaits::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestWaits::checkPassesAndFails()
{
    const Check passed = Check::pass();
    QVERIFY(passed);
    QVERIFY(passed.passed());
    QVERIFY(passed.message().isEmpty());
    QVERIFY(Check());
    const Check failed = Check::fail(QStringLiteral("because"));
    QVERIFY(!failed);
    QVERIFY(!failed.passed());
    QCOMPARE(failed.message(), QStringLiteral("because"));
}

void TestWaits::verifyMacroReportsTheMessage()
{
    MAXMON_VERIFY(Check::pass());
    // a failing MAXMON_VERIFY is a QtTest failure (expected here)
    QEXPECT_FAIL("", "MAXMON_VERIFY of a failed Check fails the test function", Continue);
    MAXMON_VERIFY(Check::fail(QStringLiteral("the reason, printed by QtTest")));
    // and returns at once for a real failure; with Continue it goes on
    QVERIFY(true);
}

void TestWaits::waitForGeneric()
{
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(5);
    MAXMON_VERIFY(waitFor([&ticks] { return ticks >= 3; }, QStringLiteral("three ticks")));

    QElapsedTimer elapsed;
    elapsed.start();
    const Check never = waitFor([] { return false; }, QStringLiteral("the impossible"), 100,
                                [] { return QStringLiteral("nothing happened"); });
    QVERIFY(!never);
    QVERIFY(elapsed.elapsed() >= 100); // it waited its timeout, no less
    QCOMPARE(never.message(), QStringLiteral("waited 100 ms for the impossible: nothing happened"));
    const Check plain = waitFor([] { return false; }, QStringLiteral("x"), 0);
    QCOMPARE(plain.message(), QStringLiteral("waited 0 ms for x: it did not happen"));
}

void TestWaits::waitForStatePasses()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QSignalSpy states(&client, &WebSocketClient::stateChanged);
    MAXMON_VERIFY(waitForState(client, State::Disconnected, 0)); // already there
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.close());
    MAXMON_VERIFY(waitForState(client, State::Disconnected));
    QCOMPARE(statesOf(states),
             (QList<State> { State::Connecting, State::Connected, State::Disconnecting,
                             State::Disconnected }));
}

void TestWaits::waitForStateGivesUpOnError()
{
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/reject/403"))));
    QVERIFY(client.open());
    QElapsedTimer elapsed;
    elapsed.start();
    const Check check = waitForState(client, State::Connected, 60000);
    QVERIFY(!check);
    QVERIFY2(elapsed.elapsed() < 30000, "gave up early instead of waiting its minute");
    const QString message = check.message();
    QVERIFY2(message.startsWith(QLatin1String("gave up waiting for the client to be Connected")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("it is Error")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Error); last error:")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("(Forbidden)")), qPrintable(message));
    MAXMON_VERIFY(waitForState(client, State::Error, 0)); // what it is in does pass
}

void TestWaits::waitForStateTimesOutWithTheStatesSeen()
{
    MAXMON_VERIFY(m_server->hang(QStringLiteral("/slow")));
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/slow")), 60000));
    QVERIFY(client.open());
    const QString message = failure(waitForState(client, State::Connected, 200));
    // the states the client went through meanwhile: none, or Connecting if its signal came late
    QVERIFY2(message.startsWith(QLatin1String("waited 200 ms for the client to be Connected: it is "
                                              "Connecting (states during the wait: ")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("); last error: none")), qPrintable(message));
}

void TestWaits::waitForMessageListsWhatArrived()
{
    MAXMON_VERIFY(
        m_server->sendStream(QStringLiteral("/news"),
                             { ScriptedMessage::textAfter(0, QStringLiteral("first")),
                               ScriptedMessage::binaryAfter(0, QByteArray("\x01\x02\x03", 3)),
                               ScriptedMessage::textAfter(0, QString(200, QLatin1Char('y'))) }));
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/news"))));
    QVERIFY(client.open());
    const auto isGoodbye = [](const Message &message) {
        return message.text() == QLatin1String("goodbye");
    };
    const Check check = waitForMessage(client, isGoodbye, QStringLiteral("a goodbye"), 1000);
    QVERIFY(!check);
    const QString message = check.message();
    QVERIFY2(message.startsWith(QLatin1String("waited 1000 ms for a goodbye: 3 message(s) "
                                              "arrived:\n  [0] text \"first\"\n  [1] binary 3 "
                                              "bytes: 01 02 03\n  [2] text \"yyy")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("...\" (200 characters)")), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("(client Connected)")), qPrintable(message));

    QVERIFY(client.sendText(QStringLiteral("goodbye")));
    MAXMON_VERIFY(waitForMessage(client, isGoodbye, QStringLiteral("a goodbye")));
    const Check nothing = waitForText(client, QStringLiteral("more"), 50);
    QVERIFY2(nothing.message().contains(QLatin1String("no message arrived")),
             qPrintable(nothing.message()));
}

void TestWaits::waitForCloseCodeSaysWhatClosed()
{
    WebSocketClient client(
        plainConfig(m_server->url(QStringLiteral("/close/4001?reason=not%20now&after=0"))));
    QVERIFY(client.open());
    const Check wrong = waitForCloseCode(client, 1000, 2000);
    QVERIFY(!wrong);
    QVERIFY2(wrong.message().contains(QLatin1String("last close code 4001 \"not now\" (closed by "
                                                    "server), client Error")),
             qPrintable(wrong.message()));
    MAXMON_VERIFY(waitForCloseCode(client, 4001, 0));
}

void TestWaits::latencySamples()
{
    ConnectionConfig config = plainConfig(m_server->url());
    config.heartbeat.enabled = true;
    config.heartbeat.intervalMs = 50;
    config.heartbeat.minIntervalMs = 50;
    config.heartbeat.adaptive = false;
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    MAXMON_VERIFY(waitForLatencySamples(client, 3));

    WebSocketClient quiet(plainConfig(m_server->url())); // no heartbeat
    QVERIFY(quiet.open());
    MAXMON_VERIFY(waitForState(quiet, State::Connected));
    const Check none = waitForLatencySamples(quiet, 1, 200);
    QCOMPARE(failure(none),
             QStringLiteral("waited 200 ms for 1 latency sample(s): 0 sample(s), 0 "
                            "probe(s) lost, client Connected, heartbeat not "
                            "running"));
}

void TestWaits::collectorCollectsAndSignals()
{
    WebSocketClient client(plainConfig(m_server->url()));
    MessageCollector received(&client);
    QSignalSpy collected(&received, &MessageCollector::collected);
    QCOMPARE(received.count(), 0);
    QVERIFY(received.last().isNull());
    QVERIFY(client.open());
    QVERIFY(client.sendText(QStringLiteral("a"))); // queued until connected
    QVERIFY(client.sendText(QStringLiteral("b")));
    MAXMON_VERIFY(received.waitForCount(2));
    QCOMPARE(collected.size(), 2);
    QCOMPARE(collected.at(1).at(0).value<Message>().text(), QStringLiteral("b"));
    QCOMPARE(received.texts(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(received.last().text(), QStringLiteral("b"));
    // a message that arrived before the wait counts
    MAXMON_VERIFY(received.waitForText(QStringLiteral("a"), 0));
    received.clear();
    QCOMPARE(received.count(), 0);
    QVERIFY(client.sendJson(QJsonObject { { QStringLiteral("k"), 1 } }));
    MAXMON_VERIFY(received.waitFor(
        [](const Message &message) { return message.text().contains(QLatin1String("\"k\"")); },
        QStringLiteral("the JSON echo")));
    QCOMPARE(received.count(), 1);
}

void TestWaits::collectorDirections()
{
    WebSocketClient client(plainConfig(m_server->url()));
    MessageCollector sent(&client, MessageCollector::Direction::Sent);
    MessageCollector both(&client, MessageCollector::Direction::Both);
    QVERIFY(client.open());
    QVERIFY(client.sendText(QStringLiteral("out")));
    MAXMON_VERIFY(both.waitForCount(2));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.last().direction(), Message::Direction::Outgoing);
    QCOMPARE(both.messages().at(0).direction(), Message::Direction::Outgoing);
    QCOMPARE(both.messages().at(1).direction(), Message::Direction::Incoming);
}

void TestWaits::collectorWaitsReportWhatArrived()
{
    WebSocketClient client(plainConfig(m_server->url()));
    MessageCollector received(&client);
    QVERIFY(client.open());
    QVERIFY(client.sendText(QStringLiteral("only this")));
    MAXMON_VERIFY(received.waitForCount(1));
    QCOMPARE(failure(received.waitForCount(2, 100)),
             QStringLiteral("waited 100 ms for 2 message(s): 1 message(s) arrived:\n  [0] text "
                            "\"only this\""));
    QCOMPARE(failure(received.waitForText(QStringLiteral("that"), 50)),
             QStringLiteral("waited 50 ms for the text message \"that\": 1 message(s) "
                            "arrived:\n  [0] text \"only this\""));
    // many messages: the newest ten, and how many were left out
    for (int i = 0; i < 12; ++i)
        QVERIFY(client.sendText(QString::number(i)));
    MAXMON_VERIFY(received.waitForCount(13));
    const QString many = failure(received.waitForText(QStringLiteral("x"), 0));
    QVERIFY2(many.contains(QLatin1String("13 message(s) arrived:\n  (3 earlier not shown)\n  [3] "
                                         "text \"2\"")),
             qPrintable(many));
}

void TestWaits::closedPortRefuses()
{
    const quint16 port = closedPort();
    QVERIFY(port > 0);
    WebSocketClient client(plainConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
    QVERIFY(client.open());
    const Check check = waitForState(client, State::Connected);
    QVERIFY2(check.message().contains(QLatin1String("ConnectionRefused")),
             qPrintable(check.message()));
}

QTEST_GUILESS_MAIN(TestWaits)
#include "tst_waits.moc"
