#include "window/connectiontab.h"

#include "charts/chartpanel.h"
#include "diagnostics/diagnosticspanel.h"
#include "log/messagedetailview.h"
#include "log/messagelogpanel.h"
#include "phoenix/channelspanel.h"
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

    connect(m_charts, &ChartPanel::ratesSampled, this, &ConnectionTab::onRatesSampled);
    onRatesSampled();
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

bool ConnectionTab::canOpen(ConnectionState state)
{
    return state == ConnectionState::Disconnected || state == ConnectionState::Error;
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

double ConnectionTab::incomingRate() const
{
    return m_charts->throughput().lastRate(ThroughputSeries::MessagesIn);
}

double ConnectionTab::outgoingRate() const
{
    return m_charts->throughput().lastRate(ThroughputSeries::MessagesOut);
}

void ConnectionTab::onRatesSampled()
{
    m_diagnostics->setRates(incomingRate(), outgoingRate());
    Q_EMIT statsChanged();
}

} // namespace maxmon
