#include "window/connectiontab.h"

#include "charts/chartpanel.h"
#include "diagnostics/diagnosticspanel.h"
#include "log/messagedetailview.h"
#include "log/messagelogpanel.h"
#include "phoenix/channelspanel.h"
#include "profiles/profilelibrary.h"
#include "profiles/sessionsecretsdialog.h"
#include "send/sendpanel.h"
#include "window/connectionbar.h"
#include "window/panewindow.h"

#include <maxmon/connectionrecorder.h>
#include <maxmon/logexporter.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/sessionstore.h>
#include <maxmon/websocketclient.h>

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace maxmon {

namespace {

bool canOpen(ConnectionState state)
{
    return state == ConnectionState::Disconnected || state == ConnectionState::Error;
}

} // namespace

ConnectionTab::ConnectionTab(QWidget *parent)
    : QWidget(parent)
    , m_client(new WebSocketClient(this))
    , m_log(new MessageLogModel(this))
    , m_bar(new ConnectionBar(this))
    , m_error(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_logPanel(new MessageLogPanel(m_log, this))
    , m_detail(new MessageDetailView(this))
    , m_sendPanel(new SendPanel(this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_charts(new ChartPanel(this))
    , m_channelsPanel(new ChannelsPanel(this))
    , m_panes(new PaneWindow(LayoutVersion, this))
{
    setUpBanners();
    m_sendPanel->setClient(m_client);
    m_diagnostics->setClient(m_client);
    m_diagnostics->setLogModel(m_log);
    m_charts->setClient(m_client);
    updateTemplates();

    createPanes();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addWidget(m_panes, 1);

    m_log->setEventsShown(true);
    makeRecorder();
    connect(m_client, &WebSocketClient::messageReceived, m_log, &MessageLogModel::append);
    connect(m_client, &WebSocketClient::messageSent, m_log, &MessageLogModel::append);
    connect(m_client, &WebSocketClient::stateChanged, this, &ConnectionTab::onStateChanged);
    connect(m_client, &WebSocketClient::errorOccurred, this, &ConnectionTab::onError);
    connect(m_bar, &ConnectionBar::connectRequested, this, &ConnectionTab::openConnection);
    connect(m_bar, &ConnectionBar::disconnectRequested, this, &ConnectionTab::closeConnection);
    connect(m_bar, &ConnectionBar::reconnectRequested, this, &ConnectionTab::reconnectNow);
    connect(m_bar, &ConnectionBar::switchUrlRequested, this, &ConnectionTab::switchUrl);
    connect(m_bar, &ConnectionBar::profileSelected, this, &ConnectionTab::loadProfile);
    connect(m_bar, &ConnectionBar::sessionSecretsRequested, this,
            &ConnectionTab::showSessionSecrets);
    connect(m_bar, &ConnectionBar::manageProfilesRequested, this,
            &ConnectionTab::manageProfilesRequested);
    connect(m_client, &WebSocketClient::diagnosticsChanged, this,
            &ConnectionTab::onDiagnosticsChanged);
    connect(m_sendPanel, &SendPanel::templateSaveRequested, this, &ConnectionTab::saveTemplate);
    connect(m_sendPanel, &SendPanel::templateRemoveRequested, this, &ConnectionTab::removeTemplate);
    connect(m_bar->urlEdit(), &QLineEdit::textChanged, this, &ConnectionTab::titleChanged);
    connect(m_logPanel, &MessageLogPanel::messageSelected, m_detail,
            &MessageDetailView::setMessage);
    // a cleared log has let go of its session: the next one starts now, if connected
    connect(m_logPanel, &MessageLogPanel::logCleared, this, [this] {
        endSession();
        if (state() == ConnectionState::Connected)
            startSession(m_client->config());
    });

    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, &ConnectionTab::sampleRates);
    m_statsTimer.start();
    sampleRates();
    onDiagnosticsChanged();

    // Phoenix: the Channels pane, shown for Phoenix connections only.
    m_channelsPanel->setLogModel(m_log);
    connect(m_bar, &ConnectionBar::protocolChanged, this, &ConnectionTab::updateProtocol);
    connect(m_channelsPanel, &ChannelsPanel::messageSelected, m_detail,
            &MessageDetailView::setMessage);
    updateProtocol();
}

ConnectionTab::~ConnectionTab()
{
    // The socket speaks through the client: it goes first.
    m_channelsPanel->setSocket(nullptr);
    delete m_socket;
    // Nobody may hear from the client while this tab (and maybe the window
    // holding it) is half destroyed.
    m_client->disconnect();
    // Say goodbye with a close frame rather than just dropping the socket.
    if (m_client->state() == ConnectionState::Connected)
        m_client->close(1001, QStringLiteral("maxmon tab closed"));
    // The session file is complete once its store is closed. The log lets it
    // go without a word to anyone (the window may be half destroyed too).
    m_log->disconnect();
    delete m_recorder;
    delete m_store;
}

void ConnectionTab::setUpBanners()
{
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    // Fixed colours: a warning must look alarming in a light and a dark theme.
    m_warnings->setObjectName(QStringLiteral("warningBanner"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setMargin(6);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background-color: #c62828; color: white; "
                                             "font-weight: bold; border-radius: 3px; }"));
    m_warnings->setToolTip(tr("Warnings about this connection's settings; details in the "
                              "diagnostics (Ctrl+I)"));
    m_warnings->hide();
}

void ConnectionTab::createPanes()
{
    m_panes->setObjectName(QStringLiteral("connectionPanes"));
    m_panes->setCentralWidget(m_logPanel);
    // in the order of Pane
    m_panes->addPane(QStringLiteral("details"), tr("Details"), m_detail,
                     tr("The selected message: formatted, raw and hex"));
    m_panes->addPane(QStringLiteral("channels"), tr("Channels"), m_channelsPanel,
                     tr("Phoenix channels: join, push, presence (Ctrl+J)"));
    m_panes->addPane(QStringLiteral("send"), tr("Send"), m_sendPanel,
                     tr("Compose and send messages (Ctrl+E)"));
    m_panes->addPane(QStringLiteral("diagnostics"), tr("Diagnostics"), m_diagnostics,
                     tr("Everything known about the connection (Ctrl+I)"));
    m_panes->addPane(QStringLiteral("charts"), tr("Charts"), m_charts,
                     tr("Latency and throughput (Ctrl+1, Ctrl+2, Ctrl+3)"));
    m_panes->setDefaultArrangement(
        [this](PaneWindow *panes, const QSize &size) { placePanes(panes, size); },
        [this](PaneWindow *panes, const QSize &size) { sizePanes(panes, size); });
    connect(m_panes, &PaneWindow::layoutApplied, this, &ConnectionTab::applyChannelsRule);
    m_panes->resetLayout(QSize(1200, 800));
}

void ConnectionTab::placePanes(PaneWindow *panes, const QSize &size)
{
    QDockWidget *details = dock(Pane::Details);
    QDockWidget *channels = dock(Pane::Channels);
    QDockWidget *send = dock(Pane::Send);
    QDockWidget *charts = dock(Pane::Charts);
    // The log with the details beside it; below them (the whole width) the
    // channels, send and diagnostics panes as tabs, with the charts beside
    // them when they have the room their legends need, else one more tab.
    panes->addDockWidget(Qt::RightDockWidgetArea, details);
    panes->addDockWidget(Qt::BottomDockWidgetArea, channels);
    const int sendWidth = m_sendPanel->minimumSizeHint().width();
    const bool beside = size.width() - sendWidth >= ChartsMinimumWidth;
    if (beside)
        panes->splitDockWidget(channels, charts, Qt::Horizontal);
    panes->tabifyDockWidget(channels, send);
    panes->tabifyDockWidget(send, dock(Pane::Diagnostics));
    if (!beside)
        panes->tabifyDockWidget(send, charts);
    send->raise();
}

void ConnectionTab::sizePanes(PaneWindow *panes, const QSize &size)
{
    panes->resizeDocks({ dock(Pane::Details) }, { size.width() * 2 / 5 }, Qt::Horizontal);
    // the charts' tick labels need about this height, the log what is left
    const int bottom = std::min(std::max(size.height() * 2 / 5, 300), size.height() * 3 / 5);
    panes->resizeDocks({ dock(Pane::Send) }, { bottom }, Qt::Vertical);
    // the charts beside the send panel: as wide as their legends need
    if (!panes->tabifiedDockWidgets(dock(Pane::Charts)).isEmpty())
        return;
    const int sendWidth = m_sendPanel->minimumSizeHint().width();
    const int chartsWidth = qBound(ChartsMinimumWidth, size.width() / 2, size.width() - sendWidth);
    panes->resizeDocks({ dock(Pane::Send), dock(Pane::Charts) },
                       { size.width() - chartsWidth, chartsWidth }, Qt::Horizontal);
}

void ConnectionTab::applyChannelsRule()
{
    QDockWidget *channels = dock(Pane::Channels);
    channels->toggleViewAction()->setEnabled(m_socket != nullptr);
    channels->setVisible(m_socket != nullptr);
}

QDockWidget *ConnectionTab::dock(Pane pane) const
{
    return m_panes->panes().at(int(pane));
}

bool ConnectionTab::isPaneShown(Pane pane) const
{
    QDockWidget *shown = dock(pane);
    return !shown->isHidden() && !shown->visibleRegion().isEmpty();
}

void ConnectionTab::setRecording(const SessionSettings &settings)
{
    m_sessions = settings;
    m_recording = settings.recording;
}

void ConnectionTab::startSession(const ConnectionConfig &config)
{
    if (m_store) {
        m_recorder->describe(config);
        return;
    }
    // a log that already holds messages of its own keeps them: not recorded
    if (!m_recording || !config.record || m_log->totalCount() > 0)
        return;
    auto *store = new SessionStore(this);
    LogExporter secrets;
    secrets.setSecrets(sessionSecrets());
    secrets.addSecretsOf(config);
    secrets.addSecretsOf(m_config);
    store->setRedaction(secrets);
    store->setMaxFileBytes(m_sessions.maxTotalBytes);
    const QString path = SessionStore::newSessionPath(m_sessions.effectiveDirectory(), title());
    if (const Result<void> created = store->create(path); !created) {
        delete store;
        showError(tr("This connection is not recorded: %1").arg(created.error().toString()));
        return;
    }
    m_store = store;
    m_log->setStore(m_store);
    makeRecorder();
    m_recorder->describe(config);
    Q_EMIT sessionChanged(path);
}

void ConnectionTab::makeRecorder()
{
    // The connection's events are rows of the log, recorded or not; the log
    // hands the messages to the store, if any: the recorder adds the events
    // (and the samples to the store).
    delete m_recorder;
    m_recorder = new ConnectionRecorder(m_client, m_store, this);
    m_recorder->setLog(m_log);
    m_recorder->setMessagesRecorded(false);
}

void ConnectionTab::endSession()
{
    if (!m_store)
        return;
    delete std::exchange(m_recorder, nullptr);
    m_log->setStore(nullptr);
    if (const Result<void> closed = m_store->close(); !closed)
        showError(closed.error().toString());
    delete std::exchange(m_store, nullptr);
    makeRecorder();
    Q_EMIT sessionChanged(QString());
}

ConnectionState ConnectionTab::state() const
{
    return m_client->state();
}

QString ConnectionTab::title() const
{
    if (!m_profileName.isEmpty())
        return m_profileName;
    if (!m_config.name.isEmpty()) // settings of its own (setBaseConfig)
        return m_config.name;
    QUrl url = m_client->config().url;
    if (url.isEmpty())
        url = parseWebSocketUrl(m_bar->urlText());
    if (url.host().isEmpty())
        return tr("New connection");
    QString title = url.host();
    if (url.port() > 0)
        title += QLatin1Char(':') + QString::number(url.port());
    return title + url.path();
}

QByteArray ConnectionTab::saveLayout() const
{
    return m_panes->saveLayout();
}

bool ConnectionTab::restoreLayout(const QByteArray &layout)
{
    return m_panes->restoreLayout(layout);
}

void ConnectionTab::resetLayout(const QSize &sizeHint)
{
    m_panes->resetLayout(sizeHint);
}

bool ConnectionTab::openConnection()
{
    if (!canOpen(state()))
        return false;
    if (!m_bar->urlProblem().isEmpty()) {
        showError(m_bar->urlProblem());
        return false;
    }
    const QUrl url = parseWebSocketUrl(m_bar->urlText());
    ConnectionConfig config = m_config;
    config.url = url;
    config.protocol = m_bar->protocol();
    if (!m_sessionToken.isEmpty())
        config.auth.token = m_sessionToken; // before the profile's token source
    updateProtocol();
    Variables variables = m_sessionVariables;
    if (!m_sessionToken.isEmpty() && !variables.value(Variables::Scope::Session, u"token"_qs))
        variables.set(Variables::Scope::Session, QStringLiteral("token"), m_sessionToken, true);
    m_client->setVariables(variables);
    Result<void> result = applyConfig(config);
    if (result)
        startSession(config);
    if (result)
        result = m_client->open();
    if (!result) {
        showError(result.error().toString());
        return false;
    }
    m_bar->setLiveUrl(url);
    Q_EMIT titleChanged();
    Q_EMIT connectionOpened(url);
    return true;
}

void ConnectionTab::switchUrl()
{
    if (canOpen(state())) {
        openConnection();
        return;
    }
    m_reopenWhenClosed = true;
    closeConnection();
}

void ConnectionTab::closeConnection()
{
    if (!canOpen(state()) && state() != ConnectionState::Disconnecting)
        m_client->close();
}

void ConnectionTab::reconnectNow()
{
    if (state() == ConnectionState::Reconnecting) {
        // skips the wait; the attempt count and the backoff carry on
        if (const Result<void> result = m_client->retryNow(); !result)
            showError(result.error().toString());
    } else if (canOpen(state())) {
        if (const Result<void> result = m_client->open(); !result)
            showError(result.error().toString());
    }
}

void ConnectionTab::showSendPanel()
{
    m_panes->showPane(dock(Pane::Send));
    m_sendPanel->focusEditor();
}

void ConnectionTab::showDiagnostics()
{
    m_panes->showPane(dock(Pane::Diagnostics));
}

void ConnectionTab::showChannels()
{
    if (m_socket)
        m_panes->showPane(dock(Pane::Channels));
}

void ConnectionTab::updateProtocol()
{
    const bool usePhoenix = m_bar->protocol() == ConnectionConfig::Protocol::Phoenix;
    if (!canOpen(state())) {
        if (usePhoenix != (m_socket != nullptr))
            showError(usePhoenix ? tr("Phoenix applies from the next connection.")
                                 : tr("Plain WebSocket applies from the next connection."));
        return;
    }
    const phoenix::SocketOptions options = phoenix::SocketOptions::fromConfig(m_config);
    if (usePhoenix && !m_socket) {
        m_socket = new phoenix::Socket(m_client, options, this);
        m_channelsPanel->setSocket(m_socket);
    } else if (!usePhoenix && m_socket) {
        m_channelsPanel->setSocket(nullptr);
        delete std::exchange(m_socket, nullptr);
    }
    std::optional<phoenix::Serializer::Version> version;
    if (usePhoenix)
        version = phoenix::Socket::versionFor(parseWebSocketUrl(m_bar->urlText()), options);
    m_log->setPhoenixVersion(version);
    m_logPanel->setPhoenixMode(usePhoenix);
    const bool wasShown = !dock(Pane::Channels)->isHidden();
    applyChannelsRule();
    if (usePhoenix && !wasShown)
        showChannels();
    Q_EMIT protocolChanged();
}

Result<void> ConnectionTab::applyConfig(const ConnectionConfig &config)
{
    if (!m_socket)
        return m_client->setConfig(config);
    const phoenix::SocketOptions options = phoenix::SocketOptions::fromConfig(config);
    m_log->setPhoenixVersion(phoenix::Socket::versionFor(config.url, options));
    return m_socket->setConfig(config, options);
}

void ConnectionTab::setProfileLibrary(ProfileLibrary *library)
{
    if (m_library)
        m_library->disconnect(this);
    m_library = library;
    if (m_library)
        connect(m_library, &ProfileLibrary::changed, this, &ConnectionTab::onLibraryChanged);
    onLibraryChanged();
}

bool ConnectionTab::loadProfile(const QString &name)
{
    ConnectionConfig config;
    if (!name.isEmpty()) {
        const Result<ConnectionConfig> loaded = m_library
            ? m_library->load(name)
            : failure(Error(Error::Code::InvalidConfig, tr("No profiles here.")));
        if (!loaded) {
            showError(loaded.error().toString());
            m_bar->setCurrentProfile(m_profileName);
            return false;
        }
        config = *loaded;
    } else {
        config.templates = m_ownTemplates;
    }
    m_config = config;
    m_profileName = name;
    m_bar->setCurrentProfile(name);
    if (!name.isEmpty()) {
        m_bar->setUrlText(webSocketUrlText(config.url));
        m_bar->setProtocol(config.protocol);
    }
    updateTemplates();
    // Shown at once (warnings such as allow-insecure) when nothing is open;
    // a live connection keeps its settings until the next one.
    if (canOpen(state())) {
        ConnectionConfig next = m_config;
        next.url = parseWebSocketUrl(m_bar->urlText());
        next.protocol = m_bar->protocol();
        applyConfig(next);
        m_error->hide();
    } else {
        showError(tr("Profile \"%1\" loaded: its settings apply from the next connection.")
                      .arg(name.isEmpty() ? tr("none") : name));
    }
    Q_EMIT profileChanged(name);
    Q_EMIT titleChanged();
    return true;
}

void ConnectionTab::setBaseConfig(const ConnectionConfig &config)
{
    m_config = config;
    m_ownTemplates = config.templates;
    m_profileName.clear();
    m_bar->setCurrentProfile(QString());
    m_bar->setProtocol(config.protocol);
    updateTemplates();
    Q_EMIT titleChanged();
}

ConnectionConfig ConnectionTab::currentConfig() const
{
    ConnectionConfig config = m_config;
    config.url = parseWebSocketUrl(m_bar->urlText());
    config.protocol = m_bar->protocol();
    config.auth.token.clear();
    return config;
}

void ConnectionTab::setSessionToken(const QString &token)
{
    m_sessionToken = token;
}

void ConnectionTab::setSessionVariables(const Variables &variables)
{
    m_sessionVariables = Variables();
    m_sessionVariables.merge(Variables::Scope::Session, variables);
}

QStringList ConnectionTab::sessionSecrets() const
{
    QStringList secrets = m_sessionVariables.secretValues();
    secrets.append(m_sessionToken);
    secrets.append(m_client->variables().secretValues());
    secrets.removeAll(QString());
    return secrets;
}

SessionSecretsDialog *ConnectionTab::showSessionSecrets()
{
    auto *dialog = new SessionSecretsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setToken(m_sessionToken);
    dialog->setVariables(m_sessionVariables);
    const QString owner = m_profileName.isEmpty() ? QStringLiteral("tab") : m_profileName;
    dialog->setKeychainKey(QStringLiteral("maxmon/%1/token").arg(owner));
    connect(dialog, &SessionSecretsDialog::accepted, this, [this, dialog] {
        QString problem;
        setSessionVariables(dialog->variables(&problem));
        setSessionToken(dialog->token());
    });
    connect(dialog, &SessionSecretsDialog::tokenStored, this, &ConnectionTab::useStoredToken);
    dialog->open();
    return dialog;
}

void ConnectionTab::useStoredToken(const SecretRef &ref)
{
    m_sessionToken.clear();
    m_config.auth.tokenSource = ref;
    if (m_config.auth.mode == AuthConfig::Mode::None)
        m_config.auth.mode = AuthConfig::Mode::BearerHeader;
    if (m_profileName.isEmpty() || !m_library)
        return;
    Result<ConnectionConfig> stored = m_library->load(m_profileName);
    if (!stored) {
        showError(stored.error().toString());
        return;
    }
    stored->auth.tokenSource = ref;
    stored->auth.mode = m_config.auth.mode;
    if (const Result<void> saved = m_library->save(*stored, m_profileName); !saved)
        showError(saved.error().toString());
}

void ConnectionTab::onLibraryChanged()
{
    m_bar->setProfileNames(m_library ? m_library->names() : QStringList());
    m_bar->setCurrentProfile(m_profileName);
    // the profile's templates may have been changed elsewhere
    if (m_library && !m_profileName.isEmpty()) {
        if (const Result<ConnectionConfig> stored = m_library->load(m_profileName))
            m_config.templates = stored->templates;
    }
    updateTemplates();
}

void ConnectionTab::updateTemplates()
{
    QString reason;
    if (!m_profileName.isEmpty() && (!m_library || !m_library->contains(m_profileName)))
        reason = tr("The profile \"%1\" is no longer stored").arg(m_profileName);
    m_sendPanel->setTemplates(m_config.templates, reason);
}

void ConnectionTab::saveTemplate(const SendTemplate &sendTemplate)
{
    if (m_profileName.isEmpty()) { // an unsaved tab keeps its own
        m_config.setTemplate(sendTemplate);
        m_ownTemplates = m_config.templates;
        updateTemplates();
        return;
    }
    if (!m_library)
        return;
    if (const Result<void> saved = m_library->saveTemplate(m_profileName, sendTemplate); !saved) {
        showError(saved.error().toString());
        return;
    }
    m_config.setTemplate(sendTemplate);
    updateTemplates();
}

void ConnectionTab::removeTemplate(const QString &name)
{
    if (m_profileName.isEmpty()) {
        m_config.removeTemplate(name);
        m_ownTemplates = m_config.templates;
        updateTemplates();
        return;
    }
    if (!m_library)
        return;
    if (const Result<void> removed = m_library->removeTemplate(m_profileName, name); !removed) {
        showError(removed.error().toString());
        return;
    }
    m_config.removeTemplate(name);
    updateTemplates();
}

void ConnectionTab::onDiagnosticsChanged()
{
    const Diagnostics diagnostics = m_client->diagnostics();
    QStringList lines;
    for (const QString &warning : diagnostics.warnings)
        lines.append(QStringLiteral("\u26a0 ") + warning);
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
    m_bar->setReconnectStatus(diagnostics.reconnect);
}

void ConnectionTab::onStateChanged(ConnectionState state)
{
    const Diagnostics diagnostics = m_client->diagnostics();
    m_bar->setState(state, diagnostics.stateSinceMonotonicNs);
    m_bar->setReconnectStatus(diagnostics.reconnect);
    if (state == ConnectionState::Connecting || state == ConnectionState::Connected)
        m_error->hide();
    if (canOpen(state))
        updateProtocol(); // a protocol chosen during the connection
    Q_EMIT stateChanged(state);
    Q_EMIT titleChanged();
    if (canOpen(state) && m_reopenWhenClosed) {
        m_reopenWhenClosed = false;
        // after the client has finished emitting this state
        QMetaObject::invokeMethod(
            this, [this] { openConnection(); }, Qt::QueuedConnection);
    }
}

void ConnectionTab::onError(const Error &error)
{
    showError(error.toString());
}

void ConnectionTab::showError(const QString &text)
{
    m_error->setText(QStringLiteral("\u26a0 ") + text);
    m_error->show();
}

void ConnectionTab::sampleRates()
{
    const Diagnostics diagnostics = m_client->diagnostics();
    const qint64 nowMs = Message::nowMonotonicNs() / 1000000;
    m_rateIn.sample(diagnostics.messagesIn, nowMs);
    m_rateOut.sample(diagnostics.messagesOut, nowMs);
    m_diagnostics->setRates(m_rateIn.rate(), m_rateOut.rate());
    Q_EMIT statsChanged();
}

} // namespace maxmon
