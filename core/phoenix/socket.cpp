#include "base/logging.h"
#include "phoenix/channel_p.h"
#include "phoenix/socket_p.h"

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

Socket::Private::Private(Socket *socket, const QUrl &url, const SocketOptions &initialOptions,
                         WebSocketClient *webSocketClient, bool owning)
    : q(socket)
    , options(initialOptions)
    , serializer(versionFor(url, initialOptions))
    , client(webSocketClient)
    , ownsClient(owning)
{ }

Socket::Socket(const ConnectionConfig &config, const SocketOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, config.url, options,
                                  new WebSocketClient(connectionConfigFor(config, options), this),
                                  true))
{
    d->attachClient();
}

Socket::Socket(WebSocketClient *client, const SocketOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client->config().url, options, client, false))
{
    d->attachClient();
}

Socket::~Socket()
{
    // Channels are children and go with us; they must not call back meanwhile.
    d->channels.clear();
    d->client->disconnect(this);
    if (!d->ownsClient)
        d->client->setApplicationProbe({});
}

void Socket::Private::attachClient()
{
    qRegisterMetaType<maxmon::phoenix::Frame>();
    state = client->state();
    // The heartbeat keeps its copy of the probe while connected: a socket
    // deleted meanwhile must not be called.
    client->setApplicationProbe([socket = QPointer<Socket>(q)](quint64 sequence) {
        if (socket)
            get(socket)->sendHeartbeat(sequence);
    });
    QObject::connect(client, &WebSocketClient::stateChanged, q,
                     [this](ConnectionState newState) { onClientState(newState); });
    QObject::connect(client, &WebSocketClient::messageReceived, q,
                     [this](const Message &message) { onMessage(message); });
    QObject::connect(client, &WebSocketClient::errorOccurred, q, &Socket::errorOccurred);
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

WebSocketClient *Socket::client() const
{
    return d->client;
}

const SocketOptions &Socket::options() const
{
    return d->options;
}

const Serializer &Socket::serializer() const
{
    return d->serializer;
}

Result<void> Socket::setConfig(const ConnectionConfig &config, const SocketOptions &options)
{
    if (Result<void> set = d->client->setConfig(connectionConfigFor(config, options)); !set)
        return set;
    d->options = options;
    d->serializer = Serializer(versionFor(config.url, options));
    return {};
}

Result<void> Socket::open()
{
    return d->client->open();
}

Result<void> Socket::close(int closeCode, const QString &reason)
{
    return d->client->close(closeCode, reason);
}

ConnectionState Socket::state() const
{
    return d->client->state();
}

bool Socket::isConnected() const
{
    return d->client->state() == ConnectionState::Connected;
}

Channel *Socket::channel(const QString &topic, const QJsonObject &params)
{
    auto *channel = new Channel(topic, params, this);
    d->channels.append(channel);
    return channel;
}

QList<Channel *> Socket::channels() const
{
    QList<Channel *> open;
    for (const QPointer<Channel> &channel : d->channels) {
        if (channel)
            open.append(channel);
    }
    return open;
}

void Socket::Private::remove(Channel *channel)
{
    channels.removeAll(channel);
}

QString Socket::makeRef()
{
    return QString::number(++d->lastRef);
}

int Socket::bufferedFrameCount() const
{
    return static_cast<int>(d->sendBuffer.size());
}

void Socket::Private::onClientState(ConnectionState newState)
{
    const ConnectionState previous = std::exchange(state, newState);
    if (newState == ConnectionState::Connected) {
        heartbeats.clear();
        flushSendBuffer();
        for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(channels)) {
            if (channel)
                Channel::Private::get(channel)->socketOpened();
        }
        Q_EMIT q->stateChanged(newState);
        Q_EMIT q->opened();
        return;
    }
    // Connecting is on the way up; every other state means no connection
    // (and Connecting -> Reconnecting an attempt that failed): joins are lost.
    if (newState != ConnectionState::Connecting && newState != previous) {
        // Frames still queued in the client belong to joins that just ended:
        // sent on the next connection they would carry outdated join refs.
        // Their pushes time out and the channels rejoin, as in the JS client.
        if (const QList<Message> stale = client->discardPending(); !stale.isEmpty())
            qCInfo(lcPhoenix).noquote()
                << "dropped" << stale.size() << "frames queued for the lost connection";
        for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(channels)) {
            if (channel)
                Channel::Private::get(channel)->socketFailed();
        }
    }
    Q_EMIT q->stateChanged(newState);
}

void Socket::Private::onMessage(const Message &message)
{
    if (message.isControl())
        return;
    Result<Frame> frame = serializer.decode(message);
    if (!frame) {
        Error error = frame.error();
        error.withContext(QStringLiteral("messageSize"), message.size());
        qCInfo(lcPhoenix).noquote() << "not a Phoenix frame:" << error.message();
        Q_EMIT q->decodeFailed(error, message);
        Q_EMIT q->errorOccurred(error);
        return;
    }
    route(*frame);
}

void Socket::Private::route(const Frame &frame)
{
    if (frame.topic == heartbeatTopic() && frame.isReply()) {
        const QString ref = frame.ref.value_or(QString());
        const auto it = std::find_if(heartbeats.begin(), heartbeats.end(),
                                     [&ref](const auto &entry) { return entry.first == ref; });
        Q_EMIT q->frameReceived(frame);
        if (it == heartbeats.end()) {
            Q_EMIT q->unroutedFrame(frame, Unrouted::UnknownHeartbeatReply);
            return;
        }
        const quint64 sequence = it->second;
        heartbeats.erase(it);
        client->applicationProbeAnswered(sequence);
        return;
    }

    Q_EMIT q->frameReceived(frame);
    bool topicKnown = false;
    bool delivered = false;
    // A channel may leave, close or be deleted while handling a frame.
    for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(channels)) {
        if (!channel || channel->topic() != frame.topic)
            continue;
        topicKnown = true;
        Channel::Private *const channelPrivate = Channel::Private::get(channel);
        if (!channelPrivate->isMember(frame))
            continue;
        delivered = true;
        channelPrivate->handleFrame(frame);
    }
    if (!delivered) {
        qCDebug(lcPhoenix).noquote() << "unrouted frame" << frame.topic << frame.event
                                     << (topicKnown ? "(outdated join)" : "(unknown topic)");
        Q_EMIT q->unroutedFrame(frame,
                                topicKnown ? Unrouted::OutdatedJoin : Unrouted::UnknownTopic);
    }
}

void Socket::Private::sendHeartbeat(quint64 sequence)
{
    if (!q->isConnected())
        return;
    const QString ref = q->makeRef();
    heartbeats.emplace_back(ref, sequence);
    if (heartbeats.size() > maxHeartbeatRefs)
        heartbeats.pop_front();
    send(Frame::json(std::nullopt, ref, heartbeatTopic(), events::heartbeat(), QJsonObject()),
         nullptr);
}

void Socket::Private::push(const Frame &frame, Channel *channel)
{
    qCDebug(lcPhoenix).noquote() << "push" << frame.topic << frame.event << "join_ref"
                                 << frame.joinRef.value_or(QString()) << "ref"
                                 << frame.ref.value_or(QString());
    if (q->isConnected()) {
        send(frame, channel);
        return;
    }
    sendBuffer.append({ frame, channel, channel != nullptr });
}

bool Socket::Private::isOutdated(const Frame &frame, const Channel *channel) const
{
    return frame.joinRef.value_or(QString()) != channel->joinRef()
        || channel->state() == Channel::State::Closed;
}

void Socket::Private::send(const Frame &frame, Channel *channel)
{
    // a leave still has to reach the server after its channel closed here
    if (channel && frame.event != events::leave() && isOutdated(frame, channel)) {
        qCDebug(lcPhoenix).noquote() << "dropping outdated" << frame.topic << frame.event;
        return;
    }
    const Result<Message> message = serializer.encodeMessage(frame, Message::Direction::Outgoing);
    Error error;
    if (!message)
        error = message.error();
    else if (const Result<QString> sent = client->send(*message); !sent)
        error = sent.error();
    if (error) {
        error.withContext(QStringLiteral("topic"), frame.topic);
        error.withContext(QStringLiteral("event"), frame.event);
        qCInfo(lcPhoenix).noquote()
            << "could not send" << frame.topic << frame.event << ":" << error.message();
        Q_EMIT q->errorOccurred(error);
    }
}

void Socket::Private::flushSendBuffer()
{
    const QList<Buffered> buffered = std::exchange(sendBuffer, {});
    for (const Buffered &entry : buffered) {
        if (!q->isConnected()) {
            sendBuffer.append(entry); // a send failed the connection: keep the rest
            continue;
        }
        if (entry.forChannel && (!entry.channel || isOutdated(entry.frame, entry.channel)))
            continue; // its channel rejoins, or is gone: that supersedes it
        send(entry.frame, entry.channel);
    }
}

void Socket::Private::leaveOpenTopic(const QString &topic, Channel *except)
{
    for (const QPointer<Channel> &channel : QList<QPointer<Channel>>(channels)) {
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
