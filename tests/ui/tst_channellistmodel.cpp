// ChannelListModel without a server: rows for the channels of a socket that
// is not connected (joins wait for it), a row taken over by a new channel of
// its topic, removal, the short words for channel errors, and the state
// colours borrowed from the connection's state badge. The end-to-end
// behaviour (refusals, crashes, rejoins) is in tst_channelspanel.
#include "phoenix/channellistmodel.h"
#include "widgets/statebadge.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/socket.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace maxmon;
using State = phoenix::Channel::State;

class TestChannelListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheChannels();
    void shortText_data();
    void shortText();
    void statesBorrowTheBadgeColours_data();
    void statesBorrowTheBadgeColours();
};

void TestChannelListModel::rowsFollowTheChannels()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/socket"));
    phoenix::Socket socket(config);
    ChannelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ChannelListModel::ColumnCount));
    QCOMPARE(model.headerData(ChannelListModel::DetailColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last event"));

    phoenix::Channel *lobby = socket.channel(QStringLiteral("room:lobby"));
    model.addChannel(lobby);
    phoenix::Channel *other = socket.channel(QStringLiteral("room:other"));
    model.addChannel(other);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.topic(1), QStringLiteral("room:other"));
    QCOMPARE(model.index(0, ChannelListModel::StateColumn).data().toString(),
             QStringLiteral("closed"));

    // a join waits for the socket: joining, and the row says so at once
    QVERIFY(lobby->join());
    QCOMPARE(model.index(0, ChannelListModel::StateColumn).data().toString(),
             QStringLiteral("joining"));
    QCOMPARE(model.index(0, 0).data(ChannelListModel::StateRole).toInt(), int(State::Joining));

    // a new channel of the topic takes the row
    phoenix::Channel *again = socket.channel(QStringLiteral("room:lobby"));
    model.addChannel(again);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.channel(0), again);
    QCOMPARE(model.rowOf(lobby), -1);
    QCOMPARE(model.rowOf(again), 0);

    // a channel that is deleted leaves a closed row behind
    QVERIFY(other->join());
    delete other;
    QCOMPARE(model.channel(1), nullptr);
    QCOMPARE(model.index(1, ChannelListModel::StateColumn).data().toString(),
             QStringLiteral("closed"));

    model.removeEntry(1);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestChannelListModel::shortText_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("text");

    Error refused(Error::Code::JoinRefused, QStringLiteral("refused"));
    refused.withContext(QStringLiteral("reason"), QStringLiteral("unauthorized"));
    QTest::newRow("refused") << refused << QStringLiteral("refused: unauthorized");
    Error noReason(Error::Code::JoinRefused, QStringLiteral("refused"));
    noReason.withContext(QStringLiteral("reason"), QString());
    noReason.withContext(QStringLiteral("response"), QJsonObject { { QLatin1String("code"), 42 } });
    QTest::newRow("refused, no reason") << noReason << QStringLiteral("refused: {\"code\":42}");
    Error timeout(Error::Code::PhoenixError, QStringLiteral("no reply"));
    timeout.withContext(QStringLiteral("timeoutMs"), 10000);
    QTest::newRow("join timeout") << timeout << QStringLiteral("join timed out (10000 ms)");
    Error crash(Error::Code::PhoenixError, QStringLiteral("crashed"));
    crash.withContext(QStringLiteral("event"), QStringLiteral("phx_error"));
    QTest::newRow("phx_error") << crash << QStringLiteral("crashed (phx_error)");
    QTest::newRow("anything else")
        << Error(Error::Code::PhoenixError, QStringLiteral("presence_diff is not an object"))
        << QStringLiteral("presence_diff is not an object");
}

void TestChannelListModel::shortText()
{
    QFETCH(Error, error);
    QFETCH(QString, text);
    QCOMPARE(ChannelListModel::shortText(error), text);
}

void TestChannelListModel::statesBorrowTheBadgeColours_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<ConnectionState>("badge");
    QTest::addColumn<QString>("text");
    QTest::newRow("joined") << State::Joined << ConnectionState::Connected
                            << QStringLiteral("joined");
    QTest::newRow("joining") << State::Joining << ConnectionState::Connecting
                             << QStringLiteral("joining");
    QTest::newRow("leaving") << State::Leaving << ConnectionState::Disconnecting
                             << QStringLiteral("leaving");
    QTest::newRow("errored") << State::Errored << ConnectionState::Error
                             << QStringLiteral("errored");
    QTest::newRow("closed") << State::Closed << ConnectionState::Disconnected
                            << QStringLiteral("closed");
}

void TestChannelListModel::statesBorrowTheBadgeColours()
{
    QFETCH(State, state);
    QFETCH(ConnectionState, badge);
    QFETCH(QString, text);
    QCOMPARE(ChannelListModel::badgeState(state), badge);
    QCOMPARE(ChannelListModel::stateText(state), text);
}

QTEST_MAIN(TestChannelListModel)
#include "tst_channellistmodel.moc"
