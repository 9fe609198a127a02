// WebSocketClient against real servers on 127.0.0.1: lifecycle, failures,
// handshake contents, and resource use over many cycles.
#include "fileutil.h"

#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QDir>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace maxmon;
using namespace maxmon::testing;
using namespace maxmon::test;
using State = ConnectionState;

namespace { } // namespace

class TestWebSocketClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensAndClosesThroughEveryState();
    void openIsRefusedWhileConnectingOrConnected();
    void closeIsRefusedWhileDisconnected();
    void closeWhileConnectingCancels();
    void errorStateCanBeClearedOrReopened();
    void setConfigIsRefusedWhileConnected();
    void openedRightAfterConstruction();

    void failuresGiveSpecificErrors_data();
    void failuresGiveSpecificErrors();
    void serverCloseCodes_data();
    void serverCloseCodes();
    void abruptServerDisconnectIsConnectionLost();
    void invalidUrlIsRefused_data();
    void invalidUrlIsRefused();
    void invalidConfigIsRefused();
    void invalidCloseCodeIsRefused();

    void headersAndSubprotocolsReachTheServer();
    void bearerTokenGoesInAuthorizationHeader();
    void queryTokenGoesInUrl();
    void tokenNeverAppearsInDiagnosticsOrLogs();

    void echoesTextAndBinary();
    void sendBeforeConnectingIsQueuedInOrder();
    void sendBeyondTheQueueIsRefused();
    void discardedMessagesAreReturnedAndNeverSent();
    void diagnosticsDescribeTheConnection();

    void manyCyclesLeaveNothingBehind();
    void destroyedWhileConnectedSaysGoingAwayQuietly();

private:
    ScriptedServer *m_server = nullptr;
};

void TestWebSocketClient::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void TestWebSocketClient::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestWebSocketClient::opensAndClosesThroughEveryState()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QSignalSpy states(&client, &WebSocketClient::stateChanged);
    QCOMPARE(client.state(), State::Disconnected);

    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QTRY_COMPARE(m_server->clients().size(), 1);
    QWebSocket *peer = m_server->clients().constFirst();
    int peerCloseCode = 0;
    QString peerCloseReason;
    // the server deletes its side on disconnect: read the close frame there
    connect(peer, &QWebSocket::disconnected, this, [&] {
        peerCloseCode = peer->closeCode();
        peerCloseReason = peer->closeReason();
    });

    QVERIFY(client.close(4001, QStringLiteral("done here")));
    MAXMON_VERIFY(waitForState(client, State::Disconnected));
    QCOMPARE(statesOf(states),
             (QList<State> { State::Connecting, State::Connected, State::Disconnecting,
                             State::Disconnected }));
    QTRY_COMPARE(peerCloseCode, 4001);
    QCOMPARE(peerCloseReason, QStringLiteral("done here"));
    QCOMPARE(client.diagnostics().lastCloseCode, 4001);
    QCOMPARE(client.diagnostics().lastClosedBy, QStringLiteral("client"));
    QVERIFY(!client.lastError().isError());
}

void TestWebSocketClient::openIsRefusedWhileConnectingOrConnected()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QVERIFY(client.open());
    const Result<void> whileConnecting = client.open();
    QVERIFY(!whileConnecting);
    QCOMPARE(whileConnecting.error().code(), Error::Code::InvalidState);

    MAXMON_VERIFY(waitForState(client, State::Connected));
    QSignalSpy states(&client, &WebSocketClient::stateChanged);
    const Result<void> whileConnected = client.open();
    QVERIFY(!whileConnected);
    QCOMPARE(whileConnected.error().code(), Error::Code::InvalidState);
    QVERIFY(whileConnected.error().message().contains(QLatin1String("Connected")));
    QCOMPARE(client.state(), State::Connected);
    QTest::qWait(50); // nothing may follow asynchronously either
    QCOMPARE(states.size(), 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestWebSocketClient::closeIsRefusedWhileDisconnected()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QSignalSpy states(&client, &WebSocketClient::stateChanged);
    const Result<void> closed = client.close();
    QVERIFY(!closed);
    QCOMPARE(closed.error().code(), Error::Code::InvalidState);
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(states.size(), 0);
}

void TestWebSocketClient::closeWhileConnectingCancels()
{
    ConnectionConfig config = plainConfig(m_server->url(QStringLiteral("/hang")));
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connecting));
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(client.close());
    QCOMPARE(client.state(), State::Disconnected);
    QVERIFY(!client.lastError().isError());
}

void TestWebSocketClient::errorStateCanBeClearedOrReopened()
{
    ConnectionConfig config = plainConfig(m_server->url(QStringLiteral("/reject/500")));
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));

    // close() from Error clears it
    QVERIFY(client.close());
    QCOMPARE(client.state(), State::Disconnected);

    // open() from Error tries again, here with a working endpoint
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    config.url = m_server->url();
    QVERIFY(client.setConfig(config));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(!client.lastError().isError());
}

void TestWebSocketClient::setConfigIsRefusedWhileConnected()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const Result<void> changed =
        client.setConfig(plainConfig(m_server->url(QStringLiteral("/other"))));
    QVERIFY(!changed);
    QCOMPARE(changed.error().code(), Error::Code::InvalidState);
    QCOMPARE(client.config().url, m_server->url());
}

void TestWebSocketClient::openedRightAfterConstruction()
{
    // The state machine starts on the next event loop pass; an open() before
    // that must still work, and a second one must still be refused.
    auto *client = new WebSocketClient(plainConfig(m_server->url()), this);
    QVERIFY(client->open());
    QVERIFY(!client->open());
    QTRY_COMPARE(client->state(), State::Connected);
    delete client;
}

void TestWebSocketClient::failuresGiveSpecificErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("refusedPort");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("refused port") << QString() << true << Error::Code::ConnectionRefused << 0
                                  << QStringLiteral("refused");
    QTest::newRow("401") << QStringLiteral("/reject/401") << false << Error::Code::Unauthorized
                         << 401 << QStringLiteral("401 Unauthorized");
    QTest::newRow("403") << QStringLiteral("/reject/403") << false << Error::Code::Forbidden << 403
                         << QStringLiteral("403 Forbidden");
    QTest::newRow("404") << QStringLiteral("/reject/404") << false << Error::Code::NotFound << 404
                         << QStringLiteral("404 Not Found");
    QTest::newRow("500") << QStringLiteral("/reject/500") << false << Error::Code::ServerError
                         << 500 << QStringLiteral("HTTP 500");
    QTest::newRow("handshake never answered")
        << QStringLiteral("/hang") << false << Error::Code::HandshakeTimeout << 0
        << QStringLiteral("did not answer the WebSocket handshake");
}

void TestWebSocketClient::failuresGiveSpecificErrors()
{
    QFETCH(QString, path);
    QFETCH(bool, refusedPort);
    QFETCH(Error::Code, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, messagePart);

    const QUrl url = refusedPort ? QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort()))
                                 : m_server->url(path);
    ConnectionConfig config = plainConfig(url);
    config.connectTimeoutMs = 300;
    WebSocketClient client(config);
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QSignalSpy states(&client, &WebSocketClient::stateChanged);

    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(errors.size(), 1);
    const Error error = errors.at(0).at(0).value<Error>();
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), httpStatus);
    QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    QCOMPARE(client.lastError(), error);
    QCOMPARE(client.diagnostics().lastError, error);
    QCOMPARE(statesOf(states), (QList<State> { State::Connecting, State::Error }));
    // no socket is left behind in Error
    QTRY_VERIFY(client.findChildren<QWebSocket *>().isEmpty());
}

void TestWebSocketClient::serverCloseCodes_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<State>("endState");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("1000 normal") << 1000 << State::Disconnected << Error::Code::None;
    QTest::newRow("1001 going away") << 1001 << State::Error << Error::Code::RemoteClosed;
    QTest::newRow("1011 internal error") << 1011 << State::Error << Error::Code::RemoteClosed;
    QTest::newRow("4000 application") << 4000 << State::Error << Error::Code::RemoteClosed;
    QTest::newRow("1009 too big") << 1009 << State::Error << Error::Code::MessageTooLarge;
}

void TestWebSocketClient::serverCloseCodes()
{
    QFETCH(int, closeCode);
    QFETCH(State, endState);
    QFETCH(Error::Code, code);

    WebSocketClient client(
        plainConfig(m_server->url(QStringLiteral("/close/%1?reason=maintenance").arg(closeCode))));
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), endState);

    const Diagnostics diagnostics = client.diagnostics();
    QCOMPARE(diagnostics.lastCloseCode, closeCode);
    QCOMPARE(diagnostics.lastCloseReason, QStringLiteral("maintenance"));
    QCOMPARE(diagnostics.lastClosedBy, QStringLiteral("server"));
    QCOMPARE(client.lastError().code(), code);
    QCOMPARE(errors.size(), code == Error::Code::None ? 0 : 1);
    if (code != Error::Code::None) {
        QCOMPARE(client.lastError().closeCode(), closeCode);
        QVERIFY(client.lastError().detail().contains(QLatin1String("maintenance")));
    }
    // the close frame itself is in the message stream, for the log
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<Message>().kind(), Message::Kind::Close);
}

void TestWebSocketClient::abruptServerDisconnectIsConnectionLost()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QTRY_COMPARE(m_server->clients().size(), 1);
    m_server->clients().constFirst()->abort(); // TCP FIN without a close frame
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::ConnectionLost);
    QCOMPARE(client.lastError().closeCode(), 1006);
    QCOMPARE(client.diagnostics().lastCloseCode, 1006);
}

void TestWebSocketClient::invalidUrlIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("http scheme") << QStringLiteral("http://127.0.0.1/")
                                 << QStringLiteral("ws or wss");
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:80") << QStringLiteral("ws");
    QTest::newRow("no host") << QStringLiteral("ws:///path") << QStringLiteral("host");
    QTest::newRow("port too big") << QStringLiteral("ws://127.0.0.1:70000/")
                                  << QStringLiteral("port");
    QTest::newRow("port zero") << QStringLiteral("ws://127.0.0.1:0/") << QStringLiteral("port");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
}

void TestWebSocketClient::invalidUrlIsRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);

    ConnectionConfig config = plainConfig(QUrl(url, QUrl::StrictMode));
    WebSocketClient client(config);
    QSignalSpy states(&client, &WebSocketClient::stateChanged);
    const Result<void> opened = client.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::InvalidUrl);
    QCOMPARE(opened.error().message(), QStringLiteral("The URL is not valid."));
    // what is wrong with it, as the profile editor says it beside the field
    QVERIFY2(opened.error().detail().startsWith(QLatin1String("url: ")),
             qPrintable(opened.error().detail()));
    QVERIFY2(opened.error().detail().contains(messagePart), qPrintable(opened.error().detail()));
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(states.size(), 0);
}

void TestWebSocketClient::invalidConfigIsRefused()
{
    ConnectionConfig config = plainConfig(m_server->url());
    config.messageQueueSize = 0;
    config.heartbeat.intervalMs = -5;
    WebSocketClient client(config);
    const Result<void> opened = client.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::InvalidConfig);
    QVERIFY(opened.error().detail().contains(QLatin1String("message_queue_size")));
    QVERIFY(opened.error().detail().contains(QLatin1String("heartbeat.interval_ms")));
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestWebSocketClient::invalidCloseCodeIsRefused()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    for (int code : { 0, 999, 1005, 1006, 1015, 5000 }) {
        const Result<void> closed = client.close(code);
        QVERIFY2(!closed, qPrintable(QString::number(code)));
        QCOMPARE(client.state(), State::Connected);
    }
}

void TestWebSocketClient::headersAndSubprotocolsReachTheServer()
{
    m_server->setSupportedSubprotocols({ QStringLiteral("maxmon.v2") });
    ConnectionConfig config = plainConfig(m_server->url());
    config.headers = { { QStringLiteral("X-Client"), QStringLiteral("maxmon-test") },
                       { QStringLiteral("X-Trace"), QStringLiteral("a b c") } };
    config.subprotocols = { QStringLiteral("maxmon.v1"), QStringLiteral("maxmon.v2") };
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));

    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.header("X-Client"), QByteArray("maxmon-test"));
    QCOMPARE(request.header("x-trace"), QByteArray("a b c"));
    QCOMPARE(request.subprotocols(), config.subprotocols);
    QCOMPARE(client.diagnostics().subprotocol, QStringLiteral("maxmon.v2"));
}

void TestWebSocketClient::bearerTokenGoesInAuthorizationHeader()
{
    ConnectionConfig config = plainConfig(m_server->url());
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("s3cr3t-b3ar3r");
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.bearerToken(), QStringLiteral("s3cr3t-b3ar3r"));
    QVERIFY(!request.query.hasQueryItem(QStringLiteral("token")));
}

void TestWebSocketClient::queryTokenGoesInUrl()
{
    ConnectionConfig config = plainConfig(m_server->url(QStringLiteral("/echo?room=1")));
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.queryParameter = QStringLiteral("access");
    config.auth.token = QStringLiteral("q/t0ken+=&x");
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.query.queryItemValue(QStringLiteral("access"), QUrl::FullyDecoded),
             QStringLiteral("q/t0ken+=&x"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("room")), QStringLiteral("1"));
    QVERIFY(request.header("Authorization").isEmpty());
}

namespace {
QStringList capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}
} // namespace

void TestWebSocketClient::tokenNeverAppearsInDiagnosticsOrLogs()
{
    const QString token = QStringLiteral("TOPSECRET-4242");
    QLoggingCategory::setFilterRules(QStringLiteral("maxmon.*=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

    for (AuthConfig::Mode mode :
         { AuthConfig::Mode::QueryParameter, AuthConfig::Mode::BearerHeader }) {
        for (const QString &path : { QStringLiteral("/echo"), QStringLiteral("/reject/401") }) {
            ConnectionConfig config = plainConfig(m_server->url(path));
            config.auth.mode = mode;
            config.auth.token = token;
            WebSocketClient client(config);
            QVERIFY(client.open());
            QTRY_VERIFY(client.state() == State::Connected || client.state() == State::Error);
            const Diagnostics diagnostics = client.diagnostics();
            const QString everything = diagnostics.toText()
                + QString::fromUtf8(QJsonDocument(diagnostics.toJson()).toJson())
                + client.lastError().toString()
                + QString::fromUtf8(QJsonDocument(client.lastError().toJson()).toJson())
                + client.config().displayUrl()
                + QString::fromUtf8(QJsonDocument(client.config().toJson()).toJson());
            QVERIFY2(!everything.contains(token), qPrintable(everything));
            if (mode == AuthConfig::Mode::QueryParameter)
                QVERIFY2(diagnostics.url.contains(QLatin1String("token=***")),
                         qPrintable(diagnostics.url));
        }
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!capturedLog.isEmpty()); // the categories did log something
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(token), qPrintable(line));
}

void TestWebSocketClient::echoesTextAndBinary()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QSignalSpy sent(&client, &WebSocketClient::messageSent);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));

    const Result<QString> textId = client.sendText(QStringLiteral("héllo"));
    QVERIFY(textId);
    QVERIFY(!textId->isEmpty());
    const QByteArray binary("\x00\x01\xfe\xff", 4);
    QVERIFY(client.sendBinary(binary));
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).at(0).value<Message>().id(), *textId);

    const Message text = received.at(0).at(0).value<Message>();
    QCOMPARE(text.kind(), Message::Kind::Text);
    QCOMPARE(text.direction(), Message::Direction::Incoming);
    QCOMPARE(text.payload(), QStringLiteral("héllo").toUtf8());
    const Message bin = received.at(1).at(0).value<Message>();
    QCOMPARE(bin.kind(), Message::Kind::Binary);
    QCOMPARE(bin.payload(), binary);

    const Diagnostics diagnostics = client.diagnostics();
    QCOMPARE(diagnostics.messagesOut, 2);
    QCOMPARE(diagnostics.messagesIn, 2);
    QCOMPARE(diagnostics.bytesOut, qint64(QStringLiteral("héllo").toUtf8().size() + 4));
    QCOMPARE(diagnostics.bytesIn, diagnostics.bytesOut);
}

void TestWebSocketClient::sendBeforeConnectingIsQueuedInOrder()
{
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/sink"))));
    QSignalSpy sent(&client, &WebSocketClient::messageSent);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const Result<QString> id = client.sendText(QStringLiteral("early %1").arg(i));
        QVERIFY(id);
        ids.append(*id);
    }
    QCOMPARE(client.diagnostics().delivery.pending, 5);
    QCOMPARE(sent.size(), 0); // nothing written before there is a connection
    QVERIFY(client.open());
    QTRY_COMPARE(m_server->receivedTexts().size(), 5);
    QCOMPARE(m_server->receivedTexts(),
             (QStringList { QStringLiteral("early 0"), QStringLiteral("early 1"),
                            QStringLiteral("early 2"), QStringLiteral("early 3"),
                            QStringLiteral("early 4") }));
    QCOMPARE(sent.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sent.at(i).at(0).value<Message>().id(), ids.at(i));
    QCOMPARE(client.diagnostics().delivery.pending, 0);
    QCOMPARE(client.diagnostics().delivery.written, 5);
}

void TestWebSocketClient::discardedMessagesAreReturnedAndNeverSent()
{
    WebSocketClient client(plainConfig(m_server->url(QStringLiteral("/sink"))));
    QVERIFY(client.sendText(QStringLiteral("stale 1")));
    QVERIFY(client.sendText(QStringLiteral("stale 2")));
    QSignalSpy diagnostics(&client, &WebSocketClient::diagnosticsChanged);
    const QList<Message> discarded = client.discardPending();
    QCOMPARE(discarded.size(), 2);
    QCOMPARE(discarded.at(0).text(), QStringLiteral("stale 1"));
    QCOMPARE(discarded.at(1).text(), QStringLiteral("stale 2"));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(client.diagnostics().delivery.pending, 0);
    QCOMPARE(client.diagnostics().delivery.discarded, 2);
    QVERIFY(client.discardPending().isEmpty());

    QVERIFY(client.sendText(QStringLiteral("fresh")));
    QVERIFY(client.open());
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { QStringLiteral("fresh") });
}

void TestWebSocketClient::sendBeyondTheQueueIsRefused()
{
    ConnectionConfig config = plainConfig(m_server->url());
    config.messageQueueSize = 3;
    WebSocketClient client(config);
    for (int i = 0; i < 3; ++i)
        QVERIFY(client.sendText(QStringLiteral("queued")));
    const Result<QString> refused = client.sendText(QStringLiteral("one too many"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::QueueFull);
    QCOMPARE(client.diagnostics().delivery.rejected, 1);
    QCOMPARE(client.diagnostics().delivery.pending, 3);
}

void TestWebSocketClient::diagnosticsDescribeTheConnection()
{
    WebSocketClient client(plainConfig(m_server->url()));
    QSignalSpy changed(&client, &WebSocketClient::diagnosticsChanged);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(changed.size() >= 2);
    const Diagnostics diagnostics = client.diagnostics();
    QCOMPARE(diagnostics.state, State::Connected);
    QCOMPARE(diagnostics.attempt, 1);
    QVERIFY(diagnostics.handshakeMs > 0);
    QVERIFY(diagnostics.localAddress.startsWith(QLatin1String("127.0.0.1:")));
    QCOMPARE(diagnostics.peerAddress, QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    QCOMPARE(diagnostics.url, m_server->url().toString());
    QVERIFY(diagnostics.msInState() >= 0);
    QVERIFY(diagnostics.toText().contains(QLatin1String("Connected")));
    QCOMPARE(diagnostics.toJson().value(QLatin1String("state")).toString(),
             QStringLiteral("Connected"));
}

void TestWebSocketClient::manyCyclesLeaveNothingBehind()
{
    WebSocketClient client(plainConfig(m_server->url()));
    const int timersBefore = static_cast<int>(client.findChildren<QTimer *>().size());
    auto cycle = [&] {
        QVERIFY(client.open());
        MAXMON_VERIFY(waitForState(client, State::Connected));
        QVERIFY(client.close());
        MAXMON_VERIFY(waitForState(client, State::Disconnected));
    };
    // warm up: Qt loads its plugins and caches on the first connection
    for (int i = 0; i < 5; ++i)
        cycle();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    const int fdsBefore = openFileDescriptors();

    for (int i = 0; i < 200; ++i)
        cycle();

    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QTRY_VERIFY(client.findChildren<QWebSocket *>().isEmpty());
    QCOMPARE(static_cast<int>(client.findChildren<QTimer *>().size()), timersBefore);
    QTRY_VERIFY2(
        openFileDescriptors() <= fdsBefore,
        qPrintable(
            QStringLiteral("%1 fds before, %2 after").arg(fdsBefore).arg(openFileDescriptors())));
    QCOMPARE(client.diagnostics().messagesIn, 0);
}

void TestWebSocketClient::destroyedWhileConnectedSaysGoingAwayQuietly()
{
    auto *client = new WebSocketClient(plainConfig(m_server->url()));
    QVERIFY(client->open());
    QTRY_COMPARE(client->state(), State::Connected);
    QSignalSpy states(client, &WebSocketClient::stateChanged);
    QSignalSpy errors(client, &WebSocketClient::errorOccurred);
    delete client;
    // nothing is reported from inside the destructor ...
    QCOMPARE(states.size(), 0);
    QCOMPARE(errors.size(), 0);
    // ... and the server is told why the client left
    QTRY_COMPARE(m_server->closeCodes(), QList<int> { 1001 });
}

QTEST_GUILESS_MAIN(TestWebSocketClient)
#include "tst_websocketclient.moc"
