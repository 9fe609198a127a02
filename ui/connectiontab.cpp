#include "connectiontab.h"

#include "connectionbar.h"
#include "diagnosticspanel.h"
#include "messagedetailview.h"
#include "messagelogpanel.h"
#include "sendpanel.h"
#include "session/messagelogmodel.h"
#include "websocket/websocketclient.h"

#include <QDataStream>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
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
    , m_logPanel(new MessageLogPanel(m_log, this))
    , m_detail(new MessageDetailView(this))
    , m_sendPanel(new SendPanel(this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_bottomTabs(new QTabWidget(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, m_vertical))
{
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_sendPanel->setClient(m_client);
    m_diagnostics->setClient(m_client);
    m_diagnostics->setLogModel(m_log);

    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_sendPanel, tr("Send"));
    m_bottomTabs->addTab(m_diagnostics, tr("Diagnostics"));
    m_bottomTabs->setTabToolTip(0, tr("Compose and send messages (Ctrl+E)"));
    m_bottomTabs->setTabToolTip(1, tr("Everything known about the connection (Ctrl+I)"));

    m_horizontal->addWidget(m_logPanel);
    m_horizontal->addWidget(m_detail);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setChildrenCollapsible(false);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_bottomTabs);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);
    // First-run proportions; the user's own are restored by restoreLayout().
    m_horizontal->setSizes({ 600, 400 });
    m_vertical->setSizes({ 600, 250 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addWidget(m_vertical, 1);

    connect(m_client, &WebSocketClient::messageReceived, m_log, &MessageLogModel::append);
    connect(m_client, &WebSocketClient::messageSent, m_log, &MessageLogModel::append);
    connect(m_client, &WebSocketClient::stateChanged, this, &ConnectionTab::onStateChanged);
    connect(m_client, &WebSocketClient::errorOccurred, this, &ConnectionTab::onError);
    connect(m_bar, &ConnectionBar::connectRequested, this, &ConnectionTab::openConnection);
    connect(m_bar, &ConnectionBar::disconnectRequested, this, &ConnectionTab::closeConnection);
    connect(m_bar, &ConnectionBar::reconnectRequested, this, &ConnectionTab::reconnectNow);
    connect(m_bar->urlEdit(), &QLineEdit::textChanged, this, &ConnectionTab::titleChanged);
    connect(m_logPanel, &MessageLogPanel::messageSelected, m_detail,
            &MessageDetailView::setMessage);

    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, &ConnectionTab::sampleRates);
    m_statsTimer.start();
    sampleRates();
}

ConnectionTab::~ConnectionTab()
{
    // Nobody may hear from the client while this tab (and maybe the window
    // holding it) is half destroyed.
    m_client->disconnect();
    // Say goodbye with a close frame rather than just dropping the socket.
    if (m_client->state() == ConnectionState::Connected)
        m_client->close(1001, QStringLiteral("maxmon tab closed"));
}

ConnectionState ConnectionTab::state() const
{
    return m_client->state();
}

QString ConnectionTab::title() const
{
    QUrl url = m_client->config().url;
    if (url.isEmpty())
        url = QUrl(m_bar->urlText(), QUrl::StrictMode);
    if (url.host().isEmpty())
        return tr("New connection");
    QString title = url.host();
    if (url.port() > 0)
        title += QLatin1Char(':') + QString::number(url.port());
    return title + url.path();
}

QByteArray ConnectionTab::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream << m_vertical->saveState() << m_horizontal->saveState();
    return layout;
}

void ConnectionTab::restoreLayout(const QByteArray &layout)
{
    QDataStream stream(layout);
    QByteArray vertical;
    QByteArray horizontal;
    stream >> vertical >> horizontal;
    if (stream.status() != QDataStream::Ok)
        return;
    m_vertical->restoreState(vertical);
    m_horizontal->restoreState(horizontal);
}

bool ConnectionTab::openConnection()
{
    if (!canOpen(state()))
        return false;
    if (!m_bar->urlProblem().isEmpty()) {
        showError(m_bar->urlProblem());
        return false;
    }
    const QUrl url(m_bar->urlText(), QUrl::StrictMode);
    ConnectionConfig config = m_client->config();
    config.url = url;
    Result<void> result = m_client->setConfig(config);
    if (result)
        result = m_client->open();
    if (!result) {
        showError(result.error().toString());
        return false;
    }
    Q_EMIT titleChanged();
    Q_EMIT connectionOpened(url);
    return true;
}

void ConnectionTab::closeConnection()
{
    if (!canOpen(state()) && state() != ConnectionState::Disconnecting)
        m_client->close();
}

void ConnectionTab::reconnectNow()
{
    if (state() == ConnectionState::Reconnecting)
        m_client->close(); // cancels the scheduled attempt
    if (canOpen(state())) {
        if (const Result<void> result = m_client->open(); !result)
            showError(result.error().toString());
    }
}

void ConnectionTab::showSendPanel()
{
    m_bottomTabs->setCurrentWidget(m_sendPanel);
    m_sendPanel->focusEditor();
}

void ConnectionTab::showDiagnostics()
{
    m_bottomTabs->setCurrentWidget(m_diagnostics);
}

void ConnectionTab::onStateChanged(ConnectionState state)
{
    m_bar->setState(state, m_client->diagnostics().stateSinceMonotonicNs);
    if (state == ConnectionState::Connecting || state == ConnectionState::Connected)
        m_error->hide();
    Q_EMIT stateChanged(state);
    Q_EMIT titleChanged();
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
