#include "recording/sessioncontroller.h"

#include "recording/recentfiles.h"
#include "recording/recordingtab.h"
#include "widgets/filechooser.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <maxmon/sessionretention.h>
#include <maxmon/sessionstore.h>

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QTabWidget>

namespace maxmon {

SessionController::SessionController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_settings(SessionSettings::load())
    , m_recent(new RecentFiles(this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    m_recentMenu->menuAction()->setStatusTip(tr("Open one of the files opened before"));
    connect(m_recent, &RecentFiles::changed, this, &SessionController::updateRecentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionController::updateRecentMenu);
    updateRecentMenu();
    m_retentionTimer.setInterval(10 * 60 * 1000);
    connect(&m_retentionTimer, &QTimer::timeout, this, &SessionController::applyRetention);
    m_retentionTimer.start();
    QTimer::singleShot(0, this, &SessionController::applyRetention);
}

void SessionController::reloadSettings()
{
    m_settings = SessionSettings::load();
    if (!m_enabled)
        m_settings.recording = false;
    applyRetention();
}

void SessionController::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_recent->setStored(enabled);
    if (!enabled) {
        m_settings.recording = false;
        m_retentionTimer.stop();
    } else {
        m_settings = SessionSettings::load();
        m_retentionTimer.start();
    }
}

void SessionController::chooseFile()
{
    const QStringList recent = m_recent->files();
    const QString folder = recent.isEmpty() ? m_settings.effectiveDirectory()
                                            : QFileInfo(recent.constFirst()).absolutePath();
    const QString path = FileChooser::openFileName(
        m_window, tr("Open Session, Recording or Support Bundle"),
        tr("maxmon files (*.maxmon *.jsonl *.json);;Sessions (*.maxmon);;Recordings (*.jsonl);;"
           "Support bundles (*.json);;All files (*)"),
        folder);
    if (!path.isEmpty())
        m_window->openFile(path);
}

QStringList SessionController::filesOf(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

QStringList SessionController::sessionsInUse() const
{
    QStringList paths;
    QTabWidget *tabs = m_window->tabWidget();
    for (int i = 0; i < tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ConnectionTab *>(tabs->widget(i)); tab && tab->sessionStore())
            paths.append(tab->sessionStore()->path());
        if (auto *tab = qobject_cast<RecordingTab *>(tabs->widget(i)))
            paths.append(tab->path());
    }
    return paths;
}

void SessionController::applyRetention()
{
    if (!m_enabled)
        return;
    SessionStore::moveLegacySessions();
    SessionRetention::apply(m_settings.effectiveDirectory(), m_settings.maxTotalBytes,
                            m_settings.maxAgeDays, sessionsInUse());
}

void SessionController::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName());
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { m_window->openFile(file); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_recent, &RecentFiles::clear);
}

} // namespace maxmon
