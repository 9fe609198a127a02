#pragma once

// phoenix::Socket's private part, shared with Channel and Push. Internal: not installed.

#include <maxmon/phoenix/socket.h>

#include <QPointer>

#include <deque>
#include <utility>

namespace maxmon::phoenix {

struct Socket::Private
{
    Private(Socket *socket, const QUrl &url, const SocketOptions &initialOptions,
            WebSocketClient *webSocketClient, bool owning);

    static Private *get(Socket *socket) { return socket->d.get(); }

    void attachClient();
    void onClientState(ConnectionState newState);
    void onMessage(const Message &message);
    void route(const Frame &frame);
    void sendHeartbeat(quint64 sequence);
    // The JavaScript client's push(): now when connected, else buffered.
    void push(const Frame &frame, Channel *channel);
    void send(const Frame &frame, Channel *channel);
    bool isOutdated(const Frame &frame, const Channel *channel) const;
    void flushSendBuffer();
    void remove(Channel *channel);
    // Leaves another channel of the topic that is joined or joining.
    void leaveOpenTopic(const QString &topic, Channel *except);

    Socket *const q;
    SocketOptions options;
    Serializer serializer;
    WebSocketClient *const client;
    const bool ownsClient;
    ConnectionState state = ConnectionState::Disconnected;
    QList<QPointer<Channel>> channels;
    struct Buffered
    {
        Frame frame;
        QPointer<Channel> channel;
        bool forChannel = false; // channel may be gone by now
    };
    QList<Buffered> sendBuffer;
    quint64 lastRef = 0; // refs are increasing numbers, shared by pushes and heartbeats
    // heartbeat ref -> probe sequence, for this connection, oldest first
    std::deque<std::pair<QString, quint64>> heartbeats;
};

} // namespace maxmon::phoenix
