#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionstate.h>
#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/phoenix/frame.h>
#include <maxmon/phoenix/serializer.h>
#include <maxmon/phoenix/socketoptions.h>
#include <maxmon/result.h>

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

namespace maxmon {
class WebSocketClient;
}

/// The Phoenix Channels protocol, with the same defaults as the official
/// JavaScript client: Socket, Channel, Push, Presence and the Serializer of
/// their frames.
///
/// @code
/// phoenix::Socket socket(config); // config.protocol: Phoenix
/// phoenix::Channel *lobby = socket.channel(QStringLiteral("room:lobby"));
/// QObject::connect(lobby, &phoenix::Channel::joined, [](const QJsonValue &response) { ... });
/// socket.open();
/// lobby->join();
/// @endcode
namespace maxmon::phoenix {

class Channel;

/// A Phoenix Channels connection, with the behaviour of the official
/// JavaScript client's Socket, on top of one WebSocketClient (which it owns,
/// or shares with its owner, and exposes for diagnostics, the message log and
/// the heartbeat's statistics):
///
/// - the URL: "/websocket" appended to the path when missing, the params and
///   vsn in the query (endPointUrl());
/// - AuthConfig::Mode::PhoenixSubprotocol sends the token as the
///   `base64url.bearer.phx.<token>` subprotocol (see authtoken);
/// - the heartbeat is the "phoenix" "heartbeat" push, sent by the client's
///   Heartbeat as its application probe: its replies feed the same latency
///   statistics, health and dead-link detection as WebSocket pings;
/// - reconnecting follows reconnectAfterMs (see SocketOptions); a server's
///   close with 1000 is final, as everywhere in maxmon;
/// - refs are increasing decimal strings, shared by pushes and heartbeats;
/// - every incoming text or binary message is decoded; one that is not a
///   Phoenix frame is reported by decodeFailed() (the raw message still
///   reaches client()->messageReceived()), and a frame no channel takes by
///   unroutedFrame().
///
/// Frames for a channel wait in a send buffer while the socket is not
/// connected and go out, unless their join is outdated by then, once it is.
class MAXMON_CORE_EXPORT Socket : public QObject
{
    Q_OBJECT

public:
    /// Why no channel took a frame.
    enum class Unrouted {
        UnknownTopic, ///< no open channel has this topic
        OutdatedJoin, ///< a channel has the topic, but the frame is for an earlier join
        UnknownHeartbeatReply, ///< a "phoenix" reply to no heartbeat of this connection
    };
    Q_ENUM(Unrouted)

    /// A socket with a WebSocketClient of its own for config (its URL the
    /// socket's endpoint, see connectionConfigFor()).
    explicit Socket(const ConnectionConfig &config, const SocketOptions &options = {},
                    QObject *parent = nullptr);
    /// Speaks Phoenix over a client owned by someone else, who keeps it for
    /// whatever protocol comes next (a GUI tab: one client for its log,
    /// charts and diagnostics). Call setConfig() before open(). The client
    /// must outlive the socket; when the socket goes, the client stays as it
    /// is, minus the socket's heartbeat probe.
    explicit Socket(WebSocketClient *client, const SocketOptions &options = {},
                    QObject *parent = nullptr);
    /// Deletes the channels (and the client, if the socket owns it).
    ~Socket() override;

    /// The JavaScript client's endPointURL(): url with "/websocket" appended to
    /// its path unless it ends so, params replacing same-named query items, and vsn.
    static QUrl endPointUrl(const QUrl &url, const QList<QPair<QString, QString>> &params,
                            Serializer::Version vsn);
    /// The version a socket on this URL with these options speaks.
    static Serializer::Version versionFor(const QUrl &url, const SocketOptions &options);
    /// The config the socket's client runs with: the endpoint URL, the
    /// Phoenix heartbeat and the reconnect schedule applied to config.
    static ConnectionConfig connectionConfigFor(const ConnectionConfig &config,
                                                const SocketOptions &options);

    /// The connection: its state, diagnostics, messages and latency statistics.
    WebSocketClient *client() const;
    /// The options the socket runs with.
    const SocketOptions &options() const;
    /// The serializer of the protocol version the socket speaks.
    const Serializer &serializer() const;

    /// Only while the socket is not open (as WebSocketClient::setConfig()).
    Result<void> setConfig(const ConnectionConfig &config, const SocketOptions &options);

    /// Opens the connection (as WebSocketClient::open()).
    Result<void> open();
    /// Closes the connection (as WebSocketClient::close()); 1000 is final: no reconnect.
    Result<void> close(int closeCode = 1000, const QString &reason = {});
    /// The connection's state.
    ConnectionState state() const;
    /// Whether the state is Connected.
    bool isConnected() const;

    /// A new channel for topic, owned by the socket; join() it to use it.
    Channel *channel(const QString &topic, const QJsonObject &params = {});
    /// The open channels (not closed by leave() or the server).
    QList<Channel *> channels() const;

    /// The next ref: "1", "2", ..., shared by pushes and heartbeats.
    QString makeRef();
    /// Frames waiting for the connection.
    int bufferedFrameCount() const;

Q_SIGNALS:
    /// The connection's state changed (after the channels heard of it).
    void stateChanged(maxmon::ConnectionState state);
    /// Connected, after stateChanged(Connected): errored channels rejoin now.
    void opened();
    /// Every frame decoded from the server, before it goes to its channel.
    void frameReceived(const maxmon::phoenix::Frame &frame);
    /// A message from the server that is not a Phoenix frame (PhoenixError).
    void decodeFailed(const maxmon::Error &error, const maxmon::Message &message);
    /// A frame that no channel took, and why.
    void unroutedFrame(const maxmon::phoenix::Frame &frame,
                       maxmon::phoenix::Socket::Unrouted reason);
    /// The client's errors, decode failures and frames that could not be sent.
    void errorOccurred(const maxmon::Error &error);

private:
    friend class Channel;
    friend class Push;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::phoenix
