// The tabs' panes as docks, through the window: shown and hidden from the
// View menu, one arrangement for every connection tab, kept in the settings
// under a version, and View > Reset Layout.
#include "recording/recordingtab.h"
#include "temporarysettings.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"
#include "window/panelayouts.h"
#include "window/panewindow.h"

#include <maxmon/sessionstore.h>

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using Pane = ConnectionTab::Pane;

class TestPaneLayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void eachPaneHidesAndShowsFromTheViewMenu();
    void channelsPaneOnlyForPhoenix();
    void oneLayoutForEveryConnectionTab();
    void layoutIsRestoredByTheNextWindow();
    void resetLayoutRestoresTheDefault();
    void layoutOfAnotherVersionIsIgnored();
    void fileTabsHaveTheirOwnPanes();

private:
    static QMenu *viewMenu(MainWindow &window);
    // The View menu's entry for the dock (its toggleViewAction()).
    static QAction *viewEntry(MainWindow &window, QDockWidget *dock);
    static void rearrange(ConnectionTab *tab);
    static bool isRearranged(ConnectionTab *tab);
    static bool isDefault(ConnectionTab *tab);
};

void TestPaneLayouts::initTestCase()
{
    maxmon::test::useTemporarySettings();
}

void TestPaneLayouts::init()
{
    QSettings().clear();
}

QMenu *TestPaneLayouts::viewMenu(MainWindow &window)
{
    return window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
}

QAction *TestPaneLayouts::viewEntry(MainWindow &window, QDockWidget *dock)
{
    const QList<QAction *> actions = viewMenu(window)->actions();
    return actions.contains(dock->toggleViewAction()) ? dock->toggleViewAction() : nullptr;
}

void TestPaneLayouts::rearrange(ConnectionTab *tab)
{
    // the details on the left, the charts closed, the diagnostics floating
    tab->paneWindow()->addDockWidget(Qt::LeftDockWidgetArea, tab->dock(Pane::Details));
    tab->dock(Pane::Charts)->close();
    tab->dock(Pane::Diagnostics)->setFloating(true);
}

bool TestPaneLayouts::isRearranged(ConnectionTab *tab)
{
    return tab->paneWindow()->dockWidgetArea(tab->dock(Pane::Details)) == Qt::LeftDockWidgetArea
        && tab->dock(Pane::Charts)->isHidden() && tab->dock(Pane::Diagnostics)->isFloating();
}

bool TestPaneLayouts::isDefault(ConnectionTab *tab)
{
    PaneWindow *panes = tab->paneWindow();
    QDockWidget *send = tab->dock(Pane::Send);
    return panes->dockWidgetArea(tab->dock(Pane::Details)) == Qt::RightDockWidgetArea
        && panes->dockWidgetArea(send) == Qt::BottomDockWidgetArea
        && panes->dockWidgetArea(tab->dock(Pane::Charts)) == Qt::BottomDockWidgetArea
        && panes->tabifiedDockWidgets(send).contains(tab->dock(Pane::Diagnostics))
        && !tab->dock(Pane::Diagnostics)->isFloating() && !tab->dock(Pane::Details)->isHidden()
        && !tab->dock(Pane::Charts)->isHidden() && !send->isHidden();
}

void TestPaneLayouts::eachPaneHidesAndShowsFromTheViewMenu()
{
    MainWindow window;
    window.setSettingsEnabled(false);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionTab *tab = window.openTab(QString(), false);
    QTRY_VERIFY(tab->isPaneShown(Pane::Details));
    for (Pane pane : { Pane::Details, Pane::Send, Pane::Diagnostics, Pane::Charts }) {
        QDockWidget *dock = tab->dock(pane);
        QAction *entry = viewEntry(window, dock);
        QVERIFY2(entry, qPrintable(dock->windowTitle()));
        QCOMPARE(entry->text(), dock->windowTitle());
        QVERIFY(entry->isEnabled());
        QVERIFY(entry->isChecked());
        entry->trigger();
        QVERIFY(dock->isHidden());
        QVERIFY(!dock->widget()->isVisible());
        QVERIFY(!entry->isChecked());
        entry->trigger();
        QVERIFY(!dock->isHidden());
        QVERIFY(entry->isChecked());
    }
    // the View menu lists the panes of the tab that is current
    ConnectionTab *second = window.openTab(QString(), false);
    QVERIFY(viewEntry(window, second->dock(Pane::Charts)));
    QVERIFY(!viewEntry(window, tab->dock(Pane::Charts)));
    window.closeTab(window.tabWidget()->indexOf(second));
    QVERIFY(viewEntry(window, tab->dock(Pane::Charts)));
}

void TestPaneLayouts::channelsPaneOnlyForPhoenix()
{
    MainWindow window;
    window.setSettingsEnabled(false);
    window.show();
    ConnectionTab *tab = window.openTab(QStringLiteral("ws://127.0.0.1:9/echo"), false);
    QDockWidget *channels = tab->dock(Pane::Channels);
    QAction *entry = viewEntry(window, channels);
    QVERIFY(entry);
    QVERIFY(!tab->phoenixSocket());
    QVERIFY(channels->isHidden());
    QVERIFY(!entry->isEnabled());
    tab->connectionBar()->setProtocol(ConnectionConfig::Protocol::Phoenix);
    QVERIFY(tab->phoenixSocket());
    QVERIFY(!channels->isHidden());
    QVERIFY(entry->isEnabled());
    entry->trigger();
    QVERIFY(channels->isHidden());
    entry->trigger();
    QVERIFY(!channels->isHidden());
}

void TestPaneLayouts::oneLayoutForEveryConnectionTab()
{
    MainWindow window;
    window.setSettingsEnabled(false);
    window.show();
    ConnectionTab *first = window.openTab(QString(), false);
    QTRY_VERIFY(first->isPaneShown(Pane::Details));
    QVERIFY(isDefault(first));
    rearrange(first);
    // a new tab takes the arrangement over, and so does an older one shown again
    ConnectionTab *second = window.openTab(QString(), false);
    QVERIFY(isRearranged(second));
    // the floating pane of the tab that is not shown is not shown either
    QVERIFY(second->dock(Pane::Diagnostics)->isVisible());
    QVERIFY(!first->dock(Pane::Diagnostics)->isVisible());
    second->dock(Pane::Charts)->show();
    window.tabWidget()->setCurrentWidget(first);
    QVERIFY(!first->dock(Pane::Charts)->isHidden());
    QVERIFY(first->dock(Pane::Diagnostics)->isVisible());
    QVERIFY(!second->dock(Pane::Diagnostics)->isVisible());
    QVERIFY(first->paneWindow()->dockWidgetArea(first->dock(Pane::Details))
            == Qt::LeftDockWidgetArea);
    QCOMPARE(window.paneLayouts()->current(), first->paneWindow());
}

void TestPaneLayouts::layoutIsRestoredByTheNextWindow()
{
    {
        MainWindow window;
        window.show();
        ConnectionTab *tab = window.openTab(QString(), false);
        QTRY_VERIFY(tab->isPaneShown(Pane::Details));
        rearrange(tab);
        window.close();
    }
    QVERIFY(!QSettings().contains(QStringLiteral("window/tabLayout")));
    QVERIFY(!QSettings().value(QStringLiteral("window/panes/connectionPanes")).isNull());
    MainWindow window;
    window.show();
    ConnectionTab *tab = window.openTab(QString(), false);
    QVERIFY(isRearranged(tab));
}

void TestPaneLayouts::resetLayoutRestoresTheDefault()
{
    MainWindow window;
    window.setSettingsEnabled(false);
    window.resize(1200, 800);
    window.show();
    ConnectionTab *other = window.openTab(QString(), false);
    ConnectionTab *tab = window.openTab(QString(), false);
    QTRY_VERIFY(tab->isPaneShown(Pane::Details));
    rearrange(tab);
    QAction *reset = window.action(QStringLiteral("resetLayout"));
    QVERIFY(reset);
    QVERIFY(reset->isEnabled());
    QVERIFY(viewMenu(window)->actions().contains(reset));
    reset->trigger();
    QVERIFY(isDefault(tab));
    // and once the window has laid it out, sized for it: still the default
    QTest::qWait(0);
    QTRY_VERIFY(tab->isPaneShown(Pane::Details));
    QVERIFY(isDefault(tab));
    QTRY_VERIFY(tab->dock(Pane::Details)->width() >= tab->width() / 4);
    // the other tab, shown next, too
    window.tabWidget()->setCurrentWidget(other);
    QVERIFY(isDefault(other));
}

void TestPaneLayouts::layoutOfAnotherVersionIsIgnored()
{
    {
        // a layout with the charts closed, as another build would have saved it
        ConnectionTab tab;
        tab.dock(Pane::Charts)->close();
        QSettings().setValue(QStringLiteral("window/panes/connectionPanes"),
                             tab.paneWindow()->saveState(ConnectionTab::LayoutVersion - 1));
        QVERIFY(!tab.restoreLayout(tab.paneWindow()->saveState(ConnectionTab::LayoutVersion - 1)));
    }
    MainWindow window;
    window.setSettingsEnabled(false);
    window.show();
    ConnectionTab *tab = window.openTab(QString(), false);
    QVERIFY(isDefault(tab));
    // and the splitters' sizes of the builds before the docks mean nothing either
    QSettings().setValue(QStringLiteral("window/tabLayout"), QByteArray("old splitters"));
    MainWindow again;
    again.show();
    QVERIFY(isDefault(again.openTab(QString(), false)));
}

void TestPaneLayouts::fileTabsHaveTheirOwnPanes()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("s.maxmon"));
    {
        SessionStore store;
        QVERIFY(store.create(path));
        store.append(Message::fromText(Message::Direction::Incoming, QByteArray("{\"a\":1}")));
        QVERIFY(store.close());
    }
    MainWindow window;
    window.setSettingsEnabled(false);
    window.show();
    ConnectionTab *tab = window.openTab(QString(), false);
    rearrange(tab);
    RecordingTab *file = window.openFile(path);
    QTRY_VERIFY(file->isReady());
    // a file's panes in the View menu, arranged by their own default
    QDockWidget *charts = file->dock(RecordingTab::Pane::Charts);
    QAction *entry = viewEntry(window, charts);
    QVERIFY(entry);
    QVERIFY(!viewEntry(window, tab->dock(Pane::Charts)));
    QVERIFY(!charts->isHidden());
    QCOMPARE(file->paneWindow()->dockWidgetArea(file->dock(RecordingTab::Pane::Details)),
             Qt::RightDockWidgetArea);
    QVERIFY(!viewEntry(window, file->dock(RecordingTab::Pane::Profile))->isEnabled());
    entry->trigger();
    QVERIFY(charts->isHidden());
    // the connection tab kept its own
    window.tabWidget()->setCurrentWidget(tab);
    QVERIFY(isRearranged(tab));
}

QTEST_MAIN(TestPaneLayouts)
#include "tst_panelayouts.moc"
