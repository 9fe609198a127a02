#pragma once

#include <maxmon/sessionsettings.h>

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QMimeData;

namespace maxmon {

class MainWindow;
class RecentFiles;

// The window's files: File > Open... and Open Recent (session files,
// recordings, support bundles, opened as read-only tabs by the window),
// which dropped files to open, and the sessions on disk: the recording
// settings the window's tabs follow, and retention (by size and age) at
// start, every ten minutes, and when a session ends.
class SessionController : public QObject
{
    Q_OBJECT

public:
    explicit SessionController(MainWindow *window);

    SessionSettings settings() const { return m_settings; }
    // Read the settings again (after the preferences).
    void reloadSettings();
    // Off for scripted runs: nothing recorded, no recent files stored,
    // nothing removed.
    void setEnabled(bool enabled);
    RecentFiles *recentFiles() const { return m_recent; }
    // File > Open Recent, kept up to date.
    QMenu *recentMenu() const { return m_recentMenu; }

    // Asks for a file and opens it.
    void chooseFile();
    // The local files among dropped data, or none.
    static QStringList filesOf(const QMimeData *data);
    // Sessions being recorded or open in tabs: never removed.
    QStringList sessionsInUse() const;

public Q_SLOTS:
    // Removes sessions over the size or age limits (not those in use).
    void applyRetention();

private:
    void updateRecentMenu();

    MainWindow *m_window;
    SessionSettings m_settings;
    RecentFiles *m_recent;
    QPointer<QMenu> m_recentMenu;
    QTimer m_retentionTimer;
    bool m_enabled = true;
};

} // namespace maxmon
