#include "maxclient.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/websocketclient.h>

namespace {

maxmon::ConnectionConfig configFor(const QUrl &url, const QString &token)
{
    maxmon::ConnectionConfig config;
    config.url = url;
    config.auth.mode = maxmon::AuthConfig::Mode::PhoenixSubprotocol;
    config.auth.token = token;
    config.connectTimeoutMs = 1000;
    return config;
}

maxmon::phoenix::SocketOptions options(int heartbeatMs)
{
    maxmon::phoenix::SocketOptions options;
    options.timeoutMs = 2000;
    options.heartbeat = maxmon::phoenix::SocketOptions::phoenixHeartbeat(heartbeatMs);
    options.reconnectAfterMs = { 50, 100, 250, 500 };
    options.rejoinAfterMs = { 100, 250, 500 };
    return options;
}

} // namespace

MaxClient::MaxClient(const QUrl &url, const QString &token, QObject *parent)
    : QObject(parent)
    , m_socket(configFor(url, token), options(500))
{
    connect(m_socket.client(), &maxmon::WebSocketClient::latencySampled, this, [this](double ms) {
        m_latencyMs = ms;
        Q_EMIT latencyMeasured(ms);
    });
    connect(&m_socket, &maxmon::phoenix::Socket::errorOccurred, this,
            [this](const maxmon::Error &error) { m_lastError = error.message(); });
}

MaxClient::~MaxClient() = default;

void MaxClient::setCaFile(const QString &path)
{
    maxmon::ConnectionConfig config = m_socket.client()->config();
    config.tls.caFile = path;
    m_socket.setConfig(config, m_socket.options());
}

void MaxClient::setHeartbeatIntervalMs(int ms)
{
    maxmon::ConnectionConfig config = m_socket.client()->config();
    maxmon::phoenix::SocketOptions socketOptions = m_socket.options();
    socketOptions.heartbeat = maxmon::phoenix::SocketOptions::phoenixHeartbeat(ms);
    m_socket.setConfig(config, socketOptions);
}

bool MaxClient::start(const QString &topic)
{
    if (m_channel || !m_socket.open())
        return false;
    m_channel = m_socket.channel(topic);
    connect(m_channel, &maxmon::phoenix::Channel::joined, this, &MaxClient::ready);
    connect(m_channel, &maxmon::phoenix::Channel::stateChanged, this,
            [this](maxmon::phoenix::Channel::State state) {
                if (state == maxmon::phoenix::Channel::State::Errored)
                    Q_EMIT lost();
            });
    connect(m_channel, &maxmon::phoenix::Channel::errorOccurred, this,
            [this](const maxmon::Error &error) { m_lastError = error.message(); });
    connect(m_channel, &maxmon::phoenix::Channel::messageReceived, this,
            [this](const QString &event, const QJsonValue &payload) {
                Q_EMIT eventReceived(event, payload);
            });
    return bool(m_channel->join());
}

void MaxClient::stop()
{
    if (m_channel)
        m_channel->leave();
    m_socket.close();
}

bool MaxClient::isReady() const
{
    return m_channel && m_channel->state() == maxmon::phoenix::Channel::State::Joined;
}

maxmon::phoenix::Push *MaxClient::send(const QString &event, const QJsonObject &payload)
{
    if (!m_channel)
        return nullptr;
    const maxmon::Result<maxmon::phoenix::Push *> push = m_channel->push(event, payload);
    return push ? *push : nullptr;
}
