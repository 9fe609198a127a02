// The testing kit's ScriptedServer: its conventions and rules as a client
// sees them (through maxmon's WebSocketClient and through raw sockets), what
// it records, stop and restart, and rules refused at setup with a reason.
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/messagecollector.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

// The raw HTTP answer of the server to a WebSocket upgrade request for path.
QByteArray rawAnswer(quint16 port, const QString &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(
        "GET " + path.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    // a refusal closes the connection after the answer
    QByteArray answer;
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return closed ? answer + socket.readAll() : QByteArray("(no close) ") + answer;
}

} // namespace

class TestScriptedServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void echoesByDefault();
    void conventions_data();
    void conventions();
    void sinkRecordsWithoutAnswering();
    void textRulesWithCapturesAndPredicates();
    void refusalWithStatusBodyAndHeaders();
    void hangingHandshakeTimesOut();
    void closesWithCodeAndReasonAfterADelay();
    void scriptedStream();
    void requiredToken();
    void rulesCombineAndClear();
    void recordsPerClient();
    void stopAndRestartOnTheSamePort();
    void hangEveryHandshake();
    void serverActsOnItsClients();
    void tls();
    void invalidRulesAreRefused_data();
    void invalidRulesAreRefused();
    void invalidConventionIsRefusedWith500();

private:
    ScriptedServer *m_server = nullptr;
};

void TestScriptedServer::init()
{
    m_server = new ScriptedServer(this);
    MAXMON_VERIFY(m_server->listen());
}

void TestScriptedServer::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestScriptedServer::echoesByDefault()
{
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->url(), QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(m_server->port())));
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/anything"))));
    MessageCollector received(&client);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("hello")));
    QVERIFY(client.sendBinary(QByteArray("\x01\x02", 2)));
    MAXMON_VERIFY(received.waitForCount(2));
    QCOMPARE(received.texts(), QStringList { QStringLiteral("hello") });
    QCOMPARE(received.last().payload(), QByteArray("\x01\x02", 2));
    QCOMPARE(m_server->receivedTexts(), QStringList { QStringLiteral("hello") });
    QCOMPARE(m_server->receivedBinaries(), QList<QByteArray> { QByteArray("\x01\x02", 2) });
}

void TestScriptedServer::conventions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<State>("finalState");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("closeCode");

    QTest::newRow("reject 403") << QStringLiteral("/reject/403") << State::Error << 403 << 0;
    QTest::newRow("reject 503") << QStringLiteral("/reject/503") << State::Error << 503 << 0;
    QTest::newRow("close 4000") << QStringLiteral("/close/4000?reason=bye&after=0") << State::Error
                                << 0 << 4000;
    QTest::newRow("close 1000") << QStringLiteral("/close/1000") << State::Disconnected << 0
                                << 1000;
}

void TestScriptedServer::conventions()
{
    QFETCH(QString, path);
    QFETCH(State, finalState);
    QFETCH(int, httpStatus);
    QFETCH(int, closeCode);
    WebSocketClient client(plainConfig(m_server->url(path)));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, finalState));
    if (httpStatus)
        QCOMPARE(client.lastError().httpStatus(), httpStatus);
    if (closeCode)
        MAXMON_VERIFY(waitForCloseCode(client, closeCode));
    QCOMPARE(m_server->lastRequest().path, path.section(QLatin1Char('?'), 0, 0));
}

void TestScriptedServer::sinkRecordsWithoutAnswering()
{
    MAXMON_VERIFY(m_server->sink(QStringLiteral("/quiet")));
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/quiet"))));
    MessageCollector received(&client);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("one")));
    QVERIFY(client.sendText(QStringLiteral("two")));
    MAXMON_VERIFY(waitFor([this] { return m_server->receivedTexts().size() == 2; },
                          QStringLiteral("two texts at the server")));
    // an echo would come back before a ping's pong: nothing came
    QVERIFY(client.sendText(QStringLiteral("three")));
    MAXMON_VERIFY(waitFor([this] { return m_server->receivedTexts().size() == 3; },
                          QStringLiteral("three texts at the server")));
    QCOMPARE(received.count(), 0);
}

void TestScriptedServer::textRulesWithCapturesAndPredicates()
{
    const QString path = QStringLiteral("/chat");
    MAXMON_VERIFY(m_server->onText(path, QRegularExpression(QStringLiteral("^ping (\\d+)$")),
                                   QStringLiteral("pong \\1")));
    MAXMON_VERIFY(m_server->onText(
        path, [](const QString &text) { return text.startsWith(QLatin1Char('{')); },
        QStringLiteral("{\"ok\":true}")));
    WebSocketClient client(plainConfig(m_server->url(path)));
    MessageCollector received(&client);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("ping 42")));
    MAXMON_VERIFY(received.waitForText(QStringLiteral("pong 42")));
    QVERIFY(client.sendText(QStringLiteral("{\"x\":1}")));
    MAXMON_VERIFY(received.waitForText(QStringLiteral("{\"ok\":true}")));
    QVERIFY(client.sendText(QStringLiteral("ping x"))); // no rule matches: echoed
    MAXMON_VERIFY(waitForText(client, QStringLiteral("ping x")));
    QCOMPARE(received.texts(),
             (QStringList { QStringLiteral("pong 42"), QStringLiteral("{\"ok\":true}"),
                            QStringLiteral("ping x") }));
}

void TestScriptedServer::refusalWithStatusBodyAndHeaders()
{
    MAXMON_VERIFY(m_server->refuse(
        QStringLiteral("/private"), 401, "no token here\n",
        { { "WWW-Authenticate", "Bearer realm=\"max\"" }, { "Retry-After", "7" } }));
    QSignalSpy rejected(m_server, &ScriptedServer::requestRejected);
    const QByteArray answer = rawAnswer(m_server->port(), QStringLiteral("/private"));
    QVERIFY2(answer.startsWith("HTTP/1.1 401 Unauthorized\r\n"), answer.constData());
    QVERIFY2(answer.contains("\r\nWWW-Authenticate: Bearer realm=\"max\"\r\n"), answer.constData());
    QVERIFY2(answer.contains("\r\nRetry-After: 7\r\n"), answer.constData());
    QVERIFY2(answer.endsWith("\r\n\r\nno token here\n"), answer.constData());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().at(0).value<UpgradeRequest>().path, QStringLiteral("/private"));
    QCOMPARE(rejected.constFirst().at(1).toInt(), 401);

    // as maxmon's client reports it
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/private"))));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::Unauthorized);
    // with the server's answer, read by one diagnostic request that is no
    // connection attempt: requests() and requestRejected leave it out
    QVERIFY2(client.lastError().detail().contains(QLatin1String("Retry-After: 7")),
             qPrintable(client.lastError().detail()));
    QCOMPARE(m_server->requests().size(), 2); // the raw one and the client's
    QCOMPARE(rejected.size(), 2);
    QTRY_COMPARE(m_server->diagnosticRequests().size(), 1);
    const UpgradeRequest diagnostic = m_server->diagnosticRequests().constFirst();
    QCOMPARE(diagnostic.header("X-Maxmon-Diagnostic"), QByteArray("refused-handshake"));
    QCOMPARE(diagnostic.path, QStringLiteral("/private"));
}

void TestScriptedServer::hangingHandshakeTimesOut()
{
    MAXMON_VERIFY(m_server->hang(QStringLiteral("/slow")));
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/slow")), 300));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::HandshakeTimeout);
    QCOMPARE(m_server->requests().size(), 1); // the request arrived, no answer left
}

void TestScriptedServer::closesWithCodeAndReasonAfterADelay()
{
    MAXMON_VERIFY(
        m_server->closeAfter(QStringLiteral("/brief"), 100, 4002, QStringLiteral("that was all")));
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/brief"))));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QElapsedTimer connected;
    connected.start();
    MAXMON_VERIFY(waitForCloseCode(client, 4002));
    QVERIFY(connected.elapsed() >= 50); // lower bound only: the delay is the server's
    QCOMPARE(client.diagnostics().lastCloseReason, QStringLiteral("that was all"));
    QCOMPARE(client.diagnostics().lastClosedBy, QStringLiteral("server"));
}

void TestScriptedServer::scriptedStream()
{
    MAXMON_VERIFY(
        m_server->sendStream(QStringLiteral("/feed"),
                             { ScriptedMessage::textAfter(0, QStringLiteral("first")),
                               ScriptedMessage::binaryAfter(20, QByteArray("\xff\x00", 2)),
                               ScriptedMessage::textAfter(20, QStringLiteral("third")) }));
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/feed"))));
    MessageCollector received(&client);
    QVERIFY(client.open());
    MAXMON_VERIFY(received.waitForCount(3));
    QCOMPARE(received.messages().at(0).text(), QStringLiteral("first"));
    QCOMPARE(received.messages().at(1).kind(), Message::Kind::Binary);
    QCOMPARE(received.messages().at(1).payload(), QByteArray("\xff\x00", 2));
    QCOMPARE(received.messages().at(2).text(), QStringLiteral("third"));
}

void TestScriptedServer::requiredToken()
{
    MAXMON_VERIFY(m_server->requireToken(QStringLiteral("/auth"), QStringLiteral("s3cret")));
    ConnectionConfig config = plainConfig(m_server->url(QStringLiteral("/auth")));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("wrong");
    WebSocketClient refused(config);
    QVERIFY(refused.open());
    MAXMON_VERIFY(waitForState(refused, State::Error));
    QCOMPARE(refused.lastError().httpStatus(), 401);

    config.auth.token = QStringLiteral("s3cret");
    WebSocketClient bearer(config);
    QVERIFY(bearer.open());
    MAXMON_VERIFY(waitForState(bearer, State::Connected));
    QCOMPARE(m_server->lastRequest().bearerToken(), QStringLiteral("s3cret"));

    config.auth.mode = AuthConfig::Mode::QueryParameter;
    WebSocketClient query(config);
    QVERIFY(query.open());
    MAXMON_VERIFY(waitForState(query, State::Connected));
    QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("token")), QStringLiteral("s3cret"));
}

void TestScriptedServer::rulesCombineAndClear()
{
    const QString path = QStringLiteral("/combined");
    MAXMON_VERIFY(m_server->sink(path));
    MAXMON_VERIFY(m_server->onText(path, QRegularExpression(QStringLiteral("^hi$")),
                                   QStringLiteral("hello")));
    MAXMON_VERIFY(m_server->closeAfter(path, 2000, 1001, QStringLiteral("going")));
    WebSocketClient client(plainConfig(m_server->url(path)));
    MessageCollector received(&client);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("unmatched"))); // sink: no echo
    QVERIFY(client.sendText(QStringLiteral("hi")));
    MAXMON_VERIFY(received.waitForText(QStringLiteral("hello")));
    QCOMPARE(received.texts(), QStringList { QStringLiteral("hello") });
    MAXMON_VERIFY(waitForCloseCode(client, 1001));

    // echo() turns the sink off again; clearRules() forgets everything
    MAXMON_VERIFY(m_server->echo(path));
    m_server->clearRules();
    WebSocketClient again(plainConfig(m_server->url(path)));
    MessageCollector echoed(&again);
    QVERIFY(again.open());
    MAXMON_VERIFY(waitForState(again, State::Connected));
    QVERIFY(again.sendText(QStringLiteral("hi")));
    MAXMON_VERIFY(echoed.waitForText(QStringLiteral("hi")));
}

void TestScriptedServer::recordsPerClient()
{
    ConnectionConfig config = plainConfig(m_server->url(QStringLiteral("/sink")));
    config.headers = { { QStringLiteral("X-Client"), QStringLiteral("first") } };
    config.subprotocols = { QStringLiteral("v1.test") };
    WebSocketClient first(config);
    config.headers = { { QStringLiteral("X-Client"), QStringLiteral("second") } };
    WebSocketClient second(config);
    QVERIFY(first.open());
    MAXMON_VERIFY(waitForState(first, State::Connected));
    QVERIFY(second.open());
    MAXMON_VERIFY(waitForState(second, State::Connected));
    QVERIFY(first.sendText(QStringLiteral("from first")));
    QVERIFY(second.sendBinary("from second"));
    MAXMON_VERIFY(waitFor([this] { return m_server->receivedBinaries().size() == 1; },
                          QStringLiteral("the binary at the server")));
    QVERIFY(first.close(4100, QStringLiteral("bye")));
    MAXMON_VERIFY(waitFor([this] { return m_server->closeCodes().size() == 1; },
                          QStringLiteral("the first connection to end")));

    const QList<ClientRecord> records = m_server->clientRecords();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).request.header("x-client"), QByteArray("first"));
    QCOMPARE(records.at(0).request.headerValues("X-CLIENT"), QList<QByteArray> { "first" });
    QVERIFY(records.at(0).request.headerValues("X-Missing").isEmpty());
    QVERIFY(records.at(0).request.hasHeader("Sec-WebSocket-Key"));
    QCOMPARE(records.at(0).request.subprotocols(), QStringList { QStringLiteral("v1.test") });
    QCOMPARE(records.at(0).texts, QStringList { QStringLiteral("from first") });
    QVERIFY(!records.at(0).open);
    QCOMPARE(records.at(0).closeCode, 4100);
    QCOMPARE(records.at(1).request.header("X-Client"), QByteArray("second"));
    QCOMPARE(records.at(1).binaries, QList<QByteArray> { QByteArray("from second") });
    QVERIFY(records.at(1).open);
    QCOMPARE(records.at(1).closeCode, -1);
    QCOMPARE(m_server->closeCodes(), QList<int> { 4100 });
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().constFirst().method, QStringLiteral("GET"));
}

void TestScriptedServer::stopAndRestartOnTheSamePort()
{
    MAXMON_VERIFY(m_server->onText(QStringLiteral("/r"), QRegularExpression(QStringLiteral("x")),
                                   QStringLiteral("y")));
    ConnectionConfig config = plainConfig(m_server->url(QStringLiteral("/r")));
    config.reconnect.enabled = true;
    config.reconnect.initialDelayMs = 20;
    config.reconnect.maxDelayMs = 50;
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const quint16 port = m_server->port();
    m_server->stop();
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server->port(), port);
    MAXMON_VERIFY(waitForState(client, State::Reconnecting));
    MAXMON_VERIFY(m_server->restart());
    QCOMPARE(m_server->port(), port);
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("x"))); // the rules survived
    MAXMON_VERIFY(waitForText(client, QStringLiteral("y")));
    MAXMON_VERIFY(m_server->restart()); // already listening: nothing to do
}

void TestScriptedServer::hangEveryHandshake()
{
    m_server->setHangHandshakes(true);
    WebSocketClient client(plainConfig(m_server->url(), 300));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::HandshakeTimeout);
    m_server->setHangHandshakes(false);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
}

void TestScriptedServer::serverActsOnItsClients()
{
    QSignalSpy connected(m_server, &ScriptedServer::clientConnected);
    QSignalSpy texts(m_server, &ScriptedServer::textReceived);
    QSignalSpy binaries(m_server, &ScriptedServer::binaryReceived);
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/sink"))));
    MessageCollector received(&client);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(m_server->clients().size(), 1);
    QCOMPARE(m_server->connectionCount(), 1);
    QVERIFY(client.sendText(QStringLiteral("t")));
    QVERIFY(client.sendBinary("b"));
    QTRY_COMPARE(binaries.size(), 1);
    QCOMPARE(texts.size(), 1);

    m_server->sendTextToAll(QStringLiteral("to all"));
    m_server->sendBinaryToAll("bytes to all");
    MAXMON_VERIFY(received.waitForCount(2));
    QCOMPARE(received.messages().at(1).payload(), QByteArray("bytes to all"));
    m_server->closeAll(1001, QStringLiteral("restarting"));
    MAXMON_VERIFY(waitForCloseCode(client, 1001));
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestScriptedServer::tls()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const TestPki &pki = TestPki::shared();
    ScriptedServer secure;
    MAXMON_VERIFY(secure.listenTls(pki.serverConfiguration()));
    QCOMPARE(secure.url().scheme(), QStringLiteral("wss"));
    ConnectionConfig config = plainConfig(secure.url());
    config.tls.caFile = pki.path(QStringLiteral("ca.pem"));
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("over tls")));
    MAXMON_VERIFY(waitForText(client, QStringLiteral("over tls")));

    // a server that wants a client certificate says why a client without one failed
    ScriptedServer strict;
    QSignalSpy failures(&strict, &ScriptedServer::tlsHandshakeFailed);
    MAXMON_VERIFY(strict.listenTls(pki.serverRequiringClientCertificate()));
    WebSocketClient anonymous(plainConfig(strict.url()));
    ConnectionConfig anonymousConfig = plainConfig(strict.url());
    anonymousConfig.tls.caFile = pki.path(QStringLiteral("ca.pem"));
    QVERIFY(anonymous.setConfig(anonymousConfig));
    QVERIFY(anonymous.open());
    MAXMON_VERIFY(waitForState(anonymous, State::Error));
    QTRY_VERIFY(!failures.isEmpty());

    const Check twice = secure.listenTls(pki.serverConfiguration());
    QVERIFY(!twice);
    QVERIFY2(twice.message().contains(QLatin1String("already listening")),
             qPrintable(twice.message()));
    ScriptedServer keyless;
    const Check noKey = keyless.listenTls(QSslConfiguration::defaultConfiguration());
    QVERIFY(!noKey);
    QVERIFY2(noKey.message().contains(QLatin1String("no certificate")),
             qPrintable(noKey.message()));
}

void TestScriptedServer::invalidRulesAreRefused_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad regex") << 0 << QStringLiteral("invalid regular expression '(unclosed'");
    QTest::newRow("missing capture") << 1 << QStringLiteral("uses \\2, but '(a)' has 1 capture");
    QTest::newRow("status 101") << 2 << QStringLiteral("HTTP status 101 cannot refuse");
    QTest::newRow("status 700") << 3 << QStringLiteral("HTTP status 700 cannot refuse");
    QTest::newRow("close 1005") << 4 << QStringLiteral("close code 1005 may not be sent");
    QTest::newRow("close 999") << 5 << QStringLiteral("close code 999 may not be sent");
    QTest::newRow("reason too long") << 6 << QStringLiteral("does not fit in a close frame");
    QTest::newRow("path without slash") << 7 << QStringLiteral("does not start with '/'");
    QTest::newRow("path with query") << 8 << QStringLiteral("has a query");
    QTest::newRow("header with colon") << 9 << QStringLiteral("the header 'X:Y' cannot be sent");
    QTest::newRow("empty token") << 10 << QStringLiteral("an empty token");
    QTest::newRow("negative delay") << 11 << QStringLiteral("a negative delay (-5 ms)");
    QTest::newRow("empty predicate") << 12 << QStringLiteral("the predicate is empty");
}

void TestScriptedServer::invalidRulesAreRefused()
{
    QFETCH(int, rule);
    QFETCH(QString, expected);
    const QString path = QStringLiteral("/p");
    Check check;
    switch (rule) {
    case 0:
        check = m_server->onText(path, QRegularExpression(QStringLiteral("(unclosed")),
                                 QStringLiteral("x"));
        break;
    case 1:
        check = m_server->onText(path, QRegularExpression(QStringLiteral("(a)")),
                                 QStringLiteral("\\1 \\2"));
        break;
    case 2:
        check = m_server->refuse(path, 101);
        break;
    case 3:
        check = m_server->refuse(path, 700);
        break;
    case 4:
        check = m_server->closeAfter(path, 0, 1005);
        break;
    case 5:
        check = m_server->closeAfter(path, 0, 999);
        break;
    case 6:
        check = m_server->closeAfter(path, 0, 1000, QString(124, QLatin1Char('x')));
        break;
    case 7:
        check = m_server->echo(QStringLiteral("noslash"));
        break;
    case 8:
        check = m_server->sink(QStringLiteral("/p?x=1"));
        break;
    case 9:
        check = m_server->refuse(path, 401, {}, { { "X:Y", "z" } });
        break;
    case 10:
        check = m_server->requireToken(path, QString());
        break;
    case 11:
        check = m_server->sendStream(path, { ScriptedMessage::textAfter(-5, QStringLiteral("x")) });
        break;
    case 12:
        check = m_server->onText(path, ScriptedServer::TextPredicate(), QStringLiteral("x"));
        break;
    }
    QVERIFY(!check);
    QVERIFY2(check.message().contains(expected), qPrintable(check.message()));
    // the path is as it was: an echo
    WebSocketClient client(plainConfig(m_server->url(path)));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(client.sendText(QStringLiteral("still echoed")));
    MAXMON_VERIFY(waitForText(client, QStringLiteral("still echoed")));
}

void TestScriptedServer::invalidConventionIsRefusedWith500()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("close code 1006")));
    const QByteArray answer = rawAnswer(m_server->port(), QStringLiteral("/close/1006"));
    QVERIFY2(answer.startsWith("HTTP/1.1 500 "), answer.constData());
    QVERIFY2(answer.contains("close code 1006 may not be sent"), answer.constData());
}

QTEST_GUILESS_MAIN(TestScriptedServer)
#include "tst_scriptedserver.moc"
