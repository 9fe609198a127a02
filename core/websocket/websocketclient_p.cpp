#include "websocket/websocketclient_p.h"

#include "base/logging.h"
#include "websocket/connectionerrors.h"
#include "websocket/handshakeprobe.h"
#include "websocket/handshakerequest.h"
#include "websocket/outboundflow.h"
#include "websocket/tlsguard.h"

#include <maxmon/proxyselector.h>
#include <maxmon/redaction.h>
#include <maxmon/tlspolicy.h>

#include <QJsonArray>
#include <QWebSocket>

namespace maxmon {

using Trigger = ConnectionStateMachine::Trigger;

namespace {

// A server may echo the token (in a close reason, say): masked in every string.
QJsonValue masked(const QJsonValue &value, const QStringList &secrets)
{
    if (value.isString())
        return redaction::text(value.toString(), secrets);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(masked(item, secrets));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = masked(it.value(), secrets);
        return object;
    }
    return value;
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return QString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace

WebSocketClient::Private::Private(WebSocketClient *owner, const ConnectionConfig &config)
    : q(owner)
    , m_config(config)
    , m_machine(new ConnectionStateMachine(owner))
    , m_reconnect(config.reconnect)
    , m_outbound(new OutboundFlow(owner))
    , m_credentials(new CredentialResolver(owner))
    , m_heartbeat(new Heartbeat(owner))
{ }

QStringList WebSocketClient::Private::secrets() const
{
    QStringList known = m_credentials->secrets(m_config) + variables().secretValues();
    for (const auto &variable : m_secretVariables)
        known.append(variable.second);
    return known;
}

Variables WebSocketClient::Private::variables() const
{
    Variables all = m_config.plainVariables();
    for (const auto &[name, value] : m_secretVariables)
        all.set(Variables::Scope::Profile, name, value, true);
    all.merge(Variables::Scope::Session, m_sessionVariables);
    return all;
}

void WebSocketClient::Private::onStateEntered(State state)
{
    m_diagnostics.state = state;
    m_diagnostics.stateSinceUs = Message::nowUs();
    m_diagnostics.stateSinceMonotonicNs = Message::nowMonotonicNs();
    qCDebug(lcWs) << "state" << connectionStateName(state) << m_diagnostics.url;
    if (state != State::Connected)
        m_heartbeat->stop();

    switch (state) {
    case State::Connecting:
        enterConnecting();
        break;
    case State::Connected:
        enterConnected();
        break;
    case State::Disconnecting:
        enterDisconnecting();
        break;
    case State::Disconnected:
        enterDisconnected();
        break;
    case State::Error:
        enterError();
        break;
    case State::Reconnecting:
        enterReconnecting();
        break;
    }
    if (state != State::Reconnecting)
        m_diagnostics.reconnect = ReconnectStatus();
    Q_EMIT q->stateChanged(state);
    Q_EMIT q->diagnosticsChanged();
}

void WebSocketClient::Private::enterConnecting()
{
    m_retryTimer.stop();
    m_diagnostics.attempt = m_reconnect.attempt() + 1;
    m_diagnostics.localAddress.clear();
    m_diagnostics.peerAddress.clear();
    m_diagnostics.subprotocol.clear();
    m_diagnostics.proxy.clear();
    m_diagnostics.tls = TlsSessionInfo();
    m_tolerated.clear();
    refreshWarnings();
    resolveCredentials();
}

void WebSocketClient::Private::resolveCredentials()
{
    const AuthProvider::Reason reason = std::exchange(m_tokenReason, AuthProvider::Reason::Connect);
    m_credentials->resolve(m_config, reason,
                           [this](Result<CredentialResolver::Credentials> credentials) {
                               if (state() != State::Connecting)
                                   return; // closed meanwhile
                               if (!credentials) {
                                   fail(credentials.error());
                                   return;
                               }
                               startAttempt(*credentials);
                           });
}

void WebSocketClient::Private::startAttempt(const CredentialResolver::Credentials &credentials)
{
    ConnectionConfig config = m_config;
    config.auth.token = credentials.token; // what the AuthProvider gave for this attempt
    m_secretVariables = credentials.variables;
    const bool secure = config.url.scheme() == QLatin1String("wss");
    TlsPolicy policy;
    if (secure) {
        Result<TlsPolicy> created = TlsPolicy::create(config.tls, credentials.keyPassphrase);
        if (!created) {
            fail(created.error());
            return;
        }
        policy = std::move(*created);
    }
    m_diagnostics.url = config.displayUrl();
    createSocket();
    const QNetworkProxy proxy =
        ProxySelector::proxyFor(config.proxy, credentials.proxyPassword, config.url);
    m_socket->setProxy(proxy);
    m_diagnostics.proxy = ProxySelector::describe(proxy, config.proxy.mode);
    m_attemptTls.reset();
    if (secure) {
        m_attemptTls = policy;
        m_socket->setSslConfiguration(policy.sslConfiguration());
        m_tlsGuard = new TlsGuard(std::move(policy), config.url.host(), m_socket);
        QObject::connect(m_tlsGuard, &TlsGuard::rejected, q,
                         [this](const Error &error) { fail(error); });
    }
    const Result<HandshakeRequest> handshake = HandshakeRequest::build(config, variables());
    if (!handshake) {
        fail(handshake.error());
        return;
    }
    m_attemptRequest = handshake->request();
    m_attemptSubprotocols = handshake->options().subprotocols();
    m_attemptStartNs = Message::nowMonotonicNs();
    m_connectTimer.start(config.connectTimeoutMs);
    m_socket->open(handshake->request(), handshake->options());
    if (m_tlsGuard && m_socket)
        m_tlsGuard->watchHandshake();
}

void WebSocketClient::Private::enterConnected()
{
    m_diagnostics.lastError = Error();
    m_reconnect.connectionEstablished();
    startHeartbeat();
    m_outbound->attach(m_socket); // writes what waited, oldest first
}

void WebSocketClient::Private::startHeartbeat()
{
    if (m_config.heartbeat.strategy == HeartbeatConfig::Strategy::Ping) {
        m_heartbeat->setProbeSender([this](quint64 sequence) {
            if (m_socket)
                m_socket->ping(Heartbeat::pingPayload(sequence));
        });
    } else {
        m_heartbeat->setProbeSender(m_applicationProbe);
    }
    m_heartbeat->start(m_config.heartbeat);
}

void WebSocketClient::Private::enterDisconnecting()
{
    // What the user sent before closing goes out before the close frame.
    m_outbound->flushAll();
    m_closeTimer.start(m_config.closeTimeoutMs);
    if (m_outbound->unconfirmedCount() > 0) {
        // The pong to this ping proves everything written before it arrived.
        m_draining = true;
        m_outbound->requestConfirmation();
        return;
    }
    sendCloseFrame();
}

void WebSocketClient::Private::sendCloseFrame()
{
    m_draining = false;
    m_closeTimer.start(m_config.closeTimeoutMs);
    CloseInfo close;
    close.initiator = CloseInfo::Initiator::ClientRequest;
    close.codeSent = m_pendingCloseCode;
    close.reasonSent = m_pendingCloseReason;
    recordClose(close);
    // Qt 6.4 sends the close frame and closes TCP at once; disconnected()
    // normally follows right away, the timer covers a stuck socket.
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(m_pendingCloseCode),
                    m_pendingCloseReason);
}

void WebSocketClient::Private::enterDisconnected()
{
    m_connectTimer.stop();
    m_closeTimer.stop();
    m_retryTimer.stop();
    releaseSocket();
    if (m_probe)
        m_probe->cancel();
    m_credentials->cancel(); // keep secrets in memory no longer than needed
    reportUnconfirmed(false);
}

void WebSocketClient::Private::enterReconnecting()
{
    m_retryTimer.start(m_diagnostics.reconnect.lastDelayMs);
}

void WebSocketClient::Private::enterError()
{
    m_connectTimer.stop();
    m_closeTimer.stop();
    releaseSocket();
    if (m_probe)
        m_probe->cancel();
    m_credentials->cancel();
}

void WebSocketClient::Private::createSocket()
{
    releaseSocket();
    m_socketFailed = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
    m_socket->setMaxAllowedIncomingMessageSize(
        static_cast<quint64>(m_config.maxIncomingMessageSize));
    m_socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_config.maxIncomingMessageSize));

    QObject::connect(m_socket, &QWebSocket::connected, q, [this] { onSocketConnected(); });
    QObject::connect(m_socket, &QWebSocket::disconnected, q, [this] { onSocketDisconnected(); });
    QObject::connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), q,
                     [this](QAbstractSocket::SocketError error) { onSocketError(error); });
    QObject::connect(m_socket, &QWebSocket::textMessageReceived, q, [this](const QString &text) {
        recordIncoming(Message::fromText(Message::Direction::Incoming, text));
    });
    QObject::connect(m_socket, &QWebSocket::binaryMessageReceived, q,
                     [this](const QByteArray &data) {
                         recordIncoming(Message::fromBinary(Message::Direction::Incoming, data));
                     });
    // the elapsed time is in milliseconds and only for the latest ping: we time pings ourselves
    QObject::connect(m_socket, &QWebSocket::pong, q,
                     [this](quint64, const QByteArray &payload) { onPong(payload); });
}

void WebSocketClient::Private::releaseSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    m_outbound->detach();
    m_draining = false;
    // No more callbacks from a socket we are done with, even while it aborts.
    socket->disconnect(q);
    if (m_tlsGuard)
        std::exchange(m_tlsGuard, nullptr)->disconnect(q);
    if (m_tap)
        std::exchange(m_tap, nullptr)->disconnect(q);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
}

void WebSocketClient::Private::onSocketConnected()
{
    m_connectTimer.stop();
    m_diagnostics.handshakeMs =
        static_cast<double>(Message::nowMonotonicNs() - m_attemptStartNs) / 1e6;
    m_diagnostics.localAddress = endpoint(m_socket->localAddress(), m_socket->localPort());
    m_diagnostics.peerAddress = endpoint(m_socket->peerAddress(), m_socket->peerPort());
    // a server that echoed the token's subprotocol back must not put the token in diagnostics
    m_diagnostics.subprotocol = redaction::text(m_socket->subprotocol(), secrets());
    if (m_tlsGuard) {
        if (const Result<void> verified = m_tlsGuard->verifyConnected(); !verified) {
            fail(verified.error());
            return;
        }
        m_diagnostics.tls = m_tlsGuard->sessionInfo();
        refreshWarnings();
    }
    qCInfo(lcWs).noquote() << "connected to" << m_diagnostics.url << "in"
                           << m_diagnostics.handshakeMs << "ms";
    m_machine->fire(Trigger::Opened);
    watchFrames();
}

void WebSocketClient::Private::onSocketDisconnected()
{
    switch (state()) {
    case State::Disconnecting:
        m_machine->fire(Trigger::Closed);
        break;
    case State::Connected:
        // Qt closed after a close frame or after a violation it found (errors
        // before disconnected() are handled in onSocketError and release the
        // socket, so they never get here).
        onClosedWhileConnected();
        break;
    case State::Connecting:
        // Qt 6.4 sends disconnected() before error() for a refused TCP
        // connection: give the error a chance to arrive with its real cause.
        QMetaObject::invokeMethod(
            q,
            [this, socket = m_socket] {
                if (m_socket == socket && state() == State::Connecting && !m_socketFailed)
                    fail(ConnectionErrors::closedDuringHandshake());
            },
            Qt::QueuedConnection);
        break;
    default:
        break;
    }
}

void WebSocketClient::Private::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (m_socketFailed)
        return;
    m_socketFailed = true;
    const State current = state();
    ConnectionErrors::SocketFailure failure;
    failure.socketError = socketError;
    failure.qtMessage = m_socket->errorString();
    failure.connecting = current == State::Connecting;
    failure.connected = current == State::Connected;
    failure.tcpConnected = !m_socket->peerAddress().isNull();
    failure.tls = m_tlsGuard;
    failure.proxy = m_socket->proxy();
    qCDebug(lcWs) << "socket error" << socketError << failure.qtMessage << "in"
                  << connectionStateName(current);
    Error error = ConnectionErrors::socketFailure(failure);
    if (ConnectionErrors::isHandshakeRefusal(failure)) {
        fetchRefusalAnswer(error);
        return;
    }
    if (failure.connected && socketError == QAbstractSocket::RemoteHostClosedError) {
        CloseInfo close;
        close.initiator = CloseInfo::Initiator::Lost;
        recordClose(close);
        error.withContext(QStringLiteral("close"), close.toJson());
    }
    if (failure.connecting || failure.connected)
        fail(error);
}

void WebSocketClient::Private::fetchRefusalAnswer(const Error &error)
{
    m_connectTimer.stop();
    const QNetworkProxy proxy = m_socket->proxy();
    releaseSocket(); // Qt 6.4 leaves a refused socket in ConnectingState
    if (!m_probe)
        m_probe = new HandshakeProbe(q);
    // still Connecting meanwhile: a close() cancels it
    m_probe->fetch(m_attemptRequest, m_attemptSubprotocols, proxy, m_attemptTls, secrets(),
                   [this, error](const HandshakeProbe::Answer &answer) {
                       fail(ConnectionErrors::withHandshakeAnswer(error, answer));
                   });
}

void WebSocketClient::Private::onConnectTimeout()
{
    if (state() != State::Connecting || !m_socket)
        return;
    const bool tcpConnected = !m_socket->peerAddress().isNull();
    m_socketFailed = true;
    fail(ConnectionErrors::connectTimeout(m_config.connectTimeoutMs, tcpConnected));
}

void WebSocketClient::Private::onCloseTimeout()
{
    if (state() != State::Disconnecting)
        return;
    if (m_draining) {
        // no confirmation in time: close anyway, and say what is unconfirmed
        sendCloseFrame();
        return;
    }
    qCInfo(lcWs).noquote() << "peer did not finish the close within" << m_config.closeTimeoutMs
                           << "ms; aborting";
    m_machine->fire(Trigger::Closed);
}

void WebSocketClient::Private::onPong(const QByteArray &payload)
{
    // Answers to maxmon's own pings (heartbeat probes, delivery confirmations)
    // are bookkeeping, like TCP's ACKs: they feed the latency statistics and
    // the delivery counters, not the message stream. Any other pong is a message.
    m_heartbeat->trafficReceived();
    if (m_outbound->handlePong(payload))
        return;
    if (const std::optional<quint64> probe = Heartbeat::sequenceFromPingPayload(payload)) {
        m_outbound->probeAnswered(*probe); // late or not: the pong is proof of arrival
        if (m_config.heartbeat.strategy == HeartbeatConfig::Strategy::Ping)
            m_heartbeat->pongReceived(payload);
        return;
    }
    recordIncoming(Message::control(Message::Kind::Pong, Message::Direction::Incoming, payload));
}

void WebSocketClient::Private::recordIncoming(const Message &message)
{
    m_diagnostics.bytesIn += message.size();
    ++m_diagnostics.messagesIn;
    m_heartbeat->trafficReceived();
    Q_EMIT q->messageReceived(message);
}

void WebSocketClient::Private::fail(const Error &rawError)
{
    // Qt's own texts may quote the URL, token included.
    const QStringList known = secrets();
    Error error(rawError.code(), redaction::text(rawError.message(), known),
                redaction::text(rawError.detail(), known), redaction::text(rawError.hint(), known));
    const QJsonObject context = rawError.context();
    for (auto it = context.begin(); it != context.end(); ++it)
        error.withContext(it.key(), masked(it.value(), known));
    qCInfo(lcWs).noquote() << m_diagnostics.url << "failed:" << error.codeName() << error.message();

    const bool wasConnected = state() == State::Connected;
    m_connectTimer.stop();
    releaseSocket();
    if (wasConnected)
        m_reconnect.connectionLost();
    const ReconnectPolicy::Decision decision =
        m_reconnect.decide(error, m_credentials->authProvider(m_config));
    if (decision.retries()) {
        if (decision.renewToken)
            m_tokenReason = AuthProvider::Reason::Renew;
        ReconnectStatus &status = m_diagnostics.reconnect;
        status.lastDelayMs = decision.delayMs;
        status.reason = decision.reason;
        status.nextAttemptAtUs = Message::nowUs() + qint64(decision.delayMs) * 1000;
        status.nextAttemptAtMonotonicNs =
            Message::nowMonotonicNs() + qint64(decision.delayMs) * 1000000;
    }
    m_diagnostics.lastError = decision.error;
    Q_EMIT q->errorOccurred(decision.error);
    if (wasConnected)
        reportUnconfirmed(true);
    m_machine->fire(decision.retries() ? Trigger::RetryScheduled : Trigger::Failed);
}

void WebSocketClient::Private::reportUnconfirmed(bool connectionLost)
{
    const QList<Message> unconfirmed = m_outbound->takeUnconfirmed();
    if (unconfirmed.isEmpty())
        return;
    QStringList ids;
    for (const Message &message : unconfirmed)
        ids.append(message.id());
    Error error(Error::Code::Unconfirmed,
                WebSocketClient::tr(
                    "%n sent message(s) may not have arrived: the connection ended before the "
                    "server confirmed them.",
                    nullptr, static_cast<int>(unconfirmed.size())),
                WebSocketClient::tr("Message ids: %1").arg(ids.join(QLatin1String(", "))),
                WebSocketClient::tr(
                    "WebSocket has no acknowledgements; maxmon counts a message as arrived once "
                    "the server answers a later ping. Resend these if they must arrive."));
    error.withContext(QStringLiteral("count"), static_cast<int>(unconfirmed.size()));
    error.withContext(QStringLiteral("connectionLost"), connectionLost);
    Q_EMIT q->messagesUnconfirmed(unconfirmed);
    Q_EMIT q->errorOccurred(error);
}

void WebSocketClient::Private::refreshWarnings()
{
    QStringList warnings = TlsPolicy::warnings(m_config);
    if (!m_diagnostics.tls.acceptedErrors.isEmpty())
        warnings.append(
            WebSocketClient::tr("Connected although the server's certificate failed verification: "
                                "%1.")
                .arg(m_diagnostics.tls.acceptedErrors.join(QLatin1String("; "))));
    if (!m_tolerated.isEmpty()) {
        QStringList broken;
        for (const Tolerated &tolerated : m_tolerated)
            broken.append(tolerated.description);
        warnings.append(WebSocketClient::tr("The server breaks the WebSocket protocol where Qt "
                                            "6.4 does not check: %1")
                            .arg(broken.join(QLatin1Char(' '))));
    }
    m_diagnostics.warnings = warnings;
}

} // namespace maxmon
