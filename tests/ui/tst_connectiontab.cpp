// ConnectionTab against a real server: connect and see the state, send
// text/JSON/binary and see the echo in the log, open the details, filter,
// failures and "reconnect now", layout, closing; profiles from a temporary
// folder with their templates, the charts and the red warning banner; a
// Phoenix profile making a Phoenix tab.
#include "charts/chartpanel.h"
#include "diagnostics/diagnosticspanel.h"
#include "log/hexdump.h"
#include "log/messagedetailview.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "phoenix/channelspanel.h"
#include "profiles/profilelibrary.h"
#include "rawwebsocketpeer.h"
#include "send/sendpanel.h"
#include "send/templatebutton.h"
#include "server/demoserver.h"
#include "widgets/statebadge.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/panewindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/sessionevent.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;
using Direction = Message::Direction;

class TestConnectionTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectShowsTheState();
    void sendTextAndSeeTheEcho();
    void sendJsonAndOpenItsDetails();
    void sendBinaryAndSeeTheHexDump();
    void filterTheLog();
    void failureShowsTheErrorAndReconnectNow();
    void reconnectNowSkipsTheBackoff();
    void refusalShowsTheServersAnswer();
    void clientCloseIsNotShownAsTheServers();
    void invalidUrlIsNotOpened();
    void disconnectButton();
    void enterOnANewUrlReconnectsToIt();
    void connectionEventsAreRowsOfTheLog();
    void refusedHandshakeIsARowWithTheServersAnswer();
    void layoutRoundTrip();
    void closingTheTabClosesTheConnection();
    void profilePickerLoadsAProfile();
    void templatesAreKeptWithTheProfile();
    void unsavedTabKeepsItsTemplatesAndHistory();
    void insecureProfileShowsTheRedBanner();
    void phoenixProfileMakesAPhoenixTab();

private:
    void connectTab(const QString &path = QStringLiteral("/echo"));
    // The newest received message in the log, waiting for it.
    Message lastIncoming() const;
    int rowOfLastIncoming() const;

    ScriptedServer *m_server = nullptr;
    ConnectionTab *m_tab = nullptr;
    QAbstractItemModelTester *m_logTester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

void TestConnectionTab::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_tab = new ConnectionTab;
    m_logTester = new QAbstractItemModelTester(
        m_tab->logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = new QAbstractItemModelTester(
        m_tab->logPanel()->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tab->resize(1400, 760); // wide enough for the charts beside the send panel
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
}

void TestConnectionTab::cleanup()
{
    delete m_filterTester;
    delete m_logTester;
    delete m_tab;
    delete m_server;
}

namespace {

// The log's rows that are messages (the connection's events are rows too).
QList<int> messageRows(const MessageLogModel *log)
{
    QList<int> rows;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (!log->isEvent(row))
            rows.append(row);
    }
    return rows;
}

} // namespace

void TestConnectionTab::connectTab(const QString &path)
{
    m_tab->connectionBar()->setUrlText(m_server->url(path).toString());
    QTest::mouseClick(m_tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(m_tab->state(), State::Connected);
}

int TestConnectionTab::rowOfLastIncoming() const
{
    const MessageLogFilter *filter = m_tab->logPanel()->filter();
    for (int row = filter->rowCount() - 1; row >= 0; --row) {
        const int source = filter->mapToSource(filter->index(row, 0)).row();
        if (!m_tab->logModel()->isEvent(source)
            && filter->index(row, 0).data(MessageLogModel::DirectionRole).toInt()
                == int(Direction::Incoming))
            return row;
    }
    return -1;
}

Message TestConnectionTab::lastIncoming() const
{
    const int row = rowOfLastIncoming();
    return row < 0 ? Message()
                   : m_tab->logPanel()
                         ->filter()
                         ->index(row, 0)
                         .data(MessageLogModel::MessageRole)
                         .value<Message>();
}

void TestConnectionTab::connectShowsTheState()
{
    QSignalSpy states(m_tab, &ConnectionTab::stateChanged);
    QSignalSpy titles(m_tab, &ConnectionTab::titleChanged);
    QCOMPARE(m_tab->title(), QStringLiteral("New connection"));
    connectTab();
    QCOMPARE(states.size(), 2); // Connecting, Connected
    QVERIFY(!titles.isEmpty());
    QCOMPARE(m_tab->title(), QStringLiteral("127.0.0.1:%1/echo").arg(m_server->port()));
    StateBadge *badge = m_tab->connectionBar()->badge();
    QCOMPARE(badge->state(), State::Connected);
    QVERIFY(badge->text().startsWith(QLatin1String("Connected")));
    QCOMPARE(m_tab->connectionBar()->connectButton()->text(), QStringLiteral("Disconnect"));
    QVERIFY(!m_tab->errorLabel()->isVisible());
    QVERIFY(m_tab->sendPanel()->sendButton()->isEnabled() == false); // nothing typed yet
}

void TestConnectionTab::sendTextAndSeeTheEcho()
{
    connectTab();
    SendPanel *panel = m_tab->sendPanel();
    panel->setInput(QStringLiteral("hello maxmon"));
    QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    const MessageLogModel *log = m_tab->logModel();
    QTRY_COMPARE(messageRows(log).size(), 2);
    const QList<int> rows = messageRows(log);
    QCOMPARE(log->message(rows.at(0)).direction(), Direction::Outgoing);
    QCOMPARE(log->message(rows.at(1)).direction(), Direction::Incoming);
    QCOMPARE(log->message(rows.at(1)).text(), QStringLiteral("hello maxmon"));
    QCOMPARE(log->index(rows.at(1), MessageLogModel::PreviewColumn).data().toString(),
             QStringLiteral("hello maxmon"));
}

void TestConnectionTab::sendJsonAndOpenItsDetails()
{
    connectTab();
    SendPanel *panel = m_tab->sendPanel();
    panel->setMode(SendPanel::Mode::Json);
    panel->setInput(QStringLiteral("{\"event\":\"phx_join\",\"payload\":{\"n\":1}}"));
    panel->send();
    QTRY_COMPARE(messageRows(m_tab->logModel()).size(), 2);
    m_tab->logPanel()->selectRow(rowOfLastIncoming());
    MessageDetailView *detail = m_tab->detailView();
    QCOMPARE(detail->message().kind(), Message::Kind::Json);
    QCOMPARE(detail->currentPage(), MessageDetailView::PrettyPage);
    QCOMPARE(
        detail->pageText(MessageDetailView::PrettyPage),
        QStringLiteral("{\n  \"event\": \"phx_join\",\n  \"payload\": {\n    \"n\": 1\n  }\n}"));
    QVERIFY(detail->summaryText().startsWith(QLatin1String("Received")));
}

void TestConnectionTab::sendBinaryAndSeeTheHexDump()
{
    connectTab();
    SendPanel *panel = m_tab->sendPanel();
    panel->setMode(SendPanel::Mode::Binary);
    panel->setInput(QStringLiteral("00 01 48 69 ff"));
    panel->send();
    QTRY_COMPARE(messageRows(m_tab->logModel()).size(), 2);
    QCOMPARE(lastIncoming().payload(), QByteArray::fromHex("00014869ff"));
    m_tab->logPanel()->selectRow(rowOfLastIncoming());
    MessageDetailView *detail = m_tab->detailView();
    QCOMPARE(detail->currentPage(), MessageDetailView::HexPage);
    // as many bytes a line as the pane's width holds with the ASCII column
    QCOMPARE(detail->pageText(MessageDetailView::HexPage),
             HexDump::format(QByteArray::fromHex("00014869ff"), HexDump::DefaultMaxBytes,
                             detail->hexBytesPerLine()));
    QVERIFY(detail->pageText(MessageDetailView::HexPage).contains(QLatin1String("|..Hi")));
}

void TestConnectionTab::filterTheLog()
{
    connectTab();
    WebSocketClient *client = m_tab->client();
    for (int i = 0; i < 10; ++i)
        QVERIFY(client->sendText(i % 2 ? QStringLiteral("odd %1").arg(i)
                                       : QStringLiteral("even %1").arg(i)));
    QTRY_COMPARE(messageRows(m_tab->logModel()).size(), 20);
    m_tab->logPanel()->focusFilter();
    QTest::keyClicks(m_tab->logPanel()->filterEdit(), QStringLiteral("odd"));
    QTest::keyClick(m_tab->logPanel()->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_tab->logPanel()->filter()->rowCount(), 10); // 5 sent + 5 echoed
    // new traffic goes through the same filter
    QVERIFY(client->sendText(QStringLiteral("odd again")));
    QVERIFY(client->sendText(QStringLiteral("even again")));
    QTRY_COMPARE(messageRows(m_tab->logModel()).size(), 24);
    QCOMPARE(m_tab->logPanel()->filter()->rowCount(), 12);
}

void TestConnectionTab::failureShowsTheErrorAndReconnectNow()
{
    // 404 is final; a 503 would be retried (Reconnecting)
    m_tab->connectionBar()->setUrlText(m_server->url(QStringLiteral("/reject/404")).toString());
    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), State::Error);
    QVERIFY(m_tab->errorLabel()->isVisible());
    QVERIFY2(m_tab->errorLabel()->text().contains(QLatin1String("404")),
             qPrintable(m_tab->errorLabel()->text()));
    QVERIFY(m_tab->connectionBar()->reconnectButton()->isVisible());
    QCOMPARE(m_tab->connectionBar()->badge()->state(), State::Error);

    QTest::mouseClick(m_tab->connectionBar()->reconnectButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requests().size(), 2);
    QTRY_COMPARE(m_tab->state(), State::Error);

    // a good URL: the error goes away
    m_tab->connectionBar()->setUrlText(m_server->url().toString());
    QTest::mouseClick(m_tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(m_tab->state(), State::Connected);
    QVERIFY(!m_tab->errorLabel()->isVisible());
    QVERIFY(!m_tab->connectionBar()->reconnectButton()->isVisible());
}

void TestConnectionTab::refusalShowsTheServersAnswer()
{
    maxmon::test::RawWebSocketPeer peer;
    peer.refuseWith("HTTP/1.1 400 Bad Request\r\nContent-Length: 33\r\n\r\n"
                    "this server speaks vsn 2.0.0 only");
    QVERIFY(peer.listen());
    m_tab->connectionBar()->setUrlText(peer.url().toString());
    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), State::Error);
    const QString banner = m_tab->errorLabel()->text();
    QVERIFY2(banner.contains(QLatin1String("HTTP 400 Bad Request")), qPrintable(banner));
    // the headline is maxmon's sentence; Qt's own text only in the diagnostics
    QVERIFY2(banner.section(QLatin1Char('\n'), 0, 0)
                 .startsWith(QStringLiteral("\u26a0 The server refused the WebSocket handshake")),
             qPrintable(banner));
    QVERIFY2(!banner.contains(QLatin1String("QWebSocketPrivate")), qPrintable(banner));
    QTRY_VERIFY2(m_tab->diagnosticsPanel()->text().contains(QLatin1String("Qt's message: ")),
                 qPrintable(m_tab->diagnosticsPanel()->text()));
    QVERIFY2(banner.contains(QLatin1String("this server speaks vsn 2.0.0 only")),
             qPrintable(banner));
    QTRY_VERIFY2(m_tab->diagnosticsPanel()->text().contains(
                     QLatin1String("this server speaks vsn 2.0.0 only")),
                 qPrintable(m_tab->diagnosticsPanel()->text()));
}

void TestConnectionTab::clientCloseIsNotShownAsTheServers()
{
    maxmon::test::RawWebSocketPeer peer;
    maxmon::test::RawWebSocketPeer::FrameSpec rsv;
    rsv.payload = "hi";
    rsv.rsv = 4;
    peer.setBytesWithHandshake(maxmon::test::RawWebSocketPeer::frame(rsv));
    QVERIFY(peer.listen());
    m_tab->connectionBar()->setUrlText(peer.url().toString());
    QVERIFY(m_tab->openConnection());
    QTRY_VERIFY(m_tab->errorLabel()->isVisible());
    const QString banner = m_tab->errorLabel()->text();
    QVERIFY2(banner.contains(QLatin1String("The client closed the connection with 1002")),
             qPrintable(banner));
    QVERIFY2(!banner.contains(QLatin1String("by the server")), qPrintable(banner));
    QTRY_VERIFY2(m_tab->diagnosticsPanel()->text().contains(
                     QLatin1String("Last close: Closed by the client after it found a problem")),
                 qPrintable(m_tab->diagnosticsPanel()->text()));
    m_tab->closeConnection();
}

void TestConnectionTab::reconnectNowSkipsTheBackoff()
{
    // 503 is retried, here only after a minute
    ConnectionConfig config;
    config.reconnect.scheduleMs = { 60000 };
    config.reconnect.jitter = 0;
    m_tab->setBaseConfig(config);
    m_tab->connectionBar()->setUrlText(m_server->url(QStringLiteral("/reject/503")).toString());
    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), State::Reconnecting);
    StateBadge *badge = m_tab->connectionBar()->badge();
    QTRY_VERIFY2(badge->detail().contains(QLatin1String("attempt 1")), qPrintable(badge->detail()));
    QVERIFY2(badge->detail().contains(QLatin1String("next in 1 min")), qPrintable(badge->detail()));
    QVERIFY(badge->toolTip().contains(QLatin1String("503")));
    QCOMPARE(m_server->requests().size(), 1);

    QTest::mouseClick(m_tab->connectionBar()->reconnectButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requests().size(), 2); // no minute's wait
    QTRY_COMPARE(m_tab->state(), State::Reconnecting);
    QTRY_VERIFY2(badge->detail().contains(QLatin1String("attempt 2")), qPrintable(badge->detail()));
    m_tab->closeConnection();
    QTRY_COMPARE(m_tab->state(), State::Disconnected);
}

void TestConnectionTab::invalidUrlIsNotOpened()
{
    m_tab->connectionBar()->setUrlText(QStringLiteral("http://127.0.0.1/echo"));
    QVERIFY(!m_tab->connectionBar()->connectButton()->isEnabled());
    QVERIFY(!m_tab->openConnection());
    QCOMPARE(m_tab->state(), State::Disconnected);
    QVERIFY(m_tab->errorLabel()->isVisible());
    QVERIFY(m_tab->errorLabel()->text().contains(m_tab->connectionBar()->urlProblem()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestConnectionTab::disconnectButton()
{
    connectTab();
    QTest::mouseClick(m_tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(m_tab->state(), State::Disconnected);
    QCOMPARE(m_tab->connectionBar()->connectButton()->text(), QStringLiteral("Connect"));
    QVERIFY(!m_tab->sendPanel()->sendButton()->isEnabled());
    QVERIFY(!m_tab->errorLabel()->isVisible());
}

void TestConnectionTab::enterOnANewUrlReconnectsToIt()
{
    QVERIFY(m_server->echo(QStringLiteral("/other")));
    connectTab();
    QCOMPARE(m_tab->connectionBar()->liveUrl(), m_server->url());
    QLineEdit *url = m_tab->connectionBar()->urlEdit();
    url->selectAll();
    QTest::keyClicks(url, m_server->url(QStringLiteral("/other")).toString());
    QTest::keyClick(url, Qt::Key_Return);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_tab->findChild<QMessageBox *>()) && question->isVisible());
    QTest::keyClick(question, Qt::Key_Return); // Reconnect
    QTRY_COMPARE(m_server->requests().size(), 2);
    QTRY_COMPARE(m_tab->state(), State::Connected);
    QCOMPARE(m_tab->client()->config().url, m_server->url(QStringLiteral("/other")));
    QCOMPARE(m_server->lastRequest().path, QStringLiteral("/other"));
    QCOMPARE(m_tab->connectionBar()->liveUrl(), m_server->url(QStringLiteral("/other")));
}

namespace {

// The texts of the log's event rows, oldest first.
QStringList eventTexts(const MessageLogModel *log)
{
    QStringList texts;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->isEvent(row))
            texts.append(log->event(row).text());
    }
    return texts;
}

} // namespace

void TestConnectionTab::connectionEventsAreRowsOfTheLog()
{
    QVERIFY(m_server->closeAfter(QStringLiteral("/bye"), 50, 1000, QStringLiteral("see you")));
    ConnectionConfig config;
    config.reconnect.enabled = false;
    m_tab->setBaseConfig(config);
    connectTab(QStringLiteral("/bye"));
    const QString url = m_server->url(QStringLiteral("/bye")).toString();
    QTRY_COMPARE(m_tab->state(), State::Disconnected);
    MessageLogModel *log = m_tab->logModel();
    QTRY_VERIFY2(eventTexts(log).size() >= 3, qPrintable(eventTexts(log).join(u'|')));
    const QStringList texts = eventTexts(log);
    QCOMPARE(texts.at(0), QStringLiteral("Connecting to %1 (attempt 1)").arg(url));
    QVERIFY2(texts.at(1).startsWith(QLatin1String("Connected in ")), qPrintable(texts.at(1)));
    // who closed, with the code and the reason, as the client reported it
    const SessionEvent closed = log->event(log->rowCount() - 1);
    QCOMPARE(closed.data().value(QLatin1String("state")).toString(),
             QStringLiteral("Disconnected"));
    QCOMPARE(closed.text(), m_tab->client()->diagnostics().lastClose.toText());
    QVERIFY2(closed.text().contains(QLatin1String("1000"))
                 && closed.text().contains(QLatin1String("see you")),
             qPrintable(closed.text()));
    // every event says which connection it belongs to
    for (int row = 0; row < log->rowCount(); ++row) {
        if (!log->isEvent(row) || log->event(row).type() != SessionEvent::Type::State)
            continue;
        QCOMPARE(log->event(row).data().value(QLatin1String("url")).toString(), url);
        QCOMPARE(log->event(row).data().value(QLatin1String("attempt")).toInt(), 1);
    }
    // filterable like messages
    m_tab->logPanel()->filterEdit()->setText(QStringLiteral("see you"));
    QTest::keyClick(m_tab->logPanel()->filterEdit(), Qt::Key_Return);
    const MessageLogFilter *filter = m_tab->logPanel()->filter();
    QTRY_VERIFY(filter->rowCount() >= 1);
    int eventsShown = 0;
    for (int row = 0; row < filter->rowCount(); ++row)
        eventsShown += log->isEvent(filter->mapToSource(filter->index(row, 0)).row());
    QCOMPARE(eventsShown, 1); // the close; the close frame is the other row
    m_tab->logPanel()->filterEdit()->setText(QStringLiteral("attempt 1"));
    QTest::keyClick(m_tab->logPanel()->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(filter->rowCount(), 1);
    QVERIFY(log->isEvent(filter->mapToSource(filter->index(0, 0)).row()));
}

void TestConnectionTab::refusedHandshakeIsARowWithTheServersAnswer()
{
    ConnectionConfig config;
    config.reconnect.enabled = false;
    m_tab->setBaseConfig(config);
    m_tab->connectionBar()->setUrlText(m_server->url(QStringLiteral("/reject/403")).toString());
    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), State::Error);
    const Error error = m_tab->client()->lastError();
    QTRY_VERIFY(eventTexts(m_tab->logModel()).size() >= 3);
    const QStringList texts = eventTexts(m_tab->logModel());
    // the error as the client reported it (status, headers, body in its JSON), then the state
    bool found = false;
    for (int row = 0; row < m_tab->logModel()->rowCount(); ++row) {
        const SessionEvent event = m_tab->logModel()->event(row);
        if (event.type() == SessionEvent::Type::Error) {
            found = true;
            QCOMPARE(event.data(), error.toJson());
            QVERIFY2(event.text().contains(QLatin1String("403")), qPrintable(event.text()));
        }
    }
    QVERIFY(found);
    QVERIFY2(texts.constLast().startsWith(QLatin1String("Failed: ")), qPrintable(texts.join(u'|')));
}

void TestConnectionTab::layoutRoundTrip()
{
    using Pane = ConnectionTab::Pane;
    PaneWindow *panes = m_tab->paneWindow();
    QCOMPARE(panes->centralWidget(), static_cast<QWidget *>(m_tab->logPanel()));
    QCOMPARE(panes->panes().size(), 5);
    QCOMPARE(panes->dockWidgetArea(m_tab->dock(Pane::Details)), Qt::RightDockWidgetArea);
    QCOMPARE(panes->dockWidgetArea(m_tab->dock(Pane::Send)), Qt::BottomDockWidgetArea);
    QVERIFY(panes->tabifiedDockWidgets(m_tab->dock(Pane::Send))
                .contains(m_tab->dock(Pane::Diagnostics)));
    // rearranged: the details on the left, the charts closed
    panes->addDockWidget(Qt::LeftDockWidgetArea, m_tab->dock(Pane::Details));
    m_tab->dock(Pane::Charts)->close();
    const QByteArray saved = m_tab->saveLayout();
    // the default again
    m_tab->resetLayout(m_tab->size());
    QCOMPARE(panes->dockWidgetArea(m_tab->dock(Pane::Details)), Qt::RightDockWidgetArea);
    QVERIFY(!m_tab->dock(Pane::Charts)->isHidden());
    QVERIFY(m_tab->dock(Pane::Channels)->isHidden()); // not a Phoenix tab
    QVERIFY(m_tab->restoreLayout(saved));
    QCOMPARE(panes->dockWidgetArea(m_tab->dock(Pane::Details)), Qt::LeftDockWidgetArea);
    QVERIFY(m_tab->dock(Pane::Charts)->isHidden());
    // neither garbage nor a layout of another version changes anything
    QVERIFY(!m_tab->restoreLayout(QByteArray("garbage")));
    QVERIFY(!m_tab->restoreLayout(QByteArray()));
    QVERIFY(!m_tab->restoreLayout(panes->saveState(ConnectionTab::LayoutVersion + 1)));
    QCOMPARE(panes->dockWidgetArea(m_tab->dock(Pane::Details)), Qt::LeftDockWidgetArea);
    QVERIFY(m_tab->dock(Pane::Charts)->isHidden());
}

void TestConnectionTab::closingTheTabClosesTheConnection()
{
    connectTab();
    QTRY_COMPARE(m_server->clients().size(), 1);
    QWebSocket *peer = m_server->clients().constFirst();
    int closeCode = 0;
    connect(peer, &QWebSocket::disconnected, this, [&] { closeCode = peer->closeCode(); });
    delete m_filterTester;
    m_filterTester = nullptr;
    delete m_logTester;
    m_logTester = nullptr;
    delete m_tab;
    m_tab = nullptr;
    QTRY_COMPARE(closeCode, 1001); // going away, with a close frame
}

void TestConnectionTab::profilePickerLoadsAProfile()
{
    QTemporaryDir dir;
    ProfileLibrary library(dir.path());
    ConnectionConfig config;
    config.name = QStringLiteral("Echo");
    config.url = m_server->url();
    config.subprotocols = { QStringLiteral("v1.maxmon") };
    config.heartbeat.intervalMs = 200;
    config.heartbeat.adaptive = false;
    QVERIFY(library.save(config, QString()));
    m_tab->setProfileLibrary(&library);
    QComboBox *picker = m_tab->connectionBar()->profileCombo();
    QCOMPARE(picker->count(), 2);

    QSignalSpy changed(m_tab, &ConnectionTab::profileChanged);
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Down); // the user picks "Echo"
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_tab->profileName(), QStringLiteral("Echo"));
    QCOMPARE(m_tab->title(), QStringLiteral("Echo"));
    QCOMPARE(m_tab->connectionBar()->urlText(), m_server->url().toString());
    QCOMPARE(m_tab->baseConfig(), config);

    QTest::mouseClick(m_tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(m_tab->state(), State::Connected);
    // the profile's settings are the ones in use
    QCOMPARE(m_server->lastRequest().subprotocols(), QStringList { QStringLiteral("v1.maxmon") });
    QCOMPARE(m_tab->client()->config().heartbeat.intervalMs, 200);
    // and the tab's charts fill with its heartbeat's samples
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->chartPanel()->rttSeries()->count() >= 2, 10000);

    // a profile that cannot be read leaves the tab as it was
    QVERIFY(!m_tab->loadProfile(QStringLiteral("Missing")));
    QCOMPARE(m_tab->profileName(), QStringLiteral("Echo"));
    QVERIFY(m_tab->errorLabel()->isVisible());
    // back to no profile: defaults again
    QVERIFY(m_tab->loadProfile(QString()));
    QCOMPARE(m_tab->baseConfig(), ConnectionConfig());
    QCOMPARE(m_tab->connectionBar()->currentProfile(), QString());
    m_tab->setProfileLibrary(nullptr);
}

void TestConnectionTab::templatesAreKeptWithTheProfile()
{
    QTemporaryDir dir;
    ProfileLibrary library(dir.path());
    ConnectionConfig config;
    config.name = QStringLiteral("With templates");
    config.url = m_server->url();
    QVERIFY(library.save(config, QString()));
    m_tab->setProfileLibrary(&library);
    SendPanel *panel = m_tab->sendPanel();
    TemplateButton *button = panel->templateButton();
    QVERIFY(m_tab->loadProfile(QStringLiteral("With templates")));
    QVERIFY(button->saveAction()->isEnabled());
    panel->setMode(SendPanel::Mode::Json);
    panel->setInput(QStringLiteral("{\"event\": \"phx_join\", \"topic\": \"room:1\"}"));
    QVERIFY(panel->saveAsTemplate(QStringLiteral("join")));
    panel->setMode(SendPanel::Mode::Binary);
    panel->setInput(QStringLiteral("00 ff 10"));
    QVERIFY(panel->saveAsTemplate(QStringLiteral("bytes")));
    panel->setMode(SendPanel::Mode::File);
    QVERIFY(!panel->saveAsTemplate(QStringLiteral("file"))); // a file is no template
    QVERIFY(panel->statusText().contains(QLatin1String("cannot be a template")));

    // kept in the stored profile
    const Result<ConnectionConfig> stored = library.load(QStringLiteral("With templates"));
    QVERIFY(stored);
    QCOMPARE(stored->templates.size(), 2);
    QCOMPARE(stored->templates.at(0).kind, SendTemplate::Kind::Json);
    QCOMPARE(stored->templates.at(0).payload,
             QByteArray("{\"event\": \"phx_join\", \"topic\": \"room:1\"}"));
    QCOMPARE(stored->templates.at(1).payload, QByteArray("\x00\xff\x10", 3));

    // inserted from the menu, mode and all
    QAction *join = button->insertAction(QStringLiteral("join"));
    QVERIFY(join);
    join->trigger();
    QCOMPARE(panel->mode(), SendPanel::Mode::Json);
    QCOMPARE(panel->input(), QStringLiteral("{\"event\": \"phx_join\", \"topic\": \"room:1\"}"));
    button->insertAction(QStringLiteral("bytes"))->trigger();
    QCOMPARE(panel->mode(), SendPanel::Mode::Binary);
    QCOMPARE(panel->buildMessage()->payload(), QByteArray("\x00\xff\x10", 3));
    // and sent like anything typed
    connectTab();
    panel->send();
    QTRY_COMPARE(lastIncoming().payload(), QByteArray("\x00\xff\x10", 3));

    // deleted from the menu's submenu
    QMenu *remove = nullptr;
    for (QAction *action : button->menu()->actions()) {
        if (action->menu())
            remove = action->menu();
    }
    QVERIFY(remove);
    remove->actions().at(0)->trigger(); // "join"
    QCOMPARE(library.load(QStringLiteral("With templates"))->templates.size(), 1);
    QVERIFY(!button->insertAction(QStringLiteral("join")));
    m_tab->setProfileLibrary(nullptr);
}

void TestConnectionTab::unsavedTabKeepsItsTemplatesAndHistory()
{
    QTemporaryDir dir;
    ProfileLibrary library(dir.path());
    m_tab->setProfileLibrary(&library);
    SendPanel *panel = m_tab->sendPanel();
    TemplateButton *button = panel->templateButton();
    QVERIFY(m_tab->profileName().isEmpty());
    QVERIFY(button->saveAction()->isEnabled());
    panel->setMode(SendPanel::Mode::Text);
    panel->setInput(QStringLiteral("hello template"));
    QVERIFY(panel->saveAsTemplate(QStringLiteral("greet")));
    QVERIFY(library.names().isEmpty()); // kept by the tab, in memory, not in a profile
    panel->setInput(QString());
    QAction *greet = button->insertAction(QStringLiteral("greet"));
    QVERIFY(greet);
    greet->trigger();
    QCOMPARE(panel->input(), QStringLiteral("hello template"));

    // sent twice, then walked back through the history with Up
    connectTab();
    panel->send();
    QTRY_COMPARE(lastIncoming().text(), QStringLiteral("hello template"));
    panel->setInput(QStringLiteral("second"));
    panel->send();
    QTRY_COMPARE(lastIncoming().text(), QStringLiteral("second"));
    panel->focusEditor();
    panel->setInput(QString());
    QVERIFY(panel->recallPrevious());
    QCOMPARE(panel->input(), QStringLiteral("second"));
    QVERIFY(panel->recallPrevious());
    QCOMPARE(panel->input(), QStringLiteral("hello template"));

    // still there after choosing "no profile" again
    QVERIFY(m_tab->loadProfile(QString()));
    QVERIFY(button->insertAction(QStringLiteral("greet")));
    // removed from the menu's submenu
    QMenu *remove = nullptr;
    for (QAction *action : button->menu()->actions()) {
        if (action->menu())
            remove = action->menu();
    }
    QVERIFY(remove);
    remove->actions().at(0)->trigger();
    QVERIFY(!button->insertAction(QStringLiteral("greet")));
    m_tab->setProfileLibrary(nullptr);
}

void TestConnectionTab::insecureProfileShowsTheRedBanner()
{
    QTemporaryDir dir;
    ProfileLibrary library(dir.path());
    ConnectionConfig config;
    config.name = QStringLiteral("Self-signed");
    config.url = QUrl(QStringLiteral("wss://127.0.0.1:1/socket"));
    config.tls.allowInsecure = true;
    config.tls.allowedErrors = { QStringLiteral("SelfSignedCertificate") };
    QVERIFY(library.save(config, QString()));
    m_tab->setProfileLibrary(&library);
    QVERIFY(!m_tab->warningBanner()->isVisible());
    QVERIFY(m_tab->loadProfile(QStringLiteral("Self-signed")));
    QVERIFY(m_tab->warningBanner()->isVisible());
    QVERIFY2(m_tab->warningBanner()->text().contains(QLatin1String("SelfSignedCertificate")),
             qPrintable(m_tab->warningBanner()->text()));
    QVERIFY(m_tab->warningBanner()->styleSheet().contains(QLatin1String("#c62828")));
    QVERIFY(m_tab->loadProfile(QString()));
    QVERIFY(!m_tab->warningBanner()->isVisible());
    m_tab->setProfileLibrary(nullptr);
}

void TestConnectionTab::phoenixProfileMakesAPhoenixTab()
{
    DemoServer demo;
    QVERIFY(demo.listen());
    QTemporaryDir dir;
    ProfileLibrary library(dir.path());
    ConnectionConfig phoenix;
    phoenix.name = QStringLiteral("Phoenix v1");
    phoenix.url = demo.url(QStringLiteral("/socket"));
    phoenix.protocol = ConnectionConfig::Protocol::Phoenix;
    phoenix.phoenix.vsn = QStringLiteral("1.0.0");
    phoenix.phoenix.params = { { QLatin1String("user_id"), 7 } };
    phoenix.phoenix.heartbeatIntervalMs = 300;
    QVERIFY(library.save(phoenix, QString()));
    ConnectionConfig plain;
    plain.name = QStringLiteral("Echo");
    plain.url = m_server->url();
    QVERIFY(library.save(plain, QString()));
    m_tab->setProfileLibrary(&library);

    QVERIFY(m_tab->loadProfile(QStringLiteral("Phoenix v1")));
    ConnectionBar *bar = m_tab->connectionBar();
    QCOMPARE(bar->protocol(), ConnectionConfig::Protocol::Phoenix);
    QVERIFY(!bar->protocolFollowsUrl()); // the profile's choice
    QVERIFY(m_tab->phoenixSocket());
    QVERIFY(!m_tab->dock(ConnectionTab::Pane::Channels)->isHidden());

    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), State::Connected);
    // the profile's Phoenix settings, applied by the socket to the one client
    const QUrl url = m_tab->client()->config().url;
    QCOMPARE(url.path(), QStringLiteral("/socket/websocket"));
    QCOMPARE(url.query(), QStringLiteral("user_id=7&vsn=1.0.0"));
    QCOMPARE(m_tab->client()->config().heartbeat.strategy, HeartbeatConfig::Strategy::Application);
    QVERIFY(m_tab->logModel()->phoenixVersion() == phoenix::Serializer::Version::V1);
    // the Phoenix heartbeat feeds the charts; the log reads 1.0.0 objects
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->chartPanel()->rttSeries()->count() >= 2, 10000);
    QTRY_VERIFY(messageRows(m_tab->logModel()).size() >= 2);
    QCOMPARE(m_tab->logModel()
                 ->index(messageRows(m_tab->logModel()).constFirst(), MessageLogModel::EventColumn)
                 .data()
                 .toString(),
             QStringLiteral("heartbeat"));

    // another profile while connected: from the next connection on
    QVERIFY(m_tab->loadProfile(QStringLiteral("Echo")));
    QCOMPARE(bar->protocol(), ConnectionConfig::Protocol::WebSocket);
    QVERIFY(m_tab->phoenixSocket());
    m_tab->closeConnection();
    QTRY_COMPARE(m_tab->state(), State::Disconnected);
    QVERIFY(!m_tab->phoenixSocket());
    QVERIFY(m_tab->dock(ConnectionTab::Pane::Channels)->isHidden());
    QVERIFY(m_tab->openConnection());
    QTRY_COMPARE(m_tab->state(), State::Connected);
    QCOMPARE(m_tab->client()->config().url, m_server->url());
    QCOMPARE(m_tab->client()->config().heartbeat.strategy, HeartbeatConfig::Strategy::Ping);
    m_tab->setProfileLibrary(nullptr);
}

QTEST_MAIN(TestConnectionTab)
#include "tst_connectiontab.moc"
