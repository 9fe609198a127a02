// phoenix::Channel end to end against the demo server's Phoenix endpoint
// (directly, or through a FaultProxy), and against a scripted server for
// what the endpoint never does: states, join refusal, crash and rejoin,
// reconnect with buffered pushes, server events, presence, leaving.
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/phoenixserver.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace maxmon;
using namespace maxmon::testing;
using namespace maxmon::phoenix;
using ChannelState = Channel::State;

namespace {

QList<ChannelState> channelStatesOf(const QSignalSpy &spy)
{
    QList<ChannelState> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<ChannelState>());
    return states;
}

QJsonObject user(const QString &name)
{
    return { { QLatin1String("user"), name } };
}

QStringList presentKeys(const Channel *channel)
{
    return channel->presence()->state().keys();
}

} // namespace

class TestChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void joinPushLeaveGoThroughTheStates();
    void joinBeforeTheSocketOpensIsBuffered();
    void joinRefusedIsRetriedOnTheRejoinSchedule();
    void crashOnTheServerRejoins();
    void reconnectRejoinsAndSendsBufferedPushes();
    void joinTimeoutLeavesAndRejoins();
    void serverEventsReachTheChannel();
    void presenceOfTwoClients();
    void phxCloseFromTheServerClosesTheChannel();
    void framesForAnEarlierJoinAreNotDelivered();
    void secondChannelOnATopicLeavesTheFirst();
    void leaveWaitsForTheServerOrTheTimeout();
    void leaveWhileDisconnectedClosesAtOnce();
    void deletingAChannelIsSafe();

private:
    PhoenixServer *m_server = nullptr;
};

void TestChannel::init()
{
    m_server = new PhoenixServer(this);
    QVERIFY(m_server->listen());
}

void TestChannel::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestChannel::joinPushLeaveGoThroughTheStates()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("room:states"),
                                      { { QLatin1String("user"), QStringLiteral("ann") } });
    QCOMPARE(channel->state(), ChannelState::Closed);
    QCOMPARE(Channel::stateName(channel->state()), QStringLiteral("closed"));
    QSignalSpy states(channel, &Channel::stateChanged);
    QSignalSpy joined(channel, &Channel::joined);
    QSignalSpy closed(channel, &Channel::closed);

    const Result<Push *> join = channel->join();
    QVERIFY(join);
    QCOMPARE((*join)->event(), QStringLiteral("phx_join"));
    QTRY_COMPARE(channel->state(), ChannelState::Joined);
    QCOMPARE(joined.size(), 1);
    QCOMPARE(channel->joinRef(), (*join)->ref());
    const Frame sent = m_server->frames().constFirst();
    QCOMPARE(sent.event, QStringLiteral("phx_join"));
    QCOMPARE(sent.payload.toObject(), user(QStringLiteral("ann")));
    QCOMPARE(refText(sent.joinRef), refText(sent.ref));
    QCOMPARE(*sent.ref, channel->joinRef());

    const Result<Push *> again = channel->join();
    QVERIFY(!again);
    QCOMPARE(again.error().code(), Error::Code::InvalidState);

    Push *leave = channel->leave();
    QCOMPARE(channel->state(), ChannelState::Leaving);
    QSignalSpy leaveOk(leave, &Push::ok);
    QTRY_COMPARE(channel->state(), ChannelState::Closed);
    QCOMPARE(leaveOk.size(), 1); // acknowledged by the server
    QCOMPARE(closed.size(), 1);
    QCOMPARE(channelStatesOf(states),
             (QList<ChannelState> { ChannelState::Joining, ChannelState::Joined,
                                    ChannelState::Leaving, ChannelState::Closed }));
    QCOMPARE(m_server->count(QStringLiteral("phx_leave")), 1);
    QVERIFY(socket.channels().isEmpty());
    QTRY_COMPARE(m_server->subscriberCount(QStringLiteral("room:states")), 0);
}

void TestChannel::joinBeforeTheSocketOpensIsBuffered()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = socket.channel(QStringLiteral("early"));
    QVERIFY(channel->join());
    QCOMPARE(channel->state(), ChannelState::Joining);
    QCOMPARE(socket.bufferedFrameCount(), 1);
    const Result<Push *> push = channel->push(QStringLiteral("hello"), QJsonObject());
    QVERIFY(push);
    QCOMPARE(channel->bufferedPushCount(), 1);
    QSignalSpy ok(*push, &Push::ok);

    QVERIFY(socket.open());
    QTRY_COMPARE(channel->state(), ChannelState::Joined);
    QTRY_COMPARE(ok.size(), 1);
    QCOMPARE(socket.bufferedFrameCount(), 0);
    QCOMPARE(channel->bufferedPushCount(), 0);
    QCOMPARE(m_server->count(QStringLiteral("phx_join")), 1);
}

void TestChannel::joinRefusedIsRetriedOnTheRejoinSchedule()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("private:vault"));
    QSignalSpy errors(channel, &Channel::errorOccurred);
    const Result<Push *> join = channel->join();
    QVERIFY(join);
    QSignalSpy refused(*join, &Push::error);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(channel->state(), ChannelState::Errored);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.constFirst().at(0).toJsonValue().toObject(),
             (QJsonObject { { QLatin1String("reason"), QStringLiteral("unauthorized") } }));
    const Error error = errors.constFirst().at(0).value<Error>();
    QCOMPARE(error.code(), Error::Code::JoinRefused);
    QCOMPARE(error.context().value(QLatin1String("reason")).toString(),
             QStringLiteral("unauthorized"));
    QCOMPARE(error.context().value(QLatin1String("topic")).toString(),
             QStringLiteral("private:vault"));
    QCOMPARE(error.context().value(QLatin1String("rejoinInMs")).toInt(), 50);
    QVERIFY(error.message().contains(QLatin1String("unauthorized")));

    // as the JavaScript client: tried again on the schedule, the same push resent
    QTRY_COMPARE(errors.size(), 2);
    QCOMPARE(errors.at(1).at(0).value<Error>().context().value(QLatin1String("rejoinInMs")).toInt(),
             100);
    QCOMPARE(m_server->count(QStringLiteral("phx_join")), 2);
    QCOMPARE(refused.size(), 2);

    // each rejoin sends the current params: with the token it gets in
    channel->setParams({ { QLatin1String("token"), QStringLiteral("demo-token") } });
    QTRY_COMPARE(channel->state(), ChannelState::Joined);
    QCOMPARE(m_server->frames().constLast().payload.toObject(), channel->params());
}

void TestChannel::crashOnTheServerRejoins()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("room:crash"), user(QStringLiteral("cat")));
    QVERIFY(channel->join());
    QTRY_COMPARE(channel->state(), ChannelState::Joined);
    const QString firstJoin = channel->joinRef();
    QSignalSpy errors(channel, &Channel::errorOccurred);
    QSignalSpy joined(channel, &Channel::joined);
    QSignalSpy states(channel, &Channel::stateChanged);

    const Result<Push *> crash = channel->push(QStringLiteral("crash"), QJsonObject(), 300);
    QVERIFY(crash);
    QSignalSpy crashTimeout(*crash, &Push::timeout);
    QTRY_COMPARE(errors.size(), 1);
    const Error error = errors.constFirst().at(0).value<Error>();
    QCOMPARE(error.code(), Error::Code::PhoenixError);
    QVERIFY(error.message().contains(QLatin1String("phx_error")));
    QTRY_COMPARE(joined.size(), 1);
    QCOMPARE(channelStatesOf(states),
             (QList<ChannelState> { ChannelState::Errored, ChannelState::Joining,
                                    ChannelState::Joined }));
    QVERIFY(channel->joinRef() != firstJoin);
    QCOMPARE(m_server->count(QStringLiteral("phx_join")), 2);
    // the crashed push never got a reply
    QTRY_COMPARE(crashTimeout.size(), 1);

    const Result<Push *> echo = channel->push(QStringLiteral("echo"), QJsonObject());
    QVERIFY(echo);
    QSignalSpy ok(*echo, &Push::ok);
    QTRY_COMPARE(ok.size(), 1);
    QTRY_COMPARE(presentKeys(channel), QStringList { QStringLiteral("cat") });
}

void TestChannel::reconnectRejoinsAndSendsBufferedPushes()
{
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(m_server->port()));
    Socket socket(phoenixConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/socket").arg(proxy.port()))),
                  fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("room:reconnect"));
    QVERIFY(channel->join());
    QTRY_COMPARE(channel->state(), ChannelState::Joined);

    // the connection drops and the server cannot be reached for now
    MAXMON_VERIFY(proxy.setRefuseConnections(true));
    proxy.resetConnections();
    QTRY_COMPARE(socket.state(), ConnectionState::Reconnecting);
    QCOMPARE(channel->state(), ChannelState::Errored);

    QList<QPointer<Push>> pushes;
    QList<int> order;
    for (int i = 1; i <= 3; ++i) {
        const Result<Push *> push =
            channel->push(QStringLiteral("echo"), QJsonObject { { QLatin1String("n"), i } }, 5000);
        QVERIFY(push);
        connect(*push, &Push::ok, this, [&order](const QJsonValue &response) {
            order.append(response[QLatin1String("n")].toInt());
        });
        pushes.append(*push);
    }
    QCOMPARE(channel->bufferedPushCount(), 3);

    MAXMON_VERIFY(proxy.setRefuseConnections(false));
    QTRY_COMPARE_WITH_TIMEOUT(channel->state(), ChannelState::Joined, 5000);
    QTRY_COMPARE(order, (QList<int> { 1, 2, 3 }));
    QCOMPARE(channel->bufferedPushCount(), 0);
    // on the server: the rejoin, then the pushes, in order, under the new join
    QList<Frame> received = m_server->frames();
    QCOMPARE(received.size(), 5);
    QCOMPARE(received.at(1).event, QStringLiteral("phx_join"));
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(received.at(i).event, QStringLiteral("echo"));
        QCOMPARE(refText(received.at(i).joinRef), refText(received.at(1).joinRef));
    }
}

void TestChannel::joinTimeoutLeavesAndRejoins()
{
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(m_server->port()));
    SocketOptions options = fastSocketOptions();
    options.timeoutMs = 200;
    Socket socket(phoenixConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/socket").arg(proxy.port()))),
                  options);
    QVERIFY(socket.open());
    QTRY_COMPARE(socket.state(), ConnectionState::Connected);
    proxy.setBlackhole(true, FaultProxy::Direction::ServerToClient);

    Channel *channel = socket.channel(QStringLiteral("room:slow"));
    QList<Error> errors;
    ChannelState stateAtError = ChannelState::Closed;
    QString joinRefAtError = QStringLiteral("unset");
    connect(channel, &Channel::errorOccurred, this, [&](const Error &error) {
        errors.append(error);
        stateAtError = channel->state();
        joinRefAtError = channel->joinRef();
    });
    QSignalSpy unrouted(&socket, &Socket::unroutedFrame);
    QVERIFY(channel->join());
    QTRY_VERIFY(!errors.isEmpty());
    const Error error = errors.constFirst();
    QCOMPARE(error.code(), Error::Code::PhoenixError);
    QCOMPARE(error.context().value(QLatin1String("timeoutMs")).toInt(), 200);
    QCOMPARE(stateAtError, ChannelState::Errored);
    QVERIFY(joinRefAtError.isEmpty());
    // the timed-out join is left on the server, under its own join ref
    QTRY_VERIFY(m_server->count(QStringLiteral("phx_leave")) >= 1);
    const QList<Frame> received = m_server->frames();
    QCOMPARE(received.at(0).event, QStringLiteral("phx_join"));
    QCOMPARE(received.at(1).event, QStringLiteral("phx_leave"));
    QCOMPARE(refText(received.at(1).joinRef), refText(received.at(0).ref));

    proxy.setBlackhole(false, FaultProxy::Direction::ServerToClient);
    QTRY_COMPARE_WITH_TIMEOUT(channel->state(), ChannelState::Joined, 5000);
    // the replies to the first join, now late, belong to an earlier join
    QTRY_VERIFY(!unrouted.isEmpty());
    QCOMPARE(unrouted.constFirst().at(1).value<Socket::Unrouted>(), Socket::Unrouted::OutdatedJoin);
}

void TestChannel::serverEventsReachTheChannel()
{
    Socket alice(phoenixConfig(m_server->url()), fastSocketOptions());
    Socket bob(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(alice.open());
    QVERIFY(bob.open());
    Channel *aliceChat = alice.channel(QStringLiteral("chat"));
    Channel *bobChat = bob.channel(QStringLiteral("chat"));
    QVERIFY(aliceChat->join());
    QVERIFY(bobChat->join());
    QTRY_VERIFY(aliceChat->state() == ChannelState::Joined
                && bobChat->state() == ChannelState::Joined);
    QSignalSpy aliceHears(aliceChat, &Channel::messageReceived);
    QSignalSpy bobHears(bobChat, &Channel::messageReceived);

    const QJsonObject hi { { QLatin1String("body"), QStringLiteral("hi") } };
    QVERIFY(bobChat->push(QStringLiteral("shout"), hi));
    QTRY_COMPARE(aliceHears.size(), 1);
    QCOMPARE(aliceHears.constFirst().at(0).toString(), QStringLiteral("shout"));
    QCOMPARE(aliceHears.constFirst().at(1).toJsonValue(), QJsonValue(hi));
    const Frame frame = aliceHears.constFirst().at(2).value<Frame>();
    QCOMPARE(frame.topic, QStringLiteral("chat"));
    QVERIFY(!frame.joinRef && !frame.ref);
    QTRY_COMPARE(bobHears.size(), 1); // shout: the sender too

    QVERIFY(aliceChat->push(QStringLiteral("broadcast:typing"),
                            QJsonObject { { QLatin1String("who"), QStringLiteral("alice") } }));
    QTRY_COMPARE(bobHears.size(), 2);
    QCOMPARE(bobHears.constLast().at(0).toString(), QStringLiteral("typing"));
    QCOMPARE(aliceHears.size(), 1);
}

void TestChannel::presenceOfTwoClients()
{
    Socket alice(phoenixConfig(m_server->url()), fastSocketOptions());
    auto *bob = new Socket(phoenixConfig(m_server->url()), fastSocketOptions(), this);
    QVERIFY(alice.open());
    QVERIFY(bob->open());
    const QString topic = QStringLiteral("room:lobby");
    Channel *aliceRoom = alice.channel(topic, user(QStringLiteral("alice")));
    QSignalSpy aliceJoins(aliceRoom->presence(), &Presence::joined);
    QSignalSpy aliceLeaves(aliceRoom->presence(), &Presence::left);
    QVERIFY(aliceRoom->join());
    QTRY_COMPARE(presentKeys(aliceRoom), QStringList { QStringLiteral("alice") });
    QVERIFY(!aliceRoom->presence()->inPendingSyncState());
    QCOMPARE(aliceRoom->presence()->joinRef(), aliceRoom->joinRef());

    Channel *bobRoom = bob->channel(topic, user(QStringLiteral("bob")));
    QVERIFY(bobRoom->join());
    const QStringList both { QStringLiteral("alice"), QStringLiteral("bob") };
    QTRY_COMPARE(presentKeys(bobRoom), both);
    QTRY_COMPARE(presentKeys(aliceRoom), both);
    QCOMPARE(aliceJoins.constLast().at(0).toString(), QStringLiteral("bob"));

    // bob leaves the channel, then bob's second connection drops without a word
    bobRoom->leave();
    QTRY_COMPARE(presentKeys(aliceRoom), QStringList { QStringLiteral("alice") });
    QCOMPARE(aliceLeaves.size(), 1);
    QCOMPARE(aliceLeaves.constFirst().at(0).toString(), QStringLiteral("bob"));

    Channel *bobAgain = bob->channel(topic, user(QStringLiteral("bob")));
    QVERIFY(bobAgain->join());
    QTRY_COMPARE(presentKeys(aliceRoom), both);
    delete bob; // closes with 1001 on the way out
    QTRY_COMPARE(presentKeys(aliceRoom), QStringList { QStringLiteral("alice") });
    QCOMPARE(aliceLeaves.size(), 2);
}

void TestChannel::phxCloseFromTheServerClosesTheChannel()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("room:stop"));
    QVERIFY(channel->join());
    QTRY_COMPARE(channel->state(), ChannelState::Joined);
    QSignalSpy closed(channel, &Channel::closed);
    QSignalSpy events(channel, &Channel::messageReceived);
    QSignalSpy unrouted(&socket, &Socket::unroutedFrame);
    const Result<Push *> stop = channel->push(QStringLiteral("stop"), QJsonObject());
    QVERIFY(stop);
    QSignalSpy ok(*stop, &Push::ok);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(ok.size(), 1);
    QCOMPARE(channel->state(), ChannelState::Closed);
    QCOMPARE(events.constLast().at(0).toString(), QStringLiteral("phx_close"));
    QVERIFY(socket.channels().isEmpty());
    QCOMPARE(m_server->subscriberCount(QStringLiteral("room:stop")), 0);
    QCOMPARE(unrouted.size(), 0);
    // closed for good: no rejoin
    const Result<Push *> again = channel->join();
    QVERIFY(!again);
    QCOMPARE(m_server->count(QStringLiteral("phx_join")), 1);
}

void TestChannel::framesForAnEarlierJoinAreNotDelivered()
{
    // a server that answers joins and then speaks for an old join and the current one
    QWebSocketServer server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const Serializer serializer;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *peer = server.nextPendingConnection();
        peer->setParent(&server);
        connect(
            peer, &QWebSocket::textMessageReceived, peer, [peer, &serializer](const QString &text) {
                const Result<Frame> frame = serializer.decodeText(text.toUtf8());
                if (!frame || frame->event != QLatin1String("phx_join"))
                    return;
                const auto send = [&](const Frame &out) {
                    peer->sendTextMessage(
                        QString::fromUtf8(*serializer.encode(out, Sender::Server)));
                };
                send(Frame::json(frame->joinRef, frame->ref, frame->topic,
                                 QStringLiteral("phx_reply"),
                                 QJsonObject { { QLatin1String("status"), QStringLiteral("ok") },
                                               { QLatin1String("response"), QJsonObject() } }));
                send(Frame::json(QStringLiteral("old"), std::nullopt, frame->topic,
                                 QStringLiteral("stale"), QJsonObject()));
                send(Frame::json(frame->joinRef, std::nullopt, frame->topic,
                                 QStringLiteral("fresh"), QJsonObject()));
                send(Frame::json(QString(), std::nullopt, frame->topic, QStringLiteral("empty_ref"),
                                 QJsonObject()));
            });
    });
    Socket socket(
        phoenixConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/socket").arg(server.serverPort()))),
        fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("t"));
    QSignalSpy events(channel, &Channel::messageReceived);
    QSignalSpy unrouted(&socket, &Socket::unroutedFrame);
    QVERIFY(channel->join());
    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("fresh"));
    QCOMPARE(events.at(1).at(0).toString(), QStringLiteral("empty_ref"));
    QCOMPARE(unrouted.size(), 1);
    QCOMPARE(unrouted.constFirst().at(0).value<Frame>().event, QStringLiteral("stale"));
    QCOMPARE(unrouted.constFirst().at(1).value<Socket::Unrouted>(), Socket::Unrouted::OutdatedJoin);
}

void TestChannel::secondChannelOnATopicLeavesTheFirst()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    Channel *first = socket.channel(QStringLiteral("room:dup"));
    QVERIFY(first->join());
    QTRY_COMPARE(first->state(), ChannelState::Joined);
    Channel *second = socket.channel(QStringLiteral("room:dup"));
    QVERIFY(second->join());
    QCOMPARE(first->state(), ChannelState::Leaving);
    QTRY_COMPARE(second->state(), ChannelState::Joined);
    QTRY_COMPARE(first->state(), ChannelState::Closed);
    QCOMPARE(socket.channels().size(), 1);
    QCOMPARE(socket.channels().constFirst(), second);
}

void TestChannel::leaveWaitsForTheServerOrTheTimeout()
{
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(m_server->port()));
    Socket socket(phoenixConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/socket").arg(proxy.port()))),
                  fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("room:bye"));
    QVERIFY(channel->join());
    QTRY_COMPARE(channel->state(), ChannelState::Joined);

    proxy.setBlackhole(true, FaultProxy::Direction::ServerToClient);
    QElapsedTimer timer;
    timer.start();
    Push *leave = channel->leave(300);
    QSignalSpy timedOut(leave, &Push::timeout);
    QCOMPARE(channel->state(), ChannelState::Leaving);
    QTRY_COMPARE(channel->state(), ChannelState::Closed);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(timedOut.size(), 1);
    QTRY_COMPARE(m_server->count(QStringLiteral("phx_leave")), 1);
}

void TestChannel::leaveWhileDisconnectedClosesAtOnce()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    Channel *channel = socket.channel(QStringLiteral("room:never"));
    QVERIFY(channel->join());
    QSignalSpy closed(channel, &Channel::closed);
    const QPointer<Push> leave = channel->leave();
    QCOMPARE(channel->state(), ChannelState::Closed);
    QCOMPARE(closed.size(), 1);
    QVERIFY(leave);
    QCOMPARE(leave->status(), QStringLiteral("ok"));
    // the buffered join and leave are outdated by now: opening sends neither
    QVERIFY(socket.open());
    QTRY_COMPARE(socket.state(), ConnectionState::Connected);
    QTRY_VERIFY(!leave); // deleted after its outcome
    QCOMPARE(socket.client()->diagnostics().messagesOut, 0);
    QCOMPARE(socket.bufferedFrameCount(), 0);
}

void TestChannel::deletingAChannelIsSafe()
{
    Socket socket(phoenixConfig(m_server->url()), fastSocketOptions());
    QVERIFY(socket.open());
    Channel *channel = socket.channel(QStringLiteral("room:gone"));
    QVERIFY(channel->join());
    QVERIFY(channel->push(QStringLiteral("ignore"), QJsonObject(), 100));
    QTRY_COMPARE(channel->state(), ChannelState::Joined);
    QSignalSpy unrouted(&socket, &Socket::unroutedFrame);
    // deleted from a slot, while a push is outstanding
    connect(channel, &Channel::messageReceived, channel, &QObject::deleteLater);
    QVERIFY(channel->push(QStringLiteral("shout"), QJsonObject()));
    QTRY_VERIFY(socket.channels().isEmpty());
    QVERIFY(socket.close());
    QTRY_COMPARE(socket.state(), ConnectionState::Disconnected);
}

QTEST_GUILESS_MAIN(TestChannel)
#include "tst_channel.moc"
