// The window's commands: one row each (ActionSpec), in the order of their
// menus. A new command is a new row; ActionRegistry makes the action, lists
// it in its menu and enables it by the row's rules.
#include "charts/chartpanel.h"
#include "log/messagedetailview.h"
#include "log/messagelogpanel.h"
#include "profiles/profilesdialog.h"
#include "recording/recordingtab.h"
#include "recording/sessioncontroller.h"
#include "send/sendpanel.h"
#include "window/actionregistry.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"
#include "window/shortcutsdialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QTabWidget>

namespace maxmon {

namespace {

QList<QKeySequence> key(QKeyCombination combination)
{
    return { QKeySequence(combination) };
}

} // namespace

std::function<void()> MainWindow::onTab(const std::function<void(ConnectionTab *)> &function)
{
    // a command on the current connection's tab; without one it does nothing
    return [this, function] {
        if (ConnectionTab *tab = currentTab())
            function(tab);
    };
}

QList<ActionSpec> MainWindow::actionTable()
{
    return fileActions() + connectionActions() + logActions() + viewActions() + helpActions();
}

QList<ActionSpec> MainWindow::fileActions()
{
    QList<ActionSpec> rows = fileOpenActions() + fileExportActions();
    rows += {
        ActionSpec(QStringLiteral("preferences"), tr("P&references..."),
                   shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences),
                   tr("The language of maxmon"), [this] { showPreferences(); })
            .separated()
            .withRole(QAction::PreferencesRole),
        ActionSpec(QStringLiteral("quit"), tr("&Quit"),
                   shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit),
                   tr("Close every connection and quit"), [this] { close(); })
            .separated(),
    };
    return inMenu(QStringLiteral("file"), rows);
}

// File: new tabs, open, close, profiles.
QList<ActionSpec> MainWindow::fileOpenActions()
{
    return {
        ActionSpec(QStringLiteral("newTab"), tr("&New Connection"),
                   shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence::AddTab),
                   tr("Open a new connection tab"), [this] { newTab(); }),
        ActionSpec(QStringLiteral("newDemoTab"), tr("New &Demo Connection"),
                   key(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                   tr("Open a tab connected to the embedded demo server"), [this] { newDemoTab(); })
            .enabledWhen([this] { return m_demoUrl.isValid(); }),
        ActionSpec(QStringLiteral("newPhoenixDemoTab"), tr("New P&hoenix Demo Connection"),
                   key(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                   tr("Open a tab on the embedded demo server's Phoenix socket, with "
                      "room:lobby joined"),
                   [this] { newPhoenixDemoTab(); })
            .enabledWhen([this] { return m_phoenixDemoUrl.isValid(); }),
        ActionSpec(QStringLiteral("openFile"), tr("&Open..."),
                   shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence::Open),
                   tr("Open a session file, a recording or a support bundle, read-only"),
                   [this] { m_sessions->chooseFile(); })
            .separated(),
        ActionSpec(QStringLiteral("closeTab"), tr("&Close Tab"),
                   shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close),
                   tr("Close the connection and its tab"), [this] { closeCurrentTab(); })
            .needing(ActionNeeds::LogTab),
        ActionSpec(
            QStringLiteral("profiles"), tr("&Profiles..."), key(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
            tr("Create, edit, import and export connection profiles"), [this] { showProfiles(); })
            .separated(),
        ActionSpec(QStringLiteral("saveAsProfile"), tr("Save Tab as Pro&file..."),
                   key(Qt::CTRL | Qt::ALT | Qt::Key_P),
                   tr("A new profile from this tab's URL and settings (secrets only as "
                      "references)"),
                   [this] { showProfiles()->newProfile(); })
            .needing(ActionNeeds::ConnectionTab),
    };
}

// File: the exports of the current tab.
QList<ActionSpec> MainWindow::fileExportActions()
{
    // a command on the current connection's or file's tab; without one it does nothing
    auto onLog = [this](auto onConnection, auto onFile) {
        return [this, onConnection, onFile] {
            if (ConnectionTab *tab = currentTab())
                onConnection(tab);
            else if (RecordingTab *file = currentRecordingTab())
                onFile(file);
        };
    };
    const ActionNeeds log = ActionNeeds::LogTab;
    return {
        ActionSpec(QStringLiteral("exportLog"), tr("&Export Log..."),
                   key(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                   tr("Write every message of the log to a JSON lines or CSV file, secrets "
                      "masked"),
                   onLog([this](ConnectionTab *tab) { m_exports->exportLog(tab, false); },
                         [this](RecordingTab *file) { m_exports->exportRecording(file, false); }))
            .separated()
            .needing(log),
        ActionSpec(QStringLiteral("exportShown"), tr("Export &Shown Messages..."),
                   key(Qt::CTRL | Qt::ALT | Qt::Key_E),
                   tr("Write the messages the log's filter shows, secrets masked"),
                   onLog([this](ConnectionTab *tab) { m_exports->exportLog(tab, true); },
                         [this](RecordingTab *file) { m_exports->exportRecording(file, true); }))
            .needing(log),
        ActionSpec(QStringLiteral("supportBundle"), tr("Export Support &Bundle..."),
                   key(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                   tr("One JSON file with versions, profile, diagnostics and log for a "
                      "support request, secrets masked"),
                   onTab([this](ConnectionTab *tab) { m_exports->exportSupportBundle(tab); }))
            .needing(ActionNeeds::ConnectionTab),
    };
}

QList<ActionSpec> MainWindow::connectionActions()
{
    const ActionNeeds needsTab = ActionNeeds::ConnectionTab;
    const auto state = [this] {
        return currentTab()->state();
    };
    return inMenu(
        QStringLiteral("connection"),
        {
            ActionSpec(QStringLiteral("connect"), tr("&Connect"), key(Qt::Key_F5),
                       tr("Open the connection to the URL in the bar"),
                       onTab([](ConnectionTab *tab) { tab->openConnection(); }))
                .needing(needsTab)
                .enabledWhen([this, state] {
                    return canOpen(state())
                        && currentTab()->connectionBar()->urlProblem().isEmpty();
                }),
            ActionSpec(QStringLiteral("disconnect"), tr("&Disconnect"), key(Qt::SHIFT | Qt::Key_F5),
                       tr("Close the connection"),
                       onTab([](ConnectionTab *tab) { tab->closeConnection(); }))
                .needing(needsTab)
                .enabledWhen([state] {
                    return !canOpen(state()) && state() != ConnectionState::Disconnecting;
                }),
            ActionSpec(QStringLiteral("reconnect"), tr("&Reconnect Now"), key(Qt::CTRL | Qt::Key_R),
                       tr("Try again now instead of waiting"),
                       onTab([](ConnectionTab *tab) { tab->reconnectNow(); }))
                .needing(needsTab)
                .enabledWhen([state] {
                    return state() == ConnectionState::Reconnecting
                        || state() == ConnectionState::Error;
                }),
            ActionSpec(QStringLiteral("chooseProfile"), tr("Choose &Profile"),
                       key(Qt::CTRL | Qt::Key_P), tr("Open the profile picker of this tab"),
                       onTab([](ConnectionTab *tab) { tab->connectionBar()->focusProfile(); }))
                .separated()
                .needing(needsTab),
            ActionSpec(QStringLiteral("sessionSecrets"), tr("Session &Secrets..."),
                       key(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                       tr("A token and {{variables}} for this session only: kept in memory, "
                          "never written"),
                       onTab([](ConnectionTab *tab) { tab->showSessionSecrets(); }))
                .needing(needsTab),
            ActionSpec(QStringLiteral("focusUrl"), tr("Edit &URL"), key(Qt::CTRL | Qt::Key_L),
                       tr("Put the cursor in the URL field"),
                       onTab([](ConnectionTab *tab) { tab->connectionBar()->focusUrl(); }))
                .needing(needsTab),
            ActionSpec(QStringLiteral("compose"), tr("C&ompose Message"), key(Qt::CTRL | Qt::Key_E),
                       tr("Show the send panel and put the cursor in it"),
                       onTab([](ConnectionTab *tab) { tab->showSendPanel(); }))
                .separated()
                .needing(needsTab),
            ActionSpec(QStringLiteral("send"), tr("&Send Message"), key(Qt::CTRL | Qt::Key_Return),
                       tr("Send what the send panel holds"),
                       onTab([](ConnectionTab *tab) { tab->sendPanel()->send(); }))
                .needing(needsTab),
            ActionSpec(QStringLiteral("insertTemplate"), tr("&Insert Template"),
                       key(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                       tr("Put a saved message of the profile in the send panel"),
                       onTab([](ConnectionTab *tab) {
                           tab->showSendPanel();
                           tab->sendPanel()->showTemplates();
                       }))
                .needing(needsTab),
            ActionSpec(QStringLiteral("saveTemplate"), tr("Save as &Template..."),
                       key(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                       tr("Keep the send panel's message with the profile"),
                       onTab([](ConnectionTab *tab) { tab->sendPanel()->promptSaveTemplate(); }))
                .needing(needsTab),
        });
}

QList<ActionSpec> MainWindow::logActions()
{
    const ActionNeeds log = ActionNeeds::LogTab;
    return inMenu(
        QStringLiteral("log"),
        {
            ActionSpec(QStringLiteral("find"), tr("&Find in Log"),
                       shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence::Find),
                       tr("Put the cursor in the log's filter"),
                       [this] {
                           if (ConnectionTab *tab = currentTab())
                               tab->logPanel()->focusFilter();
                           else if (RecordingTab *file = currentRecordingTab())
                               file->logPanel()->focusFilter();
                       })
                .needing(log),
            ActionSpec(QStringLiteral("copyMessage"), tr("&Copy Message"),
                       key(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                       tr("Copy the selected message to the clipboard"),
                       [this] {
                           if (ConnectionTab *tab = currentTab())
                               tab->detailView()->copyToClipboard();
                           else if (RecordingTab *file = currentRecordingTab())
                               file->detailView()->copyToClipboard();
                       })
                .needing(log),
            ActionSpec(QStringLiteral("clearLog"), tr("C&lear Log"), key(Qt::CTRL | Qt::Key_K),
                       tr("Remove every message from the log"),
                       onTab([](ConnectionTab *tab) { tab->logPanel()->clearLog(); }))
                .needing(ActionNeeds::ConnectionTab),
            ActionSpec(QStringLiteral("autoScroll"), tr("&Auto-scroll"),
                       key(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Follow new messages in the log"),
                       onTab([this](ConnectionTab *tab) {
                           tab->logPanel()->setAutoScroll(
                               action(QStringLiteral("autoScroll"))->isChecked());
                       }))
                .needing(ActionNeeds::ConnectionTab)
                .checkedWhen([this] { return currentTab()->logPanel()->autoScroll(); }),
        });
}

QList<ActionSpec> MainWindow::viewActions()
{
    QList<ActionSpec> rows {
        ActionSpec(QStringLiteral("resetLayout"), tr("&Reset Layout"),
                   key(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   tr("Put the panes back where they were at first, every one shown"),
                   [this] { resetLayout(); }),
        ActionSpec(QStringLiteral("diagnostics"), tr("Show &Diagnostics"),
                   key(Qt::CTRL | Qt::Key_I), tr("Show everything known about the connection"),
                   onTab([](ConnectionTab *tab) { tab->showDiagnostics(); }))
            .separated()
            .needing(ActionNeeds::ConnectionTab),
        ActionSpec(QStringLiteral("channels"), tr("Show C&hannels"), key(Qt::CTRL | Qt::Key_J),
                   tr("Show the Phoenix channels of the connection"),
                   onTab([](ConnectionTab *tab) { tab->showChannels(); }))
            .needing(ActionNeeds::PhoenixTab),
    };
    const Qt::Key keys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3 };
    const int windows[] = { 1, 5, 15 };
    for (int i = 0; i < 3; ++i) {
        const int minutes = windows[i];
        ActionSpec row(QStringLiteral("chartWindow%1").arg(minutes),
                       tr("Charts: Last %n Minute(s)", nullptr, minutes), key(Qt::CTRL | keys[i]),
                       tr("Show the last %n minute(s) in the charts", nullptr, minutes),
                       onTab([minutes](ConnectionTab *tab) {
                           tab->chartPanel()->setWindowMs(qint64(minutes) * 60 * 1000);
                       }));
        row.separatorBefore = i == 0;
        rows.append(row.needing(ActionNeeds::ConnectionTab));
    }
    rows.append(ActionSpec(QStringLiteral("nextTab"), tr("Ne&xt Tab"),
                           shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                                         QKeySequence::NextChild),
                           tr("Go to the next connection"), [this] { goToTab(1); })
                    .separated()
                    .needing(ActionNeeds::SeveralTabs));
    rows.append(ActionSpec(QStringLiteral("previousTab"), tr("Pre&vious Tab"),
                           shortcutsWith(QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                         QKeySequence::PreviousChild),
                           tr("Go to the previous connection"), [this] { goToTab(-1); })
                    .needing(ActionNeeds::SeveralTabs));
    return inMenu(QStringLiteral("view"), rows);
}

QList<ActionSpec> MainWindow::helpActions()
{
    return inMenu(
        QStringLiteral("help"),
        {
            ActionSpec(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
                       key(Qt::CTRL | Qt::Key_Slash),
                       tr("Every command with a shortcut, and a link to the manual"),
                       [this] {
                           auto *dialog = new ShortcutsDialog(m_actions->actions(), this);
                           dialog->setAttribute(Qt::WA_DeleteOnClose);
                           dialog->show();
                       }),
            ActionSpec(QStringLiteral("manual"), tr("User &Manual"),
                       shortcutsWith(QKeySequence(Qt::Key_F1), QKeySequence::HelpContents),
                       tr("Open the manual in the web browser"),
                       [] { QDesktopServices::openUrl(ShortcutsDialog::manualUrl()); }),
            ActionSpec(QStringLiteral("about"), tr("&About maxmon"), {}, tr("Version and license"),
                       [this] { showAbout(); })
                .separated(),
            ActionSpec(QStringLiteral("aboutQt"), tr("About &Qt"), {},
                       tr("The Qt version maxmon runs on"), [] { QApplication::aboutQt(); }),
        });
}

} // namespace maxmon
