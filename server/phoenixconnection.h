#pragma once

#include "server/httpupgraderequest.h"
#include "server/phoenixanswer.h"

#include <maxmon/phoenix/frame.h>
#include <maxmon/phoenix/serializer.h>
#include <maxmon/result.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace maxmon {

class PhoenixHub;

// One client connection of the demo server's Phoenix endpoint
// (/socket/websocket), speaking protocol 2.0.0 (text and binary) or 1.0.0
// as the request's vsn says. It behaves like a small Phoenix application:
//
//   "phoenix" "heartbeat"      ok reply
//   phx_join                   ok reply; a protected topic (private:*) needs
//                              params.token or the socket's token to be the
//                              hub's token, else {"reason": "unauthorized"};
//                              a second join of a topic closes the first (phx_close)
//   presence (room:*)          on join the user (params.user, else
//                              params.user_id, else "anonymous") is tracked:
//                              presence_state to the joiner, presence_diff to
//                              all; leaving, crashing and disconnecting send
//                              the leave diff to the others
//   phx_leave                  ok reply, the join is forgotten
//   "shout"                    broadcast as "shout" to every subscriber of
//                              the topic, sender included; ok reply
//   "broadcast:<name>"         broadcast as <name> to the other subscribers; ok reply
//   "ignore"                   never answered (tests of push timeouts)
//   "error"                    error reply with the payload as response
//   "crash"                    phx_error for the channel, which is forgotten
//                              (the client rejoins); no reply
//   "stop"                     ok reply, then phx_close
//   anything else              echoed: ok reply with the payload (binary
//                              pushes get a binary reply)
//   a push to a topic not joined: error reply {"reason": "unmatched topic"}
//
// A connection with no message for the hub's idleTimeoutMs is closed with
// 1000 "idle timeout". Messages that are not Phoenix frames are logged and
// ignored. The hub's script (PhoenixHub::setScript) may answer any join or
// push instead.
//
// It does not own a socket: a Transport sends for it, and its owner feeds
// it what arrives (receiveText, receiveBinary) and tells it when the
// connection is gone (transportClosed). PhoenixHub::serve() wires it to a
// QWebSocket, or to anything else that carries WebSocket messages.
class PhoenixConnection : public QObject
{
    Q_OBJECT

public:
    struct Transport
    {
        std::function<void(const QString &text)> sendText;
        std::function<void(const QByteArray &data)> sendBinary;
        std::function<void(int closeCode, const QString &reason)> close;
    };

    PhoenixConnection(PhoenixHub *hub, const HttpUpgradeRequest &request, Transport transport,
                      QObject *parent = nullptr);
    ~PhoenixConnection() override;

    phoenix::Serializer::Version version() const { return m_serializer.version(); }
    // The join ref of the topic's join on this connection, if joined.
    std::optional<QString> joinRefOf(const QString &topic) const;

    // Sends a frame from the server to this client.
    void deliver(const phoenix::Frame &frame);
    // phx_error for the topic's join, which is forgotten (the client rejoins).
    void crash(const QString &topic);

    // What arrived from the client.
    void receiveText(const QString &text);
    void receiveBinary(const QByteArray &data);
    // The connection is gone: its joins end (presence leaves); nothing more is sent.
    void transportClosed();

private:
    void received(const Result<phoenix::Frame> &frame, qint64 size);
    void handle(const phoenix::Frame &frame);
    void handleJoin(const phoenix::Frame &frame);
    void handlePush(const phoenix::Frame &frame);
    // What the demo application answers to a push (see above); nullopt for an echo.
    static std::optional<PhoenixAnswer> builtInAnswer(const phoenix::Frame &frame);
    void answer(const phoenix::Frame &frame, const PhoenixAnswer &answer);
    void reply(const phoenix::Frame &request, const QString &status,
               const QJsonValue &response = QJsonObject());
    void sendControl(const QString &topic, const QString &event);
    void forget(const QString &topic);

    QPointer<PhoenixHub> m_hub;
    phoenix::Serializer m_serializer;
    QString m_socketToken;
    Transport m_transport;
    bool m_open = true;
    QHash<QString, QString> m_joins; // topic -> join ref
    QTimer m_idleTimer { this };
};

} // namespace maxmon
