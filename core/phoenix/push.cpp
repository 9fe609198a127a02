#include "base/logging.h"
#include "phoenix/channel_p.h"
#include "phoenix/push_p.h"
#include "phoenix/socket_p.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>

namespace maxmon::phoenix {

Push::Private::Private(Push *push, Channel *owner, QString pushEvent, QJsonValue pushPayload,
                       int timeout)
    : q(push)
    , channel(owner)
    , event(std::move(pushEvent))
    , payload(std::move(pushPayload))
    , timeoutMs(timeout)
    , timer(push)
{ }

Push::Push(Channel *channel, QString event, QJsonValue payload, int timeoutMs)
    : QObject(channel)
    , d(std::make_unique<Private>(this, channel, std::move(event), std::move(payload), timeoutMs))
{
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this,
            [this] { d->trigger(QStringLiteral("timeout"), QJsonObject()); });
}

Push::Push(Channel *channel, QString event, QByteArray binaryPayload, int timeoutMs)
    : Push(channel, std::move(event), QJsonValue(), timeoutMs)
{
    d->binaryPayload = std::move(binaryPayload);
    d->binary = true;
}

Push::~Push()
{
    d->cancelRefEvent();
}

Channel *Push::channel() const
{
    return d->channel;
}

QString Push::event() const
{
    return d->event;
}

QJsonValue Push::payload() const
{
    return d->payload;
}

bool Push::isBinary() const
{
    return d->binary;
}

QByteArray Push::binaryPayload() const
{
    return d->binaryPayload;
}

int Push::timeoutMs() const
{
    return d->timeoutMs;
}

QString Push::ref() const
{
    return d->ref;
}

bool Push::isSent() const
{
    return d->sent;
}

QString Push::status() const
{
    return d->status;
}

bool Push::hasReceived(const QString &status) const
{
    return !d->status.isEmpty() && d->status == status;
}

QJsonValue Push::response() const
{
    return d->response;
}

Frame Push::reply() const
{
    return d->reply;
}

bool Push::autoDelete() const
{
    return d->autoDelete;
}

void Push::setAutoDelete(bool autoDelete)
{
    d->autoDelete = autoDelete;
}

Frame Push::Private::frame() const
{
    const QString joinRef = channel->joinRef();
    const std::optional<QString> join =
        joinRef.isEmpty() ? std::nullopt : std::optional<QString>(joinRef);
    if (binary)
        return Frame::binary(join, ref, channel->topic(), event, binaryPayload);
    return Frame::json(join, ref, channel->topic(), event, payload);
}

void Push::Private::send()
{
    if (!channel || q->hasReceived(QStringLiteral("timeout")))
        return;
    startTimeout();
    sent = true;
    Socket::Private::get(channel->socket())->push(frame(), channel);
}

void Push::Private::resend(int newTimeoutMs)
{
    timeoutMs = newTimeoutMs;
    reset();
    send();
}

void Push::Private::reset()
{
    cancelRefEvent();
    ref.clear();
    status.clear();
    response = QJsonValue();
    reply = Frame();
    sent = false;
}

void Push::Private::startTimeout()
{
    cancelTimeout();
    cancelRefEvent();
    ref = channel->socket()->makeRef();
    Channel::Private::get(channel)->awaitReply(ref, q);
    timer.start(timeoutMs);
}

void Push::Private::cancelTimeout()
{
    timer.stop();
}

void Push::Private::cancelRefEvent()
{
    if (channel && !ref.isEmpty())
        Channel::Private::get(channel)->forgetReply(ref, q);
}

void Push::Private::matchReply(const Frame &frame)
{
    const QJsonObject framePayload = frame.payload.toObject();
    trigger(frame.replyStatus(), framePayload.value(QLatin1String("response")), frame);
}

void Push::Private::trigger(const QString &outcome, const QJsonValue &outcomeResponse,
                            const Frame &replyFrame)
{
    cancelRefEvent();
    cancelTimeout();
    status = outcome;
    response = outcomeResponse;
    reply = replyFrame;
    qCDebug(lcPhoenix).noquote() << (channel ? channel->topic() : QString()) << event << "ref"
                                 << ref << "->" << outcome;
    // A slot may delete the channel, and with it this push: stop if it does.
    const QPointer<Push> alive(q);
    Q_EMIT q->received(outcome, outcomeResponse);
    if (!alive)
        return;
    if (outcome == QLatin1String("ok"))
        Q_EMIT q->ok(outcomeResponse);
    else if (outcome == QLatin1String("error"))
        Q_EMIT q->error(outcomeResponse);
    else if (outcome == QLatin1String("timeout"))
        Q_EMIT q->timeout();
    if (alive && autoDelete)
        alive->deleteLater();
}

} // namespace maxmon::phoenix
