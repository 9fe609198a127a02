// The demo server's Phoenix endpoint (PhoenixHub and its PhoenixConnections),
// spoken to by raw QWebSockets that write and read frames by hand, so that
// its exact wire behaviour is checked independently of maxmon's own Phoenix
// client; and served over a transport that is not a QWebSocket.
#include "server/phoenixconnection.h"
#include "server/phoenixhub.h"
#include "server/websocketfrontdoor.h"

#include <maxmon/phoenix/authtoken.h>
#include <maxmon/phoenix/serializer.h>
#include <maxmon/testing/phoenixserver.h>
#include <maxmon/testing/testutil.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::phoenix::Frame;
using maxmon::phoenix::Serializer;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject reply(const QString &status, const QJsonValue &response = QJsonObject())
{
    return { { QLatin1String("status"), status }, { QLatin1String("response"), response } };
}

// A Phoenix client written by hand: frames in, frames out, nothing else.
class RawClient : public QObject
{
public:
    explicit RawClient(Serializer::Version version = Serializer::Version::V2)
        : m_serializer(version)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [this](const QString &text) { record(m_serializer.decodeText(text.toUtf8())); });
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
            record(m_serializer.decodeBinary(data, phoenix::Sender::Server));
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closeCode = socket.closeCode();
            closeReason = socket.closeReason();
        });
    }

    // Qt 6.4's ~QWebSocket leaks the reason string of the close it sends
    // when still connected: abort instead, the server sees a dropped connection.
    ~RawClient() override { socket.abort(); }

    void open(const QUrl &url, const QStringList &subprotocols = {})
    {
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(subprotocols);
        socket.open(QNetworkRequest(url), options);
    }
    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }

    void send(const Frame &frame)
    {
        const Result<QByteArray> bytes = m_serializer.encode(frame, phoenix::Sender::Client);
        QVERIFY(bytes);
        if (frame.isBinary)
            socket.sendBinaryMessage(*bytes);
        else
            socket.sendTextMessage(QString::fromUtf8(*bytes));
    }
    void push(const QString &joinRef, const QString &ref, const QString &topic,
              const QString &event, const QJsonValue &payload = QJsonObject())
    {
        send(Frame::json(joinRef.isEmpty() ? std::nullopt : std::optional<QString>(joinRef), ref,
                         topic, event, payload));
    }

    std::optional<Frame> replyTo(const QString &ref) const
    {
        for (const Frame &frame : frames) {
            if (frame.isReply() && frame.ref == ref)
                return frame;
        }
        return std::nullopt;
    }
    QList<Frame> withEvent(const QString &event) const
    {
        QList<Frame> found;
        for (const Frame &frame : frames) {
            if (frame.event == event)
                found.append(frame);
        }
        return found;
    }

    QWebSocket socket;
    QList<Frame> frames;
    int decodeErrors = 0;
    int closeCode = 0;
    QString closeReason;

private:
    void record(const Result<Frame> &frame)
    {
        if (frame)
            frames.append(*frame);
        else
            ++decodeErrors;
    }

    Serializer m_serializer;
};

} // namespace

class TestPhoenixHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void heartbeatIsAnswered();
    void joinThenPushesAreEchoed();
    void joinAuthorization_data();
    void joinAuthorization();
    void pushToATopicNotJoinedIsUnmatched();
    void ignoredPushGetsNoReply();
    void errorEventRepliesWithError();
    void crashSendsPhxErrorAndForgetsTheJoin();
    void stopRepliesThenCloses();
    void secondJoinClosesTheFirst();
    void leaveForgetsTheJoin();
    void shoutAndBroadcastReachTheTopic();
    void presenceStateAndDiffs();
    void binaryPushGetsBinaryReply();
    void protocolVersionFromTheQuery_data();
    void protocolVersionFromTheQuery();
    void unknownVersionIsRefused();
    void socketTokenRequiredAndAccepted();
    void idleConnectionIsClosed();
    void heartbeatsKeepTheConnectionOpen();
    void malformedMessagesAreIgnored();
    void hubOutlivedByItsConnections();
    void servesAnyTransport();

private:
    QUrl url(const QString &vsn = QStringLiteral("2.0.0")) const;
    bool connectClient(RawClient &client, const QUrl &url, const QStringList &protocols = {});

    PhoenixServer *m_server = nullptr;
};

void TestPhoenixHub::init()
{
    m_server = new PhoenixServer(this);
    QVERIFY(m_server->listen());
}

void TestPhoenixHub::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

QUrl TestPhoenixHub::url(const QString &vsn) const
{
    QUrl url = m_server->url(PhoenixHub::path());
    if (!vsn.isEmpty())
        url.setQuery(QStringLiteral("vsn=") + vsn);
    return url;
}

bool TestPhoenixHub::connectClient(RawClient &client, const QUrl &url, const QStringList &protocols)
{
    client.open(url, protocols);
    QSignalSpy connected(&client.socket, &QWebSocket::connected);
    return connected.wait(5000) || client.isOpen();
}

void TestPhoenixHub::heartbeatIsAnswered()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.socket.sendTextMessage(QStringLiteral(R"([null,"7","phoenix","heartbeat",{}])"));
    QTRY_COMPARE(client.frames.size(), 1);
    QCOMPARE(client.frames.constFirst(),
             Frame::json(std::nullopt, QStringLiteral("7"), QStringLiteral("phoenix"),
                         QStringLiteral("phx_reply"), reply(QStringLiteral("ok"))));
    QCOMPARE(m_server->count(QStringLiteral("heartbeat"), QStringLiteral("phoenix")), 1);
}

void TestPhoenixHub::joinThenPushesAreEchoed()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("lobby"),
                QStringLiteral("phx_join"), object(R"({"hello":"server"})"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("1")));
    QCOMPARE(*client.replyTo(QStringLiteral("1")),
             Frame::json(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("lobby"),
                         QStringLiteral("phx_reply"), reply(QStringLiteral("ok"))));
    QCOMPARE(m_server->subscriberCount(QStringLiteral("lobby")), 1);

    const QJsonObject payload = object(R"({"body":"hi","n":[1,2,3]})");
    client.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("lobby"),
                QStringLiteral("new_msg"), payload);
    QTRY_VERIFY(client.replyTo(QStringLiteral("2")));
    QCOMPARE(*client.replyTo(QStringLiteral("2")),
             Frame::json(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("lobby"),
                         QStringLiteral("phx_reply"), reply(QStringLiteral("ok"), payload)));
}

void TestPhoenixHub::joinAuthorization_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("socketToken"); // as ?token=
    QTest::addColumn<bool>("accepted");

    const QJsonObject good { { QLatin1String("token"), QStringLiteral("demo-token") } };
    const QJsonObject bad { { QLatin1String("token"), QStringLiteral("wrong") } };
    QTest::newRow("public topic") << QStringLiteral("room:1") << QJsonObject() << QString() << true;
    QTest::newRow("private, no token")
        << QStringLiteral("private:1") << QJsonObject() << QString() << false;
    QTest::newRow("private, wrong token")
        << QStringLiteral("private:1") << bad << QString() << false;
    QTest::newRow("private, params token")
        << QStringLiteral("private:1") << good << QString() << true;
    QTest::newRow("private, socket token")
        << QStringLiteral("private:1") << QJsonObject() << QStringLiteral("demo-token") << true;
    QTest::newRow("private, wrong socket token")
        << QStringLiteral("private:1") << QJsonObject() << QStringLiteral("nope") << false;
    QTest::newRow("prefix only") << QStringLiteral("private") << QJsonObject() << QString() << true;
}

void TestPhoenixHub::joinAuthorization()
{
    QFETCH(QString, topic);
    QFETCH(QJsonObject, params);
    QFETCH(QString, socketToken);
    QFETCH(bool, accepted);

    QUrl target = url();
    if (!socketToken.isEmpty())
        target.setQuery(target.query() + QStringLiteral("&token=") + socketToken);
    RawClient client;
    QVERIFY(connectClient(client, target));
    client.push(QStringLiteral("3"), QStringLiteral("3"), topic, QStringLiteral("phx_join"),
                params);
    QTRY_VERIFY(client.replyTo(QStringLiteral("3")));
    const Frame answer = *client.replyTo(QStringLiteral("3"));
    QCOMPARE(refText(answer.joinRef), QStringLiteral("3"));
    if (accepted) {
        QCOMPARE(answer.payload.toObject(), reply(QStringLiteral("ok")));
    } else {
        QCOMPARE(answer.payload.toObject(),
                 reply(QStringLiteral("error"), object(R"({"reason":"unauthorized"})")));
    }
    QCOMPARE(m_server->subscriberCount(topic), accepted ? 1 : 0);
}

void TestPhoenixHub::pushToATopicNotJoinedIsUnmatched()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QString(), QStringLiteral("1"), QStringLiteral("room:nowhere"),
                QStringLiteral("new_msg"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("1")));
    QCOMPARE(client.replyTo(QStringLiteral("1"))->payload.toObject(),
             reply(QStringLiteral("error"), object(R"({"reason":"unmatched topic"})")));
}

void TestPhoenixHub::ignoredPushGetsNoReply()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("t"),
                QStringLiteral("phx_join"));
    client.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("t"),
                QStringLiteral("ignore"));
    client.push(QString(), QStringLiteral("3"), QStringLiteral("phoenix"),
                QStringLiteral("heartbeat"));
    // the server answers in order: once the heartbeat is answered, the ignore never will be
    QTRY_VERIFY(client.replyTo(QStringLiteral("3")));
    QVERIFY(client.replyTo(QStringLiteral("1")));
    QVERIFY(!client.replyTo(QStringLiteral("2")));
    QCOMPARE(m_server->count(QStringLiteral("ignore")), 1);
}

void TestPhoenixHub::errorEventRepliesWithError()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("t"),
                QStringLiteral("phx_join"));
    const QJsonObject payload = object(R"({"why":"because"})");
    client.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("t"),
                QStringLiteral("error"), payload);
    QTRY_VERIFY(client.replyTo(QStringLiteral("2")));
    QCOMPARE(client.replyTo(QStringLiteral("2"))->payload.toObject(),
             reply(QStringLiteral("error"), payload));
}

void TestPhoenixHub::crashSendsPhxErrorAndForgetsTheJoin()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("room:c"),
                QStringLiteral("phx_join"));
    client.push(QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("room:c"),
                QStringLiteral("crash"));
    QTRY_COMPARE(client.withEvent(QStringLiteral("phx_error")).size(), 1);
    QCOMPARE(client.withEvent(QStringLiteral("phx_error")).constFirst(),
             Frame::json(QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("room:c"),
                         QStringLiteral("phx_error"), QJsonObject()));
    QVERIFY(!client.replyTo(QStringLiteral("5")));
    QCOMPARE(m_server->subscriberCount(QStringLiteral("room:c")), 0);
    QVERIFY(m_server->presenceState(QStringLiteral("room:c")).isEmpty());

    client.push(QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("room:c"),
                QStringLiteral("new_msg"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("6")));
    QCOMPARE(client.replyTo(QStringLiteral("6"))->replyStatus(), QStringLiteral("error"));
}

void TestPhoenixHub::stopRepliesThenCloses()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("t"),
                QStringLiteral("phx_join"));
    client.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("t"),
                QStringLiteral("stop"));
    QTRY_COMPARE(client.withEvent(QStringLiteral("phx_close")).size(), 1);
    QVERIFY(client.replyTo(QStringLiteral("2")));
    QCOMPARE(client.replyTo(QStringLiteral("2"))->replyStatus(), QStringLiteral("ok"));
    QCOMPARE(client.frames.constLast(),
             Frame::json(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("t"),
                         QStringLiteral("phx_close"), QJsonObject()));
    QCOMPARE(m_server->subscriberCount(QStringLiteral("t")), 0);
}

void TestPhoenixHub::secondJoinClosesTheFirst()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("t"),
                QStringLiteral("phx_join"));
    client.push(QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("t"),
                QStringLiteral("phx_join"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("2")));
    const QList<Frame> closes = client.withEvent(QStringLiteral("phx_close"));
    QCOMPARE(closes.size(), 1);
    QCOMPARE(refText(closes.constFirst().joinRef), QStringLiteral("1"));
    QCOMPARE(client.replyTo(QStringLiteral("2"))->replyStatus(), QStringLiteral("ok"));
    QCOMPARE(m_server->subscriberCount(QStringLiteral("t")), 1);
}

void TestPhoenixHub::leaveForgetsTheJoin()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("t"),
                QStringLiteral("phx_join"));
    client.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("t"),
                QStringLiteral("phx_leave"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("2")));
    QCOMPARE(client.replyTo(QStringLiteral("2"))->replyStatus(), QStringLiteral("ok"));
    QCOMPARE(m_server->subscriberCount(QStringLiteral("t")), 0);
    // leaving what was never joined is an unmatched topic, as in Phoenix
    client.push(QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("t"),
                QStringLiteral("phx_leave"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("3")));
    QCOMPARE(client.replyTo(QStringLiteral("3"))->replyStatus(), QStringLiteral("error"));
}

void TestPhoenixHub::shoutAndBroadcastReachTheTopic()
{
    RawClient alice;
    RawClient bob;
    RawClient outsider;
    QVERIFY(connectClient(alice, url()));
    QVERIFY(connectClient(bob, url()));
    QVERIFY(connectClient(outsider, url()));
    alice.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("chat"),
               QStringLiteral("phx_join"));
    bob.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("chat"),
             QStringLiteral("phx_join"));
    outsider.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("other"),
                  QStringLiteral("phx_join"));
    QTRY_VERIFY(alice.replyTo(QStringLiteral("1")) && bob.replyTo(QStringLiteral("1"))
                && outsider.replyTo(QStringLiteral("1")));

    const QJsonObject hi = object(R"({"body":"hi all"})");
    alice.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("chat"),
               QStringLiteral("shout"), hi);
    const Frame shout = Frame::json(std::nullopt, std::nullopt, QStringLiteral("chat"),
                                    QStringLiteral("shout"), hi);
    // shout: everyone on the topic, the sender too
    QTRY_COMPARE(bob.withEvent(QStringLiteral("shout")), QList<Frame> { shout });
    QTRY_COMPARE(alice.withEvent(QStringLiteral("shout")), QList<Frame> { shout });
    QCOMPARE(alice.replyTo(QStringLiteral("2"))->replyStatus(), QStringLiteral("ok"));

    const QJsonObject news = object(R"({"headline":"quiet day"})");
    bob.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("chat"),
             QStringLiteral("broadcast:news"), news);
    // broadcast:<name>: the others, as <name>
    QTRY_COMPARE(alice.withEvent(QStringLiteral("news")).size(), 1);
    QCOMPARE(alice.withEvent(QStringLiteral("news")).constFirst().payload.toObject(), news);
    QTRY_VERIFY(bob.replyTo(QStringLiteral("2")));
    QVERIFY(bob.withEvent(QStringLiteral("news")).isEmpty());
    QVERIFY(outsider.withEvent(QStringLiteral("shout")).isEmpty());
    QVERIFY(outsider.withEvent(QStringLiteral("news")).isEmpty());
}

void TestPhoenixHub::presenceStateAndDiffs()
{
    RawClient alice;
    RawClient bob;
    QVERIFY(connectClient(alice, url()));
    QVERIFY(connectClient(bob, url()));
    const QString topic = QStringLiteral("room:presence");

    alice.push(QStringLiteral("1"), QStringLiteral("1"), topic, QStringLiteral("phx_join"),
               object(R"({"user":"alice"})"));
    QTRY_COMPARE(alice.withEvent(QStringLiteral("presence_diff")).size(), 1);
    // the join reply, then the state (with the join's ref), then the diff
    QCOMPARE(alice.frames.size(), 3);
    QVERIFY(alice.frames.at(0).isReply());
    const Frame state = alice.frames.at(1);
    QCOMPARE(state.event, QStringLiteral("presence_state"));
    QCOMPARE(refText(state.joinRef), QStringLiteral("1"));
    QCOMPARE(state.payload.toObject().keys(), QStringList { QStringLiteral("alice") });
    const QJsonObject aliceMeta =
        state.payload[QLatin1String("alice")][QLatin1String("metas")][0].toObject();
    QVERIFY(!aliceMeta.value(QLatin1String("phx_ref")).toString().isEmpty());
    const Frame diff = alice.frames.at(2);
    QVERIFY(!diff.joinRef);
    QCOMPARE(diff.payload[QLatin1String("joins")].toObject().keys(),
             QStringList { QStringLiteral("alice") });

    bob.push(QStringLiteral("9"), QStringLiteral("9"), topic, QStringLiteral("phx_join"),
             object(R"({"user_id":42})"));
    QTRY_COMPARE(alice.withEvent(QStringLiteral("presence_diff")).size(), 2);
    QCOMPARE(alice.withEvent(QStringLiteral("presence_diff"))
                 .constLast()
                 .payload[QLatin1String("joins")]
                 .toObject()
                 .keys(),
             QStringList { QStringLiteral("42") });
    QTRY_COMPARE(bob.withEvent(QStringLiteral("presence_state")).size(), 1);
    QCOMPARE(bob.withEvent(QStringLiteral("presence_state")).constFirst().payload.toObject().keys(),
             (QStringList { QStringLiteral("42"), QStringLiteral("alice") }));

    // bob leaves: alice sees him go, with his meta
    bob.push(QStringLiteral("9"), QStringLiteral("10"), topic, QStringLiteral("phx_leave"));
    QTRY_COMPARE(alice.withEvent(QStringLiteral("presence_diff")).size(), 3);
    const QJsonObject leaves = alice.withEvent(QStringLiteral("presence_diff"))
                                   .constLast()
                                   .payload[QLatin1String("leaves")]
                                   .toObject();
    QCOMPARE(leaves.keys(), QStringList { QStringLiteral("42") });
    QCOMPARE(m_server->presenceState(topic).keys(), QStringList { QStringLiteral("alice") });

    // alice disconnects: bob, no longer on the topic, hears nothing; the state is empty
    const int bobFrames = int(bob.frames.size());
    alice.socket.abort();
    QTRY_VERIFY(m_server->presenceState(topic).isEmpty());
    QCOMPARE(m_server->subscriberCount(topic), 0);
    QCOMPARE(bob.frames.size(), bobFrames);
}

void TestPhoenixHub::binaryPushGetsBinaryReply()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("bin"),
                QStringLiteral("phx_join"));
    const QByteArray bytes("\x00\x01\xfe\xff", 4);
    client.send(Frame::binary(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("bin"),
                              QStringLiteral("upload"), bytes));
    QTRY_VERIFY(client.replyTo(QStringLiteral("2")));
    const Frame answer = *client.replyTo(QStringLiteral("2"));
    QVERIFY(answer.isBinary);
    QCOMPARE(answer.replyStatus(), QStringLiteral("ok"));
    QCOMPARE(answer.binaryPayload, bytes);
    QCOMPARE(refText(answer.joinRef), QStringLiteral("1"));
}

void TestPhoenixHub::protocolVersionFromTheQuery_data()
{
    QTest::addColumn<QString>("vsn");
    QTest::newRow("1.0.0") << QStringLiteral("1.0.0");
    QTest::newRow("none: 1.0.0, as Phoenix") << QString();
}

void TestPhoenixHub::protocolVersionFromTheQuery()
{
    QFETCH(QString, vsn);
    RawClient client(Serializer::Version::V1);
    QVERIFY(connectClient(client, url(vsn)));
    client.socket.sendTextMessage(QStringLiteral(
        R"({"topic":"room:v1","event":"phx_join","payload":{"user":"old"},"ref":"1","join_ref":"1"})"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("1")));
    // protocol 1.0.0 frames from the server never carry a join_ref
    QCOMPARE(*client.replyTo(QStringLiteral("1")),
             Frame::json(std::nullopt, QStringLiteral("1"), QStringLiteral("room:v1"),
                         QStringLiteral("phx_reply"), reply(QStringLiteral("ok"))));
    QTRY_COMPARE(client.withEvent(QStringLiteral("presence_state")).size(), 1);
    QCOMPARE(client.decodeErrors, 0);
    // a 2.0.0 array is not understood on a 1.0.0 connection: ignored, not fatal
    client.socket.sendTextMessage(QStringLiteral(R"([null,"2","phoenix","heartbeat",{}])"));
    client.socket.sendTextMessage(
        QStringLiteral(R"({"topic":"phoenix","event":"heartbeat","payload":{},"ref":"3"})"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("3")));
    QVERIFY(!client.replyTo(QStringLiteral("2")));
}

void TestPhoenixHub::unknownVersionIsRefused()
{
    QSignalSpy rejected(m_server, &PhoenixServer::requestRejected);
    RawClient client;
    QSignalSpy errors(&client.socket,
                      QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
    client.open(url(QStringLiteral("3.0.0")));
    QVERIFY(errors.wait(5000));
    QVERIFY(!client.isOpen());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().at(1).toInt(), 400);
}

void TestPhoenixHub::socketTokenRequiredAndAccepted()
{
    m_server->setSocketTokenRequired(true);

    RawClient anonymous;
    QSignalSpy errors(&anonymous.socket,
                      QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
    anonymous.open(url());
    QVERIFY(errors.wait(5000));
    QVERIFY(anonymous.socket.errorString().contains(QLatin1String("403")));

    const std::optional<QStringList> protocols =
        phoenix::authtoken::subprotocolsFor(QStringLiteral("demo-token"));
    QVERIFY(protocols);
    RawClient client;
    QVERIFY(connectClient(client, url(), *protocols));
    QCOMPARE(client.socket.subprotocol(), QStringLiteral("phoenix"));
    // the socket's token also opens protected topics
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("private:x"),
                QStringLiteral("phx_join"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("1")));
    QCOMPARE(client.replyTo(QStringLiteral("1"))->replyStatus(), QStringLiteral("ok"));
    QCOMPARE(phoenix::authtoken::tokenFrom(m_server->requests().constLast().subprotocols()),
             QStringLiteral("demo-token"));
}

void TestPhoenixHub::idleConnectionIsClosed()
{
    m_server->setIdleTimeout(300);

    RawClient client;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(connectClient(client, url()));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("room:idle"),
                QStringLiteral("phx_join"), object(R"({"user":"sleepy"})"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("1")));
    QTRY_VERIFY_WITH_TIMEOUT(!client.isOpen(), 5000);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(client.closeCode, 1000);
    QCOMPARE(client.closeReason, QStringLiteral("idle timeout"));
    // and its presence went with it
    QTRY_VERIFY(m_server->presenceState(QStringLiteral("room:idle")).isEmpty());
}

void TestPhoenixHub::heartbeatsKeepTheConnectionOpen()
{
    m_server->setIdleTimeout(300);

    RawClient client;
    QVERIFY(connectClient(client, url()));
    QElapsedTimer alive;
    alive.start();
    int ref = 0;
    QTimer beat;
    connect(&beat, &QTimer::timeout, this, [&] {
        client.push(QString(), QString::number(++ref), QStringLiteral("phoenix"),
                    QStringLiteral("heartbeat"));
    });
    beat.start(100);
    // well past several idle timeouts, every heartbeat answered
    QTRY_VERIFY_WITH_TIMEOUT(alive.elapsed() > 1000 && client.frames.size() >= 8, 5000);
    QVERIFY(client.isOpen());
    QCOMPARE(client.closeCode, 0);
    beat.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!client.isOpen(), 5000); // and once they stop, it closes
    QCOMPARE(client.closeReason, QStringLiteral("idle timeout"));
}

void TestPhoenixHub::malformedMessagesAreIgnored()
{
    RawClient client;
    QVERIFY(connectClient(client, url()));
    client.socket.sendTextMessage(QStringLiteral("not json"));
    client.socket.sendTextMessage(QStringLiteral("[1,2,3]"));
    client.socket.sendTextMessage(QStringLiteral(R"([null,null,42,"x",{}])"));
    client.socket.sendBinaryMessage(QByteArray("\x07garbage", 8));
    client.socket.sendBinaryMessage(QByteArray("\x00\x09\x09", 3));
    client.socket.sendBinaryMessage(QByteArray());
    client.push(QString(), QStringLiteral("1"), QStringLiteral("phoenix"),
                QStringLiteral("heartbeat"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("1")));
    QCOMPARE(client.frames.size(), 1);
    QVERIFY(client.isOpen());
}

void TestPhoenixHub::hubOutlivedByItsConnections()
{
    // a server of its own: PhoenixServer keeps its hub to itself
    WebSocketFrontDoor frontDoor(QStringLiteral("hub-test"));
    auto *hub = new PhoenixHub(&frontDoor);
    frontDoor.setRouter([hub](const HttpUpgradeRequest &request) { return hub->route(request); });
    connect(&frontDoor, &WebSocketFrontDoor::newConnection, hub,
            [hub](QWebSocket *socket, const HttpUpgradeRequest &request) {
                hub->serve(socket, request);
            });
    QVERIFY(frontDoor.listen());
    RawClient client;
    QVERIFY(connectClient(
        client,
        QUrl(
            QStringLiteral("ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0").arg(frontDoor.port()))));
    client.push(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("room:x"),
                QStringLiteral("phx_join"));
    QTRY_VERIFY(client.replyTo(QStringLiteral("1")));
    QCOMPARE(hub->connectionCount(), 1);
    // the hub goes first; the connection's socket (and endpoint) stays until the front door goes
    delete hub;
    client.push(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("room:x"),
                QStringLiteral("new_msg"));
    client.socket.close();
    QTRY_VERIFY(!client.isOpen());
    QVERIFY(!client.replyTo(QStringLiteral("2")));
}

void TestPhoenixHub::servesAnyTransport()
{
    // what a server with its own connection objects does: no QWebSocket involved
    PhoenixHub hub;
    PhoenixHub::Settings settings = hub.settings();
    settings.idleTimeoutMs = 100;
    hub.setSettings(settings);
    HttpUpgradeRequest request;
    request.path = PhoenixHub::path();
    request.query = QUrlQuery(QStringLiteral("vsn=2.0.0"));
    QStringList sent;
    QList<QPair<int, QString>> closes;
    QObject owner;
    PhoenixConnection *connection =
        hub.serve(request,
                  { [&sent](const QString &text) { sent.append(text); },
                    [](const QByteArray &) { QFAIL("no binary expected"); },
                    [&closes](int code, const QString &reason) {
                        closes.append({ code, reason });
                    } },
                  &owner);
    QCOMPARE(connection->parent(), &owner);
    QCOMPARE(hub.connectionCount(), 1);

    connection->receiveText(QStringLiteral(R"(["1","1","room:t","phx_join",{"user":"u"}])"));
    QCOMPARE(sent.size(), 3); // reply, presence_state, presence_diff
    QCOMPARE(sent.at(0),
             QStringLiteral(R"(["1","1","room:t","phx_reply",{"response":{},"status":"ok"}])"));
    QCOMPARE(hub.subscriberCount(QStringLiteral("room:t")), 1);

    QTRY_COMPARE(closes.size(), 1); // the idle timeout asks the transport to close
    QCOMPARE(closes.constFirst().first, 1000);
    QCOMPARE(closes.constFirst().second, QStringLiteral("idle timeout"));

    connection->transportClosed();
    QCOMPARE(hub.subscriberCount(QStringLiteral("room:t")), 0);
    QVERIFY(hub.presenceState(QStringLiteral("room:t")).isEmpty());
    connection->receiveText(QStringLiteral(R"([null,"2","phoenix","heartbeat",{}])"));
    QCOMPARE(sent.size(), 3); // closed: nothing more goes out
    delete connection;
    QCOMPARE(hub.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestPhoenixHub)
#include "tst_phoenixhub.moc"
