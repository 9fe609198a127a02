#include "session/loadconnection.h"

#include <maxmon/loadgenerator.h>
#include <maxmon/message.h>

namespace maxmon {

namespace {
constexpr int closeWaitMs = 2000;
} // namespace

QString LoadGenerator::Settings::validate() const
{
    if (connections < 1 || connections > 10000)
        return tr("connections: from 1 to 10000");
    if (count < 0 || (count == 0 && durationMs <= 0))
        return tr("a message count or a duration is needed");
    if (messageSize < LoadConnection::minMessageSize || messageSize > 64 * 1024 * 1024)
        return tr("message size: from %1 bytes to 64 MiB").arg(LoadConnection::minMessageSize);
    if (rate < 0)
        return tr("rate: 0 (unlimited) or more messages per second");
    if (window < 1 || window > 100000)
        return tr("window: from 1 to 100000 messages in flight");
    if (replyTimeoutMs < 1 || sampleLimit < 1)
        return tr("reply timeout and sample limit must be positive");
    return {};
}

LoadGenerator::LoadGenerator(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_roundTrips(static_cast<int>(std::min<qint64>(
          settings.count > 0 ? settings.count : settings.sampleLimit, settings.sampleLimit)))
    , m_connectTimes(std::max(1, settings.connections))
{
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, &LoadGenerator::stopSending);
    m_replyTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, &LoadGenerator::onReplyTimeout);
}

void LoadGenerator::start()
{
    const int connections = m_settings.connections;
    for (int i = 0; i < connections; ++i) {
        LoadConnection::Plan plan;
        plan.messageSize = m_settings.messageSize;
        plan.text = m_settings.text;
        plan.window = m_settings.window;
        plan.rate = m_settings.rate / connections;
        if (m_settings.count > 0)
            plan.quota =
                m_settings.count / connections + (i < m_settings.count % connections ? 1 : 0);
        auto *connection = new LoadConnection(m_settings.config, plan, this);
        m_connections.append(connection);
        connect(connection, &LoadConnection::opened, this, [this, connection] {
            m_connectTimes.addSample(connection->handshakeMs());
            onConnectionSettled();
        });
        connect(connection, &LoadConnection::failed, this, [this] {
            if (!m_loadStarted)
                onConnectionSettled();
        });
        connect(connection, &LoadConnection::roundTrip, this, [this](double ms) {
            m_roundTrips.addSample(ms);
            m_lastReplyNs = Message::nowMonotonicNs();
            m_replyTimer.start();
        });
        connect(connection, &LoadConnection::done, this, &LoadGenerator::onConnectionDone);
    }
    for (LoadConnection *connection : std::as_const(m_connections))
        connection->open();
}

void LoadGenerator::onConnectionSettled()
{
    if (++m_settled < m_connections.size())
        return;
    int opened = 0;
    for (const LoadConnection *connection : std::as_const(m_connections))
        opened += connection->isOpen() ? 1 : 0;
    Q_EMIT connected(opened, static_cast<int>(m_connections.size()) - opened);
    if (opened == 0) {
        finish();
        return;
    }
    startLoad();
}

void LoadGenerator::startLoad()
{
    m_loadStarted = true;
    m_loadStartNs = Message::nowMonotonicNs();
    m_lastReplyNs = m_loadStartNs;
    if (m_settings.durationMs > 0)
        m_durationTimer.start(static_cast<int>(m_settings.durationMs));
    m_replyTimer.start(m_settings.replyTimeoutMs);
    // connections that never opened take no part
    for (LoadConnection *connection : std::as_const(m_connections)) {
        if (connection->isOpen())
            m_active.append(connection);
    }
    for (LoadConnection *connection : std::as_const(m_active))
        connection->startSending();
    onConnectionDone(); // all may be done already (a count smaller than the connections)
}

void LoadGenerator::onConnectionDone()
{
    if (!m_loadStarted || m_finished)
        return;
    for (const LoadConnection *connection : std::as_const(m_active)) {
        if (!connection->isDone())
            return;
    }
    finish();
}

void LoadGenerator::onReplyTimeout()
{
    for (const LoadConnection *connection : std::as_const(m_active)) {
        if (connection->inFlight() > 0) {
            finish(); // waited long enough: what is in flight is lost
            return;
        }
    }
    m_replyTimer.start(); // nothing outstanding: a slow rate, not a silent server
}

void LoadGenerator::stopSending()
{
    for (LoadConnection *connection : std::as_const(m_active))
        connection->stopSending();
}

void LoadGenerator::stop()
{
    if (!m_loadStarted) {
        finish();
        return;
    }
    stopSending();
}

void LoadGenerator::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_durationTimer.stop();
    m_replyTimer.stop();
    for (LoadConnection *connection : std::as_const(m_connections)) {
        connect(connection, &LoadConnection::closed, this, &LoadGenerator::onConnectionClosed);
        connection->close();
    }
    // the close frames go out before finished() (a process may exit on it), within reason
    QTimer::singleShot(closeWaitMs, this, &LoadGenerator::emitFinished);
    onConnectionClosed();
}

void LoadGenerator::onConnectionClosed()
{
    for (const LoadConnection *connection : std::as_const(m_connections)) {
        if (!connection->isClosed())
            return;
    }
    emitFinished();
}

void LoadGenerator::emitFinished()
{
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    Q_EMIT finished();
}

Error LoadGenerator::firstError() const
{
    for (const LoadConnection *connection : std::as_const(m_connections)) {
        if (connection->error())
            return connection->error();
    }
    return Error();
}

LoadReport LoadGenerator::report() const
{
    LoadReport report;
    report.connections = static_cast<int>(m_connections.size());
    report.messageSize = m_settings.messageSize;
    for (const LoadConnection *connection : std::as_const(m_connections)) {
        if (connection->handshakeMs() >= 0)
            ++report.connectionsOpened;
        if (connection->hasFailed())
            ++report.connectionsFailed;
        if (const Error error = connection->error()) {
            const QString code = error.codeName();
            ++report.errors[code];
            if (!report.errorMessages.contains(code))
                report.errorMessages.insert(code, error.message());
        }
        report.sent += connection->sent();
        report.received += connection->received();
        report.lost += connection->inFlight();
        report.mismatched += connection->mismatched();
        report.sendErrors += connection->sendErrors();
    }
    if (m_loadStarted)
        report.elapsedSeconds = static_cast<double>(m_lastReplyNs - m_loadStartNs) / 1e9;
    report.roundTrip = m_roundTrips.summary();
    report.connect = m_connectTimes.summary();
    return report;
}

} // namespace maxmon
