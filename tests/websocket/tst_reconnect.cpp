// Reconnect, token renewal and graceful shutdown of WebSocketClient against
// real servers on 127.0.0.1.
#include "fileutil.h"

#include <maxmon/authprovider.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace maxmon;
using namespace maxmon::testing;
using namespace maxmon::test;
using State = ConnectionState;

namespace {

ConnectionConfig reconnecting(const QUrl &url)
{
    ConnectionConfig config;
    config.url = url;
    config.heartbeat.enabled = false;
    config.connectTimeoutMs = 2000;
    config.reconnect.enabled = true;
    config.reconnect.initialDelayMs = 10;
    config.reconnect.maxDelayMs = 40;
    config.reconnect.jitter = 0;
    return config;
}

} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reconnectsAfterServerRestart();
    void abnormalCloseReconnects();
    void finalFailuresDoNotReconnect_data();
    void finalFailuresDoNotReconnect();
    void givesUpAfterMaxAttempts();
    void retryNowAndCancel();
    void reconnectingDiagnostics();
    void queuedMessagesSurviveTheReconnect();

    void tokenRenewedOnceAfter401();
    void secondRefusalIsFinal();
    void staticTokenIsNotRenewed();
    void customAuthProvider();

    void shutdownClosesWithGoingAway();
    void destroyingAConnectedClientSaysGoingAway();
    void destroyingInAnyStateIsSafe_data();
    void destroyingInAnyStateIsSafe();
    void thousandReconnectCyclesLeaveNothingBehind();

private:
    ScriptedServer *m_server = nullptr;
};

void TestReconnect::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void TestReconnect::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestReconnect::reconnectsAfterServerRestart()
{
    WebSocketClient client(reconnecting(m_server->url()));
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));

    const quint16 port = m_server->port();
    m_server->stop(); // crash: connections dropped, port closed
    MAXMON_VERIFY(waitForState(client, State::Reconnecting));
    QTRY_VERIFY(client.diagnostics().reconnect.attempt >= 2); // refused while down
    QVERIFY(m_server->listen(port));
    MAXMON_VERIFY(waitForState(client, State::Connected));

    const Diagnostics diagnostics = client.diagnostics();
    QVERIFY(!diagnostics.lastError.isError());
    QVERIFY(errors.size() >= 2);
    QCOMPARE(errors.first().at(0).value<Error>().code(), Error::Code::ConnectionLost);
    QCOMPARE(errors.last().at(0).value<Error>().code(), Error::Code::ConnectionRefused);
    QTRY_COMPARE(m_server->connectionCount(), 1);
}

void TestReconnect::abnormalCloseReconnects()
{
    WebSocketClient client(reconnecting(m_server->url(QStringLiteral("/close/1011?after=50"))));
    QSignalSpy states(&client, &WebSocketClient::stateChanged);
    QVERIFY(client.open());
    QTRY_VERIFY(m_server->requests().size() >= 3);
    const QList<State> seen = statesOf(states);
    QCOMPARE(seen.mid(0, 4),
             (QList<State> { State::Connecting, State::Connected, State::Reconnecting,
                             State::Connecting }));
    QVERIFY(client.close());
    QCOMPARE(client.state(), State::Disconnected);
}

void TestReconnect::finalFailuresDoNotReconnect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("401") << QStringLiteral("/reject/401") << Error::Code::Unauthorized;
    QTest::newRow("403") << QStringLiteral("/reject/403") << Error::Code::Forbidden;
    QTest::newRow("404") << QStringLiteral("/reject/404") << Error::Code::NotFound;
    QTest::newRow("400") << QStringLiteral("/reject/400") << Error::Code::HandshakeFailed;
    QTest::newRow("server closes with 1000") << QStringLiteral("/close/1000") << Error::Code::None;
}

void TestReconnect::finalFailuresDoNotReconnect()
{
    QFETCH(QString, path);
    QFETCH(Error::Code, code);
    WebSocketClient client(reconnecting(m_server->url(path)));
    QVERIFY(client.open());
    const State end = code == Error::Code::None ? State::Disconnected : State::Error;
    QTRY_COMPARE(client.state(), end);
    QCOMPARE(client.lastError().code(), code);
    // give a wrongly scheduled retry (10 ms) ample time to show itself
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(client.state(), end);
}

void TestReconnect::givesUpAfterMaxAttempts()
{
    ConnectionConfig config =
        reconnecting(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort())));
    config.reconnect.maxAttempts = 3;
    WebSocketClient client(config);
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QSignalSpy states(&client, &WebSocketClient::stateChanged);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(errors.size(), 4); // the first try and three retries
    QCOMPARE(statesOf(states).count(State::Reconnecting), 3);
    QCOMPARE(client.lastError().code(), Error::Code::ConnectionRefused);
    QVERIFY2(client.lastError().detail().contains(QLatin1String("Gave up after 3")),
             qPrintable(client.lastError().detail()));
    QCOMPARE(client.diagnostics().attempt, 4);

    // open() starts a fresh series
    QVERIFY(client.open());
    QCOMPARE(client.state(), State::Connecting);
    MAXMON_VERIFY(waitForState(client, State::Reconnecting));
    QCOMPARE(client.diagnostics().reconnect.attempt, 1);
    QVERIFY(client.close());
}

void TestReconnect::retryNowAndCancel()
{
    ConnectionConfig config = reconnecting(m_server->url(QStringLiteral("/reject/503")));
    config.reconnect.initialDelayMs = 60000; // only retryNow() can make it come back soon
    config.reconnect.maxDelayMs = 60000;
    WebSocketClient client(config);
    QVERIFY(!client.retryNow()); // not reconnecting
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Reconnecting));
    QCOMPARE(m_server->requests().size(), 1);

    QVERIFY(client.retryNow());
    QTRY_COMPARE(m_server->requests().size(), 2);
    MAXMON_VERIFY(waitForState(client, State::Reconnecting));

    QVERIFY(client.close()); // cancels the scheduled attempt
    QCOMPARE(client.state(), State::Disconnected);
    QVERIFY(!client.lastError().isError() || client.lastError().code() == Error::Code::ServerError);
    QCOMPARE(client.diagnostics().reconnect.msUntilNextAttempt(), -1);
}

void TestReconnect::reconnectingDiagnostics()
{
    ConnectionConfig config = reconnecting(m_server->url(QStringLiteral("/reject/502")));
    config.reconnect.initialDelayMs = 5000;
    config.reconnect.maxDelayMs = 5000;
    config.reconnect.maxAttempts = 7;
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Reconnecting));
    const Diagnostics diagnostics = client.diagnostics();
    QCOMPARE(diagnostics.reconnect.attempt, 1);
    QCOMPARE(diagnostics.reconnect.maxAttempts, 7);
    QCOMPARE(diagnostics.reconnect.lastDelayMs, 5000);
    const qint64 next = diagnostics.reconnect.msUntilNextAttempt();
    QVERIFY2(next > 3000 && next <= 5000, qPrintable(QString::number(next)));
    QVERIFY(diagnostics.toText().contains(QLatin1String("Reconnect: attempt 1 of 7")));
    QCOMPARE(diagnostics.toJson()
                 .value(QLatin1String("reconnect"))
                 .toObject()
                 .value(QLatin1String("attempt"))
                 .toInt(),
             1);
    QCOMPARE(diagnostics.lastError.code(), Error::Code::ServerError);
}

void TestReconnect::queuedMessagesSurviveTheReconnect()
{
    WebSocketClient client(reconnecting(m_server->url(QStringLiteral("/sink"))));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const quint16 port = m_server->port();
    m_server->stop();
    MAXMON_VERIFY(waitForState(client, State::Reconnecting));
    for (int i = 0; i < 20; ++i)
        QVERIFY(client.sendText(QString::number(i)));
    QCOMPARE(client.diagnostics().delivery.pending, 20);
    QVERIFY(m_server->listen(port));
    QTRY_COMPARE(m_server->receivedTexts().size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(m_server->receivedTexts().at(i), QString::number(i));
}

void TestReconnect::tokenRenewedOnceAfter401()
{
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QVERIFY(writePrivateFile(tokenFile, "expired-token-1"));
    MAXMON_VERIFY(m_server->requireToken(QStringLiteral("/auth"), QStringLiteral("fresh-token-2")));
    // a login helper rewrites the file once the old token is refused
    connect(m_server, &ScriptedServer::requestRejected, this,
            [&] { writePrivateFile(tokenFile, "fresh-token-2\n"); });

    ConnectionConfig config = reconnecting(m_server->url(QStringLiteral("/auth")));
    config.reconnect.enabled = false; // renewal does not depend on reconnecting
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.tokenSource = { SecretRef::Source::File, tokenFile };
    WebSocketClient client(config);
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).bearerToken(), QStringLiteral("expired-token-1"));
    QCOMPARE(m_server->requests().at(1).bearerToken(), QStringLiteral("fresh-token-2"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>().code(), Error::Code::Unauthorized);
    QVERIFY(!client.lastError().isError());
}

void TestReconnect::secondRefusalIsFinal()
{
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QVERIFY(writePrivateFile(tokenFile, "still-wrong-token"));
    MAXMON_VERIFY(
        m_server->requireToken(QStringLiteral("/auth"), QStringLiteral("the-right-token")));
    ConnectionConfig config = reconnecting(m_server->url(QStringLiteral("/auth")));
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.tokenSource = { SecretRef::Source::File, tokenFile };
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(m_server->requests().size(), 2);
    const Error error = client.lastError();
    QCOMPARE(error.code(), Error::Code::AuthFailed);
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY2(error.message().contains(tokenFile), qPrintable(error.message()));
    QVERIFY(!error.toString().contains(QLatin1String("still-wrong-token")));
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestReconnect::staticTokenIsNotRenewed()
{
    MAXMON_VERIFY(m_server->requireToken(QStringLiteral("/auth"), QStringLiteral("right")));
    ConnectionConfig config = reconnecting(m_server->url(QStringLiteral("/auth")));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("wrong-static-token");
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::Unauthorized);
    QCOMPARE(m_server->requests().size(), 1);
}

namespace {
// Gives out tokens from a list, one per fetch, and records the reasons.
class ListTokenProvider : public AuthProvider
{
public:
    explicit ListTokenProvider(QStringList tokens)
        : m_tokens(std::move(tokens))
    { }
    void fetchToken(Reason reason, QObject *context, Callback done) override
    {
        reasons.append(reason);
        const QString token = m_tokens.isEmpty() ? QString() : m_tokens.takeFirst();
        QMetaObject::invokeMethod(
            context, [token, done = std::move(done)] { done(token); }, Qt::QueuedConnection);
    }
    bool canRenew() const override { return true; }
    QString describe() const override { return QStringLiteral("a test list"); }
    QList<Reason> reasons;

private:
    QStringList m_tokens;
};
} // namespace

void TestReconnect::customAuthProvider()
{
    MAXMON_VERIFY(m_server->requireToken(QStringLiteral("/auth"), QStringLiteral("second")));
    auto provider = std::make_shared<ListTokenProvider>(
        QStringList { QStringLiteral("first"), QStringLiteral("second") });
    ConnectionConfig config = reconnecting(m_server->url(QStringLiteral("/auth")));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    WebSocketClient client(config);
    client.setAuthProvider(provider);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QCOMPARE(provider->reasons,
             (QList<AuthProvider::Reason> { AuthProvider::Reason::Connect,
                                            AuthProvider::Reason::Renew }));
}

void TestReconnect::shutdownClosesWithGoingAway()
{
    WebSocketClient client(reconnecting(m_server->url()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QTRY_COMPARE(m_server->clients().size(), 1);
    int peerCode = 0;
    QWebSocket *peer = m_server->clients().constFirst();
    connect(peer, &QWebSocket::disconnected, this, [&] { peerCode = peer->closeCode(); });
    client.shutdown(2000);
    QCOMPARE(client.state(), State::Disconnected); // shutdown() waited for it
    QTRY_COMPARE(peerCode, 1001);
    // in any other state it is harmless
    client.shutdown(100);
    QCOMPARE(client.state(), State::Disconnected);
}

void TestReconnect::destroyingAConnectedClientSaysGoingAway()
{
    auto *client = new WebSocketClient(reconnecting(m_server->url()), this);
    QVERIFY(client->open());
    QTRY_COMPARE(client->state(), State::Connected);
    QTRY_COMPARE(m_server->clients().size(), 1);
    int peerCode = 0;
    QWebSocket *peer = m_server->clients().constFirst();
    connect(peer, &QWebSocket::disconnected, this, [&] { peerCode = peer->closeCode(); });
    delete client;
    QTRY_COMPARE(peerCode, 1001);
}

void TestReconnect::destroyingInAnyStateIsSafe_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<State>("state");
    QTest::newRow("Disconnected") << QString() << State::Disconnected;
    QTest::newRow("Connecting") << QStringLiteral("/hang") << State::Connecting;
    QTest::newRow("Connected") << QStringLiteral("/echo") << State::Connected;
    QTest::newRow("Disconnecting") << QStringLiteral("/sink") << State::Disconnecting;
    QTest::newRow("Reconnecting") << QStringLiteral("/reject/503") << State::Reconnecting;
    QTest::newRow("Error") << QStringLiteral("/reject/404") << State::Error;
}

void TestReconnect::destroyingInAnyStateIsSafe()
{
    QFETCH(QString, path);
    QFETCH(State, state);
    ConnectionConfig config =
        reconnecting(m_server->url(path.isEmpty() ? QStringLiteral("/") : path));
    config.reconnect.initialDelayMs = 60000;
    config.reconnect.maxDelayMs = 60000;
    auto *client = new WebSocketClient(config, this);
    if (state != State::Disconnected) {
        QVERIFY(client->open());
        const State waitFor = state == State::Disconnecting ? State::Connected : state;
        QTRY_COMPARE(client->state(), waitFor);
        if (state == State::Disconnecting) {
            QVERIFY(client->sendText(QStringLiteral("unconfirmed"))); // close waits for its pong
            QVERIFY(client->close());
            QCOMPARE(client->state(), State::Disconnecting);
        }
    }
    QPointer<WebSocketClient> guard(client);
    delete client;
    QVERIFY(guard.isNull());
    // nothing left that could call back into the deleted client
    QTest::qWait(50);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestReconnect::thousandReconnectCyclesLeaveNothingBehind()
{
    ConnectionConfig config = reconnecting(m_server->url(QStringLiteral("/close/1012?after=0")));
    config.reconnect.initialDelayMs = 1;
    config.reconnect.maxDelayMs = 1;
    WebSocketClient client(config);
    QVERIFY(client.open());
    // warm up: plugins, caches, the first allocations
    QTRY_VERIFY(m_server->requests().size() >= 20);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int fdsBefore = openFileDescriptors();

    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests().size() >= 1020, 120000);
    QVERIFY(client.close());
    QCOMPARE(client.state(), State::Disconnected);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QTRY_VERIFY(client.findChildren<QWebSocket *>().isEmpty());
    QTRY_VERIFY2(
        openFileDescriptors() <= fdsBefore,
        qPrintable(
            QStringLiteral("%1 fds before, %2 after").arg(fdsBefore).arg(openFileDescriptors())));
}

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
