#include "targetrunner.h"

#include "channelkeeper.h"
#include "monitorlog.h"
#include "targetmetrics.h"

#include <maxmon/message.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/phoenix/socketoptions.h>
#include <maxmon/websocketclient.h>

namespace maxmon::monitor {

namespace {

ReconnectConfig restartSchedule(const ReconnectConfig &profile)
{
    ReconnectConfig schedule;
    schedule.initialDelayMs = std::max(1000, profile.initialDelayMs);
    schedule.maxDelayMs = TargetRunner::maxRestartDelayMs;
    schedule.multiplier = 2;
    schedule.jitter = 0.2;
    schedule.maxAttempts = 0;
    schedule.resetAfterMs = profile.resetAfterMs;
    return schedule;
}

bool isOpen(ConnectionState state)
{
    return state == ConnectionState::Connected || state == ConnectionState::Disconnecting;
}

} // namespace

TargetRunner::TargetRunner(const TargetConfig &config, MonitorMetrics *metrics, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_metrics(std::make_unique<TargetMetrics>(metrics, config))
    , m_restart(restartSchedule(config.connection.reconnect))
{
    if (config.connection.protocol == ConnectionConfig::Protocol::Phoenix) {
        m_socket = new phoenix::Socket(config.connection,
                                       phoenix::SocketOptions::fromConfig(config.connection), this);
        m_client = m_socket->client();
    } else {
        m_client = new WebSocketClient(config.connection, this);
    }
    m_metrics->setState(m_state, Message::nowUs());
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        m_restarting = true;
        open();
    });
    connect(m_client, &WebSocketClient::stateChanged, this, &TargetRunner::onStateChanged);
    connect(m_client, &WebSocketClient::latencySampled, this,
            [this](double rttMs) { m_metrics->rttSample(rttMs); });
    connect(m_client, &WebSocketClient::probeLost, this, [this] { m_metrics->probeLost(); });
    connect(m_client, &WebSocketClient::messageReceived, this, [this](const Message &message) {
        if (!message.isControl())
            m_metrics->messageReceived(message.size());
    });
    connect(m_client, &WebSocketClient::messageSent, this, [this](const Message &message) {
        if (!message.isControl())
            m_metrics->messageSent(message.size());
    });
}

TargetRunner::~TargetRunner()
{
    // the client's last state changes come while it is destroyed: nothing to count
    m_client->disconnect(this);
    qDeleteAll(m_channels);
}

ConnectionState TargetRunner::state() const
{
    return m_client->state();
}

void TargetRunner::start()
{
    if (m_socket) {
        for (const TopicConfig &topic : std::as_const(m_config.topics))
            m_channels.append(
                new ChannelKeeper(m_socket, topic, m_metrics.get(), m_config.name, this));
    }
    open();
}

void TargetRunner::open()
{
    const Result<void> opened = m_socket ? m_socket->open() : m_client->open();
    if (!opened) {
        monitorlog::error(tr("%1: cannot open: %2").arg(m_config.name, opened.error().message()));
        scheduleRestart();
    }
}

void TargetRunner::stop(int closeCode, const QString &reason)
{
    m_restartTimer.stop();
    qDeleteAll(std::exchange(m_channels, {}));
    // from here on nothing is counted: the target's series go now
    m_client->disconnect(this);
    m_metrics.reset();
    if (m_socket)
        m_socket->close(closeCode, reason);
    else
        m_client->close(closeCode, reason);
    const auto closed = [](ConnectionState state) {
        return state == ConnectionState::Disconnected || state == ConnectionState::Error;
    };
    if (closed(m_client->state())) {
        QTimer::singleShot(0, this, &TargetRunner::stopped);
        return;
    }
    connect(m_client, &WebSocketClient::stateChanged, this, [this, closed](ConnectionState state) {
        if (closed(state))
            Q_EMIT stopped();
    });
}

void TargetRunner::onStateChanged(ConnectionState state)
{
    const ConnectionState previous = std::exchange(m_state, state);
    m_metrics->setState(state, Message::nowUs());
    if (state == ConnectionState::Connecting
        && (previous == ConnectionState::Reconnecting || std::exchange(m_restarting, false)))
        m_metrics->reconnectAttempt();
    if (state == ConnectionState::Connected) {
        m_restart.connectionEstablished();
        m_metrics->connected(m_client->diagnostics());
    }
    countEnd(previous, state);
    logState(state);
    // what the client will not retry, the monitor does, later
    if (state == ConnectionState::Error || state == ConnectionState::Disconnected) {
        if (isOpen(previous))
            m_restart.connectionLost();
        scheduleRestart();
    }
}

void TargetRunner::countEnd(ConnectionState previous, ConnectionState state)
{
    if (state == ConnectionState::Connected || state == ConnectionState::Connecting
        || state == ConnectionState::Disconnecting)
        return;
    const Diagnostics diagnostics = m_client->diagnostics();
    if (isOpen(previous)) {
        QString reason = diagnostics.lastError
            ? TargetMetrics::reasonName(diagnostics.lastError.code())
            : diagnostics.lastClosedBy == QLatin1String("server") ? QStringLiteral("server_closed")
                                                                  : QStringLiteral("client_closed");
        m_metrics->disconnected(reason, diagnostics.lastCloseCode);
    } else if (previous == ConnectionState::Connecting && diagnostics.lastError) {
        m_metrics->connectFailed(TargetMetrics::reasonName(diagnostics.lastError.code()));
    }
}

void TargetRunner::scheduleRestart()
{
    const int delayMs = m_restart.nextDelayMs().value_or(maxRestartDelayMs);
    m_restartTimer.start(delayMs);
}

void TargetRunner::logState(ConnectionState state)
{
    const QString url = m_config.connection.displayUrl();
    if (state == ConnectionState::Connected) {
        monitorlog::info(m_lastProblem.isEmpty()
                             ? tr("%1: connected to %2").arg(m_config.name, url)
                             : tr("%1: connected again to %2").arg(m_config.name, url));
        m_lastProblem.clear();
        return;
    }
    if (state != ConnectionState::Reconnecting && state != ConnectionState::Error
        && state != ConnectionState::Disconnected)
        return;
    const Diagnostics diagnostics = m_client->diagnostics();
    const QString problem = diagnostics.lastError
        ? diagnostics.lastError.message()
        : tr("the server closed the connection (%1)").arg(diagnostics.lastCloseCode);
    if (problem == m_lastProblem)
        return;
    m_lastProblem = problem;
    monitorlog::warning(state == ConnectionState::Reconnecting
                            ? tr("%1: %2 Reconnecting.").arg(m_config.name, problem)
                            : tr("%1: %2 Trying again later.").arg(m_config.name, problem));
}

} // namespace maxmon::monitor
