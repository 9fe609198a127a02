#pragma once

#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenix/frame.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/result.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>

#include <memory>

namespace maxmon::phoenix {

class Presence;
class Push;

/// One topic on a Phoenix socket, with the states and rules of the
/// JavaScript client's Channel (Socket::channel() creates it):
///
/// @verbatim
///   closed --join()--> joining --ok--> joined --leave()--> leaving --> closed
///   joining --error reply / timeout / phx_error--> errored --rejoin--> joining
///   joined --phx_error / connection lost--> errored --rejoin--> joining
///   any --phx_close--> closed
/// @endverbatim
///
/// An errored channel rejoins after the socket's rejoinAfterMs schedule
/// (1 s, 2 s, 5 s, then every 10 s) while the socket is connected, and at once
/// when the socket (re)connects. Every join sends the current params() with a
/// new join ref; frames carrying an older join ref are not for this join.
///
/// push() before the channel is joined (or while the socket is down) keeps
/// the push in a buffer, its timeout already running, and sends it once the
/// channel is joined. A join answered with an error is reported as a
/// JoinRefused error (the reason in its context) and, as in the JavaScript
/// client, retried on the rejoin schedule until leave().
///
/// After closing (leave() or phx_close) the socket no longer routes frames
/// to the channel and it cannot join again: ask the socket for a new one.
class MAXMON_CORE_EXPORT Channel : public QObject
{
    Q_OBJECT

public:
    /// The JavaScript client's channel states.
    enum class State {
        Closed, ///< not joined: new, left, or closed by the server
        Errored, ///< the join failed or was lost; a rejoin is scheduled
        Joined, ///< the server accepted the join: pushes go out
        Joining, ///< the join push is on its way
        Leaving, ///< the leave push is on its way
    };
    Q_ENUM(State)

    /// Deletes its pushes and presence.
    ~Channel() override;

    /// "closed", "errored", "joined", "joining", "leaving": the JavaScript client's names.
    static QString stateName(State state);

    /// The socket the channel belongs to; nullptr once that is gone.
    Socket *socket() const;
    /// The channel's topic: "room:lobby".
    QString topic() const;
    /// The channel's state.
    State state() const;
    /// The ref of the current join push; empty while there is none.
    QString joinRef() const;
    /// The payload of the join push, sent again with every rejoin.
    QJsonObject params() const;
    /// Replaces the join payload, for the next join or rejoin.
    void setParams(const QJsonObject &params);
    /// The default timeout of this channel's pushes: the socket's, or join()'s.
    int timeoutMs() const;
    /// Fed with this channel's presence_state / presence_diff; its join ref
    /// follows every join.
    Presence *presence() const;
    /// Pushes waiting for the channel to be joined.
    int bufferedPushCount() const;

    /// Joins, once per channel (InvalidState the second time); timeoutMs
    /// (when 0 or more) becomes the channel's default. The join push is
    /// the channel's; its outcome is also signalled by joined() / errorOccurred().
    Result<Push *> join(int timeoutMs = -1);
    /// Sends event with payload to the channel (buffered until joined);
    /// timeoutMs -1: the channel's. InvalidState before join().
    Result<Push *> push(const QString &event, const QJsonValue &payload = QJsonObject(),
                        int timeoutMs = -1);
    /// push() with a binary payload; PhoenixError on protocol 1.0.0 or for
    /// header fields over 255 bytes.
    Result<Push *> pushBinary(const QString &event, const QByteArray &payload, int timeoutMs = -1);
    /// Leaves: the channel closes when the server acknowledges, when the
    /// leave times out, or at once if the leave cannot be sent now.
    Push *leave(int timeoutMs = -1);

Q_SIGNALS:
    /// The channel's state changed.
    void stateChanged(maxmon::phoenix::Channel::State state);
    /// Every successful join and rejoin, with the server's response.
    void joined(const QJsonValue &response);
    /// A join refused (JoinRefused) or unanswered (context timeoutMs), a
    /// phx_error from the server (the channel crashed there; context event
    /// "phx_error"), a malformed presence payload.
    void errorOccurred(const maxmon::Error &error);
    /// The channel closed: left, or closed by the server (phx_close).
    void closed();
    /// Every event the server sends to this join (broadcasts, pushes,
    /// presence, phx_error, phx_close), and replies that answer no push of
    /// ours (late, after the timeout, or unknown refs).
    void messageReceived(const QString &event, const QJsonValue &payload,
                         const maxmon::phoenix::Frame &frame);

private:
    friend class Socket;
    friend class Push;
    Channel(const QString &topic, const QJsonObject &params, Socket *socket);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::phoenix
