#include "server/phoenixconnection.h"

#include "server/phoenixhub.h"
#include "server/serverlogging.h"

#include <QWebSocketProtocol>

namespace maxmon {

using phoenix::Frame;
using phoenix::Serializer;
namespace events = phoenix::events;

namespace {

std::optional<QString> nonEmpty(const std::optional<QString> &ref)
{
    return ref && !ref->isEmpty() ? ref : std::nullopt;
}

QString presenceKey(const QJsonObject &params)
{
    for (const char *name : { "user", "user_id" }) {
        const QJsonValue value = params.value(QLatin1String(name));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble());
    }
    return QStringLiteral("anonymous");
}

} // namespace

PhoenixConnection::PhoenixConnection(PhoenixHub *hub, const HttpUpgradeRequest &request,
                                     Transport transport, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_serializer(PhoenixHub::versionOf(request).value_or(Serializer::Version::V2))
    , m_socketToken(PhoenixHub::socketTokenOf(request))
    , m_transport(std::move(transport))
{
    hub->connectionCreated(this);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcServer) << "phoenix: closing an idle connection after" << m_idleTimer.interval()
                         << "ms";
        m_transport.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("idle timeout"));
    });
    if (const int idleMs = hub->settings().idleTimeoutMs; idleMs > 0)
        m_idleTimer.start(idleMs);
}

PhoenixConnection::~PhoenixConnection()
{
    if (m_hub)
        m_hub->connectionDestroyed(this);
}

std::optional<QString> PhoenixConnection::joinRefOf(const QString &topic) const
{
    const auto it = m_joins.constFind(topic);
    if (it == m_joins.constEnd())
        return std::nullopt;
    return it.value();
}

void PhoenixConnection::receiveText(const QString &text)
{
    received(m_serializer.decodeText(text.toUtf8()), text.size());
}

void PhoenixConnection::receiveBinary(const QByteArray &data)
{
    received(m_serializer.decodeBinary(data, phoenix::Sender::Client), data.size());
}

void PhoenixConnection::received(const Result<Frame> &frame, qint64 size)
{
    if (!m_open)
        return;
    if (m_idleTimer.isActive())
        m_idleTimer.start(); // any message keeps the connection alive
    if (!frame) {
        qCInfo(lcServer).noquote()
            << "phoenix: ignoring a message of" << size << "bytes:" << frame.error().message();
        return;
    }
    if (m_hub)
        m_hub->notifyFrame(*frame);
    handle(*frame);
}

void PhoenixConnection::handle(const Frame &frame)
{
    if (!m_hub)
        return;
    if (frame.topic == QLatin1String("phoenix") && frame.event == events::heartbeat()) {
        reply(frame, QStringLiteral("ok"));
        return;
    }
    if (frame.event == events::join()) {
        handleJoin(frame);
        return;
    }
    if (!m_joins.contains(frame.topic)) {
        reply(frame, QStringLiteral("error"),
              QJsonObject { { QLatin1String("reason"), QStringLiteral("unmatched topic") } });
        return;
    }
    if (frame.event == events::leave()) {
        reply(frame, QStringLiteral("ok"));
        forget(frame.topic);
        return;
    }
    handlePush(frame);
}

void PhoenixConnection::handleJoin(const Frame &frame)
{
    const QString topic = frame.topic;
    if (m_joins.contains(topic)) {
        // as Phoenix: the new join replaces the old one, which is closed
        qCDebug(lcServer).noquote() << "phoenix: duplicate join of" << topic;
        sendControl(topic, events::close());
        forget(topic);
    }
    const QJsonObject params = frame.payload.toObject();
    if (!m_hub->authorize(topic, params, m_socketToken)) {
        reply(frame, QStringLiteral("error"),
              QJsonObject { { QLatin1String("reason"), QStringLiteral("unauthorized") } });
        return;
    }
    const PhoenixAnswer answer = m_hub->scripted(frame).value_or(PhoenixAnswer());
    if (answer.kind == PhoenixAnswer::Kind::NoReply)
        return;
    if (answer.status != QLatin1String("ok")) {
        reply(frame, answer.status, answer.response);
        return;
    }
    // protocol 1.0.0 clients may send no join_ref: the join's ref stands for it
    m_joins.insert(topic, nonEmpty(frame.joinRef).value_or(frame.ref.value_or(QString())));
    m_hub->subscribe(topic, this);
    reply(frame, QStringLiteral("ok"), answer.response);
    if (m_hub->tracksPresence(topic))
        m_hub->track(topic, this, presenceKey(params), QJsonObject());
}

void PhoenixConnection::handlePush(const Frame &frame)
{
    const std::optional<PhoenixAnswer> scripted = m_hub->scripted(frame);
    if (const std::optional<PhoenixAnswer> chosen = scripted ? scripted : builtInAnswer(frame)) {
        answer(frame, *chosen);
        return;
    }
    // the echo; of a binary push, a binary reply
    if (frame.isBinary) {
        deliver(Frame::binaryReply(frame.joinRef.value_or(QString()), frame.ref.value_or(QString()),
                                   frame.topic, QStringLiteral("ok"), frame.binaryPayload));
        return;
    }
    reply(frame, QStringLiteral("ok"), frame.payload);
}

std::optional<PhoenixAnswer> PhoenixConnection::builtInAnswer(const Frame &frame)
{
    using Kind = PhoenixAnswer::Kind;
    const QString event = frame.event;
    const QLatin1String broadcastPrefix("broadcast:");
    PhoenixAnswer answer;
    if (event == QLatin1String("ignore")) {
        answer.kind = Kind::NoReply;
    } else if (event == QLatin1String("crash")) {
        answer.kind = Kind::Crash;
    } else if (event == QLatin1String("error")) {
        answer.status = QStringLiteral("error");
        answer.response = frame.payload;
    } else if (event == QLatin1String("stop")) {
        answer.kind = Kind::Close;
    } else if (event == QLatin1String("shout")) {
        answer.kind = Kind::Broadcast;
    } else if (event.startsWith(broadcastPrefix)) {
        answer.kind = Kind::Broadcast;
        answer.event = event.mid(broadcastPrefix.size());
        answer.includeSender = false;
    } else {
        return std::nullopt; // echoed
    }
    return answer;
}

void PhoenixConnection::answer(const Frame &frame, const PhoenixAnswer &answer)
{
    switch (answer.kind) {
    case PhoenixAnswer::Kind::NoReply:
        return;
    case PhoenixAnswer::Kind::Reply:
        reply(frame, answer.status, answer.response);
        return;
    case PhoenixAnswer::Kind::Crash:
        crash(frame.topic);
        return;
    case PhoenixAnswer::Kind::Close:
        reply(frame, QStringLiteral("ok"));
        sendControl(frame.topic, events::close());
        forget(frame.topic);
        return;
    case PhoenixAnswer::Kind::Broadcast: {
        Frame broadcast = frame;
        broadcast.joinRef.reset();
        broadcast.ref.reset();
        if (!answer.event.isEmpty())
            broadcast.event = answer.event;
        reply(frame, QStringLiteral("ok"));
        m_hub->broadcast(broadcast, answer.includeSender ? nullptr : this);
        return;
    }
    }
}

void PhoenixConnection::crash(const QString &topic)
{
    sendControl(topic, events::error());
    forget(topic);
}

void PhoenixConnection::reply(const Frame &request, const QString &status,
                              const QJsonValue &response)
{
    deliver(Frame::json(nonEmpty(request.joinRef), request.ref, request.topic, events::reply(),
                        QJsonObject { { QLatin1String("status"), status },
                                      { QLatin1String("response"), response } }));
}

void PhoenixConnection::sendControl(const QString &topic, const QString &event)
{
    // phx_error and phx_close carry the join's ref as both join_ref and ref
    const std::optional<QString> joinRef = joinRefOf(topic);
    deliver(Frame::json(joinRef, joinRef, topic, event, QJsonObject()));
}

void PhoenixConnection::deliver(const Frame &frame)
{
    if (!m_open)
        return;
    Frame out = frame;
    // Phoenix's 1.0.0 serializer never writes join_ref
    if (m_serializer.version() == Serializer::Version::V1)
        out.joinRef.reset();
    const Result<QByteArray> bytes = m_serializer.encode(out, phoenix::Sender::Server);
    if (!bytes) {
        qCInfo(lcServer).noquote() << "phoenix: cannot send" << frame.topic << frame.event << ":"
                                   << bytes.error().message();
        return;
    }
    if (out.isBinary)
        m_transport.sendBinary(*bytes);
    else
        m_transport.sendText(QString::fromUtf8(*bytes));
}

void PhoenixConnection::forget(const QString &topic)
{
    m_joins.remove(topic);
    if (m_hub)
        m_hub->unsubscribe(topic, this);
}

void PhoenixConnection::transportClosed()
{
    m_open = false;
    m_idleTimer.stop();
    const QStringList topics = m_joins.keys();
    for (const QString &topic : topics)
        forget(topic);
}

} // namespace maxmon
