#include "base/logging.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>

namespace maxmon::phoenix {

Push::Push(Channel *channel, QString event, QJsonValue payload, int timeoutMs)
    : QObject(channel)
    , m_channel(channel)
    , m_event(std::move(event))
    , m_payload(std::move(payload))
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { trigger(QStringLiteral("timeout"), QJsonObject()); });
}

Push::Push(Channel *channel, QString event, QByteArray binaryPayload, int timeoutMs)
    : Push(channel, std::move(event), QJsonValue(), timeoutMs)
{
    m_binaryPayload = std::move(binaryPayload);
    m_binary = true;
}

Push::~Push()
{
    cancelRefEvent();
}

Channel *Push::channel() const
{
    return m_channel;
}

bool Push::hasReceived(const QString &status) const
{
    return !m_status.isEmpty() && m_status == status;
}

Frame Push::frame() const
{
    const QString joinRef = m_channel->joinRef();
    const std::optional<QString> join =
        joinRef.isEmpty() ? std::nullopt : std::optional<QString>(joinRef);
    if (m_binary)
        return Frame::binary(join, m_ref, m_channel->topic(), m_event, m_binaryPayload);
    return Frame::json(join, m_ref, m_channel->topic(), m_event, m_payload);
}

void Push::send()
{
    if (!m_channel || hasReceived(QStringLiteral("timeout")))
        return;
    startTimeout();
    m_sent = true;
    m_channel->socket()->push(frame(), m_channel);
}

void Push::resend(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    reset();
    send();
}

void Push::reset()
{
    cancelRefEvent();
    m_ref.clear();
    m_status.clear();
    m_response = QJsonValue();
    m_reply = Frame();
    m_sent = false;
}

void Push::startTimeout()
{
    cancelTimeout();
    cancelRefEvent();
    m_ref = m_channel->socket()->makeRef();
    m_channel->awaitReply(m_ref, this);
    m_timer.start(m_timeoutMs);
}

void Push::cancelTimeout()
{
    m_timer.stop();
}

void Push::cancelRefEvent()
{
    if (m_channel && !m_ref.isEmpty())
        m_channel->forgetReply(m_ref, this);
}

void Push::matchReply(const Frame &reply)
{
    const QJsonObject payload = reply.payload.toObject();
    trigger(reply.replyStatus(), payload.value(QLatin1String("response")), reply);
}

void Push::trigger(const QString &status, const QJsonValue &response, const Frame &reply)
{
    cancelRefEvent();
    cancelTimeout();
    m_status = status;
    m_response = response;
    m_reply = reply;
    qCDebug(lcPhoenix).noquote() << (m_channel ? m_channel->topic() : QString()) << m_event << "ref"
                                 << m_ref << "->" << status;
    // A slot may delete the channel, and with it this push: stop if it does.
    const QPointer<Push> alive(this);
    Q_EMIT received(status, response);
    if (!alive)
        return;
    if (status == QLatin1String("ok"))
        Q_EMIT ok(response);
    else if (status == QLatin1String("error"))
        Q_EMIT error(response);
    else if (status == QLatin1String("timeout"))
        Q_EMIT timeout();
    if (alive && m_autoDelete)
        deleteLater();
}

} // namespace maxmon::phoenix
