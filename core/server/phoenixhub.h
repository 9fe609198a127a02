#pragma once

#include "phoenix/frame.h"
#include "phoenix/serializer.h"
#include "server/websocketfrontdoor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QWebSocket;

namespace maxmon {

class PhoenixEndpoint;

// The Phoenix side of the demo server: the state every Phoenix connection
// shares (who joined which topic, who is present where) and its settings.
// Each accepted WebSocket on path() gets a PhoenixEndpoint from serve();
// see PhoenixEndpoint for the topics and events it understands.
//
// Plugging it into a server built on a WebSocketFrontDoor:
//   router:          if (request.path == PhoenixHub::path()) return hub->route(request);
//   newConnection:   if (request.path == PhoenixHub::path()) hub->serve(socket, request);
//   and once:        frontDoor->setSupportedSubprotocols({ QStringLiteral("phoenix") });
class PhoenixHub : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        // What joins of protected topics need, as params.token or as the
        // socket's token (authToken subprotocol or ?token=).
        QString token = QStringLiteral("demo-token");
        // Topic patterns: exact, or a prefix ending in '*'.
        QStringList protectedTopics { QStringLiteral("private:*") };
        QStringList presenceTopics { QStringLiteral("room:*") };
        // Close a connection (1000, "idle timeout") when no message arrived
        // for this long, as Phoenix's WebSocket transport does; 0: never.
        int idleTimeoutMs = 60000;
        // Refuse the upgrade with 403 unless the socket carries the token.
        bool requireSocketToken = false;
    };

    explicit PhoenixHub(QObject *parent = nullptr);
    ~PhoenixHub() override;

    static QString path(); // "/socket/websocket"

    Settings settings() const { return m_settings; }
    // Applies to connections made from now on (the idle timeout) and to every join.
    void setSettings(const Settings &settings) { m_settings = settings; }

    // The protocol a request asks for: its vsn, 1.0.0 when it has none (as
    // Phoenix), nullopt for an unknown one.
    static std::optional<phoenix::Serializer::Version> versionOf(const HttpUpgradeRequest &request);
    // The token a request carries: the authToken subprotocol, else ?token=.
    static QString socketTokenOf(const HttpUpgradeRequest &request);
    // For the front door's router, for requests on path(): 400 for an unknown
    // vsn, 403 without the token when requireSocketToken, otherwise accept.
    WebSocketFrontDoor::Decision route(const HttpUpgradeRequest &request) const;
    // Serves an accepted socket; the endpoint is a child of the socket.
    PhoenixEndpoint *serve(QWebSocket *socket, const HttpUpgradeRequest &request);

    int connectionCount() const { return static_cast<int>(m_endpoints.size()); }
    int subscriberCount(const QString &topic) const;
    QJsonObject presenceState(const QString &topic) const;

    // --- for PhoenixEndpoint ---
    bool isProtected(const QString &topic) const;
    bool tracksPresence(const QString &topic) const;
    bool authorize(const QString &topic, const QJsonObject &params,
                   const QString &socketToken) const;
    void subscribe(const QString &topic, PhoenixEndpoint *endpoint);
    // Also ends the endpoint's presence on the topic (a diff to the others).
    void unsubscribe(const QString &topic, PhoenixEndpoint *endpoint);
    // A broadcast frame (no join_ref, no ref) to every subscriber but except.
    void broadcast(const phoenix::Frame &frame, PhoenixEndpoint *except = nullptr);
    // Sends the topic's presence_state to the endpoint, then presence_diff to all.
    void track(const QString &topic, PhoenixEndpoint *endpoint, const QString &key,
               QJsonObject meta);
    void endpointCreated(PhoenixEndpoint *endpoint);
    void endpointDestroyed(PhoenixEndpoint *endpoint);
    void notifyFrame(const phoenix::Frame &frame) { Q_EMIT frameReceived(frame); }

Q_SIGNALS:
    // Every frame a client sent to any endpoint, decoded.
    void frameReceived(const maxmon::phoenix::Frame &frame);

private:
    static bool matches(const QStringList &patterns, const QString &topic);
    void untrack(const QString &topic, PhoenixEndpoint *endpoint);

    Settings m_settings;
    QList<PhoenixEndpoint *> m_endpoints;
    QHash<QString, QList<PhoenixEndpoint *>> m_subscribers;
    struct Meta
    {
        PhoenixEndpoint *endpoint;
        QString key;
        QJsonObject meta;
    };
    QHash<QString, QList<Meta>> m_presences; // by topic, in join order
    quint64 m_presenceRef = 0;
};

} // namespace maxmon
