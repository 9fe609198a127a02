#include "base/logging.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>

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

Channel::Channel(const QString &topic, const QJsonObject &params, Socket *socket)
    : QObject(socket)
    , m_socket(socket)
    , m_topic(topic)
    , m_params(params)
    , m_timeoutMs(socket->options().timeoutMs)
    , m_joinPush(new Push(this, events::join(), params, m_timeoutMs))
    , m_presence(new Presence(this))
{
    m_joinPush->setAutoDelete(false);
    connect(m_joinPush, &Push::received, this, &Channel::onJoinOutcome);
    m_rejoinTimer.setSingleShot(true);
    connect(&m_rejoinTimer, &QTimer::timeout, this, [this] {
        ++m_rejoinTries;
        if (m_socket && m_socket->isConnected())
            rejoin();
    });
}

Channel::~Channel()
{
    if (m_socket)
        m_socket->remove(this);
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

QString Channel::joinRef() const
{
    return m_joinPush->ref();
}

int Channel::bufferedPushCount() const
{
    int count = 0;
    for (const QPointer<Push> &push : m_pushBuffer)
        count += push ? 1 : 0;
    return count;
}

Result<Push *> Channel::join(int timeoutMs)
{
    if (m_joinedOnce) {
        return failure(Error(Error::Code::InvalidState,
                             tr("The channel \"%1\" has been joined already; a channel joins "
                                "only once.")
                                 .arg(m_topic),
                             QString(),
                             tr("Leave it and ask the socket for a new channel to join again.")));
    }
    if (timeoutMs >= 0)
        m_timeoutMs = timeoutMs;
    m_joinedOnce = true;
    rejoin();
    return m_joinPush;
}

Result<Push *> Channel::push(const QString &event, const QJsonValue &payload, int timeoutMs)
{
    return submit(new Push(this, event, payload, timeoutMs >= 0 ? timeoutMs : m_timeoutMs));
}

Result<Push *> Channel::pushBinary(const QString &event, const QByteArray &payload, int timeoutMs)
{
    if (m_joinedOnce) {
        // refused now rather than failing later: protocol 1.0.0, or fields over 255 bytes
        const Frame probe = Frame::binary(joinRef(), QStringLiteral("0"), m_topic, event, {});
        if (const Result<QByteArray> encoded = m_socket->serializer().encode(probe); !encoded)
            return failure(encoded.error());
    }
    return submit(new Push(this, event, payload, timeoutMs >= 0 ? timeoutMs : m_timeoutMs));
}

Result<Push *> Channel::submit(Push *push)
{
    if (!m_joinedOnce) {
        const QString event = push->event();
        delete push;
        return failure(Error(
            Error::Code::InvalidState,
            tr("Cannot push \"%1\" to \"%2\" before joining the channel.").arg(event, m_topic),
            QString(), tr("Call join() first; pushes then wait for the join.")));
    }
    if (canPush()) {
        push->send();
    } else {
        // the timeout runs from now, as in the JavaScript client
        push->startTimeout();
        m_pushBuffer.append(push);
    }
    return push;
}

Push *Channel::leave(int timeoutMs)
{
    resetRejoin();
    m_joinPush->cancelTimeout();
    setState(State::Leaving);
    auto *leavePush =
        new Push(this, events::leave(), QJsonObject(), timeoutMs >= 0 ? timeoutMs : m_timeoutMs);
    // Closes on any outcome: the server's answer, or none within the timeout.
    connect(leavePush, &Push::received, this, [this] {
        if (m_state == State::Leaving)
            onClose();
    });
    leavePush->send();
    // Unlike the JavaScript client (whose canPush() check here is always false,
    // as the state is already leaving, so it closes at once), wait for the
    // server when the leave could be sent.
    if (!m_socket->isConnected())
        leavePush->trigger(QStringLiteral("ok"), QJsonObject());
    return leavePush;
}

bool Channel::canPush() const
{
    return m_socket && m_socket->isConnected() && m_state == State::Joined;
}

bool Channel::isMember(const Frame &frame) const
{
    if (frame.topic != m_topic)
        return false;
    if (frame.joinRef && !frame.joinRef->isEmpty() && *frame.joinRef != joinRef()) {
        qCDebug(lcPhoenix).noquote() << "dropping outdated message" << m_topic << frame.event
                                     << "join_ref" << *frame.joinRef;
        return false;
    }
    return true;
}

void Channel::handleFrame(const Frame &frame)
{
    if (frame.isReply()) {
        const QPointer<Push> push = m_awaiting.value(frame.ref.value_or(QString()));
        if (push) {
            push->matchReply(frame);
            return;
        }
        Q_EMIT messageReceived(frame.event, frame.payload, frame);
        return;
    }
    const QPointer<Channel> alive(this);
    if (frame.event == events::close()) {
        onClose();
    } else if (frame.event == events::error()) {
        onError(&frame);
    } else if (!frame.isBinary) {
        const Result<bool> presence = m_presence->handleEvent(frame.event, frame.payload);
        if (!presence) {
            Error error = presence.error();
            error.withContext(QStringLiteral("topic"), m_topic);
            Q_EMIT errorOccurred(error);
        }
    }
    if (alive)
        Q_EMIT messageReceived(frame.event, frame.payload, frame);
}

void Channel::socketOpened()
{
    resetRejoin();
    if (m_state == State::Errored)
        rejoin();
}

void Channel::socketFailed()
{
    resetRejoin();
    if (m_state == State::Joined || m_state == State::Joining)
        onError(nullptr);
}

void Channel::rejoin()
{
    if (m_state == State::Leaving || !m_socket)
        return;
    m_socket->leaveOpenTopic(m_topic, this);
    setState(State::Joining);
    m_joinPush->m_payload = m_params;
    m_joinPush->resend(m_timeoutMs);
    m_presence->setJoinRef(joinRef());
}

void Channel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcPhoenix).noquote() << m_topic << stateName(state) << "join_ref" << joinRef();
    Q_EMIT stateChanged(state);
}

void Channel::onJoinOutcome(const QString &status, const QJsonValue &response)
{
    if (status == QLatin1String("ok")) {
        setState(State::Joined);
        resetRejoin();
        const QList<QPointer<Push>> buffered = std::exchange(m_pushBuffer, {});
        for (const QPointer<Push> &push : buffered) {
            if (push)
                push->send();
        }
        Q_EMIT joined(response);
        return;
    }
    const bool connected = m_socket && m_socket->isConnected();
    Error error;
    if (status == QLatin1String("timeout")) {
        // tell the server to drop the join it may still complete, then start over
        auto *leavePush = new Push(this, events::leave(), QJsonObject(), m_timeoutMs);
        leavePush->send();
        setState(State::Errored);
        m_joinPush->reset();
        m_presence->setJoinRef(QString());
        error = Error(Error::Code::PhoenixError,
                      tr("No reply to the join of \"%1\" within %2 ms.")
                          .arg(m_topic)
                          .arg(m_joinPush->timeoutMs()));
        error.withContext(QStringLiteral("timeoutMs"), m_joinPush->timeoutMs());
    } else {
        // "error", or a status the protocol does not define: refused either way
        setState(State::Errored);
        const QString reason = response.toObject().value(QLatin1String("reason")).toString();
        error = Error(Error::Code::JoinRefused,
                      tr("The server refused to join \"%1\": %2.")
                          .arg(m_topic, reason.isEmpty() ? compactJson(response) : reason),
                      tr("Reply status \"%1\", response %2").arg(status, compactJson(response)),
                      reason == QLatin1String("unauthorized")
                          ? tr("Check the credentials in the join parameters or the socket's "
                               "token.")
                          : QString());
        error.withContext(QStringLiteral("reason"), reason);
        error.withContext(QStringLiteral("status"), status);
        error.withContext(QStringLiteral("response"), response);
    }
    error.withContext(QStringLiteral("topic"), m_topic);
    if (connected) {
        scheduleRejoin();
        error.withContext(QStringLiteral("rejoinInMs"), m_rejoinTimer.interval());
    }
    qCInfo(lcPhoenix).noquote() << error.message();
    Q_EMIT errorOccurred(error);
}

void Channel::onError(const Frame *serverError)
{
    if (m_state == State::Joining) {
        m_joinPush->reset();
        m_presence->setJoinRef(QString());
    }
    setState(State::Errored);
    const bool connected = m_socket && m_socket->isConnected();
    if (connected)
        scheduleRejoin();
    if (!serverError)
        return;
    Error error(Error::Code::PhoenixError,
                tr("The channel \"%1\" crashed on the server (phx_error).").arg(m_topic),
                compactJson(serverError->payload),
                connected ? tr("It rejoins in %1 ms.").arg(m_rejoinTimer.interval()) : QString());
    error.withContext(QStringLiteral("topic"), m_topic);
    error.withContext(QStringLiteral("event"), events::error());
    qCInfo(lcPhoenix).noquote() << error.message();
    Q_EMIT errorOccurred(error);
}

void Channel::onClose()
{
    resetRejoin();
    setState(State::Closed);
    if (m_socket)
        m_socket->remove(this);
    Q_EMIT closed();
}

void Channel::scheduleRejoin()
{
    const QList<int> &schedule = m_socket->options().rejoinAfterMs;
    const qsizetype index = std::min<qsizetype>(m_rejoinTries, schedule.size() - 1);
    m_rejoinTimer.start(schedule.isEmpty() ? 10000 : schedule.at(index));
}

void Channel::resetRejoin()
{
    m_rejoinTries = 0;
    m_rejoinTimer.stop();
}

void Channel::awaitReply(const QString &ref, Push *push)
{
    m_awaiting.insert(ref, push);
}

void Channel::forgetReply(const QString &ref, Push *push)
{
    const auto it = m_awaiting.constFind(ref);
    if (it != m_awaiting.constEnd() && it.value() == push)
        m_awaiting.erase(it);
}

} // namespace maxmon::phoenix
