// MaxClient against maxmon's testing kit: a scripted Phoenix server that
// wants a token, a fault proxy for a restart and a blackhole, a throw-away
// PKI for wss://, and the kit's waits, which say what they saw when they fail.
#include "maxclient.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/phoenixserver.h>
#include <maxmon/testing/phoenixwaits.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using maxmon::testing::FaultProxy;
using maxmon::testing::PhoenixServer;
using maxmon::testing::TestPki;
namespace kit = maxmon::testing;

class TestMaxClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectsWithItsTokenAndJoins();
    void wrongTokenIsRefused();
    void survivesAServerRestart();
    void survivesATwoSecondBlackhole();
    void reportsLatency();
    void connectsOverTls();

private:
    PhoenixServer *m_server = nullptr;
    FaultProxy *m_proxy = nullptr;
};

void TestMaxClient::init()
{
    m_server = new PhoenixServer(this);
    m_server->setToken(QStringLiteral("max-token"));
    m_server->setSocketTokenRequired(true);
    MAXMON_VERIFY(m_server->onJoin(
        QStringLiteral("lobby:*"),
        PhoenixServer::Answer::ok(QJsonObject { { QStringLiteral("welcome"), true } })));
    MAXMON_VERIFY(m_server->onEvent(
        QStringLiteral("lobby:*"), QStringLiteral("ping"),
        PhoenixServer::Answer::ok(QJsonObject { { QStringLiteral("pong"), true } })));
    MAXMON_VERIFY(m_server->listen());
    // the client reaches the server through a proxy that can break the network
    m_proxy = new FaultProxy(this);
    MAXMON_VERIFY(m_proxy->listen(m_server->port()));
}

void TestMaxClient::cleanup()
{
    delete m_proxy;
    m_proxy = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestMaxClient::connectsWithItsTokenAndJoins()
{
    MaxClient client(m_proxy->url(QStringLiteral("/socket")), QStringLiteral("max-token"));
    QSignalSpy ready(&client, &MaxClient::ready);
    QVERIFY(client.start(QStringLiteral("lobby:main")));
    MAXMON_VERIFY(kit::waitForJoin(*client.channel()));
    QCOMPARE(ready.size(), 1);
    QVERIFY(client.isReady());
    QVERIFY(m_server->requests().constLast().subprotocols().size() == 2); // phoenix + the token

    maxmon::phoenix::Push *ping = client.send(QStringLiteral("ping"), {});
    MAXMON_VERIFY(kit::waitForReply(ping));
    QCOMPARE(m_server->count(QStringLiteral("ping"), QStringLiteral("lobby:main")), 1);
}

void TestMaxClient::wrongTokenIsRefused()
{
    MaxClient client(m_proxy->url(QStringLiteral("/socket")), QStringLiteral("stolen"));
    QSignalSpy refused(m_server, &PhoenixServer::requestRejected);
    QVERIFY(client.start(QStringLiteral("lobby:main")));
    MAXMON_VERIFY(kit::waitForState(client.socket(), maxmon::ConnectionState::Error));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.constFirst().at(1).toInt(), 403);
    QVERIFY(!client.isReady());
    QVERIFY2(!client.lastError().isEmpty(), "the client says why");
}

void TestMaxClient::survivesAServerRestart()
{
    MaxClient client(m_proxy->url(QStringLiteral("/socket")), QStringLiteral("max-token"));
    QSignalSpy lost(&client, &MaxClient::lost);
    QSignalSpy ready(&client, &MaxClient::ready);
    QVERIFY(client.start(QStringLiteral("lobby:main")));
    MAXMON_VERIFY(kit::waitForJoin(*client.channel()));

    m_server->stop(); // every connection dropped, as a crashed server
    MAXMON_VERIFY(kit::waitFor([&] { return lost.size() == 1; },
                               QStringLiteral("the client to "
                                              "notice")));
    QVERIFY(!client.isReady());
    MAXMON_VERIFY(m_server->restart());
    MAXMON_VERIFY(kit::waitForJoin(*client.channel()));
    QCOMPARE(ready.size(), 2);
    QCOMPARE(m_server->count(QStringLiteral("phx_join"), QStringLiteral("lobby:main")), 2);
    MAXMON_VERIFY(kit::waitForReply(client.send(QStringLiteral("ping"), {})));
}

void TestMaxClient::survivesATwoSecondBlackhole()
{
    MaxClient client(m_proxy->url(QStringLiteral("/socket")), QStringLiteral("max-token"));
    QVERIFY(client.start(QStringLiteral("lobby:main")));
    MAXMON_VERIFY(kit::waitForJoin(*client.channel()));

    // the network goes silent for two seconds: no error, no close, nothing
    m_proxy->setBlackhole(true);
    QTimer::singleShot(2000, m_proxy, [this] { m_proxy->setBlackhole(false); });
    QSignalSpy lost(&client, &MaxClient::lost);
    // the heartbeat notices the dead link...
    MAXMON_VERIFY(kit::waitFor([&] { return !lost.isEmpty(); },
                               QStringLiteral("the client to notice the silence")));
    // ...and once the network is back the client is back in its channel
    MAXMON_VERIFY(kit::waitFor([this] { return !m_proxy->isBlackholed(); },
                               QStringLiteral("the blackhole to end")));
    MAXMON_VERIFY(kit::waitForJoin(*client.channel()));
    MAXMON_VERIFY(kit::waitForReply(client.send(QStringLiteral("ping"), {})));
}

void TestMaxClient::reportsLatency()
{
    MAXMON_VERIFY(m_proxy->setLatency(40)); // each way
    MaxClient client(m_proxy->url(QStringLiteral("/socket")), QStringLiteral("max-token"));
    client.setHeartbeatIntervalMs(200);
    QSignalSpy measured(&client, &MaxClient::latencyMeasured);
    QVERIFY(client.start(QStringLiteral("lobby:main")));
    MAXMON_VERIFY(kit::waitForLatencySamples(*client.socket().client(), 3));
    // a lower bound only: the proxy adds 80 ms per round trip, a busy machine more
    QVERIFY2(client.latencyMs() >= 80, qPrintable(QString::number(client.latencyMs())));
    QVERIFY(measured.size() >= 3);
}

void TestMaxClient::connectsOverTls()
{
    const TestPki &pki = TestPki::shared();
    PhoenixServer secure;
    MAXMON_VERIFY(secure.listenTls(pki.serverConfiguration()));
    MaxClient client(secure.url(), QStringLiteral("demo-token"));
    client.setCaFile(pki.path(QStringLiteral("ca.pem")));
    QVERIFY(client.start(QStringLiteral("lobby:tls")));
    MAXMON_VERIFY(kit::waitForJoin(*client.channel()));
    QCOMPARE(client.socket().client()->diagnostics().tls.protocol.isEmpty(), false);
}

QTEST_GUILESS_MAIN(TestMaxClient)
#include "tst_maxclient.moc"
