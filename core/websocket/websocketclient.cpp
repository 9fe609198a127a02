#include "websocket/messageaccess.h"
#include "websocket/outboundflow.h"
#include "websocket/websocketclient_p.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QWebSocket>

#include <climits>

namespace maxmon {

using Trigger = ConnectionStateMachine::Trigger;

namespace {

// RFC 6455 section 7.4: 1004-1006 and 1015 must never be sent in a close
// frame; 1012-1014 are the server's to send.
bool isSendableCloseCode(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011)
        || (code >= 3000 && code <= 4999);
}

Error configError(const QList<ConfigIssue> &issues)
{
    QStringList lines;
    bool urlOnly = true;
    for (const ConfigIssue &issue : issues) {
        if (!issue.isError())
            continue;
        lines.append(issue.toString());
        urlOnly = urlOnly && issue.path == QLatin1String("url");
    }
    // the issues as details, one a line: "url: has no scheme: start it with ws:// or wss://"
    if (urlOnly) {
        return Error(Error::Code::InvalidUrl, WebSocketClient::tr("The URL is not valid."),
                     lines.join(QLatin1Char('\n')));
    }
    return Error(Error::Code::InvalidConfig,
                 WebSocketClient::tr("The connection settings are not valid."),
                 lines.join(QLatin1Char('\n')));
}

} // namespace

WebSocketClient::WebSocketClient(QObject *parent)
    : WebSocketClient(ConnectionConfig(), parent)
{ }

WebSocketClient::WebSocketClient(const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, config))
{
    qRegisterMetaType<maxmon::Message>();
    qRegisterMetaType<maxmon::Error>();
    qRegisterMetaType<maxmon::ConnectionState>();

    d->m_connectTimer.setSingleShot(true);
    d->m_closeTimer.setSingleShot(true);
    d->m_retryTimer.setSingleShot(true);
    connect(&d->m_connectTimer, &QTimer::timeout, this, [this] { d->onConnectTimeout(); });
    connect(&d->m_closeTimer, &QTimer::timeout, this, [this] { d->onCloseTimeout(); });
    connect(&d->m_retryTimer, &QTimer::timeout, this,
            [this] { d->m_machine->fire(Trigger::RetryDue); });
    OutboundFlow *outbound = d->m_outbound;
    outbound->configure(d->m_config.messageQueueSize, d->m_config.outboundHighWaterBytes);
    outbound->setWrittenHandler([this](const Message &message) {
        d->m_diagnostics.bytesOut += message.size();
        ++d->m_diagnostics.messagesOut;
        Q_EMIT messageSent(message);
    });
    connect(outbound, &OutboundFlow::allConfirmed, this, [this] {
        if (d->m_draining)
            d->sendCloseFrame();
    });
    connect(outbound, &OutboundFlow::writeFailed, this,
            [this](const Message &, const Error &error) { Q_EMIT errorOccurred(error); });
    Heartbeat *heartbeat = d->m_heartbeat;
    // each probe's answer proves that what was written before it arrived
    connect(heartbeat, &Heartbeat::probeSent, outbound, &OutboundFlow::probeSent);
    // the application asks to quit: close with 1001 rather than vanish
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                [this] { shutdown(std::min(d->m_config.closeTimeoutMs, 2000)); });
    connect(d->m_machine, &ConnectionStateMachine::entered, this,
            [this](State state) { d->onStateEntered(state); });
    connect(heartbeat, &Heartbeat::latencySampled, this, &WebSocketClient::latencySampled);
    connect(heartbeat, &Heartbeat::probeLost, this, [this] { Q_EMIT probeLost(); });
    connect(heartbeat, &Heartbeat::healthChanged, this, [this] {
        Q_EMIT healthChanged();
        Q_EMIT diagnosticsChanged();
    });
    connect(heartbeat, &Heartbeat::intervalChanged, this, &WebSocketClient::diagnosticsChanged);
    // a half-open link never closes by itself: fail() aborts the socket
    connect(heartbeat, &Heartbeat::linkDead, this, [this](const Error &error) { d->fail(error); });

    d->m_diagnostics.url = d->m_config.displayUrl();
    d->refreshWarnings();
    d->m_diagnostics.stateSinceUs = Message::nowUs();
    d->m_diagnostics.stateSinceMonotonicNs = Message::nowMonotonicNs();
}

WebSocketClient::~WebSocketClient()
{
    // No event loop to wait in here: the close frame goes into the socket
    // and is flushed as far as the kernel takes it; shutdown() waits properly.
    // The socket's signals are cut first: a half-destroyed client must not
    // react to its own close (state changes, "remote closed" errors).
    if (d->m_socket) {
        d->m_socket->disconnect(this);
        if (state() == State::Connected)
            d->m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QString());
    }
    d->releaseSocket();
}

ConnectionConfig WebSocketClient::config() const
{
    return d->m_config;
}

Result<void> WebSocketClient::setConfig(const ConnectionConfig &config)
{
    const State current = state();
    if (current != State::Disconnected && current != State::Error)
        return failure(Error::invalidState(
            tr("Cannot change the settings while %1.").arg(connectionStateText(current))));
    d->m_config = config;
    d->m_outbound->configure(config.messageQueueSize, config.outboundHighWaterBytes);
    d->m_diagnostics.url = config.displayUrl();
    d->refreshWarnings();
    Q_EMIT diagnosticsChanged();
    return {};
}

WebSocketClient::State WebSocketClient::state() const
{
    return d->state();
}

Error WebSocketClient::lastError() const
{
    return d->m_diagnostics.lastError;
}

Diagnostics WebSocketClient::diagnostics() const
{
    Diagnostics diagnostics = d->m_diagnostics;
    diagnostics.heartbeat = d->m_heartbeat->status();
    diagnostics.reconnect.enabled = d->m_config.reconnect.enabled;
    diagnostics.reconnect.attempt = d->m_reconnect.attempt();
    diagnostics.reconnect.maxAttempts = d->m_config.reconnect.maxAttempts;
    const OutboundFlow *outbound = d->m_outbound;
    const OutboundQueue::Counters counters = outbound->counters();
    DeliveryStatus &delivery = diagnostics.delivery;
    delivery.pending = outbound->pendingCount();
    delivery.unconfirmed = outbound->unconfirmedCount();
    if (const qint64 writtenNs = outbound->oldestUnconfirmedNs(); writtenNs >= 0)
        delivery.oldestUnconfirmedMs = (Message::nowMonotonicNs() - writtenNs) / 1000000;
    delivery.queueCapacity = d->m_config.messageQueueSize;
    delivery.bytesToWrite = outbound->bytesToWrite();
    delivery.highWaterBytes = outbound->highWaterBytes();
    delivery.queued = counters.queued;
    delivery.written = counters.written;
    delivery.confirmed = counters.confirmed;
    delivery.lost = counters.unconfirmed;
    delivery.rejected = counters.rejected;
    delivery.discarded = counters.discarded;
    for (const Private::Tolerated &tolerated : std::as_const(d->m_tolerated))
        diagnostics.toleratedViolations.append(
            tr("%1 (%n time(s))", nullptr,
               static_cast<int>(std::min<qint64>(tolerated.count, INT_MAX)))
                .arg(tolerated.description));
    return diagnostics;
}

void WebSocketClient::setApplicationProbe(Heartbeat::ProbeSender sendProbe)
{
    d->m_applicationProbe = std::move(sendProbe);
}

void WebSocketClient::applicationProbeAnswered(quint64 sequence)
{
    d->m_heartbeat->probeAnswered(sequence);
    d->m_outbound->probeAnswered(sequence);
}

void WebSocketClient::setAuthProvider(std::shared_ptr<AuthProvider> provider)
{
    d->m_credentials->setAuthProvider(std::move(provider));
}

void WebSocketClient::setVariables(const Variables &variables)
{
    d->m_sessionVariables = Variables();
    d->m_sessionVariables.merge(Variables::Scope::Session, variables);
    d->m_resolveMessages = true;
}

Variables WebSocketClient::variables() const
{
    return d->variables();
}

Result<void> WebSocketClient::open()
{
    if (!d->m_machine->accepts(Trigger::Open))
        return failure(
            Error::invalidState(tr("Cannot open while %1.").arg(connectionStateText(state()))));
    const QList<ConfigIssue> issues = d->m_config.validate();
    if (ConfigIssue::hasErrors(issues))
        return failure(configError(issues));
    d->m_diagnostics.attempt = 0;
    d->m_diagnostics.url = d->m_config.displayUrl();
    d->m_reconnect = ReconnectPolicy(d->m_config.reconnect);
    d->m_credentials->resetProfileProvider(); // the profile may name another token source by now
    d->m_tokenReason = AuthProvider::Reason::Connect;
    d->m_machine->fire(Trigger::Open);
    return {};
}

QList<Message> WebSocketClient::discardPending()
{
    QList<Message> discarded = d->m_outbound->discardPending();
    if (!discarded.isEmpty())
        Q_EMIT diagnosticsChanged();
    return discarded;
}

Result<void> WebSocketClient::retryNow()
{
    if (state() != State::Reconnecting)
        return failure(Error::invalidState(
            tr("Cannot retry now while %1.").arg(connectionStateText(state()))));
    d->m_retryTimer.stop();
    d->m_machine->fire(Trigger::RetryDue);
    return {};
}

void WebSocketClient::shutdown(int timeoutMs)
{
    if (state() == State::Connected) {
        close(QWebSocketProtocol::CloseCodeGoingAway,
              QStringLiteral("The application is quitting."));
    } else if (d->m_machine->accepts(Trigger::Close)) {
        close();
        return;
    }
    if (state() != State::Disconnecting)
        return;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &WebSocketClient::stateChanged, &loop, [&loop](State reached) {
        if (reached == State::Disconnected)
            loop.quit();
    });
    loop.exec();
}

Result<void> WebSocketClient::close(int closeCode, const QString &reason)
{
    if (!d->m_machine->accepts(Trigger::Close))
        return failure(
            Error::invalidState(tr("Cannot close while %1.").arg(connectionStateText(state()))));
    if (!isSendableCloseCode(closeCode)) {
        return failure(Error(Error::Code::InvalidState,
                             tr("%1 is not a close code a client may send.").arg(closeCode),
                             tr("Use 1000, 1001, 3000-3999 or 4000-4999.")));
    }
    d->m_pendingCloseCode = closeCode;
    d->m_pendingCloseReason = reason;
    d->m_machine->fire(Trigger::Close);
    return {};
}

Result<QString> WebSocketClient::Private::submit(Message message)
{
    if (message.isNull() || message.isControl()
        || message.direction() != Message::Direction::Outgoing)
        return failure(
            Error(Error::Code::InvalidPayload,
                  WebSocketClient::tr("Only outgoing text, JSON or binary messages can be sent.")));
    if (m_resolveMessages && message.isTextFrame() && message.isValidUtf8()
        && Variables::containsReference(message.text())) {
        const Result<QString> text = variables().resolve(message.text());
        if (!text)
            return failure(text.error());
        message = Message::fromText(Message::Direction::Outgoing, *text).withId(message.id());
    }
    if (message.size() > m_config.maxOutgoingMessageSize) {
        return failure(Error(
            Error::Code::OutgoingMessageTooLarge,
            WebSocketClient::tr("The message is %1 bytes, more than the limit of %2 bytes.")
                .arg(message.size())
                .arg(m_config.maxOutgoingMessageSize),
            QString(), WebSocketClient::tr("Raise max_outgoing_message_size in the profile.")));
    }
    if (message.isTextFrame() && !message.isValidUtf8()) {
        return failure(Error(
            Error::Code::InvalidPayload,
            WebSocketClient::tr("The text message is not valid UTF-8; the server would close the "
                                "connection (1007)."),
            QString(), WebSocketClient::tr("Send it as a binary message instead.")));
    }
    QString id = message.id();
    if (id.isEmpty()) {
        id = Message::nextOutgoingId();
        MessageAccess::setId(message, id); // in place when the caller let go of it
    }
    if (Result<void> accepted = m_outbound->submit(std::move(message)); !accepted)
        return failure(accepted.error());
    return id;
}

Result<QString> WebSocketClient::send(const Message &message)
{
    return d->submit(message);
}

Result<QString> WebSocketClient::sendText(const QString &text)
{
    return d->submit(Message::fromText(Message::Direction::Outgoing, text));
}

Result<QString> WebSocketClient::sendBinary(const QByteArray &data)
{
    return d->submit(Message::fromBinary(Message::Direction::Outgoing, data));
}

Result<QString> WebSocketClient::sendJson(const QJsonDocument &document)
{
    return d->submit(Message::fromJson(Message::Direction::Outgoing, document));
}

Result<QString> WebSocketClient::sendJson(const QJsonValue &value)
{
    return d->submit(Message::fromJson(Message::Direction::Outgoing, value));
}

} // namespace maxmon
