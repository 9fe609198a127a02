// phoenix::Socket against the demo server's Phoenix endpoint and against
// raw QWebSocketServers that misbehave on purpose: the endpoint URL, the
// Phoenix heartbeat as the application probe, reconnecting, decoding of
// everything that arrives, and the authToken subprotocol.
#include <maxmon/phoenix/authtoken.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/phoenixserver.h>
#include <maxmon/testing/phoenixwaits.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace maxmon;
using namespace maxmon::testing;
using namespace maxmon::phoenix;
using State = ConnectionState;
using Version = Serializer::Version;

Q_DECLARE_METATYPE(maxmon::phoenix::Serializer::Version)

namespace {

using Params = QList<QPair<QString, QString>>;

QStringList capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

// A WebSocket server that does only what a test tells it to.
class RawServer : public QObject
{
public:
    RawServer()
        : m_server(QStringLiteral("raw"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                clients.append(socket);
                if (onConnect)
                    onConnect(socket);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/socket").arg(m_server.serverPort()));
    }

    std::function<void(QWebSocket *)> onConnect;
    QList<QWebSocket *> clients;

private:
    QWebSocketServer m_server;
};

} // namespace

class TestSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void endPointUrl_data();
    void endPointUrl();
    void versionFromOptionsOrUrl_data();
    void versionFromOptionsOrUrl();
    void connectionConfigHasThePhoenixDefaults();
    void emptyReconnectScheduleKeepsTheProfiles();
    void optionsFromAProfile();

    void connectsWithEitherVersion_data();
    void connectsWithEitherVersion();
    void refsIncreaseAcrossPushesAndHeartbeats();
    void heartbeatIsTheApplicationProbe();
    void silentServerIsDeclaredDeadAndReconnected();
    void reconnectFollowsTheSchedule();
    void serverCloseWith1000IsFinal();
    void heartbeatsAvoidTheIdleTimeout();
    void undecodableMessagesAreErrorsNotCrashes();
    void sharedClientOutlivesTheSocket();

    void authTokenTravelsAsSubprotocol();
    void authTokenNeverAppearsInDiagnosticsOrLogs();
    void tokenThatCannotBeASubprotocolIsRefused();

private:
    PhoenixServer *m_server = nullptr;
};

void TestSocket::init()
{
    m_server = new PhoenixServer(this);
    QVERIFY(m_server->listen());
}

void TestSocket::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestSocket::endPointUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Params>("params");
    QTest::addColumn<Version>("vsn");
    QTest::addColumn<QString>("expected");

    QTest::newRow("socket path") << QStringLiteral("ws://h:4000/socket") << Params() << Version::V2
                                 << QStringLiteral("ws://h:4000/socket/websocket?vsn=2.0.0");
    QTest::newRow("trailing slash") << QStringLiteral("wss://h/socket/") << Params() << Version::V2
                                    << QStringLiteral("wss://h/socket/websocket?vsn=2.0.0");
    QTest::newRow("already /websocket")
        << QStringLiteral("ws://h/socket/websocket") << Params() << Version::V1
        << QStringLiteral("ws://h/socket/websocket?vsn=1.0.0");
    QTest::newRow("no path") << QStringLiteral("ws://h") << Params() << Version::V2
                             << QStringLiteral("ws://h/websocket?vsn=2.0.0");
    QTest::newRow("a path that only ends like it")
        << QStringLiteral("ws://h/mywebsocket") << Params() << Version::V2
        << QStringLiteral("ws://h/mywebsocket/websocket?vsn=2.0.0");
    QTest::newRow("params encoded, after the URL's query")
        << QStringLiteral("ws://h/socket?region=eu")
        << Params { { QStringLiteral("user_id"), QStringLiteral("42") },
                    { QStringLiteral("q"), QStringLiteral("a+b&c d") } }
        << Version::V2
        << QStringLiteral("ws://h/socket/websocket?region=eu&user_id=42&q=a%2Bb%26c%20d&vsn=2.0.0");
    QTest::newRow("params and vsn replace the URL's")
        << QStringLiteral("ws://h/socket?user_id=1&vsn=1.0.0")
        << Params { { QStringLiteral("user_id"), QStringLiteral("2") } } << Version::V2
        << QStringLiteral("ws://h/socket/websocket?user_id=2&vsn=2.0.0");
}

void TestSocket::endPointUrl()
{
    QFETCH(QString, url);
    QFETCH(Params, params);
    QFETCH(Version, vsn);
    QFETCH(QString, expected);
    QCOMPARE(Socket::endPointUrl(QUrl(url), params, vsn).toString(QUrl::FullyEncoded), expected);
}

void TestSocket::versionFromOptionsOrUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("option"); // -1 unset
    QTest::addColumn<Version>("expected");
    QTest::newRow("default") << QStringLiteral("ws://h/socket") << -1 << Version::V2;
    QTest::newRow("from the URL") << QStringLiteral("ws://h/socket?vsn=1.0.0") << -1 << Version::V1;
    QTest::newRow("unknown in the URL")
        << QStringLiteral("ws://h/socket?vsn=9.9.9") << -1 << Version::V2;
    QTest::newRow("the option wins")
        << QStringLiteral("ws://h/socket?vsn=1.0.0") << int(Version::V2) << Version::V2;
}

void TestSocket::versionFromOptionsOrUrl()
{
    QFETCH(QString, url);
    QFETCH(int, option);
    QFETCH(Version, expected);
    SocketOptions options;
    if (option >= 0)
        options.vsn = Version(option);
    QCOMPARE(Socket::versionFor(QUrl(url), options), expected);
    const Socket socket(phoenixConfig(QUrl(url)), options);
    QCOMPARE(socket.serializer().version(), expected);
    QCOMPARE(QUrlQuery(socket.client()->config().url).queryItemValue(QStringLiteral("vsn")),
             Serializer::versionString(expected));
}

void TestSocket::connectionConfigHasThePhoenixDefaults()
{
    ConnectionConfig profile = phoenixConfig(QUrl(QStringLiteral("ws://h/socket")));
    profile.heartbeat.strategy = HeartbeatConfig::Strategy::Ping;
    const SocketOptions defaults;
    QCOMPARE(defaults.timeoutMs, 10000);
    QCOMPARE(defaults.rejoinAfterMs, (QList<int> { 1000, 2000, 5000, 10000 }));

    const ConnectionConfig config = Socket::connectionConfigFor(profile, defaults);
    QCOMPARE(config.url.toString(), QStringLiteral("ws://h/socket/websocket?vsn=2.0.0"));
    QVERIFY(config.heartbeat.enabled);
    QCOMPARE(config.heartbeat.strategy, HeartbeatConfig::Strategy::Application);
    QCOMPARE(config.heartbeat.intervalMs, 30000);
    QCOMPARE(config.heartbeat.timeoutMs, 30000);
    QCOMPARE(config.heartbeat.maxMissed, 1);
    QVERIFY(!config.heartbeat.adaptive);
    QCOMPARE(config.reconnect.scheduleMs,
             (QList<int> { 10, 50, 100, 150, 200, 250, 500, 1000, 2000, 5000 }));
    QCOMPARE(config.reconnect.jitter, 0.0);
    QCOMPARE(config.reconnect.resetAfterMs, 0);
    QVERIFY(config.isValid());

    // without a heartbeat the profile stays valid
    SocketOptions silent;
    silent.heartbeat = SocketOptions::phoenixHeartbeat(0);
    const ConnectionConfig noHeartbeat = Socket::connectionConfigFor(profile, silent);
    QVERIFY(!noHeartbeat.heartbeat.enabled);
    QVERIFY(noHeartbeat.isValid());

    // the delays a ReconnectPolicy computes from it: exactly the JavaScript client's
    ReconnectPolicy policy(config.reconnect);
    QList<int> delays;
    for (int i = 0; i < 12; ++i)
        delays.append(*policy.nextDelayMs());
    QCOMPARE(delays,
             (QList<int> { 10, 50, 100, 150, 200, 250, 500, 1000, 2000, 5000, 5000, 5000 }));
}

void TestSocket::emptyReconnectScheduleKeepsTheProfiles()
{
    ConnectionConfig profile = phoenixConfig(QUrl(QStringLiteral("ws://h/socket")));
    profile.reconnect.initialDelayMs = 321;
    profile.reconnect.jitter = 0.3;
    SocketOptions options;
    options.reconnectAfterMs.clear();
    const ConnectionConfig config = Socket::connectionConfigFor(profile, options);
    QVERIFY(config.reconnect.scheduleMs.isEmpty());
    QCOMPARE(config.reconnect.initialDelayMs, 321);
    QCOMPARE(config.reconnect.jitter, 0.3);
}

void TestSocket::optionsFromAProfile()
{
    ConnectionConfig profile = phoenixConfig(QUrl(QStringLiteral("ws://h/socket?vsn=1.0.0")));
    profile.protocol = ConnectionConfig::Protocol::Phoenix;
    profile.phoenix.params = { { QLatin1String("user_id"), 7 }, { QLatin1String("beta"), true } };
    profile.phoenix.heartbeatIntervalMs = 12000;
    profile.phoenix.timeoutMs = 3000;

    SocketOptions options = SocketOptions::fromConfig(profile);
    QVERIFY(!options.vsn); // the URL's
    QCOMPARE(options.params,
             (Params { { QStringLiteral("beta"), QStringLiteral("true") },
                       { QStringLiteral("user_id"), QStringLiteral("7") } }));
    QCOMPARE(options.timeoutMs, 3000);
    QCOMPARE(options.heartbeat.intervalMs, 12000);
    QCOMPARE(options.heartbeat.strategy, HeartbeatConfig::Strategy::Application);
    QCOMPARE(options.rejoinAfterMs, SocketOptions().rejoinAfterMs);
    QCOMPARE(options.reconnectAfterMs, SocketOptions().reconnectAfterMs);
    QCOMPARE(Socket::connectionConfigFor(profile, options).url.toString(),
             QStringLiteral("ws://h/socket/websocket?beta=true&user_id=7&vsn=1.0.0"));

    profile.phoenix.vsn = QStringLiteral("2.0.0");
    profile.phoenix.heartbeatIntervalMs = 0;
    options = SocketOptions::fromConfig(profile);
    QCOMPARE(options.vsn, std::optional<Version>(Version::V2));
    QVERIFY(!options.heartbeat.enabled);
    QCOMPARE(Socket::connectionConfigFor(profile, options).url.query(),
             QStringLiteral("beta=true&user_id=7&vsn=2.0.0"));
}

void TestSocket::connectsWithEitherVersion_data()
{
    QTest::addColumn<Version>("vsn");
    QTest::newRow("2.0.0") << Version::V2;
    QTest::newRow("1.0.0") << Version::V1;
}

void TestSocket::connectsWithEitherVersion()
{
    QFETCH(Version, vsn);
    SocketOptions options = fastSocketOptions();
    options.vsn = vsn;
    Socket socket(phoenixConfig(m_server->url()), options);
    QSignalSpy opened(&socket, &Socket::opened);
    QSignalSpy decodeFailed(&socket, &Socket::decodeFailed);
    QVERIFY(socket.open());
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(socket.state(), State::Connected);
    const UpgradeRequest request = m_server->requests().constLast();
    QCOMPARE(request.path, QStringLiteral("/socket/websocket"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("vsn")), Serializer::versionString(vsn));

    Channel *channel = socket.channel(QStringLiteral("room:v"), { { QLatin1String("user"), 1 } });
    QVERIFY(channel->join());
    MAXMON_VERIFY(waitForJoin(*channel));
    const Result<Push *> push =
        channel->push(QStringLiteral("echo"), QJsonObject { { QLatin1String("v"), 1 } });
    QVERIFY(push);
    QSignalSpy ok(*push, &Push::ok);
    QTRY_COMPARE(ok.size(), 1);
    QCOMPARE(ok.constFirst().at(0).toJsonValue(),
             QJsonValue(QJsonObject { { QLatin1String("v"), 1 } }));
    QTRY_COMPARE(channel->presence()->list().size(), 1);
    QCOMPARE(decodeFailed.size(), 0);
}

void TestSocket::refsIncreaseAcrossPushesAndHeartbeats()
{
    SocketOptions options = fastSocketOptions();
    options.heartbeat = SocketOptions::phoenixHeartbeat(50);
    Socket socket(phoenixConfig(m_server->url()), options);
    QCOMPARE(socket.makeRef(), QStringLiteral("1"));
    QCOMPARE(socket.makeRef(), QStringLiteral("2"));
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("refs"));
    QVERIFY(channel->join());
    MAXMON_VERIFY(waitForJoin(*channel));
    for (int i = 0; i < 5; ++i)
        QVERIFY(channel->push(QStringLiteral("echo"), QJsonObject()));
    QTRY_VERIFY(m_server->count(QStringLiteral("heartbeat")) >= 2
                && m_server->count(QStringLiteral("echo")) == 5);
    qint64 previous = 2;
    for (const Frame &frame : m_server->frames()) {
        QVERIFY(frame.ref);
        const qint64 ref = frame.ref->toLongLong();
        QVERIFY2(ref > previous, qPrintable(*frame.ref));
        previous = ref;
    }
}

void TestSocket::heartbeatIsTheApplicationProbe()
{
    SocketOptions options = fastSocketOptions();
    options.heartbeat = SocketOptions::phoenixHeartbeat(100);
    Socket socket(phoenixConfig(m_server->url()), options);
    QSignalSpy samples(socket.client(), &WebSocketClient::latencySampled);
    QSignalSpy unrouted(&socket, &Socket::unroutedFrame);
    QVERIFY(socket.open());
    QTRY_VERIFY(samples.size() >= 3);

    const HeartbeatStatus heartbeat = socket.client()->diagnostics().heartbeat;
    QCOMPARE(heartbeat.strategy, QStringLiteral("application"));
    QVERIFY(heartbeat.probesAnswered >= 3);
    QCOMPARE(heartbeat.probesLost, 0);
    QCOMPARE(heartbeat.unsolicitedAnswers, 0);
    QVERIFY(heartbeat.stats.samples >= 3);
    for (const QList<QVariant> &sample : samples)
        QVERIFY(sample.at(0).toDouble() >= 0);
    // on the wire: the Phoenix heartbeat, nothing else
    QVERIFY(m_server->count(QStringLiteral("heartbeat")) >= 3);
    for (const Frame &frame : m_server->frames()) {
        QCOMPARE(frame.topic, QStringLiteral("phoenix"));
        QCOMPARE(frame.event, QStringLiteral("heartbeat"));
        QVERIFY(!frame.joinRef);
        QVERIFY(frame.ref);
    }
    QCOMPARE(unrouted.size(), 0);
}

void TestSocket::silentServerIsDeclaredDeadAndReconnected()
{
    RawServer server; // accepts, never answers
    QVERIFY(server.listen());
    SocketOptions options = fastSocketOptions();
    options.heartbeat = SocketOptions::phoenixHeartbeat(100);
    Socket socket(phoenixConfig(server.url()), options);
    QSignalSpy errors(&socket, &Socket::errorOccurred);
    QSignalSpy states(&socket, &Socket::stateChanged);
    QVERIFY(socket.open());
    QTRY_VERIFY_WITH_TIMEOUT(server.clients.size() >= 2, 5000);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().at(0).value<Error>().code(), Error::Code::HeartbeatTimeout);
    QVERIFY(states.contains(QList<QVariant> { QVariant::fromValue(State::Reconnecting) }));
}

void TestSocket::reconnectFollowsTheSchedule()
{
    SocketOptions options = fastSocketOptions();
    options.reconnectAfterMs = SocketOptions().reconnectAfterMs; // the JavaScript client's
    Socket socket(phoenixConfig(m_server->url()), options);
    Channel *channel = socket.channel(QStringLiteral("room:restart"));
    QVERIFY(socket.open());
    QVERIFY(channel->join());
    MAXMON_VERIFY(waitForJoin(*channel));

    QList<int> delays;
    connect(&socket, &Socket::stateChanged, this, [&](State state) {
        if (state == State::Reconnecting)
            delays.append(socket.client()->diagnostics().reconnect.lastDelayMs);
    });
    const quint16 port = m_server->port();
    m_server->stop();
    QTRY_VERIFY(delays.size() >= 4);
    QCOMPARE(delays.mid(0, 4), (QList<int> { 10, 50, 100, 150 }));
    QCOMPARE(channel->state(), Channel::State::Errored);

    QVERIFY(m_server->listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), State::Connected, 5000);
    MAXMON_VERIFY(waitForJoin(*channel));
    QCOMPARE(m_server->count(QStringLiteral("phx_join"), QStringLiteral("room:restart")), 2);
}

void TestSocket::serverCloseWith1000IsFinal()
{
    m_server->setIdleTimeout(200);
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions()); // no heartbeat
    Channel *channel = socket.channel(QStringLiteral("room:idle"));
    QSignalSpy states(&socket, &Socket::stateChanged);
    QVERIFY(socket.open());
    QVERIFY(channel->join());
    MAXMON_VERIFY(waitForJoin(*channel));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), State::Disconnected, 5000);
    const Diagnostics diagnostics = socket.client()->diagnostics();
    QCOMPARE(diagnostics.lastCloseCode, 1000);
    QCOMPARE(diagnostics.lastCloseReason, QStringLiteral("idle timeout"));
    QCOMPARE(diagnostics.lastClosedBy, QStringLiteral("server"));
    // straight to Disconnected, never Reconnecting; the channel waits for the next open
    QVERIFY(!states.contains(QList<QVariant> { QVariant::fromValue(State::Reconnecting) }));
    QCOMPARE(channel->state(), Channel::State::Errored);
    QVERIFY(socket.open());
    MAXMON_VERIFY(waitForJoin(*channel));
}

void TestSocket::heartbeatsAvoidTheIdleTimeout()
{
    m_server->setIdleTimeout(300);
    SocketOptions options = fastSocketOptions();
    options.heartbeat = SocketOptions::phoenixHeartbeat(100);
    Socket socket(phoenixConfig(m_server->url()), options);
    QSignalSpy samples(socket.client(), &WebSocketClient::latencySampled);
    QSignalSpy states(&socket, &Socket::stateChanged);
    QElapsedTimer connected;
    QVERIFY(socket.open());
    MAXMON_VERIFY(waitForState(socket, State::Connected));
    connected.start();
    // several idle timeouts long, kept open by the heartbeat alone
    QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 8 && connected.elapsed() > 900, 5000);
    QCOMPARE(socket.state(), State::Connected);
    QCOMPARE(states.size(), 2); // Connecting, Connected
}

void TestSocket::undecodableMessagesAreErrorsNotCrashes()
{
    RawServer server;
    QVERIFY(server.listen());
    server.onConnect = [](QWebSocket *peer) {
        peer->sendTextMessage(QStringLiteral("not json at all"));
        peer->sendTextMessage(QStringLiteral("[1,2]"));
        peer->sendTextMessage(QStringLiteral(R"(["1","2",{},"event",{}])"));
        peer->sendBinaryMessage(QByteArray("\x07\x01\x02", 3));
        peer->sendBinaryMessage(QByteArray("\x01\xff", 2));
        peer->sendTextMessage(QStringLiteral(R"([null,null,"nowhere","news",{"a":1}])"));
        peer->sendTextMessage(
            QStringLiteral(R"([null,"999","phoenix","phx_reply",{"status":"ok","response":{}}])"));
    };
    Socket socket(phoenixConfig(server.url()), fastSocketOptions());
    QSignalSpy decodeFailed(&socket, &Socket::decodeFailed);
    QSignalSpy unrouted(&socket, &Socket::unroutedFrame);
    QSignalSpy frames(&socket, &Socket::frameReceived);
    QSignalSpy raw(socket.client(), &WebSocketClient::messageReceived);
    QVERIFY(socket.open());
    QTRY_COMPARE(raw.size(), 7);
    QCOMPARE(decodeFailed.size(), 5);
    for (const QList<QVariant> &failure : decodeFailed) {
        const Error error = failure.at(0).value<Error>();
        QCOMPARE(error.code(), Error::Code::PhoenixError);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!failure.at(1).value<Message>().isNull());
    }
    QCOMPARE(frames.size(), 2);
    QCOMPARE(unrouted.size(), 2);
    QCOMPARE(unrouted.at(0).at(1).value<Socket::Unrouted>(), Socket::Unrouted::UnknownTopic);
    QCOMPARE(unrouted.at(0).at(0).value<Frame>().topic, QStringLiteral("nowhere"));
    QCOMPARE(unrouted.at(1).at(1).value<Socket::Unrouted>(),
             Socket::Unrouted::UnknownHeartbeatReply);
    QCOMPARE(socket.state(), State::Connected);
}

void TestSocket::sharedClientOutlivesTheSocket()
{
    WebSocketClient client;
    auto *socket = new Socket(&client, fastSocketOptions());
    QCOMPARE(socket->client(), &client);
    SocketOptions options = fastSocketOptions();
    options.heartbeat = SocketOptions::phoenixHeartbeat(50);
    QVERIFY(socket->setConfig(phoenixConfig(m_server->url()), options));
    QCOMPARE(client.config().url.path(), QStringLiteral("/socket/websocket"));
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);
    QVERIFY(socket->open());
    Channel *channel = socket->channel(QStringLiteral("room:shared"));
    QVERIFY(channel->join());
    MAXMON_VERIFY(waitForJoin(*channel));
    QTRY_VERIFY(samples.size() >= 2); // the Phoenix heartbeat, through the owner's client

    // Gone while connected: the heartbeat still holds the probe, which must
    // now do nothing (the probes go unanswered), and the client goes on.
    QSignalSpy lost(&client, &WebSocketClient::probeLost);
    delete socket;
    QTRY_VERIFY(!lost.isEmpty());
    QVERIFY(client.close());
    MAXMON_VERIFY(waitForState(client, State::Disconnected));

    // Plain WebSocket on the same client: pings, no Phoenix heartbeat.
    ConnectionConfig plain = phoenixConfig(
        QUrl(QStringLiteral("ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0").arg(m_server->port())));
    plain.heartbeat.intervalMs = 50;
    plain.heartbeat.minIntervalMs = 50;
    QVERIFY(client.setConfig(plain));
    const int heartbeats = m_server->count(QStringLiteral("heartbeat"));
    samples.clear();
    QVERIFY(client.open());
    QTRY_VERIFY(samples.size() >= 2);
    QCOMPARE(client.diagnostics().heartbeat.strategy, QStringLiteral("ping"));
    QCOMPARE(m_server->count(QStringLiteral("heartbeat")), heartbeats);
    client.close();
    MAXMON_VERIFY(waitForState(client, State::Disconnected));
}

void TestSocket::authTokenTravelsAsSubprotocol()
{
    const QString token = QStringLiteral("socket-token-1234");
    m_server->setToken(token);
    m_server->setSocketTokenRequired(true);

    ConnectionConfig config = phoenixConfig(m_server->url());
    config.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
    config.auth.token = token;
    Socket socket(config, fastSocketOptions());
    QVERIFY(socket.open());
    MAXMON_VERIFY(waitForState(socket, State::Connected));
    const UpgradeRequest request = m_server->requests().constLast();
    QCOMPARE(request.subprotocols(),
             (QStringList { QStringLiteral("phoenix"), *authtoken::subprotocolFor(token) }));
    QCOMPARE(authtoken::tokenFrom(request.subprotocols()), token);
    QVERIFY(!request.query.hasQueryItem(QStringLiteral("token")));
    QVERIFY(request.header("Authorization").isEmpty());
    QCOMPARE(socket.client()->diagnostics().subprotocol, QStringLiteral("phoenix"));

    // the socket's token opens protected topics
    Channel *channel = socket.channel(QStringLiteral("private:vault"));
    QVERIFY(channel->join());
    MAXMON_VERIFY(waitForJoin(*channel));
}

void TestSocket::authTokenNeverAppearsInDiagnosticsOrLogs()
{
    // its base64 differs from its base64url: both must be masked
    const QString token = QStringLiteral("TOPSECRET-phx>>4242");
    const QString encoded = authtoken::subprotocolFor(token)->mid(authtoken::prefix().size());
    m_server->setToken(token);
    m_server->setSocketTokenRequired(true);

    QLoggingCategory::setFilterRules(QStringLiteral("maxmon.*=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    for (const QString &sent : { token, QStringLiteral("WRONG-%1").arg(token) }) {
        ConnectionConfig config = phoenixConfig(m_server->url());
        config.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
        config.auth.token = sent;
        SocketOptions options = fastSocketOptions();
        options.heartbeat = SocketOptions::phoenixHeartbeat(50);
        Socket socket(config, options);
        QList<Error> errors;
        connect(&socket, &Socket::errorOccurred, this,
                [&errors](const Error &error) { errors.append(error); });
        QVERIFY(socket.open());
        QTRY_VERIFY(socket.state() == State::Connected || socket.state() == State::Error);
        if (sent == token) {
            Channel *channel = socket.channel(QStringLiteral("private:x"));
            QVERIFY(channel->join());
            MAXMON_VERIFY(waitForJoin(*channel));
            QTRY_VERIFY(socket.client()->diagnostics().heartbeat.probesAnswered >= 2);
            QVERIFY(socket.close());
            MAXMON_VERIFY(waitForState(socket, State::Disconnected));
        } else {
            QCOMPARE(socket.client()->lastError().code(), Error::Code::Forbidden);
        }
        const Diagnostics diagnostics = socket.client()->diagnostics();
        QString everything = diagnostics.toText()
            + QString::fromUtf8(QJsonDocument(diagnostics.toJson()).toJson())
            + socket.client()->config().displayUrl()
            + QString::fromUtf8(QJsonDocument(socket.client()->config().toJson()).toJson());
        for (const Error &error : std::as_const(errors))
            everything += QString::fromUtf8(QJsonDocument(error.toJson()).toJson());
        for (const QString &secret : { token, encoded })
            QVERIFY2(!everything.contains(secret), qPrintable(everything));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!capturedLog.isEmpty());
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(encoded), qPrintable(line));
    }
}

void TestSocket::tokenThatCannotBeASubprotocolIsRefused()
{
    // base64 "YWI/": a '/' may not be in a subprotocol name
    const QString token = QStringLiteral("ab?ab?");
    QVERIFY(!authtoken::subprotocolFor(token));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    ConnectionConfig config = phoenixConfig(m_server->url());
    config.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
    config.auth.token = token;
    Socket socket(config, fastSocketOptions());
    QVERIFY(socket.open());
    MAXMON_VERIFY(waitForState(socket, State::Error));
    qInstallMessageHandler(previous);
    QCOMPARE(socket.client()->lastError().code(), Error::Code::InvalidConfig);
    QVERIFY(m_server->requests().isEmpty());
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(token), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestSocket)
#include "tst_socket.moc"
