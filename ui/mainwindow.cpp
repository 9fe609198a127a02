#include "mainwindow.h"

#include "channelspanel.h"
#include "chartpanel.h"
#include "connectionbar.h"
#include "connectiontab.h"
#include "diagnosticspanel.h"
#include "exportcontroller.h"
#include "jsonfield.h"
#include "maxmonversion.h"
#include "messagedetailview.h"
#include "messagelogpanel.h"
#include "preferencesdialog.h"
#include "profilelibrary.h"
#include "profilesdialog.h"
#include "pushform.h"
#include "recentfiles.h"
#include "recordingtab.h"
#include "sendpanel.h"
#include "sessioncontroller.h"
#include "sessionpreferences.h"
#include "shortcutsdialog.h"
#include "statebadge.h"
#include "statussummary.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/redaction.h>
#include <maxmon/translationloader.h>
#include <maxmon/websocketclient.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>

namespace maxmon {

namespace {

const QLatin1String geometryKey("window/geometry");
const QLatin1String stateKey("window/state");
const QLatin1String tabLayoutKey("window/tabLayout");
const QLatin1String lastUrlKey("connection/lastUrl");
const QLatin1String lastProfileKey("connection/lastProfile");

QIcon stateIcon(ConnectionState state)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(StateBadge::backgroundColor(state));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

bool canOpen(ConnectionState state)
{
    return state == ConnectionState::Disconnected || state == ConnectionState::Error;
}

// Our key first, so menus and tooltips show the same one everywhere, then
// the platform's own for the standard action (Ctrl+F4 for Close on some).
QList<QKeySequence> keys(const QKeySequence &ours, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> sequences { ours };
    const QList<QKeySequence> platform = QKeySequence::keyBindings(standard);
    for (const QKeySequence &sequence : platform) {
        if (!sequences.contains(sequence))
            sequences.append(sequence);
    }
    return sequences;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusSummary(this))
    , m_profiles(new ProfileLibrary(this))
    , m_exports(new ExportController(this))
    , m_sessions(new SessionController(this))
{
    setAcceptDrops(true);
    setWindowTitle(tr("maxmon - Max Connection Monitor"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    setCentralWidget(m_tabs);

    statusBar()->addPermanentWidget(m_status);

    createActions();
    createExtraActions();
    createFileActions();
    createMenus();
    connect(m_exports, &ExportController::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        updateStatusBar();
    });

    resize(1200, 800);
    readSettings();
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &name, const QString &text,
                               const QList<QKeySequence> &shortcuts, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    m_actions.insert(name, action);
    return action;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    // Each action works on the current tab; without one it does nothing.
    auto onTab = [this](auto function) {
        return [this, function] {
            if (ConnectionTab *tab = currentTab())
                function(tab);
        };
    };

    connect(addAction(QStringLiteral("newTab"), tr("&New Connection"),
                      keys(QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence::AddTab),
                      tr("Open a new connection tab")),
            &QAction::triggered, this, &MainWindow::newTab);
    connect(addAction(QStringLiteral("newDemoTab"), tr("New &Demo Connection"),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T) },
                      tr("Open a tab connected to the embedded demo server")),
            &QAction::triggered, this, &MainWindow::newDemoTab);
    connect(addAction(QStringLiteral("newPhoenixDemoTab"), tr("New P&hoenix Demo Connection"),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
                      tr("Open a tab on the embedded demo server's Phoenix socket, with "
                         "room:lobby joined")),
            &QAction::triggered, this, &MainWindow::newPhoenixDemoTab);
    connect(addAction(QStringLiteral("closeTab"), tr("&Close Tab"),
                      keys(QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close),
                      tr("Close the connection and its tab")),
            &QAction::triggered, this, &MainWindow::closeCurrentTab);
    connect(addAction(QStringLiteral("quit"), tr("&Quit"),
                      keys(QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit),
                      tr("Close every connection and quit")),
            &QAction::triggered, this, &QWidget::close);

    connect(addAction(QStringLiteral("connect"), tr("&Connect"), { QKeySequence(Qt::Key_F5) },
                      tr("Open the connection to the URL in the bar")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->openConnection(); }));
    connect(addAction(QStringLiteral("disconnect"), tr("&Disconnect"),
                      { QKeySequence(Qt::SHIFT | Qt::Key_F5) }, tr("Close the connection")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->closeConnection(); }));
    connect(addAction(QStringLiteral("reconnect"), tr("&Reconnect Now"),
                      { QKeySequence(Qt::CTRL | Qt::Key_R) },
                      tr("Try again now instead of waiting")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->reconnectNow(); }));
    connect(addAction(QStringLiteral("focusUrl"), tr("Edit &URL"),
                      { QKeySequence(Qt::CTRL | Qt::Key_L) },
                      tr("Put the cursor in the URL field")),
            &QAction::triggered, this,
            onTab([](ConnectionTab *tab) { tab->connectionBar()->focusUrl(); }));
    connect(addAction(QStringLiteral("compose"), tr("C&ompose Message"),
                      { QKeySequence(Qt::CTRL | Qt::Key_E) },
                      tr("Show the send panel and put the cursor in it")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->showSendPanel(); }));
    connect(addAction(QStringLiteral("send"), tr("&Send Message"),
                      { QKeySequence(Qt::CTRL | Qt::Key_Return) },
                      tr("Send what the send panel holds")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->sendPanel()->send(); }));

    connect(addAction(QStringLiteral("find"), tr("&Find in Log"),
                      keys(QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence::Find),
                      tr("Put the cursor in the log's filter")),
            &QAction::triggered, this, [this] {
                if (ConnectionTab *tab = currentTab())
                    tab->logPanel()->focusFilter();
                else if (RecordingTab *file = currentRecordingTab())
                    file->logPanel()->focusFilter();
            });
    connect(addAction(QStringLiteral("copyMessage"), tr("&Copy Message"),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) },
                      tr("Copy the selected message to the clipboard")),
            &QAction::triggered, this, [this] {
                if (ConnectionTab *tab = currentTab())
                    tab->detailView()->copyToClipboard();
                else if (RecordingTab *file = currentRecordingTab())
                    file->detailView()->copyToClipboard();
            });
    connect(
        addAction(QStringLiteral("clearLog"), tr("C&lear Log"),
                  { QKeySequence(Qt::CTRL | Qt::Key_K) }, tr("Remove every message from the log")),
        &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->logPanel()->clearLog(); }));
    QAction *autoScroll = addAction(QStringLiteral("autoScroll"), tr("&Auto-scroll"),
                                    { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) },
                                    tr("Follow new messages in the log"));
    autoScroll->setCheckable(true);
    connect(autoScroll, &QAction::triggered, this, [this](bool on) {
        if (ConnectionTab *tab = currentTab())
            tab->logPanel()->setAutoScroll(on);
    });
    connect(addAction(QStringLiteral("diagnostics"), tr("Show &Diagnostics"),
                      { QKeySequence(Qt::CTRL | Qt::Key_I) },
                      tr("Show everything known about the connection")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->showDiagnostics(); }));
    connect(addAction(QStringLiteral("channels"), tr("Show C&hannels"),
                      { QKeySequence(Qt::CTRL | Qt::Key_J) },
                      tr("Show the Phoenix channels of the connection")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) { tab->showChannels(); }));
    connect(addAction(QStringLiteral("nextTab"), tr("Ne&xt Tab"),
                      keys(QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::NextChild),
                      tr("Go to the next connection")),
            &QAction::triggered, this, [this] {
                if (m_tabs->count() > 0)
                    m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
            });
    connect(addAction(QStringLiteral("previousTab"), tr("Pre&vious Tab"),
                      keys(QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::PreviousChild),
                      tr("Go to the previous connection")),
            &QAction::triggered, this, [this] {
                if (m_tabs->count() > 0)
                    m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1)
                                            % m_tabs->count());
            });

    connect(addAction(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
                      { QKeySequence(Qt::CTRL | Qt::Key_Slash) },
                      tr("Every command with a shortcut, and a link to the manual")),
            &QAction::triggered, this, [this] {
                auto *dialog = new ShortcutsDialog(m_actions.values(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
    connect(addAction(QStringLiteral("manual"), tr("User &Manual"),
                      keys(QKeySequence(Qt::Key_F1), QKeySequence::HelpContents),
                      tr("Open the manual in the web browser")),
            &QAction::triggered, this,
            [] { QDesktopServices::openUrl(ShortcutsDialog::manualUrl()); });
    connect(addAction(QStringLiteral("about"), tr("&About maxmon"), {}, tr("Version and license")),
            &QAction::triggered, this, &MainWindow::showAbout);
    connect(addAction(QStringLiteral("aboutQt"), tr("About &Qt"), {},
                      tr("The Qt version maxmon runs on")),
            &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu *menu, const QStringList &names) {
        for (const QString &name : names) {
            if (name.isEmpty())
                menu->addSeparator();
            else
                menu->addAction(m_actions.value(name));
        }
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file,
        { QStringLiteral("newTab"), QStringLiteral("newDemoTab"),
          QStringLiteral("newPhoenixDemoTab"), QString(), QStringLiteral("openFile") });
    file->addMenu(m_sessions->recentMenu());
    add(file,
        { QStringLiteral("closeTab"), QString(), QStringLiteral("profiles"),
          QStringLiteral("saveAsProfile"), QString(), QStringLiteral("exportLog"),
          QStringLiteral("exportShown"), QStringLiteral("supportBundle"), QString(),
          QStringLiteral("preferences"), QString(), QStringLiteral("quit") });
    add(menuBar()->addMenu(tr("&Connection")),
        { QStringLiteral("connect"), QStringLiteral("disconnect"), QStringLiteral("reconnect"),
          QString(), QStringLiteral("chooseProfile"), QStringLiteral("sessionSecrets"),
          QStringLiteral("focusUrl"), QString(), QStringLiteral("compose"), QStringLiteral("send"),
          QStringLiteral("insertTemplate"), QStringLiteral("saveTemplate") });
    add(menuBar()->addMenu(tr("&Log")),
        { QStringLiteral("find"), QStringLiteral("copyMessage"), QStringLiteral("clearLog"),
          QStringLiteral("autoScroll") });
    add(menuBar()->addMenu(tr("&View")),
        { QStringLiteral("diagnostics"), QStringLiteral("channels"), QString(),
          QStringLiteral("chartWindow1"), QStringLiteral("chartWindow5"),
          QStringLiteral("chartWindow15"), QString(), QStringLiteral("nextTab"),
          QStringLiteral("previousTab") });
    add(menuBar()->addMenu(tr("&Help")),
        { QStringLiteral("shortcuts"), QStringLiteral("manual"), QString(), QStringLiteral("about"),
          QStringLiteral("aboutQt") });
}

ConnectionTab *MainWindow::openTab(const QString &url, bool connectNow)
{
    auto *tab = new ConnectionTab(m_tabs);
    if (!m_tabLayout.isEmpty())
        tab->restoreLayout(m_tabLayout);
    tab->setProfileLibrary(m_profiles);
    tab->setRecording(m_sessions->settings());
    // a finished session may push the folder over its limits
    connect(tab, &ConnectionTab::sessionChanged, m_sessions, [this](const QString &path) {
        if (path.isEmpty())
            m_sessions->applyRetention();
    });
    tab->connectionBar()->setUrlText(url);
    connect(tab, &ConnectionTab::profileChanged, this, &MainWindow::rememberProfile);
    connect(tab, &ConnectionTab::manageProfilesRequested, this, &MainWindow::showProfiles);
    connect(tab->diagnosticsPanel(), &DiagnosticsPanel::supportBundleRequested, this,
            [this, tab] { m_exports->exportSupportBundle(tab); });

    // The title follows the URL field, and so does whether Connect can work.
    connect(tab, &ConnectionTab::titleChanged, this, [this, tab] {
        updateTabTitle(tab);
        if (tab == currentTab())
            updateActions();
    });
    connect(tab, &ConnectionTab::protocolChanged, this, [this, tab] {
        if (tab == currentTab())
            updateActions();
    });
    connect(tab, &ConnectionTab::stateChanged, this, [this, tab] {
        updateTabTitle(tab);
        if (tab == currentTab())
            updateActions();
    });
    connect(tab, &ConnectionTab::statsChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatusBar();
    });
    connect(tab->logModel(), &MessageLogModel::countsChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatusBar();
    });
    connect(tab->logPanel(), &MessageLogPanel::autoScrollChanged, this, [this, tab] {
        if (tab == currentTab())
            updateActions();
    });
    connect(tab, &ConnectionTab::connectionOpened, this, [this](const QUrl &opened) {
        if (opened == m_demoUrl || opened == m_phoenixDemoUrl)
            return;
        // remembered in the settings file: never with a token in it
        m_lastUrl = redaction::withoutSecrets(opened).toString();
        if (m_settingsEnabled)
            QSettings().setValue(lastUrlKey, m_lastUrl);
    });

    const int index = m_tabs->addTab(tab, QString());
    m_tabs->setCurrentIndex(index);
    updateTabTitle(tab);
    const bool urlValid = tab->connectionBar()->urlProblem().isEmpty();
    if (connectNow && urlValid)
        tab->openConnection();
    if (!urlValid || !connectNow)
        tab->connectionBar()->focusUrl();
    updateActions();
    return tab;
}

ConnectionTab *MainWindow::currentTab() const
{
    return qobject_cast<ConnectionTab *>(m_tabs->currentWidget());
}

ConnectionTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<ConnectionTab *>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

void MainWindow::setDemoUrl(const QUrl &url)
{
    m_demoUrl = url;
    updateActions();
}

void MainWindow::newTab()
{
    if (!m_lastProfile.isEmpty() && m_profiles->contains(m_lastProfile))
        openProfileTab(m_lastProfile, false);
    else
        openTab(m_lastUrl, false);
}

ConnectionTab *MainWindow::openProfileTab(const QString &name, bool connectNow)
{
    ConnectionTab *tab = openTab(QString(), false);
    if (tab->loadProfile(name) && connectNow)
        tab->openConnection();
    updateActions();
    return tab;
}

void MainWindow::useProfileDirectory(const QString &directory)
{
    ProfileLibrary *old = m_profiles;
    m_profiles = new ProfileLibrary(directory, this);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (ConnectionTab *tab = tabAt(i))
            tab->setProfileLibrary(m_profiles);
    }
    delete m_profilesDialog;
    delete old;
}

void MainWindow::rememberProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    m_lastProfile = name;
    if (m_settingsEnabled)
        QSettings().setValue(lastProfileKey, m_lastProfile);
}

ProfilesDialog *MainWindow::showProfiles()
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_profiles, this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_profilesDialog->setCurrentSettings([this]() -> std::optional<ConnectionConfig> {
            if (ConnectionTab *tab = currentTab())
                return tab->currentConfig();
            return std::nullopt;
        });
        connect(m_profilesDialog, &ProfilesDialog::useRequested, this, [this](const QString &name) {
            if (ConnectionTab *tab = currentTab())
                tab->loadProfile(name);
            else
                openProfileTab(name, false);
        });
        const QString wanted = currentTab() && !currentTab()->profileName().isEmpty()
            ? currentTab()->profileName()
            : m_lastProfile;
        if (!wanted.isEmpty())
            m_profilesDialog->selectProfile(wanted);
    }
    m_profilesDialog->show();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
    return m_profilesDialog;
}

void MainWindow::newDemoTab()
{
    if (m_demoUrl.isValid())
        openTab(m_demoUrl.toString(), true);
}

void MainWindow::setPhoenixDemo(const QUrl &url, const QString &token)
{
    m_phoenixDemoUrl = url;
    m_phoenixDemoToken = token;
    updateActions();
}

void MainWindow::newPhoenixDemoTab()
{
    openPhoenixDemoTab(true);
}

ConnectionTab *MainWindow::openPhoenixDemoTab(bool connectNow)
{
    if (!m_phoenixDemoUrl.isValid())
        return nullptr;
    ConnectionTab *tab = openTab(m_phoenixDemoUrl.toString(), false);
    ConnectionConfig config;
    config.name = tr("Demo: Phoenix");
    config.protocol = ConnectionConfig::Protocol::Phoenix;
    // the authToken subprotocol: private:* topics join too; never stored
    config.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
    config.auth.token = m_phoenixDemoToken;
    tab->setBaseConfig(config);
    // Something to push at once: the demo broadcasts "shout" to everyone on the topic.
    ChannelsPanel *channels = tab->channelsPanel();
    channels->topicEdit()->setText(QStringLiteral("room:lobby"));
    const QString user = qEnvironmentVariable("USER", QStringLiteral("me"));
    channels->paramsField()->setText(
        QStringLiteral("{\"user\": \"%1\"}").arg(user.isEmpty() ? QStringLiteral("me") : user));
    channels->pushForm()->eventEdit()->setText(QStringLiteral("shout"));
    channels->pushForm()->payloadField()->setText(QStringLiteral("{\"body\": \"hello\"}"));
    tab->showChannels();
    tab->connectionBar()->urlEdit()->deselect();
    channels->topicEdit()->setFocus();
    if (connectNow && tab->openConnection())
        channels->joinFromForm(); // goes out once the socket is open
    updateActions();
    return tab;
}

bool MainWindow::closeTab(int index)
{
    QWidget *widget = m_tabs->widget(index);
    if (!widget)
        return false;
    ConnectionTab *tab = tabAt(index);
    if (tab && tab == currentTab())
        m_tabLayout = tab->saveLayout();
    m_tabs->removeTab(index);
    widget->deleteLater();
    updateActions();
    updateStatusBar();
    return true;
}

void MainWindow::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void MainWindow::setSettingsEnabled(bool enabled)
{
    m_settingsEnabled = enabled;
    m_sessions->setEnabled(enabled);
}

RecordingTab *MainWindow::currentRecordingTab() const
{
    return qobject_cast<RecordingTab *>(m_tabs->currentWidget());
}

RecordingTab *MainWindow::openFile(const QString &path)
{
    auto *tab = new RecordingTab(m_tabs);
    const int index =
        m_tabs->addTab(tab, style()->standardIcon(QStyle::SP_FileIcon), QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_tabs->setCurrentIndex(index);
    connect(tab, &RecordingTab::opened, this, [this, tab](bool ok, const QString &message) {
        statusBar()->showMessage(ok ? tr("Opened %1, read-only.").arg(tab->title()) : message,
                                 10000);
        if (ok)
            m_sessions->recentFiles()->add(tab->path());
    });
    tab->open(path);
    updateActions();
    return tab;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!SessionController::filesOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = SessionController::filesOf(event->mimeData());
    for (const QString &file : files)
        openFile(file);
    if (!files.isEmpty())
        event->acceptProposedAction();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(TranslationLoader().availableLanguages(), this);
    dialog.sessions()->setSessionsInUse(m_sessions->sessionsInUse());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sessions->reloadSettings();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (ConnectionTab *tab = tabAt(i))
            tab->setRecording(m_sessions->settings());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    int live = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (const ConnectionTab *tab = tabAt(i); tab && !canOpen(tab->state()))
            ++live;
    }
    if (live > 0 && !m_quitConfirmed) {
        event->ignore();
        askToQuit(live);
        return;
    }
    if (m_settingsEnabled)
        writeSettings();
    event->accept();
}

void MainWindow::askToQuit(int liveConnections)
{
    if (findChild<QMessageBox *>(QStringLiteral("quitQuestion")))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Quit maxmon"),
        tr("%n connection(s) still open. Close them and quit?", nullptr, liveConnections),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitQuestion"));
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, quit] {
        if (box->clickedButton() != quit)
            return;
        m_quitConfirmed = true;
        close();
    });
    box->open();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_tabLayout = settings.value(tabLayoutKey).toByteArray();
    m_lastUrl = settings.value(lastUrlKey).toString();
    m_lastProfile = settings.value(lastProfileKey).toString();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (const ConnectionTab *tab = currentTab())
        settings.setValue(tabLayoutKey, tab->saveLayout());
    else if (!m_tabLayout.isEmpty())
        settings.setValue(tabLayoutKey, m_tabLayout);
    if (!m_lastUrl.isEmpty())
        settings.setValue(lastUrlKey, m_lastUrl);
    if (!m_lastProfile.isEmpty())
        settings.setValue(lastProfileKey, m_lastProfile);
}

void MainWindow::updateTabTitle(ConnectionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const ConnectionState state = tab->state();
    m_tabs->setTabText(index, tr("%1 \u00b7 %2").arg(tab->title(), connectionStateText(state)));
    m_tabs->setTabIcon(index, stateIcon(state));
    QString tip = tab->client()->diagnostics().url;
    if (tip.isEmpty())
        tip = tab->title();
    tip += QLatin1Char('\n') + connectionStateText(state);
    if (state == ConnectionState::Error)
        tip += QStringLiteral(": ") + tab->client()->lastError().message();
    m_tabs->setTabToolTip(index, tip);
}

void MainWindow::updateActions()
{
    const ConnectionTab *tab = currentTab();
    const RecordingTab *file = currentRecordingTab();
    const ConnectionState state = tab ? tab->state() : ConnectionState::Disconnected;
    for (const char *name :
         { "closeTab",      "focusUrl",       "compose",       "send",          "find",
           "copyMessage",   "clearLog",       "autoScroll",    "diagnostics",   "channels",
           "chooseProfile", "exportLog",      "exportShown",   "supportBundle", "insertTemplate",
           "saveTemplate",  "sessionSecrets", "saveAsProfile", "chartWindow1",  "chartWindow5",
           "chartWindow15" })
        m_actions.value(QLatin1String(name))->setEnabled(tab != nullptr);
    m_actions.value(QStringLiteral("channels"))->setEnabled(tab && tab->phoenixSocket());
    m_actions.value(QStringLiteral("connect"))
        ->setEnabled(tab && canOpen(state) && tab->connectionBar()->urlProblem().isEmpty());
    m_actions.value(QStringLiteral("disconnect"))
        ->setEnabled(tab && !canOpen(state) && state != ConnectionState::Disconnecting);
    m_actions.value(QStringLiteral("reconnect"))
        ->setEnabled(
            tab && (state == ConnectionState::Reconnecting || state == ConnectionState::Error));
    m_actions.value(QStringLiteral("newDemoTab"))->setEnabled(m_demoUrl.isValid());
    m_actions.value(QStringLiteral("newPhoenixDemoTab"))->setEnabled(m_phoenixDemoUrl.isValid());
    m_actions.value(QStringLiteral("autoScroll"))->setChecked(tab && tab->logPanel()->autoScroll());
    // a file's tab: read, search, copy and export; nothing to connect or send
    for (const char *name : { "closeTab", "find", "copyMessage", "exportLog", "exportShown" }) {
        if (file)
            m_actions.value(QLatin1String(name))->setEnabled(true);
    }
    m_actions.value(QStringLiteral("nextTab"))->setEnabled(m_tabs->count() > 1);
    m_actions.value(QStringLiteral("previousTab"))->setEnabled(m_tabs->count() > 1);
}

QString MainWindow::statusRateText() const
{
    return m_status->rateText();
}

void MainWindow::updateStatusBar()
{
    if (m_status->tab() != currentTab())
        m_status->setTab(currentTab());
    else
        m_status->refresh();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About maxmon"),
                       tr("<h3>maxmon %1</h3><p>%2</p><p>Built with Qt %3, running on Qt %4.</p>")
                           .arg(QStringLiteral(MAXMON_VERSION),
                                tr("Max Connection Monitor: a debugger for WebSocket and Phoenix "
                                   "Channels connections."),
                                QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

} // namespace maxmon

namespace maxmon {

void MainWindow::createFileActions()
{
    connect(addAction(QStringLiteral("openFile"), tr("&Open..."),
                      keys(QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence::Open),
                      tr("Open a session file, a recording or a support bundle, read-only")),
            &QAction::triggered, m_sessions, &SessionController::chooseFile);
}

void MainWindow::createExtraActions()
{
    auto onTab = [this](auto function) {
        return [this, function] {
            if (ConnectionTab *tab = currentTab())
                function(tab);
        };
    };
    connect(addAction(QStringLiteral("profiles"), tr("&Profiles..."),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
                      tr("Create, edit, import and export connection profiles")),
            &QAction::triggered, this, &MainWindow::showProfiles);
    connect(addAction(QStringLiteral("sessionSecrets"), tr("Session &Secrets..."),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K) },
                      tr("A token and {{variables}} for this session only: kept in memory, "
                         "never written")),
            &QAction::triggered, this, [this] {
                if (ConnectionTab *tab = currentTab())
                    tab->showSessionSecrets();
            });
    connect(addAction(QStringLiteral("saveAsProfile"), tr("Save Tab as Pro&file..."),
                      { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P) },
                      tr("A new profile from this tab's URL and settings (secrets only as "
                         "references)")),
            &QAction::triggered, this, [this] { showProfiles()->newProfile(); });
    connect(addAction(QStringLiteral("exportLog"), tr("&Export Log..."),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) },
                      tr("Write every message of the log to a JSON lines or CSV file, secrets "
                         "masked")),
            &QAction::triggered, this, [this] {
                if (ConnectionTab *tab = currentTab())
                    m_exports->exportLog(tab, false);
                else if (RecordingTab *file = currentRecordingTab())
                    m_exports->exportRecording(file, false);
            });
    connect(addAction(QStringLiteral("exportShown"), tr("Export &Shown Messages..."),
                      { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E) },
                      tr("Write the messages the log's filter shows, secrets masked")),
            &QAction::triggered, this, [this] {
                if (ConnectionTab *tab = currentTab())
                    m_exports->exportLog(tab, true);
                else if (RecordingTab *file = currentRecordingTab())
                    m_exports->exportRecording(file, true);
            });
    connect(addAction(QStringLiteral("supportBundle"), tr("Export Support &Bundle..."),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B) },
                      tr("One JSON file with versions, profile, diagnostics and log for a "
                         "support request, secrets masked")),
            &QAction::triggered, this,
            onTab([this](ConnectionTab *tab) { m_exports->exportSupportBundle(tab); }));
    connect(addAction(QStringLiteral("chooseProfile"), tr("Choose &Profile"),
                      { QKeySequence(Qt::CTRL | Qt::Key_P) },
                      tr("Open the profile picker of this tab")),
            &QAction::triggered, this,
            onTab([](ConnectionTab *tab) { tab->connectionBar()->focusProfile(); }));
    QAction *preferences =
        addAction(QStringLiteral("preferences"), tr("P&references..."),
                  keys(QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences),
                  tr("The language of maxmon"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(addAction(QStringLiteral("insertTemplate"), tr("&Insert Template"),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) },
                      tr("Put a saved message of the profile in the send panel")),
            &QAction::triggered, this, onTab([](ConnectionTab *tab) {
                tab->showSendPanel();
                tab->sendPanel()->showTemplates();
            }));
    connect(addAction(QStringLiteral("saveTemplate"), tr("Save as &Template..."),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) },
                      tr("Keep the send panel's message with the profile")),
            &QAction::triggered, this,
            onTab([](ConnectionTab *tab) { tab->sendPanel()->promptSaveTemplate(); }));
    const std::pair<const char *, int> windows[] = { { "chartWindow1", 1 },
                                                     { "chartWindow5", 5 },
                                                     { "chartWindow15", 15 } };
    const Qt::Key keys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3 };
    for (int i = 0; i < 3; ++i) {
        const int minutes = windows[i].second;
        connect(addAction(QLatin1String(windows[i].first),
                          tr("Charts: Last %n Minute(s)", nullptr, minutes),
                          { QKeySequence(Qt::CTRL | keys[i]) },
                          tr("Show the last %n minute(s) in the charts", nullptr, minutes)),
                &QAction::triggered, this, onTab([minutes](ConnectionTab *tab) {
                    tab->chartPanel()->setWindowMs(qint64(minutes) * 60 * 1000);
                }));
    }
}

} // namespace maxmon
