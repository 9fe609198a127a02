#pragma once

#include "websocket/connectionstate.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QTabWidget;

namespace maxmon {

class ConnectionTab;

// The maxmon window: one tab per connection, menus with shortcuts, and a
// status bar with the current tab's message rates. Remembers its geometry,
// the tabs' splitter sizes and the last URL the user connected to.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a tab for the URL and, when it is valid and connectNow is set,
    // connects. An empty URL opens an empty tab with the URL field focused.
    ConnectionTab *openTab(const QString &url, bool connectNow = true);
    ConnectionTab *currentTab() const;
    ConnectionTab *tabAt(int index) const;
    int tabCount() const;
    QTabWidget *tabWidget() const { return m_tabs; }

    // The embedded demo server's /echo URL, offered by File > New demo
    // connection and never remembered as the last URL (its port changes).
    void setDemoUrl(const QUrl &url);
    QUrl demoUrl() const { return m_demoUrl; }
    QString lastUrl() const { return m_lastUrl; }

    // Off for scripted runs (--self-test, --screenshot): nothing is written.
    void setSettingsEnabled(bool enabled) { m_settingsEnabled = enabled; }
    void writeSettings() const;

    QString statusRateText() const;
    QAction *action(const QString &name) const;

public Q_SLOTS:
    void newTab();
    void newDemoTab();
    bool closeTab(int index);
    void closeCurrentTab();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void readSettings();
    void updateTabTitle(ConnectionTab *tab);
    void updateActions();
    void updateStatusBar();
    void showAbout();
    QAction *addAction(const QString &name, const QString &text,
                       const QList<QKeySequence> &shortcuts, const QString &tip);

    QTabWidget *m_tabs;
    QLabel *m_rates;
    QLabel *m_logCount;
    QHash<QString, QAction *> m_actions;
    QUrl m_demoUrl;
    QString m_lastUrl;
    QByteArray m_tabLayout;
    bool m_settingsEnabled = true;
};

} // namespace maxmon
