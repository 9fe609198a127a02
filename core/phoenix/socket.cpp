#include "base/logging.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/websocketclient.h>

#include <QUrlQuery>

namespace maxmon::phoenix {

namespace {

const QLatin1String vsnKey("vsn");
const QLatin1String websocketSegment("websocket");
QString heartbeatTopic()
{
    return QStringLiteral("phoenix");
}
// Heartbeat refs remembered per connection: more than the Heartbeat keeps outstanding.
constexpr size_t maxHeartbeatRefs = 128;

} // namespace

Socket::Socket(const ConnectionConfig &config, const SocketOptions &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_options(options)
    , m_serializer(versionFor(config.url, options))
    , m_client(new WebSocketClient(connectionConfigFor(config, options), this))
    , m_ownsClient(true)
{
    attachClient();
}

Socket::Socket(WebSocketClient *client, const SocketOptions &options, QObject *parent)
    : QObject(parent)
    , m_config(client->config())
    , m_options(options)
    , m_serializer(versionFor(m_config.url, options))
    , m_client(client)
    , m_ownsClient(false)
{
    attachClient();
}

Socket::~Socket()
{
    // Channels are children and go with us; they must not call back meanwhile.
    m_channels.clear();
    m_client->disconnect(this);
    if (!m_ownsClient)
        m_client->setApplicationProbe({});
}

void Socket::attachClient()
{
    qRegisterMetaType<maxmon::phoenix::Frame>();
    m_state = m_client->state();
    // The heartbeat keeps its copy of the probe while connected: a socket
    // deleted meanwhile must not be called.
    m_client->setApplicationProbe([socket = QPointer<Socket>(this)](quint64 sequence) {
        if (socket)
            socket->sendHeartbeat(sequence);
    });
    QObject::connect(m_client, &WebSocketClient::stateChanged, this, &Socket::onClientState);
    QObject::connect(m_client, &WebSocketClient::messageReceived, this, &Socket::onMessage);
    QObject::connect(m_client, &WebSocketClient::errorOccurred, this, &Socket::errorOccurred);
}

QUrl Socket::endPointUrl(const QUrl &url, const QList<QPair<QString, QString>> &params,
                         Serializer::Version vsn)
{
    QUrl endpoint = url;
    QString path = endpoint.path();
    if (!path.endsWith(QLatin1Char('/') + websocketSegment) && path != websocketSegment) {
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        endpoint.setPath(path + websocketSegment);
    }
    QUrlQuery query(endpoint);
    // encoded like ConnectionConfig::effectiveUrl(): a '+' or '&' in a value stays data
    const auto add = [&query](const QString &key, const QString &value) {
        query.removeAllQueryItems(key);
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    for (const auto &[key, value] : params)
        add(key, value);
    add(vsnKey, Serializer::versionString(vsn));
    endpoint.setQuery(query);
    return endpoint;
}

Serializer::Version Socket::versionFor(const QUrl &url, const SocketOptions &options)
{
    if (options.vsn)
        return *options.vsn;
    return Serializer::versionFromString(QUrlQuery(url).queryItemValue(vsnKey))
        .value_or(Serializer::Version::V2);
}

ConnectionConfig Socket::connectionConfigFor(const ConnectionConfig &config,
                                             const SocketOptions &options)
{
    ConnectionConfig effective = config;
    effective.url = endPointUrl(config.url, options.params, versionFor(config.url, options));
    effective.heartbeat = options.heartbeat;
    effective.heartbeat.strategy = HeartbeatConfig::Strategy::Application;
    if (!options.reconnectAfterMs.isEmpty()) {
        effective.reconnect.scheduleMs = options.reconnectAfterMs;
        effective.reconnect.jitter = 0;
        // the JavaScript client counts its tries from 1 again whenever it connects
        effective.reconnect.resetAfterMs = 0;
    }
    return effective;
}

Result<void> Socket::setConfig(const ConnectionConfig &config, const SocketOptions &options)
{
    if (Result<void> set = m_client->setConfig(connectionConfigFor(config, options)); !set)
        return set;
    m_config = config;
    m_options = options;
    m_serializer = Serializer(versionFor(config.url, options));
    return {};
}

Result<void> Socket::open()
{
    return m_client->open();
}

Result<void> Socket::close(int closeCode, const QString &reason)
{
    return m_client->close(closeCode, reason);
}

ConnectionState Socket::state() const
{
    return m_client->state();
}

bool Socket::isConnected() const
{
    return m_client->state() == ConnectionState::Connected;
}

Channel *Socket::channel(const QString &topic, const QJsonObject &params)
{
    auto *channel = new Channel(topic, params, this);
    m_channels.append(channel);
    return channel;
}

QList<Channel *> Socket::channels() const
{
    QList<Channel *> open;
    for (const QPointer<Channel> &channel : m_channels) {
        if (channel)
            open.append(channel);
    }
    return open;
}

void Socket::remove(Channel *channel)
{
    m_channels.removeAll(channel);
}

QString Socket::makeRef()
{
    return QString::number(++m_ref);
}

void Socket::onClientState(ConnectionState state)
{
    const ConnectionState previous = std::exchange(m_state, state);
    if (state == ConnectionState::Connected) {
        m_heartbeats.clear();
        flushSendBuffer();
        for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(m_channels)) {
            if (channel)
                channel->socketOpened();
        }
        Q_EMIT stateChanged(state);
        Q_EMIT opened();
        return;
    }
    // Connecting is on the way up; every other state means no connection
    // (and Connecting -> Reconnecting an attempt that failed): joins are lost.
    if (state != ConnectionState::Connecting && state != previous) {
        // Frames still queued in the client belong to joins that just ended:
        // sent on the next connection they would carry outdated join refs.
        // Their pushes time out and the channels rejoin, as in the JS client.
        if (const QList<Message> stale = m_client->discardPending(); !stale.isEmpty())
            qCInfo(lcPhoenix).noquote()
                << "dropped" << stale.size() << "frames queued for the lost connection";
        for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(m_channels)) {
            if (channel)
                channel->socketFailed();
        }
    }
    Q_EMIT stateChanged(state);
}

void Socket::onMessage(const Message &message)
{
    if (message.isControl())
        return;
    Result<Frame> frame = m_serializer.decode(message);
    if (!frame) {
        Error error = frame.error();
        error.withContext(QStringLiteral("messageSize"), message.size());
        qCInfo(lcPhoenix).noquote() << "not a Phoenix frame:" << error.message();
        Q_EMIT decodeFailed(error, message);
        Q_EMIT errorOccurred(error);
        return;
    }
    route(*frame);
}

void Socket::route(const Frame &frame)
{
    if (frame.topic == heartbeatTopic() && frame.isReply()) {
        const QString ref = frame.ref.value_or(QString());
        const auto it = std::find_if(m_heartbeats.begin(), m_heartbeats.end(),
                                     [&ref](const auto &entry) { return entry.first == ref; });
        Q_EMIT frameReceived(frame);
        if (it == m_heartbeats.end()) {
            Q_EMIT unroutedFrame(frame, Unrouted::UnknownHeartbeatReply);
            return;
        }
        const quint64 sequence = it->second;
        m_heartbeats.erase(it);
        m_client->applicationProbeAnswered(sequence);
        return;
    }

    Q_EMIT frameReceived(frame);
    bool topicKnown = false;
    bool delivered = false;
    // A channel may leave, close or be deleted while handling a frame.
    for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(m_channels)) {
        if (!channel || channel->topic() != frame.topic)
            continue;
        topicKnown = true;
        if (!channel->isMember(frame))
            continue;
        delivered = true;
        channel->handleFrame(frame);
    }
    if (!delivered) {
        qCDebug(lcPhoenix).noquote() << "unrouted frame" << frame.topic << frame.event
                                     << (topicKnown ? "(outdated join)" : "(unknown topic)");
        Q_EMIT unroutedFrame(frame, topicKnown ? Unrouted::OutdatedJoin : Unrouted::UnknownTopic);
    }
}

void Socket::sendHeartbeat(quint64 sequence)
{
    if (!isConnected())
        return;
    const QString ref = makeRef();
    m_heartbeats.emplace_back(ref, sequence);
    if (m_heartbeats.size() > maxHeartbeatRefs)
        m_heartbeats.pop_front();
    send(Frame::json(std::nullopt, ref, heartbeatTopic(), events::heartbeat(), QJsonObject()),
         nullptr);
}

void Socket::push(const Frame &frame, Channel *channel)
{
    qCDebug(lcPhoenix).noquote() << "push" << frame.topic << frame.event << "join_ref"
                                 << frame.joinRef.value_or(QString()) << "ref"
                                 << frame.ref.value_or(QString());
    if (isConnected()) {
        send(frame, channel);
        return;
    }
    m_sendBuffer.append({ frame, channel, channel != nullptr });
}

bool Socket::isOutdated(const Frame &frame, const Channel *channel) const
{
    return frame.joinRef.value_or(QString()) != channel->joinRef()
        || channel->state() == Channel::State::Closed;
}

void Socket::send(const Frame &frame, Channel *channel)
{
    // a leave still has to reach the server after its channel closed here
    if (channel && frame.event != events::leave() && isOutdated(frame, channel)) {
        qCDebug(lcPhoenix).noquote() << "dropping outdated" << frame.topic << frame.event;
        return;
    }
    const Result<Message> message = m_serializer.encodeMessage(frame, Message::Direction::Outgoing);
    Error error;
    if (!message)
        error = message.error();
    else if (const Result<QString> sent = m_client->send(*message); !sent)
        error = sent.error();
    if (error) {
        error.withContext(QStringLiteral("topic"), frame.topic);
        error.withContext(QStringLiteral("event"), frame.event);
        qCInfo(lcPhoenix).noquote()
            << "could not send" << frame.topic << frame.event << ":" << error.message();
        Q_EMIT errorOccurred(error);
    }
}

void Socket::flushSendBuffer()
{
    const QList<Buffered> buffered = std::exchange(m_sendBuffer, {});
    for (const Buffered &entry : buffered) {
        if (!isConnected()) {
            m_sendBuffer.append(entry); // a send failed the connection: keep the rest
            continue;
        }
        if (entry.forChannel && (!entry.channel || isOutdated(entry.frame, entry.channel)))
            continue; // its channel rejoins, or is gone: that supersedes it
        send(entry.frame, entry.channel);
    }
}

void Socket::leaveOpenTopic(const QString &topic, Channel *except)
{
    for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(m_channels)) {
        if (!channel || channel == except || channel->topic() != topic)
            continue;
        if (channel->state() == Channel::State::Joined
            || channel->state() == Channel::State::Joining) {
            qCDebug(lcPhoenix).noquote() << "leaving duplicate topic" << topic;
            channel->leave();
        }
    }
}

} // namespace maxmon::phoenix
