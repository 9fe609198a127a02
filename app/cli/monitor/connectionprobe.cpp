#include "connectionprobe.h"

#include <maxmon/websocketclient.h>

namespace maxmon::monitor {

ConnectionProbe::ConnectionProbe(const ConnectionConfig &config, const Settings &settings,
                                 QObject *parent)
    : QObject(parent)
    , m_client(new WebSocketClient(probeConfig(config, settings), this))
    , m_settings(settings)
    , m_stats(settings.count)
    , m_url(config.displayUrl())
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finish(tr("no result within %1 ms").arg(m_settings.deadlineMs)); });
    connect(m_client, &WebSocketClient::stateChanged, this, &ConnectionProbe::onStateChanged);
    connect(m_client, &WebSocketClient::latencySampled, this, [this](double rttMs) {
        m_stats.addSample(rttMs);
        onPingOutcome();
    });
    connect(m_client, &WebSocketClient::probeLost, this, [this] {
        m_stats.addLoss();
        onPingOutcome();
    });
}

ConnectionProbe::~ConnectionProbe()
{
    m_client->disconnect(this);
}

ConnectionConfig ConnectionProbe::probeConfig(ConnectionConfig config, const Settings &settings)
{
    HeartbeatConfig &heartbeat = config.heartbeat;
    heartbeat.enabled = true;
    heartbeat.strategy = HeartbeatConfig::Strategy::Ping;
    heartbeat.intervalMs = settings.intervalMs;
    heartbeat.timeoutMs = settings.timeoutMs;
    heartbeat.adaptive = false;
    heartbeat.minIntervalMs = heartbeat.maxIntervalMs = heartbeat.intervalMs;
    heartbeat.maxMissed = std::min(settings.count + 1, 1000); // measure loss rather than give up
    config.reconnect.enabled = false; // a probe reports what it finds
    return config;
}

Result<void> ConnectionProbe::start()
{
    m_clock.start();
    if (Result<void> opened = m_client->open(); !opened)
        return opened;
    if (m_settings.deadlineMs > 0)
        m_deadline.start(m_settings.deadlineMs);
    if (m_client->state() == ConnectionState::Error) // failed before the event loop ran
        onStateChanged();
    return {};
}

qint64 ConnectionProbe::pingsDone() const
{
    return m_stats.totalSamples() + m_stats.totalLost();
}

void ConnectionProbe::onStateChanged()
{
    if (m_finished)
        return;
    const ConnectionState state = m_client->state();
    if (state == ConnectionState::Connected) {
        m_outcome.connected = true;
        const Diagnostics diagnostics = m_client->diagnostics();
        m_outcome.handshakeMs = diagnostics.handshakeMs;
        m_outcome.tls = diagnostics.tls;
        return;
    }
    if (state == ConnectionState::Error) {
        const Error error = m_client->lastError();
        finish(m_outcome.connected ? tr("connection failed after %1 of %2 pings: %3")
                                         .arg(pingsDone())
                                         .arg(m_settings.count)
                                         .arg(error.message())
                                   : tr("cannot connect: %1").arg(error.message()),
               error);
    } else if (state == ConnectionState::Disconnected) {
        finish(pingsDone() < m_settings.count
                   ? tr("the server closed the connection after %1 of %2 pings")
                         .arg(pingsDone())
                         .arg(m_settings.count)
                   : QString());
    }
}

void ConnectionProbe::onPingOutcome()
{
    if (pingsDone() < m_settings.count)
        return;
    if (!m_client->close(1000, QStringLiteral("probe done")))
        onStateChanged();
}

void ConnectionProbe::finish(const QString &failure, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_outcome.failed = !failure.isEmpty();
    m_outcome.failure = failure;
    m_outcome.error = error;
    m_outcome.stats = m_stats.summary();
    m_outcome.durationSeconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    Q_EMIT finished();
}

} // namespace maxmon::monitor
