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

namespace maxmon::phoenix {

class Channel;

// A Phoenix Channels connection, with the behaviour of the official
// JavaScript client's Socket, on top of one WebSocketClient (which it owns,
// or shares with its owner, and exposes for diagnostics, the message log and
// the heartbeat's statistics):
//
// - the URL: "/websocket" appended to the path when missing, the params and
//   vsn in the query (endPointUrl());
// - AuthConfig::Mode::PhoenixSubprotocol sends the token as the
//   "base64url.bearer.phx.<token>" subprotocol (see authtoken.h);
// - the heartbeat is the "phoenix" "heartbeat" push, sent by the client's
//   Heartbeat as its application probe: its replies feed the same latency
//   statistics, health and dead-link detection as WebSocket pings;
// - reconnecting follows reconnectAfterMs (see SocketOptions); a server's
//   close with 1000 is final, as everywhere in maxmon;
// - refs are increasing decimal strings, shared by pushes and heartbeats;
// - every incoming text or binary message is decoded; one that is not a
//   Phoenix frame is reported by decodeFailed() (the raw message still
//   reaches client()->messageReceived()), and a frame no channel takes by
//   unroutedFrame().
//
// Frames for a channel wait in a send buffer while the socket is not
// connected and go out, unless their join is outdated by then, once it is.
class MAXMON_CORE_EXPORT Socket : public QObject
{
    Q_OBJECT

public:
    enum class Unrouted {
        UnknownTopic, // no open channel has this topic
        OutdatedJoin, // a channel has the topic, but the frame is for an earlier join
        UnknownHeartbeatReply, // a "phoenix" reply to no heartbeat of this connection
    };
    Q_ENUM(Unrouted)

    explicit Socket(const ConnectionConfig &config, const SocketOptions &options = {},
                    QObject *parent = nullptr);
    // Speaks Phoenix over a client owned by someone else, who keeps it for
    // whatever protocol comes next (a GUI tab: one client for its log,
    // charts and diagnostics). Call setConfig() before open(). The client
    // must outlive the socket; when the socket goes, the client stays as it
    // is, minus the socket's heartbeat probe.
    explicit Socket(WebSocketClient *client, const SocketOptions &options = {},
                    QObject *parent = nullptr);
    ~Socket() override;

    // The JavaScript client's endPointURL(): url with "/websocket" appended to
    // its path unless it ends so, params replacing same-named query items, and vsn.
    static QUrl endPointUrl(const QUrl &url, const QList<QPair<QString, QString>> &params,
                            Serializer::Version vsn);
    // The version a socket on this URL with these options speaks.
    static Serializer::Version versionFor(const QUrl &url, const SocketOptions &options);
    // The config the socket's client runs with: the endpoint URL, the
    // Phoenix heartbeat and the reconnect schedule applied to config.
    static ConnectionConfig connectionConfigFor(const ConnectionConfig &config,
                                                const SocketOptions &options);

    WebSocketClient *client() const;
    const SocketOptions &options() const;
    const Serializer &serializer() const;

    // Only while the socket is not open (as WebSocketClient::setConfig).
    Result<void> setConfig(const ConnectionConfig &config, const SocketOptions &options);

    Result<void> open();
    Result<void> close(int closeCode = 1000, const QString &reason = {});
    ConnectionState state() const;
    bool isConnected() const;

    // A new channel for topic, owned by the socket; join() it to use it.
    Channel *channel(const QString &topic, const QJsonObject &params = {});
    // The open channels (not closed by leave() or the server).
    QList<Channel *> channels() const;

    QString makeRef();
    // Frames waiting for the connection.
    int bufferedFrameCount() const;

Q_SIGNALS:
    void stateChanged(maxmon::ConnectionState state);
    void opened();
    // Every frame decoded from the server, before it goes to its channel.
    void frameReceived(const maxmon::phoenix::Frame &frame);
    // A message from the server that is not a Phoenix frame (PhoenixError).
    void decodeFailed(const maxmon::Error &error, const maxmon::Message &message);
    void unroutedFrame(const maxmon::phoenix::Frame &frame,
                       maxmon::phoenix::Socket::Unrouted reason);
    // The client's errors, decode failures and frames that could not be sent.
    void errorOccurred(const maxmon::Error &error);

private:
    friend class Channel;
    friend class Push;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::phoenix
