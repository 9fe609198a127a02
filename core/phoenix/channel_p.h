#pragma once

// phoenix::Channel's private part, shared with Socket and Push. Internal: not installed.

#include <maxmon/phoenix/channel.h>

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace maxmon::phoenix {

struct Channel::Private
{
    Private(Channel *channel, const QString &topic, const QJsonObject &params, Socket *socket);

    static Private *get(Channel *channel) { return channel->d.get(); }

    // The JavaScript client's isMember(): our topic, and no join ref or ours.
    bool isMember(const Frame &frame) const;
    void handleFrame(const Frame &frame);
    void socketOpened();
    // The connection ended or failed: joined and joining channels error.
    void socketFailed();

    bool canPush() const;
    void rejoin();
    void setState(State newState);
    void onJoinOutcome(const QString &status, const QJsonValue &response);
    void onError(const Frame *serverError);
    void onClose();
    void scheduleRejoin();
    void resetRejoin();
    Result<Push *> submit(Push *push);

    void awaitReply(const QString &ref, Push *push);
    void forgetReply(const QString &ref, Push *push);

    Channel *const q;
    QPointer<Socket> socket;
    const QString topic;
    QJsonObject params;
    State state = State::Closed;
    int timeoutMs;
    bool joinedOnce = false;
    Push *joinPush = nullptr;
    QList<QPointer<Push>> pushBuffer;
    QHash<QString, QPointer<Push>> awaiting; // ref -> push waiting for its reply
    QTimer rejoinTimer;
    int rejoinTries = 0;
    Presence *presence = nullptr;
};

} // namespace maxmon::phoenix
