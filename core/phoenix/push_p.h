#pragma once

// phoenix::Push's private part, shared with Channel. Internal: not installed.

#include <maxmon/phoenix/push.h>

#include <QPointer>
#include <QTimer>

namespace maxmon::phoenix {

struct Push::Private
{
    Private(Push *push, Channel *channel, QString event, QJsonValue payload, int timeoutMs);

    static Private *get(Push *push) { return push->d.get(); }

    // As in the JavaScript client: send() starts the timeout with a fresh ref
    // and hands the frame to the socket (which buffers it while
    // disconnected); a push that already timed out is not sent.
    void send();
    void resend(int newTimeoutMs);
    void reset();
    void startTimeout();
    void cancelTimeout();
    void cancelRefEvent();
    // The reply for our ref.
    void matchReply(const Frame &frame);
    // Ends this attempt with an outcome (also used for "timeout", and for the
    // "ok" of a leave that cannot reach the server).
    void trigger(const QString &outcome, const QJsonValue &outcomeResponse,
                 const Frame &replyFrame = {});
    Frame frame() const;

    Push *const q;
    QPointer<Channel> channel;
    const QString event;
    QJsonValue payload; // the join push's is set anew for every rejoin
    QByteArray binaryPayload;
    bool binary = false;
    int timeoutMs;
    QString ref;
    bool sent = false;
    QString status;
    QJsonValue response;
    Frame reply;
    bool autoDelete = true;
    QTimer timer;
};

} // namespace maxmon::phoenix
