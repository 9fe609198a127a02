#include "server/phoenixhub.h"

#include "server/phoenixconnection.h"

#include <maxmon/phoenix/authtoken.h>

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QWebSocket>

namespace maxmon {

using phoenix::Frame;
using phoenix::Serializer;

PhoenixHub::PhoenixHub(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<maxmon::phoenix::Frame>();
}

// Connections live with their sockets, which may outlive us: they hold us in a QPointer.
PhoenixHub::~PhoenixHub() = default;

QString PhoenixHub::path()
{
    return QStringLiteral("/socket/websocket");
}

std::optional<Serializer::Version> PhoenixHub::versionOf(const HttpUpgradeRequest &request)
{
    const QString vsn = request.query.queryItemValue(QStringLiteral("vsn"), QUrl::FullyDecoded);
    if (vsn.isEmpty())
        return Serializer::Version::V1;
    return Serializer::versionFromString(vsn);
}

QString PhoenixHub::socketTokenOf(const HttpUpgradeRequest &request)
{
    QString fromSubprotocol = phoenix::authtoken::tokenFrom(request.subprotocols());
    if (!fromSubprotocol.isEmpty())
        return fromSubprotocol;
    return request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
}

WebSocketFrontDoor::Decision PhoenixHub::route(const HttpUpgradeRequest &request) const
{
    if (!versionOf(request)) {
        return WebSocketFrontDoor::Decision::reject(
            400, QByteArrayLiteral("Unsupported vsn: use 2.0.0 or 1.0.0\n"));
    }
    if (m_settings.requireSocketToken && socketTokenOf(request) != m_settings.token)
        return WebSocketFrontDoor::Decision::reject(403);
    return WebSocketFrontDoor::Decision::accept();
}

PhoenixConnection *PhoenixHub::serve(QWebSocket *socket, const HttpUpgradeRequest &request)
{
    const QPointer<QWebSocket> guarded(socket);
    PhoenixConnection::Transport transport {
        [guarded](const QString &text) {
            if (guarded)
                guarded->sendTextMessage(text);
        },
        [guarded](const QByteArray &data) {
            if (guarded)
                guarded->sendBinaryMessage(data);
        },
        [guarded](int closeCode, const QString &reason) {
            if (guarded)
                guarded->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode), reason);
        },
    };
    auto *connection = serve(request, std::move(transport), socket);
    connect(socket, &QWebSocket::textMessageReceived, connection, &PhoenixConnection::receiveText);
    connect(socket, &QWebSocket::binaryMessageReceived, connection,
            &PhoenixConnection::receiveBinary);
    connect(socket, &QWebSocket::disconnected, connection, &PhoenixConnection::transportClosed);
    return connection;
}

PhoenixConnection *PhoenixHub::serve(const HttpUpgradeRequest &request,
                                     PhoenixConnection::Transport transport, QObject *parent)
{
    return new PhoenixConnection(this, request, std::move(transport), parent);
}

void PhoenixHub::connectionCreated(PhoenixConnection *connection)
{
    m_connections.append(connection);
}

void PhoenixHub::connectionDestroyed(PhoenixConnection *connection)
{
    m_connections.removeAll(connection);
    const QStringList topics = m_subscribers.keys();
    for (const QString &topic : topics)
        unsubscribe(topic, connection);
}

int PhoenixHub::subscriberCount(const QString &topic) const
{
    return static_cast<int>(m_subscribers.value(topic).size());
}

bool PhoenixHub::matches(const QStringList &patterns, const QString &topic)
{
    for (const QString &pattern : patterns) {
        if (pattern.endsWith(QLatin1Char('*')) ? topic.startsWith(pattern.chopped(1))
                                               : topic == pattern)
            return true;
    }
    return false;
}

bool PhoenixHub::isProtected(const QString &topic) const
{
    return matches(m_settings.protectedTopics, topic);
}

bool PhoenixHub::tracksPresence(const QString &topic) const
{
    return matches(m_settings.presenceTopics, topic);
}

bool PhoenixHub::authorize(const QString &topic, const QJsonObject &params,
                           const QString &socketToken) const
{
    if (!isProtected(topic))
        return true;
    if (m_settings.token.isEmpty())
        return false;
    return params.value(QLatin1String("token")).toString() == m_settings.token
        || socketToken == m_settings.token;
}

void PhoenixHub::subscribe(const QString &topic, PhoenixConnection *connection)
{
    QList<PhoenixConnection *> &subscribers = m_subscribers[topic];
    if (!subscribers.contains(connection))
        subscribers.append(connection);
}

void PhoenixHub::unsubscribe(const QString &topic, PhoenixConnection *connection)
{
    const auto it = m_subscribers.find(topic);
    if (it == m_subscribers.end() || !it->contains(connection))
        return;
    it->removeAll(connection);
    if (it->isEmpty())
        m_subscribers.erase(it);
    untrack(topic, connection);
}

void PhoenixHub::broadcast(const Frame &frame, PhoenixConnection *except)
{
    // a copy: delivering may close a socket and unsubscribe it
    const QList<PhoenixConnection *> subscribers = m_subscribers.value(frame.topic);
    for (PhoenixConnection *connection : subscribers) {
        if (connection != except && m_connections.contains(connection))
            connection->deliver(frame);
    }
}

QJsonObject PhoenixHub::presenceState(const QString &topic) const
{
    QJsonObject state;
    for (const Meta &entry : m_presences.value(topic)) {
        QJsonObject presence = state.value(entry.key).toObject();
        QJsonArray metas = presence.value(QLatin1String("metas")).toArray();
        metas.append(entry.meta);
        presence.insert(QLatin1String("metas"), metas);
        state.insert(entry.key, presence);
    }
    return state;
}

void PhoenixHub::track(const QString &topic, PhoenixConnection *connection, const QString &key,
                       QJsonObject meta)
{
    meta = newMeta(std::move(meta));
    m_presences[topic].append({ connection, key, meta });
    connection->deliver(Frame::json(connection->joinRefOf(topic), std::nullopt, topic,
                                    QStringLiteral("presence_state"), presenceState(topic)));
    const QJsonObject joins { { key,
                                QJsonObject { { QLatin1String("metas"), QJsonArray { meta } } } } };
    broadcast(Frame::json(std::nullopt, std::nullopt, topic, QStringLiteral("presence_diff"),
                          QJsonObject { { QLatin1String("joins"), joins },
                                        { QLatin1String("leaves"), QJsonObject() } }));
}

void PhoenixHub::trackPresence(const QString &topic, const QString &key, QJsonObject meta)
{
    meta = newMeta(std::move(meta));
    m_presences[topic].append({ nullptr, key, meta });
    const QJsonObject joins { { key,
                                QJsonObject { { QLatin1String("metas"), QJsonArray { meta } } } } };
    broadcast(Frame::json(std::nullopt, std::nullopt, topic, QStringLiteral("presence_diff"),
                          QJsonObject { { QLatin1String("joins"), joins },
                                        { QLatin1String("leaves"), QJsonObject() } }));
}

QJsonObject PhoenixHub::newMeta(QJsonObject meta)
{
    meta.insert(QLatin1String("phx_ref"), QString::number(++m_presenceRef));
    meta.insert(QLatin1String("online_at"), QDateTime::currentMSecsSinceEpoch());
    return meta;
}

void PhoenixHub::untrack(const QString &topic, PhoenixConnection *connection)
{
    removePresences(
        topic, [connection](const Meta &meta) { return meta.connection == connection; },
        connection);
}

bool PhoenixHub::untrackPresence(const QString &topic, const QString &key)
{
    return removePresences(
        topic, [&key](const Meta &meta) { return !meta.connection && meta.key == key; }, nullptr);
}

template<typename Pick>
bool PhoenixHub::removePresences(const QString &topic, Pick pick, PhoenixConnection *except)
{
    const auto it = m_presences.find(topic);
    if (it == m_presences.end())
        return false;
    QJsonObject leaves;
    for (auto meta = it->begin(); meta != it->end();) {
        if (!pick(*meta)) {
            ++meta;
            continue;
        }
        QJsonObject presence = leaves.value(meta->key).toObject();
        QJsonArray metas = presence.value(QLatin1String("metas")).toArray();
        metas.append(meta->meta);
        presence.insert(QLatin1String("metas"), metas);
        leaves.insert(meta->key, presence);
        meta = it->erase(meta);
    }
    if (it->isEmpty())
        m_presences.erase(it);
    if (leaves.isEmpty())
        return false;
    broadcast(Frame::json(std::nullopt, std::nullopt, topic, QStringLiteral("presence_diff"),
                          QJsonObject { { QLatin1String("joins"), QJsonObject() },
                                        { QLatin1String("leaves"), leaves } }),
              except);
    return true;
}

std::optional<PhoenixHub::Answer> PhoenixHub::scripted(const Frame &frame) const
{
    return m_script ? m_script(frame) : std::nullopt;
}

int PhoenixHub::crash(const QString &topic)
{
    // a copy: crashing unsubscribes
    const QList<PhoenixConnection *> subscribers = m_subscribers.value(topic);
    for (PhoenixConnection *connection : subscribers)
        connection->crash(topic);
    return static_cast<int>(subscribers.size());
}

} // namespace maxmon
