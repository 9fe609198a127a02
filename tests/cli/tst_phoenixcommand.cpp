// maxmon-cli phoenix, run as a process against the demo server's Phoenix
// endpoint in this test: join and push with their replies (human and JSON
// lines), private topics with and without the token (each way it can
// travel), push timeouts, error replies and a channel crash, binary pushes
// and protocol 1.0.0, stdin pushes, presence and broadcasts from a second
// client (a phoenix::Socket in this process), servers that do not speak
// Phoenix, usage errors before connecting, and the exit code of each case.
#include "cliprocess.h"
#include "rawwebsocketpeer.h"
#include "server/demoserver.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testutil.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::CliProcess;
using maxmon::test::CliRun;

namespace {

const char tokenVariable[] = "MAXMON_TEST_PHOENIX_TOKEN";

QString cliPath()
{
    return QStringLiteral(MAXMON_CLI_PATH);
}

CliRun runPhoenix(const QStringList &arguments, const QByteArray &input = {})
{
    return maxmon::test::runCli(cliPath(), QStringList { QStringLiteral("phoenix") } + arguments,
                                input);
}

// stdout lines without the local time ("12:00:01.234 ") that starts each
QStringList humanLines(const QByteArray &out)
{
    QStringList lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QString text = QString::fromUtf8(line);
        if (text.size() > 13 && text.at(2) == QLatin1Char(':') && text.at(12) == QLatin1Char(' '))
            text.remove(0, 13);
        else
            text.prepend(QStringLiteral("NO TIME: "));
        lines.append(text);
    }
    return lines;
}

QList<QJsonObject> parseJsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject())
            lines.append(QJsonObject { { QStringLiteral("not JSON"), QString::fromUtf8(line) } });
        else
            lines.append(document.object());
    }
    return lines;
}

QString compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// "reply new_msg ok {"body":"hi"}": what a JSON line says, for comparisons
QString summary(const QJsonObject &line)
{
    QStringList parts { line.value(QLatin1String("kind")).toString(),
                        line.value(QLatin1String("topic")).toString(),
                        line.value(QLatin1String("event")).toString() };
    if (line.value(QLatin1String("status")).isString())
        parts.append(line.value(QLatin1String("status")).toString());
    parts.append(compact(line.value(QLatin1String("payload"))));
    return parts.join(QLatin1Char(' '));
}

QString diagnostics(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), run.errText());
}

// A WebSocket server that accepts every path and answers nothing, or greets
// each client with one text message: a server that is not Phoenix.
class RawServer : public QObject
{
public:
    explicit RawServer(const QString &greeting = {})
        : m_server(QStringLiteral("raw"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this, greeting] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                if (!greeting.isEmpty())
                    socket->sendTextMessage(greeting);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const
    {
        return QStringLiteral("ws://127.0.0.1:%1/socket").arg(m_server.serverPort());
    }

private:
    QWebSocketServer m_server;
};

// A Phoenix server that answers the first join of a topic, then crashes the
// channel (phx_error) and never answers a join again: the rejoin times out.
class ForgetfulServer : public QObject
{
public:
    ForgetfulServer()
        : m_server(QStringLiteral("forgetful"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QWebSocket::textMessageReceived, socket,
                        [this, socket](const QString &text) { onFrame(socket, text); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const
    {
        return QStringLiteral("ws://127.0.0.1:%1/socket/websocket").arg(m_server.serverPort());
    }

private:
    void onFrame(QWebSocket *socket, const QString &text)
    {
        const QJsonArray frame = QJsonDocument::fromJson(text.toUtf8()).array();
        const QString event = frame.at(3).toString();
        const auto reply = [&](const QJsonValue &status) {
            socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(
                    QJsonArray { frame.at(0), frame.at(1), frame.at(2), QStringLiteral("phx_reply"),
                                 QJsonObject { { QStringLiteral("status"), status },
                                               { QStringLiteral("response"), QJsonObject() } } })
                    .toJson(QJsonDocument::Compact)));
        };
        if (event == QLatin1String("heartbeat")) {
            reply(QStringLiteral("ok"));
        } else if (event == QLatin1String("phx_join") && !m_joined) {
            m_joined = true;
            reply(QStringLiteral("ok"));
            socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonArray { frame.at(0), QJsonValue(), frame.at(2),
                                           QStringLiteral("phx_error"), QJsonObject() })
                    .toJson(QJsonDocument::Compact)));
        }
    }

    QWebSocketServer m_server;
    bool m_joined = false;
};

} // namespace

class TestPhoenixCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void joinAndPushEcho();
    void jsonLines();
    void privateTopic_data();
    void privateTopic();
    void pushTimeout();
    void errorReplyAndCrash();
    void rejoinTimeoutHasItsRef();
    void refusedHandshakeShowsTheServersAnswer();
    void channelClosedByTheServer();
    void binaryAndVsn_data();
    void binaryAndVsn();
    void stdinPushes();
    void presenceOfASecondClient();
    void broadcastsFromAnotherClient();
    void durationEndsListening();
    void notPhoenix_data();
    void notPhoenix();
    void connectionRefused();
    void invalidArgumentsBeforeConnecting_data();
    void invalidArgumentsBeforeConnecting();
    void help();

private:
    QString url() const { return m_demo->url(QStringLiteral("/socket")).toString(); }

    DemoServer *m_demo = nullptr;
};

void TestPhoenixCommand::initTestCase()
{
    m_demo = new DemoServer(this);
    QVERIFY(m_demo->listen());
    qputenv(tokenVariable, m_demo->authToken().toUtf8());
}

void TestPhoenixCommand::joinAndPushEcho()
{
    const CliRun run = runPhoenix({ url(), QStringLiteral("--join"), QStringLiteral("chat:1"),
                                    QStringLiteral("--params"), QStringLiteral(R"({"user":"ann"})"),
                                    QStringLiteral("--push"), QStringLiteral("new_msg"),
                                    QStringLiteral(R"({"body":"hi"})"), QStringLiteral("--push"),
                                    QStringLiteral("count"), QStringLiteral("42") });
    QVERIFY2(run.exitCode == 0, qPrintable(diagnostics(run)));
    QCOMPARE(humanLines(run.out),
             QStringList({ QStringLiteral("chat:1 reply phx_join ok {} ref=1"),
                           QStringLiteral(R"(chat:1 reply new_msg ok {"body":"hi"} ref=2)"),
                           QStringLiteral("chat:1 reply count ok 42 ref=3") }));
    QVERIFY2(run.errText().contains(
                 QStringLiteral("[maxmon] Connected ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0")
                     .arg(m_demo->port())),
             qPrintable(run.errText()));
    QVERIFY(run.errText().contains(QLatin1String("2 pushes: 2 ok, 0 failed")));
}

void TestPhoenixCommand::jsonLines()
{
    const CliRun run = runPhoenix(
        { url(), QStringLiteral("--json"), QStringLiteral("--join"), QStringLiteral("room:json"),
          QStringLiteral("--params"), QStringLiteral(R"({"user":"ann"})"), QStringLiteral("--push"),
          QStringLiteral("new_msg"), QStringLiteral(R"({"body":"hi"})"), QStringLiteral("--push"),
          QStringLiteral("ignore"), QStringLiteral("{}"), QStringLiteral("--timeout"),
          QStringLiteral("1s") });
    QVERIFY2(run.exitCode == 11, qPrintable(diagnostics(run))); // the ignored push
    const QList<QJsonObject> lines = parseJsonLines(run.out);
    QStringList summaries;
    const QStringList keys { QStringLiteral("event"), QStringLiteral("join_ref"),
                             QStringLiteral("kind"),  QStringLiteral("payload"),
                             QStringLiteral("ref"),   QStringLiteral("status"),
                             QStringLiteral("time"),  QStringLiteral("topic") };
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.keys(), keys);
        QVERIFY(line.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
        summaries.append(summary(line));
    }
    const QString socketUrl =
        QStringLiteral("ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0").arg(m_demo->port());
    QCOMPARE(summaries,
             QStringList({
                 QStringLiteral(R"(system  connected {"message":"Connected %1","url":"%1"})")
                     .arg(socketUrl),
                 QStringLiteral("reply room:json phx_join ok {}"),
                 QStringLiteral(R"(presence room:json join {"key":"ann","metas":[%1]})")
                     .arg(compact(lines.value(2)
                                      .value(QLatin1String("payload"))
                                      .toObject()
                                      .value(QLatin1String("metas"))
                                      .toArray()
                                      .at(0))),
                 QStringLiteral(R"(reply room:json new_msg ok {"body":"hi"})"),
                 QStringLiteral("reply room:json ignore timeout null"),
                 QStringLiteral(R"(system  disconnected {"message":"Disconnected %1","url":"%1"})")
                     .arg(socketUrl),
             }));
    QCOMPARE(lines.at(1).value(QLatin1String("ref")).toString(), QStringLiteral("1"));
    QCOMPARE(lines.at(1).value(QLatin1String("join_ref")).toString(), QStringLiteral("1"));
    QCOMPARE(lines.at(3).value(QLatin1String("ref")).toString(), QStringLiteral("2"));
    QCOMPARE(lines.at(3).value(QLatin1String("join_ref")).toString(), QStringLiteral("1"));
    QCOMPARE(lines.at(4).value(QLatin1String("ref")).toString(), QStringLiteral("3"));
    QVERIFY(lines.at(0).value(QLatin1String("ref")).isNull());
    QVERIFY(lines.at(2).value(QLatin1String("ref")).isNull());
}

void TestPhoenixCommand::privateTopic_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    const QString env = QString::fromLatin1(tokenVariable);
    QTest::newRow("no token") << QStringList() << 5;
    QTest::newRow("authToken subprotocol (the default)")
        << QStringList { QStringLiteral("--token-env"), env } << 0;
    QTest::newRow("query parameter")
        << QStringList { QStringLiteral("--token-env"), env, QStringLiteral("--auth-mode"),
                         QStringLiteral("query") }
        << 0;
    QTest::newRow("a bearer header is no Phoenix token")
        << QStringList { QStringLiteral("--token-env"), env, QStringLiteral("--auth-mode"),
                         QStringLiteral("bearer") }
        << 5;
    QTest::newRow("wrong token") << QStringList { QStringLiteral("--token-env"),
                                                  QStringLiteral("HOME") }
                                 << 5;
}

void TestPhoenixCommand::privateTopic()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    const CliRun run = runPhoenix(
        QStringList { url(), QStringLiteral("--join"), QStringLiteral("private:x"),
                      QStringLiteral("--push"), QStringLiteral("secret"), QStringLiteral("{}") }
        + options);
    QVERIFY2(run.exitCode == exitCode, qPrintable(diagnostics(run)));
    QVERIFY2(!(run.out + run.err).contains(m_demo->authToken().toUtf8()), "the token leaked");
    const QStringList lines = humanLines(run.out);
    if (exitCode == 0) {
        QCOMPARE(lines,
                 QStringList({ QStringLiteral("private:x reply phx_join ok {} ref=1"),
                               QStringLiteral("private:x reply secret ok {} ref=2") }));
        return;
    }
    QCOMPARE(lines,
             QStringList({ QStringLiteral(
                               R"(private:x reply phx_join error {"reason":"unauthorized"} ref=1)"),
                           QStringLiteral("private:x error phx_join [JoinRefused] The server "
                                          "refused to join \"private:x\": unauthorized.") }));
    QVERIFY2(run.errText().contains(QLatin1String(
                 "error [JoinRefused]: The server refused to join \"private:x\": unauthorized.")),
             qPrintable(run.errText()));
    QVERIFY(run.errText().contains(QLatin1String("Hint: Check the credentials")));
    QVERIFY(!run.errText().contains(QLatin1String(" pushes: "))); // nothing was pushed
}

void TestPhoenixCommand::pushTimeout()
{
    const CliRun run =
        runPhoenix({ url(), QStringLiteral("--join"), QStringLiteral("chat:t"),
                     QStringLiteral("--push"), QStringLiteral("ignore"), QStringLiteral("{}"),
                     QStringLiteral("--push"), QStringLiteral("new_msg"), QStringLiteral("{}"),
                     QStringLiteral("--timeout"), QStringLiteral("1s") });
    QVERIFY2(run.exitCode == 11, qPrintable(diagnostics(run)));
    QCOMPARE(humanLines(run.out),
             QStringList({ QStringLiteral("chat:t reply phx_join ok {} ref=1"),
                           QStringLiteral("chat:t reply new_msg ok {} ref=3"),
                           QStringLiteral("chat:t reply ignore timeout ref=2") }));
    QVERIFY(run.errText().contains(QLatin1String("2 pushes: 1 ok, 1 failed, 0 without reply")));
}

void TestPhoenixCommand::errorReplyAndCrash()
{
    const CliRun run = runPhoenix({ url(), QStringLiteral("--join"), QStringLiteral("chat:e"),
                                    QStringLiteral("--push"), QStringLiteral("error"),
                                    QStringLiteral(R"({"why":"no"})"), QStringLiteral("--push"),
                                    QStringLiteral("crash"), QStringLiteral("{}"),
                                    // under the 1 s before the crashed channel rejoins
                                    QStringLiteral("--timeout"), QStringLiteral("800ms") });
    QVERIFY2(run.exitCode == 11, qPrintable(diagnostics(run)));
    QCOMPARE(humanLines(run.out),
             QStringList({ QStringLiteral("chat:e reply phx_join ok {} ref=1"),
                           QStringLiteral(R"(chat:e reply error error {"why":"no"} ref=2)"),
                           QStringLiteral("chat:e error phx_error [PhoenixError] The channel "
                                          "\"chat:e\" crashed on the server (phx_error). ref=1"),
                           QStringLiteral("chat:e reply crash timeout ref=3") }));
    QVERIFY(run.errText().contains(QLatin1String("2 pushes: 0 ok, 2 failed")));
}

void TestPhoenixCommand::rejoinTimeoutHasItsRef()
{
    ForgetfulServer server;
    QVERIFY(server.listen());
    // the channel rejoins 1 s after the crash; that join times out after 300 ms
    const CliRun run =
        runPhoenix({ server.url(), QStringLiteral("--join"), QStringLiteral("chat:r"),
                     QStringLiteral("--timeout"), QStringLiteral("300ms"),
                     QStringLiteral("--duration"), QStringLiteral("2s") });
    const QStringList lines = humanLines(run.out);
    QVERIFY2(lines.size() >= 3, qPrintable(diagnostics(run)));
    QCOMPARE(lines.at(0), QStringLiteral("chat:r reply phx_join ok {} ref=1"));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("chat:r error phx_error")),
             qPrintable(lines.at(1)));
    // the rejoin went out with ref 2, and its timeout line says so like the first join's would
    QCOMPARE(lines.at(2), QStringLiteral("chat:r reply phx_join timeout ref=2"));
}

void TestPhoenixCommand::refusedHandshakeShowsTheServersAnswer()
{
    // a Phoenix server refusing a client that asks for another serializer version
    maxmon::test::RawWebSocketPeer peer;
    peer.refuseWith("HTTP/1.1 400 Bad Request\r\nContent-Length: 33\r\n\r\n"
                    "this server speaks vsn 2.0.0 only");
    QVERIFY(peer.listen());
    const CliRun run = runPhoenix({ peer.url(QStringLiteral("/socket/websocket")).toString(),
                                    QStringLiteral("--join"), QStringLiteral("chat:v") });
    QVERIFY2(run.exitCode != 0, qPrintable(diagnostics(run)));
    QVERIFY2(run.errText().contains(QLatin1String("HTTP 400 Bad Request")),
             qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("this server speaks vsn 2.0.0 only")),
             qPrintable(run.errText()));
    QVERIFY(!run.errText().contains(QLatin1String("Unknown error condition encountered")));
}

void TestPhoenixCommand::channelClosedByTheServer()
{
    // --listen, but with no channel left there is nothing to listen to
    const CliRun run = runPhoenix({ url(), QStringLiteral("--join"), QStringLiteral("chat:s"),
                                    QStringLiteral("--push"), QStringLiteral("stop"),
                                    QStringLiteral("{}"), QStringLiteral("--listen") });
    QVERIFY2(run.exitCode == 0, qPrintable(diagnostics(run)));
    QCOMPARE(humanLines(run.out),
             QStringList({ QStringLiteral("chat:s reply phx_join ok {} ref=1"),
                           QStringLiteral("chat:s reply stop ok {} ref=2"),
                           QStringLiteral("chat:s system phx_close the server closed the channel "
                                          "ref=1") }));
}

void TestPhoenixCommand::binaryAndVsn_data()
{
    QTest::addColumn<QString>("suffix"); // of the socket URL
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reply"); // the second line, or a part of stderr
    QTest::addColumn<QString>("vsn");

    QTest::newRow("binary, base64")
        << QString()
        << QStringList { QStringLiteral("--push-binary"), QStringLiteral("bin"),
                         QStringLiteral("AAEC/w==") }
        << 0 << QStringLiteral("chat:b reply bin ok binary 4 bytes: AAEC/w== ref=2")
        << QStringLiteral("2.0.0");
    QTest::newRow("binary, hex") << QString()
                                 << QStringList { QStringLiteral("--encoding"),
                                                  QStringLiteral("hex"),
                                                  QStringLiteral("--push-binary"),
                                                  QStringLiteral("bin"), QStringLiteral("de ad") }
                                 << 0
                                 << QStringLiteral("chat:b reply bin ok binary 2 bytes: dead ref=2")
                                 << QStringLiteral("2.0.0");
    QTest::newRow("vsn 1.0.0") << QString()
                               << QStringList { QStringLiteral("--vsn"), QStringLiteral("1.0.0"),
                                                QStringLiteral("--push"), QStringLiteral("new_msg"),
                                                QStringLiteral(R"({"a":[1,2]})") }
                               << 0
                               << QStringLiteral(R"(chat:b reply new_msg ok {"a":[1,2]} ref=2)")
                               << QStringLiteral("1.0.0");
    QTest::newRow("vsn 1.0.0 from the URL, with /websocket")
        << QStringLiteral("/websocket?vsn=1.0.0")
        << QStringList { QStringLiteral("--push"), QStringLiteral("new_msg"), QStringLiteral("7") }
        << 0 << QStringLiteral("chat:b reply new_msg ok 7 ref=2") << QStringLiteral("1.0.0");
    QTest::newRow("binary needs 2.0.0")
        << QStringLiteral("?vsn=1.0.0")
        << QStringList { QStringLiteral("--push-binary"), QStringLiteral("bin"),
                         QStringLiteral("AA==") }
        << 2 << QStringLiteral("--push-binary needs protocol 2.0.0") << QString();
}

void TestPhoenixCommand::binaryAndVsn()
{
    QFETCH(QString, suffix);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, reply);
    QFETCH(QString, vsn);
    const CliRun run = runPhoenix(
        QStringList { url() + suffix, QStringLiteral("--join"), QStringLiteral("chat:b") }
        + options);
    QVERIFY2(run.exitCode == exitCode, qPrintable(diagnostics(run)));
    if (exitCode != 0) {
        QVERIFY2(run.errText().contains(reply), qPrintable(run.errText()));
        QVERIFY(run.out.isEmpty());
        return;
    }
    QCOMPARE(humanLines(run.out),
             QStringList({ QStringLiteral("chat:b reply phx_join ok {} ref=1"), reply }));
    QVERIFY2(run.errText().contains(QLatin1String("/socket/websocket?vsn=") + vsn),
             qPrintable(run.errText()));
}

void TestPhoenixCommand::stdinPushes()
{
    const CliRun run = runPhoenix({ url(), QStringLiteral("--join"), QStringLiteral("chat:in1"),
                                    QStringLiteral("--join"), QStringLiteral("chat:in2"),
                                    QStringLiteral("--stdin") },
                                  "new_msg {\"a\":1}\n"
                                  "\n"
                                  "[\"chat:in1\", \"x\", 2]\n"
                                  "bad {\n"
                                  "[\"chat:other\", \"x\", 2]\n");
    QVERIFY2(run.exitCode == 11, qPrintable(diagnostics(run))); // lines 4 and 5
    const QStringList lines = humanLines(run.out);
    QCOMPARE(lines.size(), 4);
    // the joins in either order, then the pushes: to the last --join, then to the one named
    QVERIFY(lines.contains(QStringLiteral("chat:in1 reply phx_join ok {} ref=1")));
    QVERIFY(lines.contains(QStringLiteral("chat:in2 reply phx_join ok {} ref=2")));
    QCOMPARE(lines.at(2), QStringLiteral(R"(chat:in2 reply new_msg ok {"a":1} ref=3)"));
    QCOMPARE(lines.at(3), QStringLiteral("chat:in1 reply x ok 2 ref=4"));
    QVERIFY2(run.errText().contains(QLatin1String(
                 "stdin line 4 not pushed: Invalid JSON at column 6: unterminated object")),
             qPrintable(run.errText()));
    QVERIFY(run.errText().contains(
        QLatin1String("stdin line 5 not pushed: chat:other is not joined: give it a --join.")));
    QVERIFY(run.errText().contains(QLatin1String("2 pushes: 2 ok, 0 failed, 0 without reply, "
                                                 "2 not pushed")));
}

void TestPhoenixCommand::presenceOfASecondClient()
{
    CliProcess cli(cliPath());
    QVERIFY(cli.start({ QStringLiteral("phoenix"), url(), QStringLiteral("--join"),
                        QStringLiteral("room:lobby"), QStringLiteral("--params"),
                        QStringLiteral(R"({"user":"ann"})") }));
    QVERIFY2(cli.waitForOutput("room:lobby presence join ann"), cli.err().constData());

    {
        phoenix::Socket bob(maxmon::testing::phoenixConfig(m_demo->url(QStringLiteral("/socket"))),
                            maxmon::testing::fastSocketOptions());
        phoenix::Channel *channel = bob.channel(
            QStringLiteral("room:lobby"), { { QLatin1String("user"), QStringLiteral("bob") } });
        QVERIFY(bob.open());
        QVERIFY(channel->join());
        QTRY_COMPARE(channel->state(), phoenix::Channel::State::Joined);
        QVERIFY2(cli.waitForOutput("room:lobby presence join bob"), cli.out().constData());
        QVERIFY(bob.close());
    }
    QVERIFY2(cli.waitForOutput("room:lobby presence leave bob"), cli.out().constData());
    QVERIFY(cli.isRunning()); // listening, as there are no pushes
    cli.sendSignal(SIGINT);
    QVERIFY(cli.waitForFinished());
    QCOMPARE(cli.exitCode(), 0);

    QStringList lines = humanLines(cli.out());
    for (QString &line : lines) // the metas carry a time and a ref
        line = line.section(QLatin1Char(' '), 0, 3);
    QCOMPARE(lines,
             QStringList({ QStringLiteral("room:lobby reply phx_join ok"),
                           QStringLiteral("room:lobby presence join ann"),
                           QStringLiteral("room:lobby presence join bob"),
                           QStringLiteral("room:lobby presence leave bob") }));
    QVERIFY(cli.errText().contains(QLatin1String("Disconnected")));
}

void TestPhoenixCommand::broadcastsFromAnotherClient()
{
    CliProcess cli(cliPath());
    QVERIFY(cli.start({ QStringLiteral("phoenix"), url(), QStringLiteral("--join"),
                        QStringLiteral("news:1"), QStringLiteral("--count"), QStringLiteral("2"),
                        QStringLiteral("--json") }));
    QVERIFY2(cli.waitForOutput("\"phx_join\""), cli.err().constData());

    phoenix::Socket other(maxmon::testing::phoenixConfig(m_demo->url(QStringLiteral("/socket"))),
                          maxmon::testing::fastSocketOptions());
    phoenix::Channel *channel = other.channel(QStringLiteral("news:1"));
    QVERIFY(other.open());
    QVERIFY(channel->join());
    QTRY_COMPARE(channel->state(), phoenix::Channel::State::Joined);
    QVERIFY(channel->push(QStringLiteral("shout"), QJsonObject { { QLatin1String("n"), 1 } }));
    QVERIFY(channel->push(QStringLiteral("broadcast:headline"),
                          QJsonObject { { QLatin1String("n"), 2 } }));
    // --count 2: it ends by itself after the second
    QVERIFY(cli.waitForFinished());
    QVERIFY2(cli.exitCode() == 0, cli.err().constData());
    QStringList broadcasts;
    for (const QJsonObject &line : parseJsonLines(cli.out())) {
        if (line.value(QLatin1String("kind")) != QLatin1String("broadcast"))
            continue;
        QVERIFY(line.value(QLatin1String("ref")).isNull());
        QVERIFY(line.value(QLatin1String("join_ref")).isNull());
        QVERIFY(line.value(QLatin1String("status")).isNull());
        broadcasts.append(summary(line));
    }
    QCOMPARE(broadcasts,
             QStringList({ QStringLiteral(R"(broadcast news:1 shout {"n":1})"),
                           QStringLiteral(R"(broadcast news:1 headline {"n":2})") }));
    other.close();
}

void TestPhoenixCommand::durationEndsListening()
{
    const CliRun run = runPhoenix({ url(), QStringLiteral("--join"), QStringLiteral("chat:d"),
                                    QStringLiteral("--duration"), QStringLiteral("1s") });
    QVERIFY2(run.exitCode == 0, qPrintable(diagnostics(run)));
    QCOMPARE(humanLines(run.out),
             QStringList { QStringLiteral("chat:d reply phx_join ok {} ref=1") });
    QVERIFY(run.errText().contains(QLatin1String("Disconnected")));
}

void TestPhoenixCommand::notPhoenix_data()
{
    QTest::addColumn<QString>("server"); // echo, greeting, silent
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inStderr");
    QTest::addColumn<QString>("inStdout");
    QTest::newRow("an echo server")
        << QStringLiteral("echo") << 7
        << QStringLiteral("error [ProtocolError]: The server sent back \"phx_join\", which only "
                          "clients send: it echoes messages rather than speaking Phoenix Channels.")
        << QStringLiteral("chat:n error phx_join [ProtocolError] The server sent back");
    QTest::newRow("messages that are not frames")
        << QStringLiteral("greeting") << 7
        << QStringLiteral("does not speak Phoenix Channels 2.0.0")
        << QStringLiteral("- error [PhoenixError] ");
    QTest::newRow("joins never answered")
        << QStringLiteral("silent") << 10
        << QStringLiteral("No reply to the join of \"chat:n\" within 300 ms.")
        << QStringLiteral("chat:n reply phx_join timeout ref=1");
}

void TestPhoenixCommand::notPhoenix()
{
    QFETCH(QString, server);
    QFETCH(int, exitCode);
    QFETCH(QString, inStderr);
    QFETCH(QString, inStdout);
    maxmon::testing::ScriptedServer echo;
    RawServer raw(server == QLatin1String("greeting") ? QStringLiteral("hello, not phoenix")
                                                      : QString());
    QString target;
    if (server == QLatin1String("echo")) {
        QVERIFY(echo.listen());
        target = echo.url(QStringLiteral("/socket")).toString();
    } else {
        QVERIFY(raw.listen());
        target = raw.url();
    }
    const CliRun run = runPhoenix({ target, QStringLiteral("--join"), QStringLiteral("chat:n"),
                                    QStringLiteral("--timeout"), QStringLiteral("300ms") });
    QVERIFY2(run.exitCode == exitCode, qPrintable(diagnostics(run)));
    QVERIFY2(run.errText().contains(inStderr), qPrintable(run.errText()));
    QVERIFY2(humanLines(run.out).join(QLatin1Char('\n')).contains(inStdout), run.out.constData());
}

void TestPhoenixCommand::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const CliRun run =
        runPhoenix({ QStringLiteral("ws://127.0.0.1:%1/socket").arg(port), QStringLiteral("--join"),
                     QStringLiteral("a"), QStringLiteral("--push"), QStringLiteral("x"),
                     QStringLiteral("{}") });
    QVERIFY2(run.exitCode == 3, qPrintable(diagnostics(run)));
    QVERIFY(run.errText().contains(QLatin1String("error [ConnectionRefused]")));
    QVERIFY(run.out.isEmpty());
}

void TestPhoenixCommand::invalidArgumentsBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString join = QStringLiteral("--join");
    const QString topic = QStringLiteral("chat:x");
    QTest::newRow("params not JSON")
        << QStringList { join, topic, QStringLiteral("--params"), QStringLiteral(R"({"user":)") }
        << QStringLiteral(
               "maxmon-cli phoenix: --params: Invalid JSON at column 9: unterminated object");
    QTest::newRow("push not JSON")
        << QStringList { join, topic, QStringLiteral("--push"), QStringLiteral("new_msg"),
                         QStringLiteral("{body: 1}") }
        << QStringLiteral("--push new_msg: Invalid JSON at column ");
    QTest::newRow("push without payload")
        << QStringList { join, topic, QStringLiteral("--push"), QStringLiteral("new_msg") }
        << QStringLiteral("--push needs two values: EVENT and JSON.");
    QTest::newRow("no join") << QStringList { QStringLiteral("--listen") }
                             << QStringLiteral("Give at least one --join TOPIC.");
    QTest::newRow("unknown option") << QStringList { join, topic, QStringLiteral("--jion") }
                                    << QStringLiteral("Unknown option 'jion'.");
    QTest::newRow("bad header") << QStringList { join, topic, QStringLiteral("--header"),
                                                 QStringLiteral("nocolon") }
                                << QStringLiteral("--header needs name:value");
}

void TestPhoenixCommand::invalidArgumentsBeforeConnecting()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QSignalSpy connections(m_demo, &DemoServer::connectionOpened);
    const CliRun run = runPhoenix(QStringList { url() } + arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(diagnostics(run)));
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(run.errText().contains(QLatin1String("Try 'maxmon-cli phoenix --help'.")));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(connections.count(), 0);
}

void TestPhoenixCommand::help()
{
    const CliRun run = runPhoenix({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.startsWith(QLatin1String("Usage: maxmon-cli phoenix [options] [url]")));
    for (const char *option :
         { "--join <TOPIC>", "--params <JSON>", "--push <EVENT JSON>", "--push-binary", "--vsn",
           "--socket-param", "--auth-mode", "--timeout", "--heartbeat", "--listen", "--duration",
           "--count", "--stdin", "--json", "--token-env", "--ca", "--proxy", "10 a join refused",
           "11 a push answered with an error" })
        QVERIFY2(text.contains(QLatin1String(option)), option);
    QVERIFY(run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoenixCommand)
#include "tst_phoenixcommand.moc"
