#pragma once

#include <maxmon/phoenix/frame.h>
#include <maxmon/testing/check.h>
#include <maxmon/testing/maxmon_testing_export.h>
#include <maxmon/testing/upgraderequest.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QSslConfiguration;

namespace maxmon::testing {

/// A scripted Phoenix Channels server on 127.0.0.1 for tests: the socket
/// endpoint at /socket/websocket (protocol 2.0.0 or 1.0.0, as the client's
/// vsn asks), on a free port unless asked for one.
///
/// Without handlers it behaves like a small Phoenix application (maxmon's
/// demo server does the same):
///
/// - `phx_join`: ok reply. A protected topic (`private:*` unless
///   protectTopics() says otherwise) needs `params.token` or the socket's
///   token to be token(). On a presence topic (`room:*` unless
///   trackPresenceOn() says otherwise) the joiner is tracked under
///   `params.user`, else `params.user_id`, else "anonymous":
///   presence_state to the joiner, presence_diff to all.
/// - `phx_leave`: ok reply; the join ends.
/// - `"shout"`: broadcast as "shout" to every subscriber, sender included.
/// - `"broadcast:NAME"`: broadcast as NAME to the other subscribers.
/// - `"ignore"`: never answered.
/// - `"error"`: error reply with the payload as response.
/// - `"crash"`: phx_error for the channel, which is forgotten (the client rejoins).
/// - `"stop"`: ok reply, then phx_close.
/// - any other event: ok reply with the payload (a binary push gets a binary reply).
/// - a push to a topic not joined: error reply `{"reason": "unmatched topic"}`.
///
/// Handlers (onJoin(), onEvent()) answer joins and events of the topics their
/// pattern matches instead, the first matching one in the order they were
/// set. A topic pattern is a topic, or a prefix ending in '*' ("room:*").
/// A handler that cannot work (an empty or malformed pattern, an answer a
/// join cannot have) is refused when it is set, with a failed Check that
/// says why.
///
/// The server records every frame clients send (frames(), count()) and every
/// upgrade request (requests()). stop() drops every connection as a crashed
/// server would; restart() listens on the same port again.
///
/// @code
/// maxmon::testing::PhoenixServer server;
/// MAXMON_VERIFY(server.listen());
/// MAXMON_VERIFY(server.onJoin("room:lobby", PhoenixServer::Answer::ok({{"welcome", true}})));
/// MAXMON_VERIFY(server.onEvent("room:*", "new_msg", PhoenixServer::Answer::broadcast()));
/// maxmon::phoenix::Socket socket(maxmon::testing::phoenixConfig(server.url()));
/// @endcode
class MAXMON_TESTING_EXPORT PhoenixServer : public QObject
{
    Q_OBJECT

public:
    /// What the server answers to a join or an event.
    struct MAXMON_TESTING_EXPORT Answer
    {
        /// What the answer does.
        enum class Kind {
            Reply, ///< a phx_reply with status and response; for a join, "ok" joins
            NoReply, ///< nothing: the client's push times out
            Crash, ///< phx_error for the channel, which the server forgets (events only)
            Close, ///< ok reply, then phx_close for the channel (events only)
            Broadcast, ///< ok reply, and the push broadcast to the topic (events only)
        };
        Kind kind = Kind::Reply; ///< what the answer does
        QString status = QStringLiteral("ok"); ///< Reply: the reply's status
        QJsonValue response = QJsonObject(); ///< Reply: the reply's response
        QString event; ///< Broadcast: the event broadcast; empty for the push's own
        bool includeSender = true; ///< Broadcast: the sender gets the broadcast too

        /// An ok reply with @p response (for a join: the join succeeds).
        static Answer ok(const QJsonValue &response = QJsonObject());
        /// An error reply with @p response (for a join: the join is refused).
        static Answer error(const QJsonValue &response = QJsonObject());
        /// A reply with any status.
        static Answer reply(const QString &status, const QJsonValue &response = QJsonObject());
        /// No reply at all.
        static Answer noReply();
        /// The channel crashes on the server: phx_error.
        static Answer crash();
        /// The server closes the channel: ok reply, then phx_close.
        static Answer close();
        /// The push is broadcast to the topic's subscribers as @p event (its
        /// own event when empty), the sender included unless @p includeSender is false.
        static Answer broadcast(const QString &event = {}, bool includeSender = true);
    };
    /// Computes the answer to a join or event from the frame the client sent.
    using Handler = std::function<Answer(const maxmon::phoenix::Frame &frame)>;

    /// A server that does not listen yet: call listen().
    explicit PhoenixServer(QObject *parent = nullptr);
    /// Stops the server and drops every connection.
    ~PhoenixServer() override;

    /// Listens for ws:// on 127.0.0.1, on @p port or (0) a free port.
    Check listen(quint16 port = 0);
    /// Listens for wss:// on 127.0.0.1 with this server configuration (a
    /// TestPki's serverConfiguration(), for instance).
    Check listenTls(const QSslConfiguration &configuration, quint16 port = 0);
    /// Stops listening and drops every connection (a TCP reset), as a crashed
    /// server would. Handlers and records stay.
    void stop();
    /// Listens again on the port of the last listen().
    Check restart();
    /// True while the server accepts connections.
    bool isListening() const;
    /// The port it listens on (or last listened on, after stop()).
    quint16 port() const;
    /// `ws://127.0.0.1:PORT/PATH` (wss:// after listenTls()): by default the
    /// socket path without "/websocket", as a Phoenix client is configured.
    QUrl url(const QString &path = QStringLiteral("/socket")) const;

    /// Answers joins of the topics @p topicPattern matches with @p answer:
    /// ok() joins, error() or reply() with another status refuses, noReply()
    /// lets the join time out. Refused for the answers only events can have.
    Check onJoin(const QString &topicPattern, const Answer &answer);
    /// Answers joins of the matching topics with what @p handler returns.
    Check onJoin(const QString &topicPattern, Handler handler);
    /// Answers @p event pushed to the topics @p topicPattern matches with @p answer.
    Check onEvent(const QString &topicPattern, const QString &event, const Answer &answer);
    /// Answers @p event pushed to the matching topics with what @p handler returns.
    Check onEvent(const QString &topicPattern, const QString &event, Handler handler);
    /// Forgets every handler: the built-in behaviour again.
    void clearHandlers();

    /// The token protected topics and setSocketTokenRequired() need
    /// ("demo-token" by default).
    void setToken(const QString &token);
    /// The token protected topics and setSocketTokenRequired() need.
    QString token() const;
    /// While on, the server refuses the WebSocket upgrade with 403 unless the
    /// socket carries token() (the authToken subprotocol or ?token=).
    void setSocketTokenRequired(bool required);
    /// The topics whose joins need token() (as params.token or the socket's
    /// token); replaces the default, private:*. Refused for a malformed pattern.
    Check protectTopics(const QStringList &topicPatterns);
    /// The topics whose joiners the server tracks as presences; replaces the
    /// default, room:*. Refused for a malformed pattern.
    Check trackPresenceOn(const QStringList &topicPatterns);
    /// Closes a connection (1000, "idle timeout") when no message arrived
    /// for this long, as Phoenix does; 0: never. Default: 60 s. Applies to
    /// connections made from now on.
    void setIdleTimeout(int ms);

    /// Sends @p event with @p payload to every client joined to @p topic.
    void broadcast(const QString &topic, const QString &event,
                   const QJsonValue &payload = QJsonObject());
    /// Crashes the channel on the server: phx_error to every join of
    /// @p topic, which the server forgets (the clients rejoin). Returns how
    /// many joins crashed.
    int crashChannel(const QString &topic);
    /// Tracks a presence the server owns (a user on another node) on
    /// @p topic: presence_diff to the subscribers, and part of the
    /// presence_state that later joiners get.
    void trackPresence(const QString &topic, const QString &key,
                       const QJsonObject &meta = QJsonObject());
    /// Ends the presence trackPresence() made for @p key: a leave diff to the
    /// subscribers. False if there was none.
    bool untrackPresence(const QString &topic, const QString &key);
    /// Closes every connection with @p code and @p reason.
    void closeAll(int code, const QString &reason = {});

    /// Every frame the clients sent, decoded, in arrival order.
    QList<maxmon::phoenix::Frame> frames() const;
    /// How many frames with @p event the clients sent (to @p topic, or to any topic).
    int count(const QString &event, const QString &topic = {}) const;
    /// Every upgrade request so far, accepted or not, oldest first. maxmon's
    /// diagnostic requests for a refused handshake's answer (they carry
    /// `X-Maxmon-Diagnostic`) are no connection attempts and are left out.
    QList<UpgradeRequest> requests() const;
    /// The diagnostic requests a maxmon client sent after a refused handshake
    /// to read the server's answer (status, headers, body): the same URL and
    /// headers as the refused upgrade, plus `X-Maxmon-Diagnostic`.
    QList<UpgradeRequest> diagnosticRequests() const;
    /// Open connections, including those still in the handshake.
    int connectionCount() const;
    /// How many connections are joined to @p topic.
    int subscriberCount(const QString &topic) const;
    /// The presences on @p topic, as presence_state sends them.
    QJsonObject presenceState(const QString &topic) const;

Q_SIGNALS:
    /// A client sent @p frame.
    void frameReceived(const maxmon::phoenix::Frame &frame);
    /// An upgrade request was refused with @p httpStatus (not emitted for
    /// diagnostic requests: see diagnosticRequests()).
    void requestRejected(const maxmon::testing::UpgradeRequest &request, int httpStatus);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::testing
