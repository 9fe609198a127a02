#pragma once

#include <maxmon/connectionstate.h>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QTabWidget;

namespace maxmon {

class ActionRegistry;
class ConnectionTab;
class ExportController;
class PaneLayouts;
class ProfileLibrary;
class ProfilesDialog;
class RecordingTab;
class SessionController;
class StatusSummary;
struct ActionSpec;

// The maxmon window: one tab per connection, and one read-only tab per file
// opened for analysis (File > Open..., Open Recent, or dropped on the
// window), menus with shortcuts, and a status bar with the current tab's
// RTT, health and message rates. Owns the connection profiles
// (ProfileLibrary) and their dialog, the exports, and the sessions on disk
// (SessionController).
// Remembers its geometry, the arrangement of the tabs' panes (PaneLayouts:
// one for every connection tab, one for every file's tab), the last URL the
// user connected to and the last profile used. Its commands are rows of a
// table (actionTable(), in mainwindow_actions.cpp) that ActionRegistry turns
// into actions, menus and enabled rules.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a tab for the URL and, when it is valid and connectNow is set,
    // connects. An empty URL opens an empty tab with the URL field focused.
    ConnectionTab *openTab(const QString &url, bool connectNow = true);
    // The current tab if it is a connection (nullptr for a file's tab).
    ConnectionTab *currentTab() const;
    ConnectionTab *tabAt(int index) const;
    // Opens a session file, recording or support bundle as a read-only tab.
    RecordingTab *openFile(const QString &path);
    RecordingTab *currentRecordingTab() const;
    SessionController *sessions() const { return m_sessions; }
    int tabCount() const;
    QTabWidget *tabWidget() const { return m_tabs; }

    // The embedded demo server's /echo URL, offered by File > New demo
    // connection and never remembered as the last URL (its port changes).
    void setDemoUrl(const QUrl &url);
    QUrl demoUrl() const { return m_demoUrl; }
    // The demo server's Phoenix socket (ws://.../socket) and the token its
    // private:* topics take, for File > New Phoenix Demo Connection.
    void setPhoenixDemo(const QUrl &url, const QString &token);
    QUrl phoenixDemoUrl() const { return m_phoenixDemoUrl; }
    // A tab on the Phoenix demo, connected, with room:lobby joined when
    // connectNow; nullptr when there is no demo server.
    ConnectionTab *openPhoenixDemoTab(bool connectNow = true);
    QString lastUrl() const { return m_lastUrl; }
    QString lastProfile() const { return m_lastProfile; }

    ProfileLibrary *profiles() const { return m_profiles; }
    // Profiles from another folder (tests, scripted runs); tabs follow.
    void useProfileDirectory(const QString &directory);
    // Opens a tab with a stored profile and, if connectNow, connects.
    ConnectionTab *openProfileTab(const QString &name, bool connectNow = true);
    ExportController *exports() const { return m_exports; }

    // Off for scripted runs (--self-test, --screenshot): nothing is written,
    // nothing recorded.
    void setSettingsEnabled(bool enabled);
    void writeSettings() const;

    QString statusRateText() const;
    QAction *action(const QString &name) const;
    PaneLayouts *paneLayouts() const { return m_paneLayouts; }

public Q_SLOTS:
    void newTab();
    void newDemoTab();
    void newPhoenixDemoTab();
    bool closeTab(int index);
    void closeCurrentTab();
    // The profiles dialog (non-modal while it is open).
    ProfilesDialog *showProfiles();
    // The current tab's panes (and every tab's) in their default arrangement.
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The window's commands, one row each, by menu (mainwindow_actions.cpp).
    QList<ActionSpec> actionTable();
    QList<ActionSpec> fileActions();
    QList<ActionSpec> fileOpenActions();
    QList<ActionSpec> fileExportActions();
    QList<ActionSpec> connectionActions();
    QList<ActionSpec> logActions();
    QList<ActionSpec> viewActions();
    QList<ActionSpec> helpActions();
    std::function<void()> onTab(const std::function<void(ConnectionTab *)> &function);
    void createMenus();
    void readSettings();
    // Signals of a new connection tab to the window.
    void wireTab(ConnectionTab *tab);
    void updateTabTitle(ConnectionTab *tab);
    void updateActions();
    void updateStatusBar();
    void onCurrentTabChanged();
    void showAbout();
    // Closing with live connections asks first; accepted, the window closes.
    void askToQuit(int liveConnections);
    void showPreferences();
    void rememberProfile(const QString &name);
    void goToTab(int step);

    QTabWidget *m_tabs;
    StatusSummary *m_status;
    ProfileLibrary *m_profiles;
    ExportController *m_exports;
    SessionController *m_sessions;
    QPointer<ProfilesDialog> m_profilesDialog;
    ActionRegistry *m_actions;
    PaneLayouts *m_paneLayouts;
    QUrl m_demoUrl;
    QUrl m_phoenixDemoUrl;
    QString m_phoenixDemoToken;
    QString m_lastUrl;
    QString m_lastProfile;
    bool m_settingsEnabled = true;
    bool m_quitConfirmed = false;
};

} // namespace maxmon
