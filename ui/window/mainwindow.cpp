#include "window/mainwindow.h"

#include "charts/chartpanel.h"
#include "diagnostics/diagnosticspanel.h"
#include "log/messagedetailview.h"
#include "log/messagelogpanel.h"
#include "maxmonversion.h"
#include "phoenix/channelspanel.h"
#include "phoenix/pushform.h"
#include "preferences/preferencesdialog.h"
#include "preferences/sessionpreferences.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilesdialog.h"
#include "recording/recentfiles.h"
#include "recording/recordingtab.h"
#include "recording/sessioncontroller.h"
#include "send/sendpanel.h"
#include "widgets/jsonfield.h"
#include "widgets/statebadge.h"
#include "window/actionregistry.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/exportcontroller.h"
#include "window/panelayouts.h"
#include "window/panewindow.h"
#include "window/statussummary.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/redaction.h>
#include <maxmon/translationloader.h>
#include <maxmon/websocketclient.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusSummary(this))
    , m_profiles(new ProfileLibrary(this))
    , m_exports(new ExportController(this))
    , m_sessions(new SessionController(this))
    , m_actions(new ActionRegistry(this))
    , m_paneLayouts(new PaneLayouts(this))
{
    setAcceptDrops(true);
    setWindowTitle(tr("maxmon - Max Connection Monitor"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    setCentralWidget(m_tabs);

    statusBar()->addPermanentWidget(m_status);

    m_actions->add(actionTable());
    createMenus();
    connect(m_exports, &ExportController::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);

    resize(1200, 800);
    readSettings();
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &name) const
{
    return m_actions->action(name);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_actions->fillMenu(file, QStringLiteral("file"));
    file->insertMenu(action(QStringLiteral("closeTab")), m_sessions->recentMenu());
    m_actions->fillMenu(menuBar()->addMenu(tr("&Connection")), QStringLiteral("connection"));
    m_actions->fillMenu(menuBar()->addMenu(tr("&Log")), QStringLiteral("log"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_actions->fillMenu(view, QStringLiteral("view"));
    m_paneLayouts->setMenu(view);
    m_actions->fillMenu(menuBar()->addMenu(tr("&Help")), QStringLiteral("help"));
}

ConnectionTab *MainWindow::openTab(const QString &url, bool connectNow)
{
    auto *tab = new ConnectionTab(m_tabs);
    tab->setProfileLibrary(m_profiles);
    tab->setRecording(m_sessions->settings());
    // a finished session may push the folder over its limits
    connect(tab, &ConnectionTab::sessionChanged, m_sessions, [this](const QString &path) {
        if (path.isEmpty())
            m_sessions->applyRetention();
    });
    tab->connectionBar()->setUrlText(url);
    wireTab(tab);
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

void MainWindow::wireTab(ConnectionTab *tab)
{
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
    m_paneLayouts->read(settings);
    m_lastUrl = settings.value(lastUrlKey).toString();
    m_lastProfile = settings.value(lastProfileKey).toString();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    m_paneLayouts->write(settings);
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
    ActionRegistry::Situation situation;
    const ConnectionTab *tab = currentTab();
    situation.connectionTab = tab != nullptr;
    situation.fileTab = currentRecordingTab() != nullptr;
    situation.phoenixTab = tab && tab->phoenixSocket();
    situation.tabCount = m_tabs->count();
    m_actions->update(situation);
}

void MainWindow::onCurrentTabChanged()
{
    QWidget *current = m_tabs->currentWidget();
    PaneWindow *panes =
        current ? current->findChild<PaneWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    m_paneLayouts->setCurrent(panes, size());
    updateActions();
    updateStatusBar();
}

void MainWindow::resetLayout()
{
    m_paneLayouts->resetLayout(size());
}

void MainWindow::goToTab(int step)
{
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + m_tabs->count())
                                % m_tabs->count());
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
