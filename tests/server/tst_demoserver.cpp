// The embedded demo server in-process, with WebSocketClient and raw TCP
// peers: /echo, /events (order, rate, limits), /auth, the faults (close,
// delay, freeze), the limits, 200 parallel clients, TLS, shutdown, an
// endpoint added from outside, and Phoenix Channels on /socket/websocket.
#include "server/democonnection.h"
#include "server/demoendpoint.h"
#include "server/demoserver.h"
#include "server/eventsendpoint.h"
#include "server/streamevent.h"

#include <maxmon/messageserializer.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

ConnectionConfig configFor(const QUrl &url)
{
    return maxmon::testing::plainConfig(url, 5000);
}

QUrl withQuery(QUrl url, const QString &query)
{
    url.setQuery(query);
    return url;
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

// An upgrade request written by hand, and the server's answer up to the
// end of its body (or the first 101 response line).
HttpAnswer rawUpgrade(quint16 port, const QByteArray &target, const QByteArray &headers = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    socket.write("GET " + target
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: "
                   "Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                   "Sec-WebSocket-Version: 13\r\n"
                 + headers + "\r\n");
    QByteArray answer;
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState
                || answer.startsWith("HTTP/1.1 101");
        },
        5000);
    answer += socket.readAll();
    HttpAnswer result;
    result.status = answer.mid(9, 3).toInt();
    const qsizetype bodyStart = answer.indexOf("\r\n\r\n");
    if (bodyStart >= 0)
        result.body = answer.mid(bodyStart + 4);
    return result;
}

QList<StreamEvent> eventsOf(const QList<Message> &messages)
{
    QList<StreamEvent> events;
    for (const Message &message : messages) {
        const Validated<StreamEvent> event = MessageSerializer::deserialize<StreamEvent>(message);
        if (!event)
            qFatal("not a StreamEvent: %s", message.payload().constData());
        events.append(*event);
    }
    return events;
}

// A client that keeps every data message it receives.
struct Client
{
    explicit Client(const ConnectionConfig &config)
        : client(config)
    {
        QObject::connect(&client, &WebSocketClient::messageReceived, &client,
                         [this](const Message &message) {
                             if (!message.isControl())
                                 received.append(message);
                         });
    }
    WebSocketClient client;
    QList<Message> received;
};

// An endpoint from outside the server's own files: greets, then echoes in upper case.
class ShoutEndpoint : public DemoEndpoint
{
public:
    explicit ShoutEndpoint(DemoServer *server)
        : DemoEndpoint(QStringLiteral("/shout"), server)
    { }
    QString description() const override { return QStringLiteral("shouts back"); }
    void handle(DemoConnection *connection) override
    {
        connection->sendText(QStringLiteral("HELLO"));
        connect(connection, &DemoConnection::textReceived, connection,
                [connection](const QString &text) { connection->sendText(text.toUpper()); });
    }
};

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoesTextAndBinary();
    void unknownPathIs404WithTheEndpoints();
    void badParametersAre400_data();
    void badParametersAre400();
    void eventsComeInOrderAtTheRate();
    void eventsDefaultRateFromSettings();
    void twentyThousandEventsPerSecond();
    void eventBudgetForAllStreams();
    void authNeedsTheToken();
    void closeFault();
    void delayFaultKeepsOrder();
    void serverWideFaultsAndQueryOverride();
    void freezeStopsPongsAndEchoes();
    void connectionLimit();
    void messageSizeLimit();
    void unreadRepliesAreBounded();
    void twoHundredParallelClients();
    void tls();
    void shutdownClosesWith1001();
    void endpointAddedFromOutside();
    void phoenixChannelsWithTheServersToken();
};

void TestDemoServer::echoesTextAndBinary()
{
    DemoServer server;
    QVERIFY(server.listen());
    QCOMPARE(server.url().toString(), QStringLiteral("ws://127.0.0.1:%1/echo").arg(server.port()));
    Client peer(configFor(server.url()));
    QVERIFY(peer.client.open());
    QTRY_COMPARE(peer.client.state(), State::Connected);
    QVERIFY(peer.client.sendText(QStringLiteral("grüße")));
    QVERIFY(peer.client.sendBinary(QByteArray("\x00\x01\xff", 3)));
    QTRY_COMPARE(peer.received.size(), 2);
    QCOMPARE(peer.received.at(0).text(), QStringLiteral("grüße"));
    QCOMPARE(peer.received.at(1).kind(), Message::Kind::Binary);
    QCOMPARE(peer.received.at(1).payload(), QByteArray("\x00\x01\xff", 3));
    QCOMPARE(server.connectionCount(), 1);
}

void TestDemoServer::unknownPathIs404WithTheEndpoints()
{
    DemoServer server;
    QVERIFY(server.listen());
    const HttpAnswer answer = rawUpgrade(server.port(), "/nope");
    QCOMPARE(answer.status, 404);
    for (const char *path : { "/echo", "/events", "/auth" })
        QVERIFY2(answer.body.contains(path), answer.body.constData());

    WebSocketClient client(configFor(server.url(QStringLiteral("/nope"))));
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Error);
    QCOMPARE(client.lastError().code(), Error::Code::NotFound);
}

void TestDemoServer::badParametersAre400_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("inBody");
    QTest::newRow("close code") << QByteArray("/echo?close=1005") << QByteArray("close:");
    QTest::newRow("after without close") << QByteArray("/echo?after=1s") << QByteArray("after:");
    QTest::newRow("freeze") << QByteArray("/echo?freeze=soon") << QByteArray("freeze:");
    QTest::newRow("delay too long") << QByteArray("/echo?delay=2h") << QByteArray("delay:");
    QTest::newRow("rate zero") << QByteArray("/events?rate=0") << QByteArray("rate:");
    QTest::newRow("rate too high") << QByteArray("/events?rate=50000") << QByteArray("rate:");
    QTest::newRow("count") << QByteArray("/events?count=-3") << QByteArray("count:");
}

void TestDemoServer::badParametersAre400()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, inBody);
    DemoServer server;
    QVERIFY(server.listen());
    const HttpAnswer answer = rawUpgrade(server.port(), target);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.body.contains(inBody), answer.body.constData());
}

void TestDemoServer::eventsComeInOrderAtTheRate()
{
    DemoServer server;
    QVERIFY(server.listen());
    const double rate = 200;
    const int count = 60;
    Client peer(configFor(withQuery(server.url(QStringLiteral("/events")),
                                    QStringLiteral("rate=%1&count=%2").arg(rate).arg(count))));
    QSignalSpy states(&peer.client, &WebSocketClient::stateChanged);
    QVERIFY(peer.client.open());
    // after the last event the server closes normally
    QTRY_COMPARE_WITH_TIMEOUT(peer.client.state(), State::Disconnected, 20000);
    QCOMPARE(peer.client.diagnostics().lastCloseCode, 1000);
    const QList<StreamEvent> events = eventsOf(peer.received);
    QCOMPARE(events.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(events.at(i).seq, i);
        QVERIFY(events.at(i).data.isObject());
        if (i > 0)
            QVERIFY(events.at(i).sentUs >= events.at(i - 1).sentUs);
        // never ahead of the schedule: event i is due i / rate after the first
        const qint64 dueUs = static_cast<qint64>(i * 1e6 / rate);
        QVERIFY2(events.at(i).sentUs - events.at(0).sentUs >= dueUs - 2000,
                 qPrintable(QStringLiteral("event %1 came %2 us early")
                                .arg(i)
                                .arg(dueUs - (events.at(i).sentUs - events.at(0).sentUs))));
    }
    QVERIFY(events.constLast().sentUs <= Message::nowUs());
}

void TestDemoServer::eventsDefaultRateFromSettings()
{
    DemoServerSettings settings;
    settings.eventsRate = 40;
    DemoServer server(settings);
    QVERIFY(server.listen());
    Client peer(
        configFor(withQuery(server.url(QStringLiteral("/events")), QStringLiteral("count=5"))));
    QVERIFY(peer.client.open());
    QTRY_COMPARE_WITH_TIMEOUT(peer.received.size(), 5, 10000);
    const QList<StreamEvent> events = eventsOf(peer.received);
    // 4 intervals of 25 ms at least
    QVERIFY(events.constLast().sentUs - events.constFirst().sentUs >= 4 * 25000 - 2000);
}

void TestDemoServer::twentyThousandEventsPerSecond()
{
    DemoServer server;
    QVERIFY(server.listen());
    const int count = 20000;
    Client peer(configFor(withQuery(server.url(QStringLiteral("/events")),
                                    QStringLiteral("rate=20000&count=%1").arg(count))));
    QVERIFY(peer.client.open());
    QTRY_COMPARE_WITH_TIMEOUT(peer.client.state(), State::Disconnected, 60000);
    const QList<StreamEvent> events = eventsOf(peer.received);
    QCOMPARE(events.size(), count);
    for (int i = 0; i < count; ++i) {
        if (events.at(i).seq != i)
            QFAIL(qPrintable(QStringLiteral("event %1 has seq %2").arg(i).arg(events.at(i).seq)));
    }
    // not faster than asked: the last is due 19999 / 20000 s after the first
    QVERIFY(events.constLast().sentUs - events.constFirst().sentUs >= 999950 - 2000);
}

void TestDemoServer::eventBudgetForAllStreams()
{
    DemoServerSettings settings;
    settings.maxEventsRate = 100;
    settings.maxTotalEventsRate = 100;
    DemoServer server(settings);
    QVERIFY(server.listen());
    auto *events = qobject_cast<EventsEndpoint *>(server.endpoint(QStringLiteral("/events")));
    QVERIFY(events);
    auto first = std::make_unique<Client>(
        configFor(withQuery(server.url(QStringLiteral("/events")), QStringLiteral("rate=80"))));
    QVERIFY(first->client.open());
    QTRY_COMPARE(first->client.state(), State::Connected);
    QTRY_COMPARE(events->activeRate(), 80.0);

    const HttpAnswer refused = rawUpgrade(server.port(), "/events?rate=30");
    QCOMPARE(refused.status, 429);
    QVERIFY2(refused.body.contains("20 events/s are left"), refused.body.constData());
    QCOMPARE(rawUpgrade(server.port(), "/events?rate=20").status, 101);

    QVERIFY(first->client.close());
    QTRY_COMPARE(first->client.state(), State::Disconnected);
    QTRY_VERIFY(events->activeRate() <= 20.0); // the raw peer's 20 may still be counted
    first.reset();
    QTRY_COMPARE(rawUpgrade(server.port(), "/events?rate=30").status, 101);
}

void TestDemoServer::authNeedsTheToken()
{
    DemoServerSettings settings;
    settings.authToken = QStringLiteral("s3cret-demo-token");
    DemoServer server(settings);
    QVERIFY(server.listen());
    QCOMPARE(server.authToken(), settings.authToken);
    QCOMPARE(rawUpgrade(server.port(), "/auth").status, 401);
    QCOMPARE(rawUpgrade(server.port(), "/auth", "Authorization: Bearer wrong\r\n").status, 401);
    QCOMPARE(rawUpgrade(server.port(), "/auth?token=s3cret-demo-tokeN").status, 401);
    QCOMPARE(rawUpgrade(server.port(), "/auth?token=s3cret-demo-token").status, 101);

    ConnectionConfig config = configFor(server.url(QStringLiteral("/auth")));
    WebSocketClient refused(config);
    QVERIFY(refused.open());
    QTRY_COMPARE(refused.state(), State::Error);
    QCOMPARE(refused.lastError().code(), Error::Code::Unauthorized);

    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = settings.authToken;
    Client accepted(config);
    QVERIFY(accepted.client.open());
    QTRY_COMPARE(accepted.client.state(), State::Connected);
    QVERIFY(accepted.client.sendText(QStringLiteral("let me in")));
    QTRY_COMPARE(accepted.received.size(), 1);
    QCOMPARE(accepted.received.constFirst().text(), QStringLiteral("let me in"));

    // without a configured token the server makes one up, different each time
    DemoServer other;
    QVERIFY(other.authToken().size() >= 20);
    QVERIFY(other.authToken() != DemoServer().authToken());
}

void TestDemoServer::closeFault()
{
    DemoServer server;
    QVERIFY(server.listen());
    WebSocketClient client(configFor(
        withQuery(server.url(), QStringLiteral("close=4000&after=150ms&reason=demo%20over"))));
    QElapsedTimer clock;
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Connected);
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    QVERIFY(clock.elapsed() >= 100); // the close came after the handshake, not with it
    QCOMPARE(client.lastError().code(), Error::Code::RemoteClosed);
    QCOMPARE(client.diagnostics().lastCloseCode, 4000);
    QCOMPARE(client.diagnostics().lastCloseReason, QStringLiteral("demo over"));
}

void TestDemoServer::delayFaultKeepsOrder()
{
    DemoServer server;
    QVERIFY(server.listen());
    Client peer(configFor(withQuery(server.url(), QStringLiteral("delay=200ms"))));
    QVERIFY(peer.client.open());
    QTRY_COMPARE(peer.client.state(), State::Connected);
    QElapsedTimer clock;
    clock.start();
    for (const char *text : { "one", "two", "three" })
        QVERIFY(peer.client.sendText(QString::fromLatin1(text)));
    QTRY_COMPARE_WITH_TIMEOUT(peer.received.size(), 3, 10000);
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(peer.received.at(0).text(), QStringLiteral("one"));
    QCOMPARE(peer.received.at(1).text(), QStringLiteral("two"));
    QCOMPARE(peer.received.at(2).text(), QStringLiteral("three"));
}

void TestDemoServer::serverWideFaultsAndQueryOverride()
{
    DemoServerSettings settings;
    settings.faults.delayMs = 300;
    DemoServer server(settings);
    QVERIFY(server.listen());
    QElapsedTimer clock;

    Client slow(configFor(server.url()));
    QVERIFY(slow.client.open());
    QTRY_COMPARE(slow.client.state(), State::Connected);
    clock.start();
    QVERIFY(slow.client.sendText(QStringLiteral("slow")));
    QTRY_COMPARE_WITH_TIMEOUT(slow.received.size(), 1, 10000);
    QVERIFY(clock.elapsed() >= 290);

    Client fast(configFor(withQuery(server.url(), QStringLiteral("delay=0"))));
    QVERIFY(fast.client.open());
    QTRY_COMPARE(fast.client.state(), State::Connected);
    QVERIFY(fast.client.sendText(QStringLiteral("fast")));
    QVERIFY(slow.client.sendText(QStringLiteral("slow again")));
    QTRY_COMPARE(fast.received.size(), 1);
    QCOMPARE(slow.received.size(), 1); // the delayed one is still on its way
    QTRY_COMPARE(slow.received.size(), 2);
}

void TestDemoServer::freezeStopsPongsAndEchoes()
{
    DemoServerSettings settings;
    settings.frozenLimitMs = 1500;
    DemoServer server(settings);
    QVERIFY(server.listen());
    ConnectionConfig config = configFor(withQuery(server.url(), QStringLiteral("freeze=300ms")));
    config.heartbeat.enabled = true;
    config.heartbeat.adaptive = false;
    config.heartbeat.intervalMs = 100;
    config.heartbeat.timeoutMs = 250;
    config.heartbeat.maxMissed = 2;
    Client peer(config);
    QSignalSpy rtts(&peer.client, &WebSocketClient::latencySampled);
    QVERIFY(peer.client.open());
    QTRY_COMPARE(peer.client.state(), State::Connected);
    QVERIFY(peer.client.sendText(QStringLiteral("before")));
    QTRY_COMPARE(peer.received.size(), 1);
    QTRY_VERIFY(rtts.count() >= 1); // pongs came while it was not frozen

    // frozen: pings go unanswered until the client declares the link dead
    QTRY_COMPARE_WITH_TIMEOUT(peer.client.state(), State::Error, 10000);
    QCOMPARE(peer.client.lastError().code(), Error::Code::HeartbeatTimeout);
    QCOMPARE(peer.received.size(), 1);

    // a frozen connection is not kept forever
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 10000);
}

void TestDemoServer::connectionLimit()
{
    DemoServerSettings settings;
    settings.maxConnections = 2;
    DemoServer server(settings);
    QVERIFY(server.listen());
    WebSocketClient a(configFor(server.url()));
    WebSocketClient b(configFor(server.url()));
    QVERIFY(a.open());
    QVERIFY(b.open());
    QTRY_COMPARE(a.state(), State::Connected);
    QTRY_COMPARE(b.state(), State::Connected);
    QCOMPARE(rawUpgrade(server.port(), "/echo").status, 503);
    QVERIFY(a.close());
    QTRY_COMPARE(server.connectionCount(), 1);
    QCOMPARE(rawUpgrade(server.port(), "/echo").status, 101);
}

void TestDemoServer::messageSizeLimit()
{
    DemoServerSettings settings;
    settings.maxMessageSize = 1024;
    DemoServer server(settings);
    QVERIFY(server.listen());
    Client peer(configFor(server.url()));
    QVERIFY(peer.client.open());
    QTRY_COMPARE(peer.client.state(), State::Connected);
    QVERIFY(peer.client.sendBinary(QByteArray(1024, 'a')));
    QTRY_COMPARE(peer.received.size(), 1);
    QVERIFY(peer.client.sendBinary(QByteArray(1025, 'b')));
    QTRY_COMPARE(peer.client.state(), State::Error);
    QCOMPARE(peer.client.diagnostics().lastCloseCode, 1009);
    QCOMPARE(peer.received.size(), 1);
}

void TestDemoServer::unreadRepliesAreBounded()
{
    // replies held back by a delay count against the limit like unread ones
    DemoServerSettings settings;
    settings.maxPendingBytes = 16 * 1024;
    DemoServer server(settings);
    QVERIFY(server.listen());
    Client peer(configFor(withQuery(server.url(), QStringLiteral("delay=5s"))));
    QVERIFY(peer.client.open());
    QTRY_COMPARE(peer.client.state(), State::Connected);
    for (int i = 0; i < 20; ++i)
        QVERIFY(peer.client.sendBinary(QByteArray(1024, 'x')));
    QTRY_COMPARE_WITH_TIMEOUT(peer.client.state(), State::Error, 5000);
    QCOMPARE(peer.client.diagnostics().lastCloseCode, 1008);
    QVERIFY(peer.received.isEmpty());
}

void TestDemoServer::twoHundredParallelClients()
{
    DemoServer server;
    QVERIFY(server.listen());
    constexpr int count = 200;
    std::vector<std::unique_ptr<Client>> peers;
    for (int i = 0; i < count; ++i) {
        peers.push_back(std::make_unique<Client>(configFor(server.url())));
        QVERIFY(peers.back()->client.open());
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(peers.begin(), peers.end(),
                    [](const auto &peer) { return peer->client.state() == State::Connected; }),
        30000);
    QCOMPARE(server.connectionCount(), count);
    for (int i = 0; i < count; ++i)
        QVERIFY(peers[i]->client.sendText(QStringLiteral("client %1").arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(peers.begin(), peers.end(),
                    [](const auto &peer) { return peer->received.size() == 1; }),
        30000);
    for (int i = 0; i < count; ++i)
        QCOMPARE(peers[i]->received.constFirst().text(), QStringLiteral("client %1").arg(i));
    // and it still takes new ones
    QCOMPARE(rawUpgrade(server.port(), "/echo").status, 101);
}

void TestDemoServer::tls()
{
    const TestPki &pki = TestPki::shared();
    DemoServer server;
    server.setSslConfiguration(pki.serverConfiguration());
    QVERIFY(server.listen());
    QVERIFY(server.isSecure());
    QCOMPARE(server.url().scheme(), QStringLiteral("wss"));
    ConnectionConfig config = configFor(server.url());
    config.tls.caFile = pki.path(QStringLiteral("ca.pem"));
    Client peer(config);
    QVERIFY(peer.client.open());
    QTRY_COMPARE_WITH_TIMEOUT(peer.client.state(), State::Connected, 10000);
    QVERIFY(peer.client.diagnostics().tls.chainVerified);
    QVERIFY(peer.client.sendText(QStringLiteral("secure echo")));
    QTRY_COMPARE(peer.received.size(), 1);
}

void TestDemoServer::shutdownClosesWith1001()
{
    DemoServer server;
    QVERIFY(server.listen());
    WebSocketClient echo(configFor(server.url()));
    WebSocketClient events(configFor(server.url(QStringLiteral("/events"))));
    QVERIFY(echo.open());
    QVERIFY(events.open());
    QTRY_COMPARE(echo.state(), State::Connected);
    QTRY_COMPARE(events.state(), State::Connected);
    const QUrl url = server.url();
    server.shutdown();
    QTRY_COMPARE(echo.state(), State::Error);
    QTRY_COMPARE(events.state(), State::Error);
    QCOMPARE(echo.diagnostics().lastCloseCode, 1001);
    QCOMPARE(events.diagnostics().lastCloseCode, 1001);
    QTRY_COMPARE(server.connectionCount(), 0);
    // no longer listening
    WebSocketClient late(configFor(url));
    QVERIFY(late.open());
    QTRY_COMPARE(late.state(), State::Error);
    QCOMPARE(late.lastError().code(), Error::Code::ConnectionRefused);
}

void TestDemoServer::endpointAddedFromOutside()
{
    DemoServer server;
    server.addEndpoint(new ShoutEndpoint(&server));
    QVERIFY(server.listen());
    QVERIFY(rawUpgrade(server.port(), "/missing").body.contains("/shout  shouts back"));
    // the faults apply to it as to every endpoint
    Client peer(
        configFor(withQuery(server.url(QStringLiteral("/shout")), QStringLiteral("delay=50ms"))));
    QVERIFY(peer.client.open());
    QTRY_COMPARE(peer.received.size(), 1);
    QCOMPARE(peer.received.constFirst().text(), QStringLiteral("HELLO"));
    QVERIFY(peer.client.sendText(QStringLiteral("quiet")));
    QTRY_COMPARE(peer.received.size(), 2);
    QCOMPARE(peer.received.at(1).text(), QStringLiteral("QUIET"));
}

void TestDemoServer::phoenixChannelsWithTheServersToken()
{
    DemoServer server;
    QVERIFY(server.listen());
    QVERIFY(rawUpgrade(server.port(), "/missing").body.contains("/socket/websocket"));
    // the faults apply to Phoenix connections too
    ConnectionConfig config =
        configFor(withQuery(server.url(QStringLiteral("/socket")), QStringLiteral("delay=20ms")));
    config.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
    config.auth.token = server.authToken();
    phoenix::Socket socket(config);
    QVERIFY(socket.open());
    QTRY_VERIFY(socket.isConnected());

    phoenix::Channel *lobby = socket.channel(QStringLiteral("room:lobby"),
                                             { { QStringLiteral("user"), QStringLiteral("ada") } });
    QVERIFY(lobby->join());
    QTRY_COMPARE(lobby->state(), phoenix::Channel::State::Joined);
    QTRY_COMPARE(lobby->presence()->list().size(), 1);
    const Result<phoenix::Push *> push =
        lobby->push(QStringLiteral("hello"), QJsonObject { { QStringLiteral("n"), 1 } });
    QVERIFY(push);
    QSignalSpy replies(*push, &phoenix::Push::received);
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.constFirst().at(0).toString(), QStringLiteral("ok"));
    QCOMPARE(replies.constFirst().at(1).toJsonValue()[QStringLiteral("n")].toInt(), 1);

    // private:* takes the server's token, which the socket carries
    phoenix::Channel *secret = socket.channel(QStringLiteral("private:support"));
    QVERIFY(secret->join());
    QTRY_COMPARE(secret->state(), phoenix::Channel::State::Joined);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
