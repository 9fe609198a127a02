// phoenix::Push against the demo server's Phoenix endpoint: outcomes,
// refs on the wire, the buffer before a join, resending the join push,
// ownership, binary payloads and late replies.
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/phoenixserver.h>
#include <maxmon/testing/phoenixwaits.h>
#include <maxmon/testing/testutil.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using namespace maxmon::phoenix;

class TestPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void outcomes_data();
    void outcomes();
    void eachPushHasItsOwnRefOnTheWire();
    void pushBeforeJoinIsRefused();
    void bufferedPushGetsANewRefWhenSent();
    void bufferedPushCanTimeOutBeforeItIsSent();
    void joinPushIsResentOnRejoin();
    void deletesItselfAfterItsOutcomeUnlessAsked();
    void binaryPushGetsABinaryReply();
    void binaryPushIsRefusedOnProtocol1();
    void lateReplyIsNotASecondOutcome();

private:
    // A socket connected to the server with one joined channel.
    Channel *joinedChannel(Socket &socket, const QString &topic = QStringLiteral("room:push"));

    PhoenixServer *m_server = nullptr;
};

void TestPush::init()
{
    m_server = new PhoenixServer(this);
    QVERIFY(m_server->listen());
}

void TestPush::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

Channel *TestPush::joinedChannel(Socket &socket, const QString &topic)
{
    if (!socket.open())
        return nullptr;
    Channel *channel = socket.channel(topic);
    if (!channel->join())
        return nullptr;
    QSignalSpy joined(channel, &Channel::joined);
    return joined.wait(5000) ? channel : nullptr;
}

void TestPush::outcomes_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QJsonValue>("response");

    const QJsonObject payload { { QLatin1String("n"), 7 } };
    QTest::newRow("echo: ok with the payload")
        << QStringLiteral("echo") << QStringLiteral("ok") << QJsonValue(payload);
    QTest::newRow("error reply") << QStringLiteral("error") << QStringLiteral("error")
                                 << QJsonValue(payload);
    QTest::newRow("no reply: timeout")
        << QStringLiteral("ignore") << QStringLiteral("timeout") << QJsonValue(QJsonObject());
}

void TestPush::outcomes()
{
    QFETCH(QString, event);
    QFETCH(QString, status);
    QFETCH(QJsonValue, response);

    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = joinedChannel(socket);
    QVERIFY(channel);
    const Result<Push *> push =
        channel->push(event, QJsonObject { { QLatin1String("n"), 7 } }, 300);
    QVERIFY(push);
    QCOMPARE((*push)->event(), event);
    QCOMPARE((*push)->timeoutMs(), 300);
    QVERIFY((*push)->isSent());
    QVERIFY((*push)->status().isEmpty());
    QSignalSpy received(*push, &Push::received);
    QSignalSpy ok(*push, &Push::ok);
    QSignalSpy error(*push, &Push::error);
    QSignalSpy timeout(*push, &Push::timeout);
    QElapsedTimer timer;
    timer.start();

    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().at(0).toString(), status);
    QCOMPARE(received.constFirst().at(1).toJsonValue(), response);
    QCOMPARE(ok.size(), status == QLatin1String("ok") ? 1 : 0);
    QCOMPARE(error.size(), status == QLatin1String("error") ? 1 : 0);
    QCOMPARE(timeout.size(), status == QLatin1String("timeout") ? 1 : 0);
    if (status == QLatin1String("timeout"))
        QVERIFY(timer.elapsed() >= 250);
    // exactly one outcome: nothing follows
    QVERIFY(channel->push(QStringLiteral("echo"), QJsonObject()));
    QTRY_COMPARE(m_server->count(QStringLiteral("echo")), event == QLatin1String("echo") ? 2 : 1);
    QCOMPARE(received.size(), 1);
}

void TestPush::eachPushHasItsOwnRefOnTheWire()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = joinedChannel(socket);
    QVERIFY(channel);
    QStringList refs;
    for (int i = 0; i < 3; ++i) {
        const Result<Push *> push = channel->push(QStringLiteral("echo"), QJsonObject());
        QVERIFY(push);
        (*push)->setAutoDelete(false);
        refs.append((*push)->ref());
    }
    QCOMPARE(refs.size(), 3);
    QVERIFY(refs.at(0).toInt() < refs.at(1).toInt() && refs.at(1).toInt() < refs.at(2).toInt());
    QTRY_COMPARE(m_server->count(QStringLiteral("echo")), 3);
    QStringList onTheWire;
    for (const Frame &frame : m_server->frames()) {
        if (frame.event == QLatin1String("echo")) {
            onTheWire.append(refText(frame.ref));
            QCOMPARE(refText(frame.joinRef), channel->joinRef());
            QCOMPARE(frame.topic, QStringLiteral("room:push"));
        }
    }
    QCOMPARE(onTheWire, refs);
}

void TestPush::pushBeforeJoinIsRefused()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = socket.channel(QStringLiteral("room:early"));
    const Result<Push *> push = channel->push(QStringLiteral("echo"), QJsonObject());
    QVERIFY(!push);
    QCOMPARE(push.error().code(), Error::Code::InvalidState);
    QVERIFY(push.error().message().contains(QLatin1String("room:early")));
    QCOMPARE(channel->bufferedPushCount(), 0);
    QVERIFY(channel->findChildren<Push *>(QString(), Qt::FindDirectChildrenOnly).size() == 1);
}

void TestPush::bufferedPushGetsANewRefWhenSent()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    QTRY_VERIFY(socket.isConnected());
    Channel *channel = socket.channel(QStringLiteral("room:buffer"));
    QVERIFY(channel->join());
    QCOMPARE(channel->state(), Channel::State::Joining);
    const Result<Push *> push = channel->push(QStringLiteral("echo"), QJsonObject());
    QVERIFY(push);
    (*push)->setAutoDelete(false);
    QVERIFY(!(*push)->isSent());
    const QString bufferedRef = (*push)->ref();
    QVERIFY(!bufferedRef.isEmpty()); // its timeout runs while it waits
    QCOMPARE(channel->bufferedPushCount(), 1);
    QSignalSpy ok(*push, &Push::ok);

    QTRY_COMPARE(ok.size(), 1);
    QVERIFY((*push)->isSent());
    QVERIFY((*push)->ref() != bufferedRef);
    QCOMPARE(refText(m_server->frames().constLast().ref), (*push)->ref());
    QCOMPARE((*push)->status(), QStringLiteral("ok"));
}

void TestPush::bufferedPushCanTimeOutBeforeItIsSent()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = socket.channel(QStringLiteral("room:late"));
    QVERIFY(channel->join());
    const Result<Push *> push = channel->push(QStringLiteral("echo"), QJsonObject(), 100);
    QVERIFY(push);
    QSignalSpy timeout(*push, &Push::timeout);
    QTRY_COMPARE(timeout.size(), 1);

    QVERIFY(socket.open());
    MAXMON_VERIFY(waitForJoin(*channel));
    QVERIFY(channel->push(QStringLiteral("marker"), QJsonObject()));
    QTRY_COMPARE(m_server->count(QStringLiteral("marker")), 1);
    QCOMPARE(m_server->count(QStringLiteral("echo")), 0); // it timed out: never sent
}

void TestPush::joinPushIsResentOnRejoin()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("room:rejoin"));
    const Result<Push *> join = channel->join();
    QVERIFY(join);
    const QPointer<Push> joinPush = *join;
    QSignalSpy ok(joinPush, &Push::ok);
    QTRY_COMPARE(ok.size(), 1);
    const QString firstRef = joinPush->ref();
    QCOMPARE(joinPush->status(), QStringLiteral("ok"));
    QVERIFY(!joinPush->autoDelete());

    QVERIFY(channel->push(QStringLiteral("crash"), QJsonObject()));
    QTRY_COMPARE(ok.size(), 2); // the same push, resent with a new ref
    QVERIFY(joinPush);
    QVERIFY(joinPush->ref() != firstRef);
    QCOMPARE(channel->joinRef(), joinPush->ref());
    const QList<Frame> received = m_server->frames();
    QCOMPARE(refText(received.constLast().ref), joinPush->ref());
    QCOMPARE(refText(received.constLast().joinRef), joinPush->ref());
}

void TestPush::deletesItselfAfterItsOutcomeUnlessAsked()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = joinedChannel(socket);
    QVERIFY(channel);
    const QPointer<Push> transient = *channel->push(QStringLiteral("echo"), QJsonObject());
    const QPointer<Push> kept = *channel->push(QStringLiteral("echo"), QJsonObject());
    kept->setAutoDelete(false);
    const QPointer<Push> timedOut = *channel->push(QStringLiteral("ignore"), QJsonObject(), 50);
    QTRY_VERIFY(!transient && !timedOut);
    QVERIFY(kept);
    QCOMPARE(kept->status(), QStringLiteral("ok"));
    QCOMPARE(kept->parent(), channel);
    delete kept.data();
}

void TestPush::binaryPushGetsABinaryReply()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = joinedChannel(socket);
    QVERIFY(channel);
    const QByteArray bytes("\x00\x01\x02\xff", 4);
    const Result<Push *> push = channel->pushBinary(QStringLiteral("upload"), bytes);
    QVERIFY(push);
    QVERIFY((*push)->isBinary());
    QCOMPARE((*push)->binaryPayload(), bytes);
    (*push)->setAutoDelete(false);
    QSignalSpy ok(*push, &Push::ok);
    QTRY_COMPARE(ok.size(), 1);
    const Frame reply = (*push)->reply();
    QVERIFY(reply.isBinary);
    QCOMPARE(reply.binaryPayload, bytes);
    QCOMPARE(reply.replyStatus(), QStringLiteral("ok"));
    const Frame sent = m_server->frames().constLast();
    QVERIFY(sent.isBinary);
    QCOMPARE(sent.binaryPayload, bytes);

    // a header field over 255 bytes cannot be encoded: refused at once
    const Result<Push *> tooLong = channel->pushBinary(QString(300, QLatin1Char('e')), bytes);
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code(), Error::Code::PhoenixError);
}

void TestPush::binaryPushIsRefusedOnProtocol1()
{
    SocketOptions options = fastSocketOptions();
    options.vsn = Serializer::Version::V1;
    Socket socket(phoenixConfig(m_server->url()), options);
    Channel *channel = joinedChannel(socket);
    QVERIFY(channel);
    const Result<Push *> push = channel->pushBinary(QStringLiteral("upload"), QByteArray("x"));
    QVERIFY(!push);
    QCOMPARE(push.error().code(), Error::Code::PhoenixError);
    QVERIFY(push.error().message().contains(QLatin1String("1.0.0")));
}

void TestPush::lateReplyIsNotASecondOutcome()
{
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(m_server->port()));
    Socket socket(phoenixConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/socket").arg(proxy.port()))),
                  fastSocketOptions());
    Channel *channel = joinedChannel(socket);
    QVERIFY(channel);
    MAXMON_VERIFY(proxy.setLatency(300, 0, FaultProxy::Direction::ServerToClient));
    const Result<Push *> push = channel->push(QStringLiteral("echo"), QJsonObject(), 100);
    QVERIFY(push);
    (*push)->setAutoDelete(false);
    const QString ref = (*push)->ref();
    QSignalSpy received(*push, &Push::received);
    QSignalSpy late(channel, &Channel::messageReceived);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE((*push)->status(), QStringLiteral("timeout"));
    // the reply still comes: the channel reports it, the push does not change its mind
    QTRY_COMPARE(late.size(), 1);
    QCOMPARE(late.constFirst().at(0).toString(), QStringLiteral("phx_reply"));
    QCOMPARE(refText(late.constFirst().at(2).value<Frame>().ref), ref);
    QCOMPARE(received.size(), 1);
    QCOMPARE((*push)->status(), QStringLiteral("timeout"));
}

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
