#include "base/logging.h"
#include "phoenix/channel_p.h"
#include "phoenix/push_p.h"
#include "phoenix/socket_p.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace maxmon::phoenix {

namespace {

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

Channel::Private::Private(Channel *channel, const QString &channelTopic,
                          const QJsonObject &joinParams, Socket *owner)
    : q(channel)
    , socket(owner)
    , topic(channelTopic)
    , params(joinParams)
    , timeoutMs(owner->options().timeoutMs)
    , rejoinTimer(channel)
{ }

Channel::Channel(const QString &topic, const QJsonObject &params, Socket *socket)
    : QObject(socket)
    , d(std::make_unique<Private>(this, topic, params, socket))
{
    d->joinPush = new Push(this, events::join(), params, d->timeoutMs);
    d->presence = new Presence(this);
    d->joinPush->setAutoDelete(false);
    connect(d->joinPush, &Push::received, this,
            [this](const QString &status, const QJsonValue &response) {
                d->onJoinOutcome(status, response);
            });
    d->rejoinTimer.setSingleShot(true);
    connect(&d->rejoinTimer, &QTimer::timeout, this, [this] {
        ++d->rejoinTries;
        if (d->socket && d->socket->isConnected())
            d->rejoin();
    });
}

Channel::~Channel()
{
    if (d->socket)
        Socket::Private::get(d->socket)->remove(this);
}

QString Channel::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Errored:
        return QStringLiteral("errored");
    case State::Joined:
        return QStringLiteral("joined");
    case State::Joining:
        return QStringLiteral("joining");
    case State::Leaving:
        return QStringLiteral("leaving");
    }
    return QString();
}

Socket *Channel::socket() const
{
    return d->socket;
}

QString Channel::topic() const
{
    return d->topic;
}

Channel::State Channel::state() const
{
    return d->state;
}

QString Channel::joinRef() const
{
    return d->joinPush->ref();
}

QJsonObject Channel::params() const
{
    return d->params;
}

void Channel::setParams(const QJsonObject &params)
{
    d->params = params;
}

int Channel::timeoutMs() const
{
    return d->timeoutMs;
}

Presence *Channel::presence() const
{
    return d->presence;
}

int Channel::bufferedPushCount() const
{
    int count = 0;
    for (const QPointer<Push> &push : d->pushBuffer)
        count += push ? 1 : 0;
    return count;
}

Result<Push *> Channel::join(int timeoutMs)
{
    if (d->joinedOnce) {
        return failure(Error(Error::Code::InvalidState,
                             tr("The channel \"%1\" has been joined already; a channel joins "
                                "only once.")
                                 .arg(d->topic),
                             QString(),
                             tr("Leave it and ask the socket for a new channel to join again.")));
    }
    if (timeoutMs >= 0)
        d->timeoutMs = timeoutMs;
    d->joinedOnce = true;
    d->rejoin();
    return d->joinPush;
}

Result<Push *> Channel::push(const QString &event, const QJsonValue &payload, int timeoutMs)
{
    return d->submit(new Push(this, event, payload, timeoutMs >= 0 ? timeoutMs : d->timeoutMs));
}

Result<Push *> Channel::pushBinary(const QString &event, const QByteArray &payload, int timeoutMs)
{
    if (d->joinedOnce) {
        // refused now rather than failing later: protocol 1.0.0, or fields over 255 bytes
        const Frame probe = Frame::binary(joinRef(), QStringLiteral("0"), d->topic, event, {});
        if (const Result<QByteArray> encoded = d->socket->serializer().encode(probe); !encoded)
            return failure(encoded.error());
    }
    return d->submit(new Push(this, event, payload, timeoutMs >= 0 ? timeoutMs : d->timeoutMs));
}

Result<Push *> Channel::Private::submit(Push *push)
{
    if (!joinedOnce) {
        const QString event = push->event();
        delete push;
        return failure(Error(Error::Code::InvalidState,
                             Channel::tr("Cannot push \"%1\" to \"%2\" before joining the channel.")
                                 .arg(event, topic),
                             QString(),
                             Channel::tr("Call join() first; pushes then wait for the join.")));
    }
    Push::Private *const pushPrivate = Push::Private::get(push);
    if (canPush()) {
        pushPrivate->send();
    } else {
        // the timeout runs from now, as in the JavaScript client
        pushPrivate->startTimeout();
        pushBuffer.append(push);
    }
    return push;
}

Push *Channel::leave(int timeoutMs)
{
    d->resetRejoin();
    Push::Private::get(d->joinPush)->cancelTimeout();
    d->setState(State::Leaving);
    auto *leavePush =
        new Push(this, events::leave(), QJsonObject(), timeoutMs >= 0 ? timeoutMs : d->timeoutMs);
    // Closes on any outcome: the server's answer, or none within the timeout.
    connect(leavePush, &Push::received, this, [this] {
        if (d->state == State::Leaving)
            d->onClose();
    });
    Push::Private *const leavePrivate = Push::Private::get(leavePush);
    leavePrivate->send();
    // Unlike the JavaScript client (whose canPush() check here is always false,
    // as the state is already leaving, so it closes at once), wait for the
    // server when the leave could be sent.
    if (!d->socket->isConnected())
        leavePrivate->trigger(QStringLiteral("ok"), QJsonObject());
    return leavePush;
}

bool Channel::Private::canPush() const
{
    return socket && socket->isConnected() && state == State::Joined;
}

bool Channel::Private::isMember(const Frame &frame) const
{
    if (frame.topic != topic)
        return false;
    if (frame.joinRef && !frame.joinRef->isEmpty() && *frame.joinRef != q->joinRef()) {
        qCDebug(lcPhoenix).noquote()
            << "dropping outdated message" << topic << frame.event << "join_ref" << *frame.joinRef;
        return false;
    }
    return true;
}

void Channel::Private::handleFrame(const Frame &frame)
{
    if (frame.isReply()) {
        const QPointer<Push> push = awaiting.value(frame.ref.value_or(QString()));
        if (push) {
            Push::Private::get(push)->matchReply(frame);
            return;
        }
        Q_EMIT q->messageReceived(frame.event, frame.payload, frame);
        return;
    }
    // a slot may delete the channel, and with it this
    const QPointer<Channel> alive(q);
    if (frame.event == events::close()) {
        onClose();
    } else if (frame.event == events::error()) {
        onError(&frame);
    } else if (!frame.isBinary) {
        const Result<bool> handled = presence->handleEvent(frame.event, frame.payload);
        if (!handled) {
            Error error = handled.error();
            error.withContext(QStringLiteral("topic"), topic);
            Q_EMIT q->errorOccurred(error);
        }
    }
    if (alive)
        Q_EMIT alive->messageReceived(frame.event, frame.payload, frame);
}

void Channel::Private::socketOpened()
{
    resetRejoin();
    if (state == State::Errored)
        rejoin();
}

void Channel::Private::socketFailed()
{
    resetRejoin();
    if (state == State::Joined || state == State::Joining)
        onError(nullptr);
}

void Channel::Private::rejoin()
{
    if (state == State::Leaving || !socket)
        return;
    Socket::Private::get(socket)->leaveOpenTopic(topic, q);
    setState(State::Joining);
    Push::Private *const join = Push::Private::get(joinPush);
    join->payload = params;
    join->resend(timeoutMs);
    presence->setJoinRef(q->joinRef());
}

void Channel::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
    qCDebug(lcPhoenix).noquote() << topic << stateName(newState) << "join_ref" << q->joinRef();
    Q_EMIT q->stateChanged(newState);
}

void Channel::Private::onJoinOutcome(const QString &status, const QJsonValue &response)
{
    if (status == QLatin1String("ok")) {
        setState(State::Joined);
        resetRejoin();
        const QList<QPointer<Push>> buffered = std::exchange(pushBuffer, {});
        for (const QPointer<Push> &push : buffered) {
            if (push)
                Push::Private::get(push)->send();
        }
        Q_EMIT q->joined(response);
        return;
    }
    const bool connected = socket && socket->isConnected();
    Error error;
    if (status == QLatin1String("timeout")) {
        // tell the server to drop the join it may still complete, then start over
        auto *leavePush = new Push(q, events::leave(), QJsonObject(), timeoutMs);
        Push::Private::get(leavePush)->send();
        setState(State::Errored);
        Push::Private::get(joinPush)->reset();
        presence->setJoinRef(QString());
        error = Error(Error::Code::PhoenixError,
                      Channel::tr("No reply to the join of \"%1\" within %2 ms.")
                          .arg(topic)
                          .arg(joinPush->timeoutMs()));
        error.withContext(QStringLiteral("timeoutMs"), joinPush->timeoutMs());
    } else {
        // "error", or a status the protocol does not define: refused either way
        setState(State::Errored);
        const QString reason = response.toObject().value(QLatin1String("reason")).toString();
        error = Error(
            Error::Code::JoinRefused,
            Channel::tr("The server refused to join \"%1\": %2.")
                .arg(topic, reason.isEmpty() ? compactJson(response) : reason),
            Channel::tr("Reply status \"%1\", response %2").arg(status, compactJson(response)),
            reason == QLatin1String("unauthorized")
                ? Channel::tr("Check the credentials in the join parameters or the socket's "
                              "token.")
                : QString());
        error.withContext(QStringLiteral("reason"), reason);
        error.withContext(QStringLiteral("status"), status);
        error.withContext(QStringLiteral("response"), response);
    }
    error.withContext(QStringLiteral("topic"), topic);
    if (connected) {
        scheduleRejoin();
        error.withContext(QStringLiteral("rejoinInMs"), rejoinTimer.interval());
    }
    qCInfo(lcPhoenix).noquote() << error.message();
    Q_EMIT q->errorOccurred(error);
}

void Channel::Private::onError(const Frame *serverError)
{
    if (state == State::Joining) {
        Push::Private::get(joinPush)->reset();
        presence->setJoinRef(QString());
    }
    setState(State::Errored);
    const bool connected = socket && socket->isConnected();
    if (connected)
        scheduleRejoin();
    if (!serverError)
        return;
    Error error(Error::Code::PhoenixError,
                Channel::tr("The channel \"%1\" crashed on the server (phx_error).").arg(topic),
                compactJson(serverError->payload),
                connected ? Channel::tr("It rejoins in %1 ms.").arg(rejoinTimer.interval())
                          : QString());
    error.withContext(QStringLiteral("topic"), topic);
    error.withContext(QStringLiteral("event"), events::error());
    qCInfo(lcPhoenix).noquote() << error.message();
    Q_EMIT q->errorOccurred(error);
}

void Channel::Private::onClose()
{
    resetRejoin();
    setState(State::Closed);
    if (socket)
        Socket::Private::get(socket)->remove(q);
    Q_EMIT q->closed();
}

void Channel::Private::scheduleRejoin()
{
    const QList<int> &schedule = socket->options().rejoinAfterMs;
    const qsizetype index = std::min<qsizetype>(rejoinTries, schedule.size() - 1);
    rejoinTimer.start(schedule.isEmpty() ? 10000 : schedule.at(index));
}

void Channel::Private::resetRejoin()
{
    rejoinTries = 0;
    rejoinTimer.stop();
}

void Channel::Private::awaitReply(const QString &ref, Push *push)
{
    awaiting.insert(ref, push);
}

void Channel::Private::forgetReply(const QString &ref, Push *push)
{
    const auto it = awaiting.constFind(ref);
    if (it != awaiting.constEnd() && it.value() == push)
        awaiting.erase(it);
}

} // namespace maxmon::phoenix
