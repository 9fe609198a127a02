// The testing kit's PhoenixServer: join and event handlers, the server's own
// actions (broadcast, crash, presence), tokens, what it records, and
// handlers refused at setup; seen through maxmon's Phoenix client and the
// kit's Phoenix waits.
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/phoenixserver.h>
#include <maxmon/testing/phoenixwaits.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/websocketclient.h>

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::phoenix::Channel;
using maxmon::phoenix::Frame;
using maxmon::phoenix::Push;
using maxmon::phoenix::Socket;
using Answer = PhoenixServer::Answer;

namespace {

// {key: value}: one string or number field
QJsonObject object(const char *key, const QJsonValue &value)
{
    return QJsonObject { { QLatin1String(key), value } };
}

QJsonObject object(const char *key, const char *value)
{
    return object(key, QJsonValue(QLatin1String(value)));
}

} // namespace

class TestPhoenixServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void builtInBehaviourWithoutHandlers();
    void joinAnswers();
    void joinHandlerSeesTheParams();
    void eventAnswers();
    void broadcastAnswer();
    void closeAnswer();
    void serverBroadcastAndCrash();
    void serverTrackedPresence();
    void presenceOfJoiners();
    void protectedTopicsAndSocketToken();
    void restartOnTheSamePort();
    void tls();
    void recordsFramesAndRequests();
    void invalidHandlersAreRefused_data();
    void invalidHandlersAreRefused();
    void wrongAnswerFromAHandlerIsAnErrorReply();

private:
    Channel *joined(const QString &topic, const QJsonObject &params = {});

    PhoenixServer *m_server = nullptr;
    Socket *m_socket = nullptr;
};

void TestPhoenixServer::init()
{
    m_server = new PhoenixServer(this);
    MAXMON_VERIFY(m_server->listen());
    m_socket = new Socket(phoenixConfig(m_server->url()), fastSocketOptions(), this);
}

void TestPhoenixServer::cleanup()
{
    delete m_socket;
    m_socket = nullptr;
    delete m_server;
    m_server = nullptr;
}

// A channel of m_socket, joined (the test fails if it cannot be).
Channel *TestPhoenixServer::joined(const QString &topic, const QJsonObject &params)
{
    if (m_socket->state() != ConnectionState::Connected) {
        if (!m_socket->open())
            return nullptr;
        if (!waitForState(*m_socket, ConnectionState::Connected))
            return nullptr;
    }
    Channel *channel = m_socket->channel(topic, params);
    if (!channel->join() || !waitForJoin(*channel))
        return nullptr;
    return channel;
}

void TestPhoenixServer::builtInBehaviourWithoutHandlers()
{
    QCOMPARE(m_server->url().path(), QStringLiteral("/socket"));
    Channel *channel = joined(QStringLiteral("room:lobby"));
    QVERIFY(channel);
    const Result<Push *> echo = channel->push(QStringLiteral("echo"), object("n", 1));
    QVERIFY(echo);
    QSignalSpy ok(*echo, &Push::ok);
    MAXMON_VERIFY(waitForReply(*echo));
    QCOMPARE(ok.constFirst().at(0).toJsonValue(), QJsonValue(object("n", 1)));
    const Result<Push *> error = channel->push(QStringLiteral("error"), object("why", "x"));
    QVERIFY(error);
    MAXMON_VERIFY(waitForReply(*error, QStringLiteral("error")));
    QVERIFY(m_socket->close());
}

void TestPhoenixServer::joinAnswers()
{
    MAXMON_VERIFY(
        m_server->onJoin(QStringLiteral("room:welcome"), Answer::ok(object("motd", "hi"))));
    MAXMON_VERIFY(
        m_server->onJoin(QStringLiteral("room:closed"), Answer::error(object("reason", "closed"))));
    MAXMON_VERIFY(m_server->onJoin(QStringLiteral("room:silent"), Answer::noReply()));

    Channel *welcome = joined(QStringLiteral("room:welcome"));
    QVERIFY(welcome);

    Channel *closed = m_socket->channel(QStringLiteral("room:closed"));
    QVERIFY(closed->join());
    const Check refused = waitForJoin(*closed);
    QVERIFY(!refused);
    // the helper gives up at once and says what the server answered
    QVERIFY2(refused.message().contains(QLatin1String("closed")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QLatin1String("JoinRefused")),
             qPrintable(refused.message()));

    Channel *silent = m_socket->channel(QStringLiteral("room:silent"));
    const Result<Push *> join = silent->join(300);
    QVERIFY(join);
    MAXMON_VERIFY(waitForReply(*join, QStringLiteral("timeout")));
    QCOMPARE(m_server->count(QStringLiteral("phx_join"), QStringLiteral("room:silent")), 1);
}

void TestPhoenixServer::joinHandlerSeesTheParams()
{
    MAXMON_VERIFY(m_server->onJoin(QStringLiteral("user:*"), [](const Frame &frame) {
        const QString name = frame.payload.toObject().value(QLatin1String("name")).toString();
        return name == QLatin1String("alice")
            ? Answer::ok(object("topic", frame.topic))
            : Answer::reply(QStringLiteral("denied"), object("who", name));
    }));
    QVERIFY(joined(QStringLiteral("user:1"), object("name", "alice")));
    Channel *bob = m_socket->channel(QStringLiteral("user:2"), object("name", "bob"));
    const Result<Push *> join = bob->join();
    QVERIFY(join);
    const Check outcome = waitForReply(*join, QStringLiteral("ok"));
    QVERIFY(!outcome);
    QVERIFY2(outcome.message().contains(QLatin1String("got \"denied\" with the response "
                                                      "{\"who\":\"bob\"}")),
             qPrintable(outcome.message()));
}

void TestPhoenixServer::eventAnswers()
{
    MAXMON_VERIFY(m_server->onEvent(QStringLiteral("room:*"), QStringLiteral("ask"),
                                    Answer::reply(QStringLiteral("pending"))));
    MAXMON_VERIFY(
        m_server->onEvent(QStringLiteral("room:*"), QStringLiteral("quiet"), Answer::noReply()));
    MAXMON_VERIFY(
        m_server->onEvent(QStringLiteral("room:*"), QStringLiteral("boom"), Answer::crash()));
    // the first handler that matches wins
    MAXMON_VERIFY(m_server->onEvent(QStringLiteral("*"), QStringLiteral("ask"), Answer::error()));
    Channel *channel = joined(QStringLiteral("room:events"));
    QVERIFY(channel);

    const Result<Push *> ask = channel->push(QStringLiteral("ask"));
    QVERIFY(ask);
    MAXMON_VERIFY(waitForReply(*ask, QStringLiteral("pending")));
    const Result<Push *> quiet = channel->push(QStringLiteral("quiet"), {}, 200);
    QVERIFY(quiet);
    MAXMON_VERIFY(waitForReply(*quiet, QStringLiteral("timeout")));

    QVERIFY(channel->push(QStringLiteral("boom")));
    MAXMON_VERIFY(waitForChannelState(*channel, Channel::State::Errored));
    MAXMON_VERIFY(waitForJoin(*channel)); // the client rejoins
    QCOMPARE(m_server->count(QStringLiteral("phx_join"), QStringLiteral("room:events")), 2);

    m_server->clearHandlers();
    const Result<Push *> echoed = channel->push(QStringLiteral("ask"));
    QVERIFY(echoed);
    MAXMON_VERIFY(waitForReply(*echoed, QStringLiteral("ok")));
}

void TestPhoenixServer::broadcastAnswer()
{
    MAXMON_VERIFY(m_server->onEvent(QStringLiteral("chat:*"), QStringLiteral("say"),
                                    Answer::broadcast(QStringLiteral("said"), false)));
    Socket other(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(other.open());
    MAXMON_VERIFY(waitForState(other, ConnectionState::Connected));
    Channel *listener = other.channel(QStringLiteral("chat:1"));
    QVERIFY(listener->join());
    MAXMON_VERIFY(waitForJoin(*listener));
    Channel *speaker = joined(QStringLiteral("chat:1"));
    QVERIFY(speaker);
    QCOMPARE(m_server->subscriberCount(QStringLiteral("chat:1")), 2);

    QSignalSpy speakerEvents(speaker, &Channel::messageReceived);
    QSignalSpy listenerEvents(listener, &Channel::messageReceived);
    const Result<Push *> say = speaker->push(QStringLiteral("say"), object("text", "hi"));
    QVERIFY(say);
    // the push deletes itself once answered: wait for its reply first
    MAXMON_VERIFY(waitForReply(*say));
    QTRY_COMPARE(listenerEvents.size(), 1);
    QCOMPARE(listenerEvents.constFirst().at(0).toString(), QStringLiteral("said"));
    QCOMPARE(listenerEvents.constFirst().at(1).toJsonValue(), QJsonValue(object("text", "hi")));
    QVERIFY(speakerEvents.isEmpty()); // not to the sender
}

void TestPhoenixServer::closeAnswer()
{
    MAXMON_VERIFY(
        m_server->onEvent(QStringLiteral("room:x"), QStringLiteral("bye"), Answer::close()));
    Channel *channel = joined(QStringLiteral("room:x"));
    QVERIFY(channel);
    QVERIFY(channel->push(QStringLiteral("bye")));
    MAXMON_VERIFY(waitForChannelState(*channel, Channel::State::Closed));
    QTRY_COMPARE(m_server->subscriberCount(QStringLiteral("room:x")), 0);
}

void TestPhoenixServer::serverBroadcastAndCrash()
{
    Channel *channel = joined(QStringLiteral("news:today"));
    QVERIFY(channel);
    m_server->broadcast(QStringLiteral("news:today"), QStringLiteral("headline"),
                        object("title", "kit works"));
    QJsonValue payload;
    MAXMON_VERIFY(waitForEvent(*channel, QStringLiteral("headline"), defaultTimeoutMs, &payload));
    QCOMPARE(payload.toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("kit works"));

    QSignalSpy errors(channel, &Channel::errorOccurred);
    QCOMPARE(m_server->crashChannel(QStringLiteral("news:today")), 1);
    MAXMON_VERIFY(waitForChannelState(*channel, Channel::State::Errored));
    QCOMPARE(errors.size(), 1);
    MAXMON_VERIFY(waitForJoin(*channel));
    QCOMPARE(m_server->crashChannel(QStringLiteral("news:nobody")), 0);

    // a wait that cannot succeed says which events did arrive instead
    m_server->broadcast(QStringLiteral("news:today"), QStringLiteral("other"));
    const Check missing = waitForEvent(*channel, QStringLiteral("never"), 300);
    QVERIFY(!missing);
    QVERIFY2(missing.message().contains(QLatin1String("events that arrived: other")),
             qPrintable(missing.message()));
}

void TestPhoenixServer::serverTrackedPresence()
{
    Channel *channel = joined(QStringLiteral("room:p"), object("user", "me"));
    QVERIFY(channel);
    QTRY_COMPARE(channel->presence()->list().size(), 1);
    QSignalSpy joins(channel->presence(), &phoenix::Presence::joined);
    QSignalSpy leaves(channel->presence(), &phoenix::Presence::left);
    m_server->trackPresence(QStringLiteral("room:p"), QStringLiteral("bot"),
                            object("status", "away"));
    QTRY_COMPARE(joins.size(), 1);
    QCOMPARE(joins.constFirst().at(0).toString(), QStringLiteral("bot"));
    QVERIFY(m_server->presenceState(QStringLiteral("room:p")).contains(QLatin1String("bot")));
    QVERIFY(m_server->untrackPresence(QStringLiteral("room:p"), QStringLiteral("bot")));
    QTRY_COMPARE(leaves.size(), 1);
    QCOMPARE(channel->presence()->state().keys(), QStringList { QStringLiteral("me") });
    QVERIFY(!m_server->untrackPresence(QStringLiteral("room:p"), QStringLiteral("bot")));
}

void TestPhoenixServer::presenceOfJoiners()
{
    MAXMON_VERIFY(m_server->trackPresenceOn({ QStringLiteral("team:*") }));
    Channel *room = joined(QStringLiteral("room:untracked"), object("user", "a"));
    QVERIFY(room);
    Channel *team = joined(QStringLiteral("team:1"), object("user", "a"));
    QVERIFY(team);
    QTRY_COMPARE(team->presence()->state().keys(), QStringList { QStringLiteral("a") });
    QVERIFY(m_server->presenceState(QStringLiteral("room:untracked")).isEmpty());
}

void TestPhoenixServer::protectedTopicsAndSocketToken()
{
    MAXMON_VERIFY(m_server->protectTopics({ QStringLiteral("vault:*") }));
    m_server->setToken(QStringLiteral("open-sesame"));
    QCOMPARE(m_server->token(), QStringLiteral("open-sesame"));
    Channel *vault = m_socket->channel(QStringLiteral("vault:1"));
    QVERIFY(m_socket->open());
    QVERIFY(vault->join());
    const Check refused = waitForJoin(*vault);
    QVERIFY2(!refused && refused.message().contains(QLatin1String("unauthorized")),
             qPrintable(refused.message()));
    QVERIFY(joined(QStringLiteral("vault:2"), object("token", "open-sesame")));
    QVERIFY(joined(QStringLiteral("private:no-longer-protected")));

    // a socket without the token is refused at the upgrade
    m_server->setSocketTokenRequired(true);
    QSignalSpy rejected(m_server, &PhoenixServer::requestRejected);
    Socket anonymous(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(anonymous.open());
    const Check failed = waitForState(anonymous, ConnectionState::Connected, 3000);
    QVERIFY(!failed);
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().at(1).toInt(), 403);

    ConnectionConfig config = phoenixConfig(m_server->url());
    config.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
    config.auth.token = QStringLiteral("open-sesame");
    Socket withToken(config, fastSocketOptions());
    QVERIFY(withToken.open());
    MAXMON_VERIFY(waitForState(withToken, ConnectionState::Connected));
}

void TestPhoenixServer::restartOnTheSamePort()
{
    Channel *channel = joined(QStringLiteral("room:restart"));
    QVERIFY(channel);
    const quint16 port = m_server->port();
    m_server->stop();
    QVERIFY(!m_server->isListening());
    MAXMON_VERIFY(waitForState(*m_socket, ConnectionState::Reconnecting));
    MAXMON_VERIFY(m_server->restart());
    QCOMPARE(m_server->port(), port);
    MAXMON_VERIFY(waitForState(*m_socket, ConnectionState::Connected));
    MAXMON_VERIFY(waitForJoin(*channel));
    QCOMPARE(m_server->count(QStringLiteral("phx_join"), QStringLiteral("room:restart")), 2);
}

void TestPhoenixServer::tls()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const TestPki &pki = TestPki::shared();
    PhoenixServer secure;
    MAXMON_VERIFY(secure.listenTls(pki.serverConfiguration()));
    QCOMPARE(secure.url().scheme(), QStringLiteral("wss"));
    ConnectionConfig config = phoenixConfig(secure.url());
    config.tls.caFile = pki.path(QStringLiteral("ca.pem"));
    Socket socket(config, fastSocketOptions());
    QVERIFY(socket.open());
    MAXMON_VERIFY(waitForState(socket, ConnectionState::Connected));
    Channel *channel = socket.channel(QStringLiteral("room:tls"));
    QVERIFY(channel->join());
    MAXMON_VERIFY(waitForJoin(*channel));
    QVERIFY(!socket.client()->diagnostics().tls.protocol.isEmpty());

    const Check twice = secure.listenTls(pki.serverConfiguration());
    QVERIFY2(!twice && twice.message().contains(QLatin1String("already listening")),
             qPrintable(twice.message()));
    PhoenixServer keyless;
    const Check noKey = keyless.listenTls(QSslConfiguration::defaultConfiguration());
    QVERIFY2(!noKey && noKey.message().contains(QLatin1String("no certificate")),
             qPrintable(noKey.message()));
}

void TestPhoenixServer::recordsFramesAndRequests()
{
    QSignalSpy frames(m_server, &PhoenixServer::frameReceived);
    Channel *channel = joined(QStringLiteral("room:r"), object("user", "r"));
    QVERIFY(channel);
    QVERIFY(channel->push(QStringLiteral("note"), object("n", 2)));
    QTRY_COMPARE(m_server->count(QStringLiteral("note")), 1);
    const Frame note = m_server->frames().constLast();
    QCOMPARE(note.topic, QStringLiteral("room:r"));
    QCOMPARE(note.payload.toObject().value(QLatin1String("n")).toInt(), 2);
    QCOMPARE(refText(note.joinRef), channel->joinRef());
    QCOMPARE(frames.size(), m_server->frames().size());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().path, QStringLiteral("/socket/websocket"));
    QCOMPARE(m_server->requests().constFirst().queryValue(QStringLiteral("vsn")),
             QStringLiteral("2.0.0"));
    QCOMPARE(m_server->connectionCount(), 1);
    m_server->closeAll(4001, QStringLiteral("test over"));
    MAXMON_VERIFY(waitForCloseCode(*m_socket->client(), 4001));
}

void TestPhoenixServer::invalidHandlersAreRefused_data()
{
    QTest::addColumn<int>("handler");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty pattern") << 0 << QStringLiteral("an empty topic pattern");
    QTest::newRow("star inside") << 1 << QStringLiteral("'room:*:x' has a '*' before its end");
    QTest::newRow("crash a join") << 2 << QStringLiteral("a join can be answered with a reply");
    QTest::newRow("join as event") << 3 << QStringLiteral("needs an event other than phx_join");
    QTest::newRow("empty status") << 4 << QStringLiteral("a reply without a status");
    QTest::newRow("empty handler") << 5 << QStringLiteral("an empty handler");
    QTest::newRow("bad protected") << 6 << QStringLiteral("protectTopics(): an empty topic");
    QTest::newRow("bad presence") << 7 << QStringLiteral("trackPresenceOn(): the topic pattern");
}

void TestPhoenixServer::invalidHandlersAreRefused()
{
    QFETCH(int, handler);
    QFETCH(QString, expected);
    const QString event = QStringLiteral("e");
    const Check check = [&] {
        switch (handler) {
        case 0:
            return m_server->onEvent(QString(), event, Answer::ok());
        case 1:
            return m_server->onJoin(QStringLiteral("room:*:x"), Answer::ok());
        case 2:
            return m_server->onJoin(QStringLiteral("room:*"), Answer::crash());
        case 3:
            return m_server->onEvent(QStringLiteral("room:*"), QStringLiteral("phx_join"),
                                     Answer::ok());
        case 4:
            return m_server->onEvent(QStringLiteral("room:*"), event, Answer::reply(QString()));
        case 5:
            return m_server->onEvent(QStringLiteral("room:*"), event, PhoenixServer::Handler());
        case 6:
            return m_server->protectTopics({ QString() });
        default:
            return m_server->trackPresenceOn({ QStringLiteral("a*b*") });
        }
    }();
    QVERIFY(!check);
    QVERIFY2(check.message().contains(expected), qPrintable(check.message()));
    // nothing changed: the built-in echo answers
    Channel *channel = joined(QStringLiteral("room:after"));
    QVERIFY(channel);
    const Result<Push *> push = channel->push(event);
    QVERIFY(push);
    MAXMON_VERIFY(waitForReply(*push));
}

void TestPhoenixServer::wrongAnswerFromAHandlerIsAnErrorReply()
{
    // a handler's answer is only known when it runs: the join gets an error reply
    MAXMON_VERIFY(m_server->onJoin(QStringLiteral("odd:*"),
                                   [](const Frame &) { return Answer::broadcast(); }));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("handler for phx_join on odd:1")));
    Channel *channel = m_socket->channel(QStringLiteral("odd:1"));
    QVERIFY(m_socket->open());
    const Result<Push *> join = channel->join();
    QVERIFY(join);
    const Check outcome = waitForReply(*join);
    QVERIFY(!outcome);
    QVERIFY2(outcome.message().contains(QLatin1String("test handler: a join can be answered")),
             qPrintable(outcome.message()));
}

QTEST_GUILESS_MAIN(TestPhoenixServer)
#include "tst_phoenixserver.moc"
