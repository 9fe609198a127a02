// ChannelsPanel in a Phoenix ConnectionTab, end to end against an
// in-process DemoServer: join with params (and their inline error), push
// and see the reply, a push that times out, a join refused without the
// token, a channel that crashes on the server and rejoins, presence with a
// second socket, leave and remove, the per-channel events (the log filtered
// on one topic), the log's Phoenix columns and its topic and event filter.
// Every model under QAbstractItemModelTester.
#include "log/messagedetailview.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "phoenix/channellistmodel.h"
#include "phoenix/channelspanel.h"
#include "phoenix/presencelistmodel.h"
#include "phoenix/pushform.h"
#include "server/demoserver.h"
#include "widgets/jsonfield.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/websocketclient.h>

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace maxmon;
using State = phoenix::Channel::State;
using Tester = QAbstractItemModelTester;

class TestChannelsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void phoenixTabHasTheChannelsPanel();
    void joinWithParamsAndPush();
    void paramsAreCheckedInline();
    void pushTimesOut();
    void joinRefusedWithoutTheToken();
    void privateTopicJoinsWithTheToken();
    void crashedChannelErrorsThenRejoins();
    void presenceWithTwoSockets();
    void leaveThenRemove();
    void presenceIsClearedWhenLeft();
    void pushFormHasLabelsAndRoom();
    void channelEventsShowOnlyItsTopic();
    void logColumnsAndFilterByTopicAndEvent();
    void switchingToPlainHidesPhoenix();

private:
    // A tab on the demo's Phoenix socket, connected; token for private:* topics.
    void connectTab(const QString &token = {});
    phoenix::Channel *joinAndWait(const QString &topic, const QString &params = {});
    int rowOf(const QString &topic) const;
    QString detailOf(const QString &topic) const;

    DemoServer *m_server = nullptr;
    ConnectionTab *m_tab = nullptr;
    ChannelsPanel *m_panel = nullptr;
    QList<Tester *> m_testers;
};

void TestChannelsPanel::init()
{
    m_server = new DemoServer(this);
    QVERIFY(m_server->listen());
    m_tab = new ConnectionTab;
    m_tab->resize(1200, 800);
    m_tab->show();
    m_panel = m_tab->channelsPanel();
    const auto mode = Tester::FailureReportingMode::QtTest;
    m_testers = { new Tester(m_panel->channelModel(), mode),
                  new Tester(m_panel->presenceModel(), mode),
                  new Tester(m_panel->eventFilter(), mode), new Tester(m_tab->logModel(), mode) };
}

void TestChannelsPanel::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_tab;
    m_tab = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestChannelsPanel::connectTab(const QString &token)
{
    m_tab->connectionBar()->setUrlText(m_server->url(QStringLiteral("/socket")).toString());
    QCOMPARE(m_tab->connectionBar()->protocol(), ConnectionConfig::Protocol::Phoenix);
    if (!token.isEmpty()) {
        ConnectionConfig config;
        config.protocol = ConnectionConfig::Protocol::Phoenix;
        config.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
        config.auth.token = token;
        m_tab->setBaseConfig(config);
    }
    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), ConnectionState::Connected);
    QVERIFY(m_tab->phoenixSocket());
    QCOMPARE(m_tab->phoenixSocket()->client(), m_tab->client());
    QCOMPARE(m_tab->client()->config().url.path(), QStringLiteral("/socket/websocket"));
}

phoenix::Channel *TestChannelsPanel::joinAndWait(const QString &topic, const QString &params)
{
    m_panel->topicEdit()->setText(topic);
    m_panel->paramsField()->setText(params);
    if (!m_panel->joinButton()->isEnabled())
        return nullptr;
    QTest::mouseClick(m_panel->joinButton(), Qt::LeftButton);
    phoenix::Channel *channel = m_panel->currentChannel();
    if (!channel || channel->topic() != topic)
        return nullptr;
    if (!QTest::qWaitFor([channel] { return channel->state() != State::Joining; }, 5000))
        return nullptr;
    return channel;
}

int TestChannelsPanel::rowOf(const QString &topic) const
{
    return m_panel->channelModel()->rowOfTopic(topic);
}

QString TestChannelsPanel::detailOf(const QString &topic) const
{
    return m_panel->channelModel()->detail(rowOf(topic));
}

void TestChannelsPanel::phoenixTabHasTheChannelsPanel()
{
    QDockWidget *dock = m_tab->dock(ConnectionTab::Pane::Channels);
    QCOMPARE(dock->widget(), static_cast<QWidget *>(m_panel));
    QVERIFY(dock->isHidden()); // a new tab is plain WebSocket
    QVERIFY(!dock->toggleViewAction()->isEnabled());
    QVERIFY(!m_tab->phoenixSocket());
    QVERIFY(!m_panel->joinButton()->isEnabled());

    connectTab();
    QVERIFY(!dock->isHidden());
    QVERIFY(dock->toggleViewAction()->isEnabled());
    QTRY_VERIFY(m_tab->isPaneShown(ConnectionTab::Pane::Channels)); // in front of Send
    QCOMPARE(m_panel->socket(), m_tab->phoenixSocket());
    QVERIFY(m_tab->logModel()->phoenixVersion() == phoenix::Serializer::Version::V2);
    QVERIFY(m_tab->logPanel()->isPhoenixMode());
}

void TestChannelsPanel::joinWithParamsAndPush()
{
    connectTab();
    phoenix::Channel *channel =
        joinAndWait(QStringLiteral("room:lobby"), QStringLiteral("{\"user\": \"alice\"}"));
    QVERIFY(channel);
    QCOMPARE(channel->state(), State::Joined);
    QCOMPARE(channel->params(),
             (QJsonObject { { QLatin1String("user"), QStringLiteral("alice") } }));
    const QModelIndex state = m_panel->channelModel()->index(rowOf(QStringLiteral("room:lobby")),
                                                             ChannelListModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("joined"));
    // coloured like the connection's "Connected" badge
    QCOMPARE(state.data(Qt::BackgroundRole).value<QColor>(), QColor(0x2e, 0x7d, 0x32));

    PushForm *form = m_panel->pushForm();
    QCOMPARE(form->channel(), channel);
    form->eventEdit()->setText(QStringLiteral("new_msg"));
    form->payloadField()->setText(QStringLiteral("{\"body\": \"hi\"}"));
    QSignalSpy finished(form, &PushForm::finished);
    QVERIFY(form->pushButton()->isEnabled());
    QTest::mouseClick(form->pushButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toString(), QStringLiteral("ok"));
    QVERIFY2(form->resultLabel()->text().contains(QLatin1String("ok")),
             qPrintable(form->resultLabel()->text()));
    QVERIFY(!form->resultIcon()->pixmap().isNull());
    QCOMPARE(form->responseView()->text(), QStringLiteral("{\"body\":\"hi\"}"));

    // the server's "error" event: an error reply, shown as such
    form->eventEdit()->setText(QStringLiteral("error"));
    form->payloadField()->setText(QStringLiteral("{\"why\": \"because\"}"));
    QVERIFY(form->push());
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("error"));
    QVERIFY(form->resultLabel()->text().contains(QLatin1String("error")));
    QCOMPARE(form->responseView()->text(), QStringLiteral("{\"why\":\"because\"}"));
}

void TestChannelsPanel::paramsAreCheckedInline()
{
    connectTab();
    JsonField *params = m_panel->paramsField();
    m_panel->topicEdit()->setText(QStringLiteral("room:lobby"));
    params->setText(QStringLiteral("{\"user\": "));
    QVERIFY(!params->isValid());
    QVERIFY(params->errorLabel()->isVisible());
    QVERIFY2(params->error().startsWith(QLatin1String("Invalid JSON at column")),
             qPrintable(params->error()));
    QVERIFY(!m_panel->joinButton()->isEnabled());
    QVERIFY(!m_panel->joinFromForm());
    QCOMPARE(m_panel->channelModel()->rowCount(), 0);

    params->setText(QStringLiteral("[1, 2]"));
    QVERIFY(params->error().contains(QLatin1String("JSON object")));
    QVERIFY(!m_panel->joinButton()->isEnabled());

    params->setText(QString()); // empty is {}
    QVERIFY(params->isValid());
    QVERIFY(!params->errorLabel()->isVisible());
    QCOMPARE(params->value(), QJsonValue(QJsonObject()));
    QVERIFY(m_panel->joinButton()->isEnabled());

    // a topic is needed too
    m_panel->topicEdit()->clear();
    QVERIFY(!m_panel->joinButton()->isEnabled());
    QVERIFY(!m_panel->joinFromForm());
    QVERIFY(m_panel->noticeLabel()->isVisible());

    // the push form checks its payload the same way
    QVERIFY(joinAndWait(QStringLiteral("room:lobby")));
    PushForm *form = m_panel->pushForm();
    form->eventEdit()->setText(QStringLiteral("new_msg"));
    form->payloadField()->setText(QStringLiteral("{oops}"));
    QVERIFY(!form->pushButton()->isEnabled());
    QVERIFY(!form->push());
    QVERIFY(form->resultLabel()->text().contains(QLatin1String("Invalid JSON")));
}

void TestChannelsPanel::pushTimesOut()
{
    connectTab();
    QVERIFY(joinAndWait(QStringLiteral("room:lobby")));
    PushForm *form = m_panel->pushForm();
    form->eventEdit()->setText(QStringLiteral("ignore")); // the demo never answers it
    form->timeoutSpin()->setValue(200);
    QSignalSpy finished(form, &PushForm::finished);
    QVERIFY(form->push());
    QVERIFY(form->resultLabel()->text().contains(QLatin1String("waiting")));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toString(), QStringLiteral("timeout"));
    QVERIFY2(form->resultLabel()->text().contains(QLatin1String("no reply within 200 ms")),
             qPrintable(form->resultLabel()->text()));
    QVERIFY(form->responseView()->text().isEmpty());
    // the timeout's symbol is an icon, not a character the font may lack (U+23F1)
    const QString text = form->resultLabel()->text();
    QVERIFY2(std::all_of(text.cbegin(), text.cend(),
                         [](QChar c) { return c.unicode() < 0x2190 || c.unicode() > 0x2bff; }),
             qPrintable(text));
    QVERIFY(!form->resultIcon()->isHidden());
    QVERIFY(!form->resultIcon()->pixmap().isNull());
    QCOMPARE(form->resultIcon()->toolTip(), QStringLiteral("Timed out"));
}

void TestChannelsPanel::joinRefusedWithoutTheToken()
{
    connectTab();
    phoenix::Channel *channel = joinAndWait(QStringLiteral("private:x"));
    QVERIFY(channel);
    QCOMPARE(channel->state(), State::Errored);
    const int row = rowOf(QStringLiteral("private:x"));
    QCOMPARE(detailOf(QStringLiteral("private:x")), QStringLiteral("refused: unauthorized"));
    const QModelIndex detail = m_panel->channelModel()->index(row, ChannelListModel::DetailColumn);
    QVERIFY(detail.data(ChannelListModel::ProblemRole).toBool());
    QVERIFY(detail.data(Qt::ToolTipRole).toString().contains(QLatin1String("unauthorized")));
    QCOMPARE(m_panel->channelModel()
                 ->index(row, ChannelListModel::StateColumn)
                 .data(Qt::BackgroundRole)
                 .value<QColor>(),
             QColor(0xc6, 0x28, 0x28)); // the badge's red

    // as in the JavaScript client it keeps trying until left
    QCOMPARE(m_panel->leaveButton()->text(), QStringLiteral("Leave"));
    QTest::mouseClick(m_panel->leaveButton(), Qt::LeftButton);
    QTRY_COMPARE(channel->state(), State::Closed);
    QCOMPARE(detailOf(QStringLiteral("private:x")), QStringLiteral("left"));
}

void TestChannelsPanel::privateTopicJoinsWithTheToken()
{
    connectTab(m_server->authToken());
    phoenix::Channel *channel = joinAndWait(QStringLiteral("private:x"));
    QVERIFY(channel);
    QCOMPARE(channel->state(), State::Joined);
    QVERIFY(!m_panel->channelModel()
                 ->index(rowOf(QStringLiteral("private:x")), ChannelListModel::DetailColumn)
                 .data(ChannelListModel::ProblemRole)
                 .toBool());
}

void TestChannelsPanel::crashedChannelErrorsThenRejoins()
{
    connectTab();
    phoenix::Channel *channel = joinAndWait(QStringLiteral("room:crashy"));
    QVERIFY(channel);
    QSignalSpy states(channel, &phoenix::Channel::stateChanged);
    PushForm *form = m_panel->pushForm();
    form->eventEdit()->setText(QStringLiteral("crash"));
    form->timeoutSpin()->setValue(60000); // the crash, not a timeout, ends it here
    QVERIFY(form->push());
    QTRY_COMPARE(channel->state(), State::Errored);
    QCOMPARE(detailOf(QStringLiteral("room:crashy")), QStringLiteral("crashed (phx_error)"));
    QVERIFY(m_panel->channelModel()
                ->index(rowOf(QStringLiteral("room:crashy")), ChannelListModel::DetailColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("phx_error")));
    // rejoined on the JavaScript client's schedule (1 s first)
    QTRY_COMPARE_WITH_TIMEOUT(channel->state(), State::Joined, 5000);
    QCOMPARE(detailOf(QStringLiteral("room:crashy")), QStringLiteral("rejoined"));
    QVERIFY(states.contains(QList<QVariant> { QVariant::fromValue(State::Errored) }));
    QVERIFY(states.contains(QList<QVariant> { QVariant::fromValue(State::Joining) }));
    // the same channel, pushing again
    QCOMPARE(m_panel->currentChannel(), channel);
    form->eventEdit()->setText(QStringLiteral("echo"));
    QSignalSpy finished(form, &PushForm::finished);
    QVERIFY(form->push());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toString(), QStringLiteral("ok"));
}

void TestChannelsPanel::presenceWithTwoSockets()
{
    connectTab();
    QVERIFY(joinAndWait(QStringLiteral("room:lobby"), QStringLiteral("{\"user\": \"alice\"}")));
    PresenceListModel *presence = m_panel->presenceModel();
    QTRY_COMPARE(presence->rowCount(), 1);
    QCOMPARE(presence->key(0), QStringLiteral("alice"));

    ConnectionConfig config;
    config.url = m_server->url(QStringLiteral("/socket"));
    auto *bob = new phoenix::Socket(config);
    bob->channel(QStringLiteral("room:lobby"), { { QLatin1String("user"), QStringLiteral("bob") } })
        ->join();
    QVERIFY(bob->open());
    QTRY_COMPARE(presence->rowCount(), 2);
    QCOMPARE(presence->key(1), QStringLiteral("bob"));
    QCOMPARE(presence->metaCount(1), 1);
    QCOMPARE(presence->index(1, PresenceListModel::MetasColumn).data().toInt(), 1);

    // bob from a second socket: two metas under one key
    auto *bob2 = new phoenix::Socket(config);
    bob2->channel(QStringLiteral("room:lobby"),
                  { { QLatin1String("user"), QStringLiteral("bob") } })
        ->join();
    QVERIFY(bob2->open());
    QTRY_COMPARE(presence->metaCount(1), 2);

    QVERIFY(bob2->close());
    QTRY_COMPARE(presence->metaCount(1), 1);
    QVERIFY(bob->close());
    QTRY_COMPARE(presence->rowCount(), 1);
    QCOMPARE(presence->key(0), QStringLiteral("alice"));
    QTRY_COMPARE(bob->state(), ConnectionState::Disconnected);
    QTRY_COMPARE(bob2->state(), ConnectionState::Disconnected);
    delete bob2;
    delete bob;
}

void TestChannelsPanel::leaveThenRemove()
{
    connectTab();
    phoenix::Channel *channel = joinAndWait(QStringLiteral("room:1"));
    QVERIFY(channel);
    QPointer<phoenix::Channel> alive(channel);
    m_panel->leaveOrRemove();
    QTRY_COMPARE(m_panel->channelModel()
                     ->index(rowOf(QStringLiteral("room:1")), ChannelListModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("closed"));
    QCOMPARE(m_panel->leaveButton()->text(), QStringLiteral("Remove"));
    QVERIFY(!m_panel->pushForm()->pushButton()->isEnabled());
    m_panel->leaveOrRemove();
    QCOMPARE(m_panel->channelModel()->rowCount(), 0);
    QVERIFY(!m_panel->currentChannel());

    // closed by the server ("stop": ok, then phx_close): listed as news
    channel = joinAndWait(QStringLiteral("room:2"));
    QVERIFY(channel);
    QVERIFY(channel->push(QStringLiteral("stop")));
    QTRY_COMPARE(channel->state(), State::Closed);
    QVERIFY(detailOf(QStringLiteral("room:2")).contains(QLatin1String("phx_close")));

    // joining the topic again takes its row
    QVERIFY(joinAndWait(QStringLiteral("room:2")));
    QCOMPARE(m_panel->channelModel()->rowCount(), 1);
    QCOMPARE(m_panel->currentChannel()->state(), State::Joined);
}

void TestChannelsPanel::presenceIsClearedWhenLeft()
{
    connectTab();
    phoenix::Channel *channel =
        joinAndWait(QStringLiteral("room:lobby"), QStringLiteral("{\"user\": \"alice\"}"));
    QVERIFY(channel);
    PresenceListModel *presence = m_panel->presenceModel();
    QTRY_COMPARE(presence->rowCount(), 1);
    QTest::mouseClick(m_panel->leaveButton(), Qt::LeftButton);
    QTRY_COMPARE(channel->state(), State::Closed);
    QCOMPARE(presence->rowCount(), 0);
    QVERIFY(!presence->presence());
    // joined again: present again
    QVERIFY(joinAndWait(QStringLiteral("room:lobby"), QStringLiteral("{\"user\": \"alice\"}")));
    QTRY_COMPARE(presence->rowCount(), 1);
}

void TestChannelsPanel::pushFormHasLabelsAndRoom()
{
    connectTab();
    PushForm *form = m_panel->pushForm();
    QTRY_VERIFY(form->isVisible());
    // every field has its label
    QList<QWidget *> labelled;
    for (const QLabel *label : form->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.append(label->buddy());
    }
    QVERIFY(labelled.contains(form->eventEdit()));
    QVERIFY(labelled.contains(form->timeoutSpin()));
    QVERIFY(labelled.contains(form->payloadField()->lineEdit()));
    // the payload has a row of its own: most of the form's width
    QVERIFY2(form->payloadField()->lineEdit()->width() >= form->width() * 2 / 3,
             qPrintable(QStringLiteral("%1 of %2")
                            .arg(form->payloadField()->lineEdit()->width())
                            .arg(form->width())));
}

void TestChannelsPanel::channelEventsShowOnlyItsTopic()
{
    connectTab();
    // not room:*, whose presence would add frames
    phoenix::Channel *a = joinAndWait(QStringLiteral("chat:a"));
    phoenix::Channel *b = joinAndWait(QStringLiteral("chat:b"));
    QVERIFY(a && b);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(a->push(QStringLiteral("shout"), QJsonObject { { QLatin1String("n"), i } }));
        QVERIFY(b->push(QStringLiteral("shout"), QJsonObject { { QLatin1String("n"), i } }));
    }
    MessageLogModel *log = m_tab->logModel();
    // join, its reply, 3 pushes, 3 broadcasts, 3 replies per topic
    auto count = [log](const QString &topic) {
        int n = 0;
        for (int row = 0; row < log->rowCount(); ++row)
            n += log->phoenixFields(row).topic == topic ? 1 : 0;
        return n;
    };
    QTRY_COMPARE(count(QStringLiteral("chat:a")), 11);
    QTRY_COMPARE(count(QStringLiteral("chat:b")), 11);

    m_panel->selectTopic(QStringLiteral("chat:a"));
    MessageLogFilter *events = m_panel->eventFilter();
    QCOMPARE(events->sourceModel(), log); // a filter of the log, no copy
    QTRY_COMPARE(events->rowCount(), 11);
    QStringList seen;
    for (int row = 0; row < events->rowCount(); ++row) {
        const QModelIndex index = events->index(row, 0);
        QCOMPARE(index.data(MessageLogModel::TopicRole).toString(), QStringLiteral("chat:a"));
        seen.append(index.data(MessageLogModel::EventRole).toString());
    }
    QVERIFY(seen.contains(QStringLiteral("phx_join")));
    QVERIFY(seen.contains(QStringLiteral("phx_reply")));
    QVERIFY(seen.contains(QStringLiteral("shout")));
    QCOMPARE(m_panel->eventTitle()->text(), QStringLiteral("Events of chat:a"));
    QVERIFY(m_panel->eventView()->isColumnHidden(MessageLogModel::TopicColumn));
    QVERIFY(!m_panel->eventView()->isColumnHidden(MessageLogModel::EventColumn));

    // new frames of the channel follow; other topics do not
    QVERIFY(b->push(QStringLiteral("shout"), QJsonObject()));
    QVERIFY(a->push(QStringLiteral("ping"), QJsonObject()));
    QTRY_COMPARE(events->rowCount(), 13);
    QCOMPARE(events->index(12, MessageLogModel::StatusColumn).data().toString(),
             QStringLiteral("ok"));

    // a selected event opens in the tab's details
    m_panel->eventView()->setCurrentIndex(events->index(0, 0));
    QCOMPARE(m_tab->detailView()->message(),
             events->index(0, 0).data(MessageLogModel::MessageRole).value<Message>());

    m_panel->selectTopic(QStringLiteral("chat:b"));
    QCOMPARE(events->rowCount(), 14);
}

void TestChannelsPanel::logColumnsAndFilterByTopicAndEvent()
{
    connectTab();
    phoenix::Channel *lobby = joinAndWait(QStringLiteral("room:lobby"));
    QVERIFY(joinAndWait(QStringLiteral("private:x"))); // refused
    QVERIFY(lobby->push(QStringLiteral("new_msg"), QJsonObject()));
    MessageLogModel *log = m_tab->logModel();
    QTRY_VERIFY(log->rowCount() >= 6);

    MessageLogPanel *panel = m_tab->logPanel();
    for (int column : { MessageLogModel::TopicColumn, MessageLogModel::EventColumn,
                        MessageLogModel::RefColumn, MessageLogModel::StatusColumn })
        QVERIFY(!panel->view()->isColumnHidden(column));
    QVERIFY(panel->topicEdit()->isVisible());
    QVERIFY(panel->eventEdit()->isVisible());
    // the refused join's reply, decoded into columns (the log has event rows too)
    auto findRefusal = [log] {
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->index(row, MessageLogModel::TopicColumn).data() == QStringLiteral("private:x")
                && log->index(row, MessageLogModel::StatusColumn).data() == QStringLiteral("error"))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(findRefusal() >= 0);
    const int refusal = findRefusal();
    QCOMPARE(log->index(refusal, MessageLogModel::EventColumn).data().toString(),
             QStringLiteral("phx_reply"));
    QVERIFY(!log->index(refusal, MessageLogModel::RefColumn).data().toString().isEmpty());

    MessageLogFilter *filter = panel->filter();
    panel->topicEdit()->setText(QStringLiteral("room:*"));
    QTRY_COMPARE(filter->topic(), QStringLiteral("room:*"));
    QVERIFY(filter->rowCount() >= 4);
    for (int row = 0; row < filter->rowCount(); ++row)
        QCOMPARE(filter->index(row, MessageLogModel::TopicColumn).data().toString(),
                 QStringLiteral("room:lobby"));
    panel->eventEdit()->setText(QStringLiteral("new_msg"));
    QTRY_COMPARE(filter->rowCount(), 1);
    QVERIFY(panel->countLabel()->text().contains(QLatin1String("1 of")));

    // joins of every topic (private:x is tried again and again)
    panel->topicEdit()->clear();
    panel->eventEdit()->setText(QStringLiteral("phx_join"));
    QTRY_COMPARE(filter->topic(), QString());
    QVERIFY(filter->rowCount() >= 2);
    QSet<QString> topics;
    for (int row = 0; row < filter->rowCount(); ++row) {
        QCOMPARE(filter->index(row, MessageLogModel::EventColumn).data().toString(),
                 QStringLiteral("phx_join"));
        topics.insert(filter->index(row, MessageLogModel::TopicColumn).data().toString());
    }
    QCOMPARE(topics, (QSet<QString> { QStringLiteral("room:lobby"), QStringLiteral("private:x") }));
    panel->eventEdit()->clear();
    QTRY_COMPARE(filter->rowCount(), log->rowCount());
}

void TestChannelsPanel::switchingToPlainHidesPhoenix()
{
    connectTab();
    QVERIFY(joinAndWait(QStringLiteral("room:lobby")));
    m_tab->logPanel()->topicEdit()->setText(QStringLiteral("room"));
    QTRY_COMPARE(m_tab->logPanel()->filter()->topic(), QStringLiteral("room"));

    // chosen during the connection: applies when it ends
    ConnectionBar *bar = m_tab->connectionBar();
    bar->setProtocol(ConnectionConfig::Protocol::WebSocket);
    QVERIFY(m_tab->phoenixSocket());
    QVERIFY(m_tab->errorLabel()->isVisible());
    QVERIFY(m_tab->errorLabel()->text().contains(QLatin1String("next connection")));
    m_tab->closeConnection();
    QTRY_COMPARE(m_tab->state(), ConnectionState::Disconnected);
    QVERIFY(!m_tab->phoenixSocket());
    QVERIFY(!m_panel->socket());
    QCOMPARE(m_panel->channelModel()->rowCount(), 0);
    QVERIFY(m_tab->dock(ConnectionTab::Pane::Channels)->isHidden());
    QVERIFY(m_tab->logPanel()->view()->isColumnHidden(MessageLogModel::TopicColumn));
    QVERIFY(!m_tab->logPanel()->topicEdit()->isVisible());
    QVERIFY(m_tab->logPanel()->filter()->topic().isEmpty()); // would hide everything
    QVERIFY(!m_tab->logModel()->phoenixVersion());

    // the same client, plain: the demo's /echo answers
    bar->setUrlText(m_server->url(QStringLiteral("/echo")).toString());
    QCOMPARE(bar->protocol(), ConnectionConfig::Protocol::WebSocket); // chosen: stays
    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), ConnectionState::Connected);
    QCOMPARE(m_tab->client()->config().url.path(), QStringLiteral("/echo"));
    QCOMPARE(m_tab->client()->config().heartbeat.strategy, HeartbeatConfig::Strategy::Ping);
    QVERIFY(m_tab->client()->sendText(QStringLiteral("hello, plain")));
    // the echo (the log has the connection's event rows too)
    MessageLogModel *log = m_tab->logModel();
    auto echo = [log] {
        for (int row = log->rowCount() - 1; row >= 0; --row) {
            const Message message = log->message(row);
            if (message.direction() == Message::Direction::Incoming && !log->isEvent(row)
                && message.text() == QLatin1String("hello, plain"))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(echo() >= 0);
    QVERIFY(!log->phoenixFields(echo()).isFrame);
}

QTEST_MAIN(TestChannelsPanel)
#include "tst_channelspanel.moc"
