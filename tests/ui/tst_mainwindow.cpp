// MainWindow: tabs whose titles show their state, actions that follow the
// current tab, menus with shortcuts, the status bar's rates, and what it
// remembers between runs (in a temporary settings directory).
#include "charts/chartpanel.h"
#include "log/messagelogpanel.h"
#include "maxmonversion.h"
#include "phoenix/channellistmodel.h"
#include "phoenix/channelspanel.h"
#include "phoenix/presencelistmodel.h"
#include "phoenix/pushform.h"
#include "profiles/profileeditor.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilesdialog.h"
#include "server/demoserver.h"
#include "temporarysettings.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"
#include "window/panewindow.h"
#include "window/shortcutsdialog.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabTitlesShowTheState();
    void emptyTabWaitsForAUrl();
    void closingATabClosesItsConnection();
    void actionsFollowTheCurrentTab();
    void menusHaveShortcutsAndTips();
    void shortcutsReachTheCurrentTab();
    void statusBarShowsRatesAndCount();
    void remembersGeometryLayoutAndLastUrl();
    void demoUrlIsNotRemembered();
    void scriptedRunsWriteNoSettings();
    void profilesDialogLoadsIntoTheTab();
    void lastProfileIsRemembered();
    void chartWindowShortcuts();
    void aboutShowsTheVersion();
    void phoenixDemoTab();
    void channelsOnlyOnPhoenixTabs();
    void quittingWithLiveConnectionsAsks();
    void helpShowsTheShortcutsAndTheManual();

private:
    ScriptedServer *m_server = nullptr;
};

void TestMainWindow::initTestCase()
{
    maxmon::test::useTemporarySettings();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void TestMainWindow::cleanup()
{
    delete m_server;
}

void TestMainWindow::tabTitlesShowTheState()
{
    MainWindow window;
    window.show();
    ConnectionTab *good = window.openTab(m_server->url().toString());
    QTRY_COMPARE(good->state(), State::Connected);
    ConnectionTab *refused =
        window.openTab(m_server->url(QStringLiteral("/reject/404")).toString());
    QTRY_COMPARE(refused->state(), State::Error);

    QTabWidget *tabs = window.tabWidget();
    QCOMPARE(window.tabCount(), 2);
    QCOMPARE(window.currentTab(), refused);
    QCOMPARE(tabs->tabText(0),
             QStringLiteral("127.0.0.1:%1/echo \u00b7 Connected").arg(m_server->port()));
    QCOMPARE(tabs->tabText(1),
             QStringLiteral("127.0.0.1:%1/reject/404 \u00b7 Error").arg(m_server->port()));
    QVERIFY2(tabs->tabToolTip(1).contains(refused->client()->lastError().message()),
             qPrintable(tabs->tabToolTip(1)));
    QVERIFY(tabs->tabIcon(0).pixmap(16).toImage() != tabs->tabIcon(1).pixmap(16).toImage());

    QVERIFY(good->client()->close());
    QTRY_COMPARE(tabs->tabText(0),
                 QStringLiteral("127.0.0.1:%1/echo \u00b7 Disconnected").arg(m_server->port()));
}

void TestMainWindow::emptyTabWaitsForAUrl()
{
    MainWindow window;
    window.show();
    ConnectionTab *tab = window.openTab(QString());
    QCOMPARE(tab->state(), State::Disconnected);
    QCOMPARE(window.tabWidget()->tabText(0), QStringLiteral("New connection \u00b7 Disconnected"));
    QVERIFY(!window.action(QStringLiteral("connect"))->isEnabled());
    // the title follows the URL being typed
    tab->connectionBar()->setUrlText(m_server->url().toString());
    QCOMPARE(window.tabWidget()->tabText(0),
             QStringLiteral("127.0.0.1:%1/echo \u00b7 Disconnected").arg(m_server->port()));
    QVERIFY(window.action(QStringLiteral("connect"))->isEnabled());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestMainWindow::closingATabClosesItsConnection()
{
    MainWindow window;
    window.show();
    ConnectionTab *tab = window.openTab(m_server->url().toString());
    QTRY_COMPARE(tab->state(), State::Connected);
    QTRY_COMPARE(m_server->connectionCount(), 1);
    window.action(QStringLiteral("closeTab"))->trigger();
    QCOMPARE(window.tabCount(), 0);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QVERIFY(!window.closeTab(0)); // nothing left to close
}

void TestMainWindow::actionsFollowTheCurrentTab()
{
    MainWindow window;
    window.show();
    auto enabled = [&window](const char *name) {
        return window.action(QLatin1String(name))->isEnabled();
    };
    QVERIFY(!enabled("connect"));
    QVERIFY(!enabled("find"));
    QVERIFY(!enabled("closeTab"));
    QVERIFY(enabled("newTab"));
    QVERIFY(!enabled("newDemoTab")); // no demo server set

    ConnectionTab *connected = window.openTab(m_server->url().toString());
    QTRY_COMPARE(connected->state(), State::Connected);
    QVERIFY(!enabled("connect"));
    QVERIFY(enabled("disconnect"));
    QVERIFY(!enabled("reconnect"));
    QVERIFY(enabled("find"));

    ConnectionTab *failed = window.openTab(m_server->url(QStringLiteral("/reject/404")).toString());
    QTRY_COMPARE(failed->state(), State::Error);
    QVERIFY(enabled("connect"));
    QVERIFY(!enabled("disconnect"));
    QVERIFY(enabled("reconnect"));
    QVERIFY(enabled("nextTab"));

    window.action(QStringLiteral("previousTab"))->trigger();
    QCOMPARE(window.currentTab(), connected);
    QVERIFY(enabled("disconnect"));
    window.action(QStringLiteral("disconnect"))->trigger();
    QTRY_COMPARE(connected->state(), State::Disconnected);
    QVERIFY(enabled("connect"));
    window.action(QStringLiteral("connect"))->trigger();
    QTRY_COMPARE(connected->state(), State::Connected);

    window.action(QStringLiteral("nextTab"))->trigger();
    QCOMPARE(window.currentTab(), failed);
    window.action(QStringLiteral("reconnect"))->trigger();
    QTRY_COMPARE(m_server->requests().size(), 4); // 2 for the good tab, 2 refused
}

void TestMainWindow::menusHaveShortcutsAndTips()
{
    MainWindow window;
    QSet<QString> shortcuts;
    int count = 0;
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.size(), 5);
    for (QAction *menuAction : menus) {
        QVERIFY(!menuAction->text().isEmpty());
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            ++count;
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->objectName()));
            // about boxes and submenus (Open Recent) need no key of their own
            if (action->objectName().startsWith(QLatin1String("about")) || action->menu())
                continue;
            const QString keys = action->shortcut().toString();
            QVERIFY2(!keys.isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!shortcuts.contains(keys), qPrintable(keys));
            shortcuts.insert(keys);
        }
    }
    QVERIFY(count >= 18);
}

void TestMainWindow::shortcutsReachTheCurrentTab()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConnectionTab *tab = window.openTab(m_server->url().toString());
    QTRY_COMPARE(tab->state(), State::Connected);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(tab->logPanel()->filterEdit()->hasFocus());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(tab->connectionBar()->urlEdit()->hasFocus());
    QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
    QTRY_COMPARE(tab->state(), State::Disconnected);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(tab->state(), State::Connected);
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(window.tabCount(), 2);
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.tabCount(), 1);
}

void TestMainWindow::statusBarShowsRatesAndCount()
{
    MainWindow window;
    window.show();
    ConnectionTab *tab = window.openTab(m_server->url().toString());
    QTRY_COMPARE(tab->state(), State::Connected);
    QCOMPARE(window.statusRateText(), QStringLiteral("In 0.0 msg/s \u00b7 Out 0.0 msg/s"));
    for (int i = 0; i < 30; ++i)
        QVERIFY(tab->client()->sendText(QStringLiteral("m%1").arg(i)));
    QTRY_COMPARE(tab->client()->diagnostics().messagesIn, 30);
    // sampled once a second from the client's counters
    QTRY_VERIFY_WITH_TIMEOUT(tab->incomingRate() > 0 && tab->outgoingRate() > 0, 5000);
    const QString text = window.statusRateText();
    QVERIFY2(text.startsWith(QLatin1String("In ")) && !text.startsWith(QLatin1String("In 0.0")),
             qPrintable(text));
    QVERIFY(text.contains(QLocale().toString(tab->outgoingRate(), 'f', 1)));
    QTRY_COMPARE(tab->logModel()->totalCount(), 60);
    // one sample a second feeds the status bar and the charts' header alike
    const auto sameRates = [&] {
        const QString rates = window.statusRateText().toLower();
        return tab->chartPanel()->summaryText().endsWith(rates);
    };
    QVERIFY2(sameRates(), qPrintable(tab->chartPanel()->summaryText()));
    QSignalSpy sampled(tab->chartPanel(), &ChartPanel::ratesSampled);
    QVERIFY(sampled.wait(3000));
    QVERIFY2(sameRates(), qPrintable(window.statusRateText()));
}

void TestMainWindow::remembersGeometryLayoutAndLastUrl()
{
    // a token in the URL is never written to the settings file
    const QString withToken =
        m_server->url(QStringLiteral("/echo?room=1&token=s3cr3t-t0ken")).toString();
    const QString url = m_server->url(QStringLiteral("/echo?room=1")).toString();
    {
        MainWindow window;
        window.resize(900, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.lastUrl().isEmpty());
        ConnectionTab *tab = window.openTab(withToken);
        QTRY_COMPARE(tab->state(), State::Connected);
        QCOMPARE(window.lastUrl(), url);
        // the panes rearranged: the details on the left, the charts closed
        QTRY_VERIFY(tab->isPaneShown(ConnectionTab::Pane::Details));
        tab->paneWindow()->addDockWidget(Qt::LeftDockWidgetArea,
                                         tab->dock(ConnectionTab::Pane::Details));
        tab->dock(ConnectionTab::Pane::Charts)->close();
        tab->closeConnection(); // quitting with a live connection would ask
        QTRY_COMPARE(tab->state(), State::Disconnected);
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.size(), QSize(900, 650));
    QCOMPARE(window.lastUrl(), url);
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("s3cr3t-t0ken"));
    window.show();
    window.newTab();
    ConnectionTab *tab = window.currentTab();
    QCOMPARE(tab->connectionBar()->urlText(), url);
    QCOMPARE(tab->state(), State::Disconnected); // a new tab waits for Enter
    PaneWindow *panes = tab->paneWindow();
    QCOMPARE(panes->dockWidgetArea(tab->dock(ConnectionTab::Pane::Details)),
             Qt::LeftDockWidgetArea);
    QVERIFY(tab->dock(ConnectionTab::Pane::Charts)->isHidden());
    QVERIFY(!tab->dock(ConnectionTab::Pane::Send)->isHidden());
}

void TestMainWindow::demoUrlIsNotRemembered()
{
    MainWindow window;
    window.show();
    window.setDemoUrl(m_server->url());
    QVERIFY(window.action(QStringLiteral("newDemoTab"))->isEnabled());
    window.action(QStringLiteral("newDemoTab"))->trigger();
    QCOMPARE(window.tabCount(), 1);
    QTRY_COMPARE(window.currentTab()->state(), State::Connected);
    QVERIFY(window.lastUrl().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("connection/lastUrl")));
}

void TestMainWindow::scriptedRunsWriteNoSettings()
{
    {
        MainWindow window;
        window.setSettingsEnabled(false);
        window.show();
        ConnectionTab *tab = window.openTab(m_server->url().toString());
        QTRY_COMPARE(tab->state(), State::Connected);
        window.close();
    }
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestMainWindow::profilesDialogLoadsIntoTheTab()
{
    QTemporaryDir dir;
    MainWindow window;
    window.useProfileDirectory(dir.path());
    window.show();
    ConnectionTab *tab = window.openTab(QString(), false);
    QVERIFY(window.action(QStringLiteral("profiles"))
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
    window.action(QStringLiteral("profiles"))->trigger();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *url = qobject_cast<QLineEdit *>(dialog->editor()->field(QStringLiteral("url")));
    url->setText(m_server->url().toString());
    QTest::mouseClick(dialog->button(QStringLiteral("use")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(window.profiles()->names(), QStringList { QStringLiteral("New profile") });
    QCOMPARE(tab->profileName(), QStringLiteral("New profile"));
    QCOMPARE(tab->connectionBar()->urlText(), m_server->url().toString());
    QCOMPARE(window.tabWidget()->tabText(0), QStringLiteral("New profile \u00b7 Disconnected"));
    // every tab's picker knows the new profile
    ConnectionTab *other = window.openTab(QString(), false);
    QCOMPARE(other->connectionBar()->profileCombo()->findData(QStringLiteral("New profile")), 1);
}

void TestMainWindow::lastProfileIsRemembered()
{
    QTemporaryDir dir;
    ProfileLibrary library(dir.path());
    ConnectionConfig config;
    config.name = QStringLiteral("Remembered");
    config.url = m_server->url();
    QVERIFY(library.save(config, QString()));
    {
        MainWindow window;
        window.useProfileDirectory(dir.path());
        window.show();
        ConnectionTab *tab = window.openProfileTab(QStringLiteral("Remembered"));
        QTRY_COMPARE(tab->state(), State::Connected);
        QCOMPARE(window.lastProfile(), QStringLiteral("Remembered"));
        tab->closeConnection();
        QTRY_COMPARE(tab->state(), State::Disconnected);
        window.close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("connection/lastProfile")).toString(),
             QStringLiteral("Remembered"));
    MainWindow window;
    window.useProfileDirectory(dir.path());
    QCOMPARE(window.lastProfile(), QStringLiteral("Remembered"));
    window.show();
    window.newTab(); // Ctrl+T starts from the last profile, without connecting
    QCOMPARE(window.currentTab()->profileName(), QStringLiteral("Remembered"));
    QCOMPARE(window.currentTab()->connectionBar()->urlText(), m_server->url().toString());
    QCOMPARE(window.currentTab()->state(), State::Disconnected);
}

void TestMainWindow::chartWindowShortcuts()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConnectionTab *tab = window.openTab(QString(), false);
    QCOMPARE(tab->chartPanel()->windowMs(), 60000);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tab->chartPanel()->windowMs(), 15 * 60000);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tab->chartPanel()->windowMs(), 5 * 60000);
    window.action(QStringLiteral("chartWindow1"))->trigger();
    QCOMPARE(tab->chartPanel()->windowMs(), 60000);
}

void TestMainWindow::aboutShowsTheVersion()
{
    MainWindow window;
    QString text;
    // the box is modal: read and close it from its own event loop
    QTimer poll;
    connect(&poll, &QTimer::timeout, &window, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    poll.start(10);
    window.action(QStringLiteral("about"))->trigger();
    QVERIFY2(text.contains(QStringLiteral("maxmon " MAXMON_VERSION)), qPrintable(text));
}

void TestMainWindow::phoenixDemoTab()
{
    DemoServer demo;
    QVERIFY(demo.listen());
    MainWindow window;
    window.show();
    QAction *action = window.action(QStringLiteral("newPhoenixDemoTab"));
    QVERIFY(!action->isEnabled());
    window.setPhoenixDemo(demo.url(QStringLiteral("/socket")), demo.authToken());
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action->trigger();
    QCOMPARE(window.tabCount(), 1);
    ConnectionTab *tab = window.currentTab();
    QTRY_COMPARE(tab->state(), State::Connected);
    QCOMPARE(tab->title(), QStringLiteral("Demo: Phoenix"));
    QCOMPARE(tab->connectionBar()->protocol(), ConnectionConfig::Protocol::Phoenix);
    QVERIFY(tab->phoenixSocket());

    // room:lobby joined at once, with the user present
    ChannelsPanel *channels = tab->channelsPanel();
    QTRY_VERIFY(tab->isPaneShown(ConnectionTab::Pane::Channels));
    QVERIFY(channels->currentChannel());
    QCOMPARE(channels->currentTopic(), QStringLiteral("room:lobby"));
    QTRY_COMPARE(channels->currentChannel()->state(), phoenix::Channel::State::Joined);
    QTRY_COMPARE(channels->presenceModel()->rowCount(), 1);
    // the demo's token travels with the socket: private topics join too
    phoenix::Channel *secret = channels->join(QStringLiteral("private:demo"));
    QVERIFY(secret);
    QTRY_COMPARE(secret->state(), phoenix::Channel::State::Joined);
    // the push form is ready to shout
    QVERIFY(channels->pushForm()->push());
    QSignalSpy finished(channels->pushForm(), &PushForm::finished);
    QTRY_COMPARE(finished.size(), 1);

    // its port changes every run: not remembered
    QVERIFY(window.lastUrl().isEmpty());

    tab->showDiagnostics();
    QTRY_VERIFY(!tab->isPaneShown(ConnectionTab::Pane::Channels)); // behind Diagnostics
    window.action(QStringLiteral("channels"))->trigger();
    QTRY_VERIFY(tab->isPaneShown(ConnectionTab::Pane::Channels));
}

void TestMainWindow::channelsOnlyOnPhoenixTabs()
{
    MainWindow window;
    window.show();
    QAction *channels = window.action(QStringLiteral("channels"));
    ConnectionTab *plain = window.openTab(m_server->url().toString(), false);
    QVERIFY(!channels->isEnabled());
    // choosing Phoenix for the tab makes it useful
    QComboBox *protocol = plain->connectionBar()->protocolCombo();
    const int phoenix = protocol->findData(int(ConnectionConfig::Protocol::Phoenix));
    QVERIFY(phoenix >= 0);
    protocol->setCurrentIndex(phoenix);
    Q_EMIT protocol->activated(phoenix);
    QTRY_VERIFY(plain->phoenixSocket());
    QVERIFY(channels->isEnabled());
    window.openTab(m_server->url().toString(), false);
    QVERIFY(!channels->isEnabled());
}

void TestMainWindow::quittingWithLiveConnectionsAsks()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionTab *tab = window.openTab(m_server->url().toString());
    QTRY_COMPARE(tab->state(), State::Connected);
    auto question = [&window] {
        return window.findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    };
    // Ctrl+Q: asked; Cancel keeps everything open
    window.action(QStringLiteral("quit"))->trigger();
    QTRY_VERIFY(question() && question()->isVisible());
    QVERIFY(window.isVisible());
    QVERIFY2(question()->text().contains(QLatin1String("1 connection")),
             qPrintable(question()->text()));
    QTest::mouseClick(question()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!question());
    QVERIFY(window.isVisible());
    QCOMPARE(tab->state(), State::Connected);
    QVERIFY(!QSettings().contains(QStringLiteral("window/geometry")));

    // accepted: the window closes and remembers itself
    window.action(QStringLiteral("quit"))->trigger();
    QTRY_VERIFY(question() && question()->isVisible());
    QTest::keyClick(question(), Qt::Key_Return); // Quit, the default
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));

    // nothing live: no question
    MainWindow idle;
    idle.show();
    idle.openTab(m_server->url().toString(), false);
    QVERIFY(idle.close());
    QVERIFY(!idle.findChild<QMessageBox *>(QStringLiteral("quitQuestion")));
}

void TestMainWindow::helpShowsTheShortcutsAndTheManual()
{
    MainWindow window;
    window.show();
    QAction *manual = window.action(QStringLiteral("manual"));
    QVERIFY(manual && !manual->statusTip().isEmpty());
    QCOMPARE(ShortcutsDialog::manualUrl().host(), QStringLiteral("github.com"));
    window.action(QStringLiteral("shortcuts"))->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableWidget *table = dialog->table();
    QStringList commands;
    for (int row = 0; row < table->rowCount(); ++row)
        commands.append(table->item(row, 0)->text() + QLatin1Char('=')
                        + table->item(row, 1)->text());
    // every command with a key is listed with it, without its mnemonic
    QVERIFY2(commands.contains(QStringLiteral("Connect=F5")), qPrintable(commands.join(u',')));
    QVERIFY2(commands.contains(QStringLiteral("Find in Log=Ctrl+F")),
             qPrintable(commands.join(u',')));
    QVERIFY(table->rowCount() >= 20);
    auto *link = dialog->findChild<QLabel *>(QStringLiteral("manualLink"));
    QVERIFY(link && link->openExternalLinks());
    QVERIFY(link->text().contains(ShortcutsDialog::manualUrl().toString()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
