#pragma once

#include "server/phoenixanswer.h"
#include "server/phoenixconnection.h"
#include "server/websocketfrontdoor.h"

#include <maxmon/phoenix/frame.h>
#include <maxmon/phoenix/serializer.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QWebSocket;

namespace maxmon {

// The Phoenix side of the demo server: the state every Phoenix connection
// shares (who joined which topic, who is present where) and its settings.
// Each accepted connection on path() gets a PhoenixConnection from serve();
// see PhoenixConnection for the topics and events it understands.
//
// Plugging it into a server built on a WebSocketFrontDoor:
//   router:          if (request.path == PhoenixHub::path()) return hub->route(request);
//   newConnection:   if (request.path == PhoenixHub::path()) hub->serve(socket, request);
//   and once:        frontDoor->setSupportedSubprotocols({ QStringLiteral("phoenix") });
// A server with its own connection objects uses the serve() that takes a
// PhoenixConnection::Transport and feeds the connection what arrives.
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

    using Answer = PhoenixAnswer;
    // Asked for every join and push (not heartbeats) of every connection,
    // after the hub's token checks; nullopt leaves the frame to the built-in
    // behaviour.
    using Script = std::function<std::optional<Answer>(const phoenix::Frame &frame)>;

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
    // Serves an accepted socket: a connection that is the socket's child,
    // wired to its messages and its disconnection.
    PhoenixConnection *serve(QWebSocket *socket, const HttpUpgradeRequest &request);
    // Serves a connection carried by something else: the caller feeds the
    // returned connection with receiveText/receiveBinary/transportClosed.
    PhoenixConnection *serve(const HttpUpgradeRequest &request,
                             PhoenixConnection::Transport transport, QObject *parent);

    void setScript(Script script) { m_script = std::move(script); }
    std::optional<Answer> scripted(const phoenix::Frame &frame) const;

    // Topic patterns: exact, or a prefix ending in '*'.
    static bool matches(const QStringList &patterns, const QString &topic);

    // The server's own actions. crash(): phx_error to every join of the
    // topic, which the connections forget (their clients rejoin); returns how
    // many. trackPresence(): a presence that no connection owns (a user on
    // another node), announced to the topic's subscribers with presence_diff
    // and part of presenceState(); untrackPresence() ends every such meta of
    // the key, false if there was none.
    int crash(const QString &topic);
    void trackPresence(const QString &topic, const QString &key, QJsonObject meta);
    bool untrackPresence(const QString &topic, const QString &key);

    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    int subscriberCount(const QString &topic) const;
    QJsonObject presenceState(const QString &topic) const;

    // --- for PhoenixConnection ---
    bool isProtected(const QString &topic) const;
    bool tracksPresence(const QString &topic) const;
    bool authorize(const QString &topic, const QJsonObject &params,
                   const QString &socketToken) const;
    void subscribe(const QString &topic, PhoenixConnection *connection);
    // Also ends the connection's presence on the topic (a diff to the others).
    void unsubscribe(const QString &topic, PhoenixConnection *connection);
    // A broadcast frame (no join_ref, no ref) to every subscriber but except.
    void broadcast(const phoenix::Frame &frame, PhoenixConnection *except = nullptr);
    // Sends the topic's presence_state to the connection, then presence_diff to all.
    void track(const QString &topic, PhoenixConnection *connection, const QString &key,
               QJsonObject meta);
    void connectionCreated(PhoenixConnection *connection);
    void connectionDestroyed(PhoenixConnection *connection);
    void notifyFrame(const phoenix::Frame &frame) { Q_EMIT frameReceived(frame); }

Q_SIGNALS:
    // Every frame a client sent to any connection, decoded.
    void frameReceived(const maxmon::phoenix::Frame &frame);

private:
    void untrack(const QString &topic, PhoenixConnection *connection);
    // Removes the metas of the topic that pick() selects and broadcasts them
    // as a leave diff to every subscriber but except; false if none.
    template<typename Pick>
    bool removePresences(const QString &topic, Pick pick, PhoenixConnection *except);
    QJsonObject newMeta(QJsonObject meta);

    Settings m_settings;
    Script m_script;
    QList<PhoenixConnection *> m_connections;
    QHash<QString, QList<PhoenixConnection *>> m_subscribers;
    struct Meta
    {
        PhoenixConnection *connection; // null: tracked by the server itself
        QString key;
        QJsonObject meta;
    };
    QHash<QString, QList<Meta>> m_presences; // by topic, in join order
    quint64 m_presenceRef = 0;
};

} // namespace maxmon
