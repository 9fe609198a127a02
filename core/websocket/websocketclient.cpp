#include "base/logging.h"
#include "websocket/connectionstatemachine.h"
#include "websocket/outboundflow.h"
#include "websocket/tlsguard.h"

#include <maxmon/phoenix/authtoken.h>
#include <maxmon/proxyselector.h>
#include <maxmon/redaction.h>
#include <maxmon/secretstore.h>
#include <maxmon/secrettokenprovider.h>
#include <maxmon/statictokenprovider.h>
#include <maxmon/tlspolicy.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace maxmon {

using Trigger = ConnectionStateMachine::Trigger;

namespace {

QString endpoint(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return QString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

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
    if (urlOnly) {
        return Error(
            Error::Code::InvalidUrl,
            WebSocketClient::tr("The URL is not valid: %1").arg(lines.join(QLatin1String("; "))));
    }
    return Error(Error::Code::InvalidConfig,
                 WebSocketClient::tr("The connection settings are not valid."),
                 lines.join(QLatin1Char('\n')));
}

// Qt 6.4 closes the connection itself, with 1009, when an incoming frame or
// message is over the limits set in createSocket(): no error signal, only
// disconnected() with its own close code and one of these reasons.
bool isOwnTooLargeClose(int code, const QString &reason)
{
    if (code != QWebSocketProtocol::CloseCodeTooMuchData)
        return false;
    static const char *const frameReason = "Maximum framesize exceeded.";
    static const char *const messageReason = "Received message is too big.";
    return reason == QLatin1String(frameReason) || reason == QLatin1String(messageReason)
        || reason == QCoreApplication::translate("QWebSocketFrame", frameReason)
        || reason == QCoreApplication::translate("QWebSocketDataProcessor", messageReason);
}

Error incomingTooLarge(qint64 limit, const QString &qtReason)
{
    // Qt does not say how large the message was, only that it passed the limit.
    Error error(Error::Code::MessageTooLarge,
                WebSocketClient::tr("The server sent a message larger than the limit of %1 "
                                    "bytes; the connection was closed with 1009 (Message too "
                                    "big).")
                    .arg(limit),
                qtReason,
                WebSocketClient::tr("Raise max_incoming_message_size in the profile, or make "
                                    "the server send smaller messages."));
    error.withContext(QStringLiteral("closeCode"), 1009);
    error.withContext(QStringLiteral("closedBy"), QStringLiteral("client"));
    error.withContext(QStringLiteral("maxIncomingMessageSize"), limit);
    return error;
}

} // namespace

WebSocketClient::WebSocketClient(QObject *parent)
    : WebSocketClient(ConnectionConfig(), parent)
{ }

WebSocketClient::WebSocketClient(const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_machine(new ConnectionStateMachine(this))
    , m_reconnect(config.reconnect)
    , m_outbound(new OutboundFlow(this))
    , m_secretStore(new SecretStore(this))
{
    qRegisterMetaType<maxmon::Message>();
    qRegisterMetaType<maxmon::Error>();
    qRegisterMetaType<maxmon::ConnectionState>();

    m_connectTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &WebSocketClient::onConnectTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &WebSocketClient::onCloseTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { m_machine->fire(Trigger::RetryDue); });
    m_outbound->configure(m_config.messageQueueSize, m_config.outboundHighWaterBytes);
    connect(m_outbound, &OutboundFlow::written, this, [this](const Message &message) {
        m_diagnostics.bytesOut += message.size();
        ++m_diagnostics.messagesOut;
        Q_EMIT messageSent(message);
    });
    connect(m_outbound, &OutboundFlow::allConfirmed, this, [this] {
        if (m_draining)
            sendCloseFrame();
    });
    connect(m_outbound, &OutboundFlow::writeFailed, this,
            [this](const Message &, const Error &error) { Q_EMIT errorOccurred(error); });
    // each probe's answer proves that what was written before it arrived
    connect(m_heartbeat, &Heartbeat::probeSent, m_outbound, &OutboundFlow::probeSent);
    // the application asks to quit: close with 1001 rather than vanish
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                [this] { shutdown(std::min(m_config.closeTimeoutMs, 2000)); });
    connect(m_machine, &ConnectionStateMachine::entered, this, &WebSocketClient::onStateEntered);
    connect(m_heartbeat, &Heartbeat::latencySampled, this, &WebSocketClient::latencySampled);
    connect(m_heartbeat, &Heartbeat::probeLost, this, [this] { Q_EMIT probeLost(); });
    connect(m_heartbeat, &Heartbeat::healthChanged, this, [this] {
        Q_EMIT healthChanged();
        Q_EMIT diagnosticsChanged();
    });
    connect(m_heartbeat, &Heartbeat::intervalChanged, this, &WebSocketClient::diagnosticsChanged);
    // a half-open link never closes by itself: fail() aborts the socket
    connect(m_heartbeat, &Heartbeat::linkDead, this, &WebSocketClient::fail);

    m_diagnostics.url = m_config.displayUrl();
    refreshWarnings();
    m_diagnostics.stateSinceUs = Message::nowUs();
    m_diagnostics.stateSinceMonotonicNs = Message::nowMonotonicNs();
}

WebSocketClient::~WebSocketClient()
{
    // No event loop to wait in here: the close frame goes into the socket
    // and is flushed as far as the kernel takes it; shutdown() waits properly.
    // The socket's signals are cut first: a half-destroyed client must not
    // react to its own close (state changes, "remote closed" errors).
    if (m_socket) {
        m_socket->disconnect(this);
        if (state() == State::Connected)
            m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QString());
    }
    releaseSocket();
}

Result<void> WebSocketClient::setConfig(const ConnectionConfig &config)
{
    const State current = state();
    if (current != State::Disconnected && current != State::Error)
        return failure(Error::invalidState(
            tr("Cannot change the settings while %1.").arg(connectionStateText(current))));
    m_config = config;
    m_outbound->configure(m_config.messageQueueSize, m_config.outboundHighWaterBytes);
    m_diagnostics.url = m_config.displayUrl();
    refreshWarnings();
    Q_EMIT diagnosticsChanged();
    return {};
}

WebSocketClient::State WebSocketClient::state() const
{
    return m_machine->state();
}

Diagnostics WebSocketClient::diagnostics() const
{
    Diagnostics diagnostics = m_diagnostics;
    diagnostics.heartbeat = m_heartbeat->status();
    diagnostics.reconnect.enabled = m_config.reconnect.enabled;
    diagnostics.reconnect.attempt = m_reconnect.attempt();
    diagnostics.reconnect.maxAttempts = m_config.reconnect.maxAttempts;
    const OutboundQueue::Counters counters = m_outbound->counters();
    DeliveryStatus &delivery = diagnostics.delivery;
    delivery.pending = m_outbound->pendingCount();
    delivery.unconfirmed = m_outbound->unconfirmedCount();
    delivery.queueCapacity = m_config.messageQueueSize;
    delivery.bytesToWrite = m_outbound->bytesToWrite();
    delivery.highWaterBytes = m_outbound->highWaterBytes();
    delivery.queued = counters.queued;
    delivery.written = counters.written;
    delivery.confirmed = counters.confirmed;
    delivery.lost = counters.unconfirmed;
    delivery.rejected = counters.rejected;
    delivery.discarded = counters.discarded;
    return diagnostics;
}

void WebSocketClient::setApplicationProbe(Heartbeat::ProbeSender sendProbe)
{
    m_applicationProbe = std::move(sendProbe);
}

void WebSocketClient::applicationProbeAnswered(quint64 sequence)
{
    m_heartbeat->probeAnswered(sequence);
    m_outbound->probeAnswered(sequence);
}

void WebSocketClient::setAuthProvider(std::shared_ptr<AuthProvider> provider)
{
    m_customAuth = std::move(provider);
}

AuthProvider *WebSocketClient::authProvider()
{
    if (m_customAuth)
        return m_customAuth.get();
    if (m_config.auth.mode == AuthConfig::Mode::None)
        return nullptr;
    if (!m_profileAuth) {
        if (!m_config.auth.token.isEmpty())
            m_profileAuth = std::make_shared<StaticTokenProvider>(m_config.auth.token);
        else if (m_config.auth.tokenSource.isSet())
            m_profileAuth =
                std::make_shared<SecretTokenProvider>(m_config.auth.tokenSource, m_secretStore);
    }
    return m_profileAuth.get();
}

Result<void> WebSocketClient::open()
{
    if (!m_machine->accepts(Trigger::Open))
        return failure(
            Error::invalidState(tr("Cannot open while %1.").arg(connectionStateText(state()))));
    const QList<ConfigIssue> issues = m_config.validate();
    if (ConfigIssue::hasErrors(issues))
        return failure(configError(issues));
    m_diagnostics.attempt = 0;
    m_diagnostics.url = m_config.displayUrl();
    m_reconnect = ReconnectPolicy(m_config.reconnect);
    m_profileAuth.reset(); // the profile may name another token source by now
    m_renewToken = false;
    m_tokenRenewed = false;
    m_machine->fire(Trigger::Open);
    return {};
}

QList<Message> WebSocketClient::discardPending()
{
    QList<Message> discarded = m_outbound->discardPending();
    if (!discarded.isEmpty())
        Q_EMIT diagnosticsChanged();
    return discarded;
}

Result<void> WebSocketClient::retryNow()
{
    if (state() != State::Reconnecting)
        return failure(Error::invalidState(
            tr("Cannot retry now while %1.").arg(connectionStateText(state()))));
    m_retryTimer.stop();
    m_machine->fire(Trigger::RetryDue);
    return {};
}

void WebSocketClient::shutdown(int timeoutMs)
{
    if (state() == State::Connected) {
        close(QWebSocketProtocol::CloseCodeGoingAway,
              QStringLiteral("The application is quitting."));
    } else if (m_machine->accepts(Trigger::Close)) {
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
    if (!m_machine->accepts(Trigger::Close))
        return failure(
            Error::invalidState(tr("Cannot close while %1.").arg(connectionStateText(state()))));
    if (!isSendableCloseCode(closeCode)) {
        return failure(Error(Error::Code::InvalidState,
                             tr("%1 is not a close code a client may send.").arg(closeCode),
                             tr("Use 1000, 1001, 3000-3999 or 4000-4999.")));
    }
    m_pendingCloseCode = closeCode;
    m_pendingCloseReason = reason;
    m_machine->fire(Trigger::Close);
    return {};
}

Result<QString> WebSocketClient::send(const Message &message)
{
    if (message.isNull() || message.isControl()
        || message.direction() != Message::Direction::Outgoing)
        return failure(Error(Error::Code::InvalidPayload,
                             tr("Only outgoing text, JSON or binary messages can be sent.")));
    if (message.size() > m_config.maxOutgoingMessageSize) {
        return failure(Error(Error::Code::OutgoingMessageTooLarge,
                             tr("The message is %1 bytes, more than the limit of %2 bytes.")
                                 .arg(message.size())
                                 .arg(m_config.maxOutgoingMessageSize),
                             QString(), tr("Raise max_outgoing_message_size in the profile.")));
    }
    if (message.isTextFrame() && !message.isValidUtf8()) {
        return failure(Error(Error::Code::InvalidPayload,
                             tr("The text message is not valid UTF-8; the server would close the "
                                "connection (1007)."),
                             QString(), tr("Send it as a binary message instead.")));
    }
    const Message identified =
        message.id().isEmpty() ? message.withId(Message::nextOutgoingId()) : message;
    if (Result<void> accepted = m_outbound->submit(identified); !accepted)
        return failure(accepted.error());
    return identified.id();
}

Result<QString> WebSocketClient::sendText(const QString &text)
{
    return send(Message::fromText(Message::Direction::Outgoing, text));
}

Result<QString> WebSocketClient::sendBinary(const QByteArray &data)
{
    return send(Message::fromBinary(Message::Direction::Outgoing, data));
}

Result<QString> WebSocketClient::sendJson(const QJsonDocument &document)
{
    return send(Message::fromJson(Message::Direction::Outgoing, document));
}

Result<QString> WebSocketClient::sendJson(const QJsonValue &value)
{
    return send(Message::fromJson(Message::Direction::Outgoing, value));
}

void WebSocketClient::onStateEntered(State state)
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
    Q_EMIT stateChanged(state);
    Q_EMIT diagnosticsChanged();
}

void WebSocketClient::enterConnecting()
{
    m_retryTimer.stop();
    m_diagnostics.attempt = m_reconnect.attempt() + 1;
    m_diagnostics.localAddress.clear();
    m_diagnostics.peerAddress.clear();
    m_diagnostics.subprotocol.clear();
    m_diagnostics.proxy.clear();
    m_diagnostics.tls = TlsSessionInfo();
    refreshWarnings();
    ++m_attemptSerial;
    fetchToken();
}

void WebSocketClient::fetchToken()
{
    m_resolved = ResolvedSecrets();
    AuthProvider *provider = authProvider();
    if (!provider) {
        resolveSecrets();
        return;
    }
    const auto reason = std::exchange(m_renewToken, false) ? AuthProvider::Reason::Renew
                                                           : AuthProvider::Reason::Connect;
    provider->fetchToken(reason, this, [this, attempt = m_attemptSerial](Result<QString> token) {
        if (attempt != m_attemptSerial || state() != State::Connecting)
            return; // closed, or a newer attempt started meanwhile
        if (!token) {
            fail(token.error());
            return;
        }
        m_resolved.token = *token;
        resolveSecrets();
    });
}

void WebSocketClient::resolveSecrets()
{
    // Resolved per attempt: a passphrase or password may have rotated.
    QList<SecretRef> refs;
    QList<QString *> targets;
    if (m_config.url.scheme() == QLatin1String("wss") && m_config.tls.keyPassphrase.isSet()) {
        refs.append(m_config.tls.keyPassphrase);
        targets.append(&m_resolved.keyPassphrase);
    }
    const bool explicitProxy = m_config.proxy.mode == ProxyConfig::Mode::Http
        || m_config.proxy.mode == ProxyConfig::Mode::Socks5;
    if (explicitProxy && m_config.proxy.password.isSet()) {
        refs.append(m_config.proxy.password);
        targets.append(&m_resolved.proxyPassword);
    }
    if (refs.isEmpty()) {
        startAttempt();
        return;
    }
    m_secretStore->resolveAll(
        refs, this, [this, targets, attempt = m_attemptSerial](Result<QStringList> values) {
            if (attempt != m_attemptSerial || state() != State::Connecting)
                return; // closed, or a newer attempt started meanwhile
            if (!values) {
                fail(values.error());
                return;
            }
            for (qsizetype i = 0; i < targets.size(); ++i)
                *targets.at(i) = values->at(i);
            startAttempt();
        });
}

void WebSocketClient::startAttempt()
{
    const ConnectionConfig config = attemptConfig();
    const bool secure = config.url.scheme() == QLatin1String("wss");
    TlsPolicy policy;
    if (secure) {
        Result<TlsPolicy> created = TlsPolicy::create(config.tls, m_resolved.keyPassphrase);
        if (!created) {
            fail(created.error());
            return;
        }
        policy = std::move(*created);
    }
    m_diagnostics.url = config.displayUrl();
    createSocket();
    const QNetworkProxy proxy =
        ProxySelector::proxyFor(config.proxy, m_resolved.proxyPassword, config.url);
    m_socket->setProxy(proxy);
    m_diagnostics.proxy = ProxySelector::describe(proxy, config.proxy.mode);
    if (secure) {
        m_socket->setSslConfiguration(policy.sslConfiguration());
        m_tlsGuard = new TlsGuard(std::move(policy), config.url.host(), m_socket);
        connect(m_tlsGuard, &TlsGuard::rejected, this, &WebSocketClient::fail);
    }

    QNetworkRequest request(config.effectiveUrl());
    for (const HttpHeader &header : config.headers)
        request.setRawHeader(header.name.toUtf8(), header.value.toUtf8());
    if (config.auth.mode == AuthConfig::Mode::BearerHeader && !config.auth.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + config.auth.token.toUtf8());

    QWebSocketHandshakeOptions options;
    options.setSubprotocols(config.subprotocols);
    if (config.auth.mode == AuthConfig::Mode::PhoenixSubprotocol && !config.auth.token.isEmpty()) {
        // Checked here: Qt would drop an invalid name with a warning that prints it, token and all.
        const std::optional<QStringList> protocols =
            phoenix::authtoken::subprotocolsFor(config.auth.token, config.subprotocols);
        if (!protocols) {
            fail(Error(Error::Code::InvalidConfig,
                       tr("The token cannot be sent as a Phoenix authToken subprotocol: its "
                          "base64 form contains '/', which a subprotocol name may not."),
                       QString(),
                       tr("Send it as a query parameter (auth mode \"query\") or a bearer "
                          "header instead.")));
            return;
        }
        options.setSubprotocols(*protocols);
    }

    m_attemptStartNs = Message::nowMonotonicNs();
    m_connectTimer.start(config.connectTimeoutMs);
    m_socket->open(request, options);
    if (m_tlsGuard && m_socket)
        m_tlsGuard->watchHandshake();
}

void WebSocketClient::enterConnected()
{
    m_diagnostics.lastError = Error();
    m_reconnect.connectionEstablished();
    m_tokenRenewed = false;
    startHeartbeat();
    m_outbound->attach(m_socket); // writes what waited, oldest first
}

void WebSocketClient::startHeartbeat()
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

void WebSocketClient::enterDisconnecting()
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

void WebSocketClient::sendCloseFrame()
{
    m_draining = false;
    m_closeTimer.start(m_config.closeTimeoutMs);
    recordClose(m_pendingCloseCode, m_pendingCloseReason, QStringLiteral("client"));
    // Qt 6.4 sends the close frame and closes TCP at once; disconnected()
    // normally follows right away, the timer covers a stuck socket.
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(m_pendingCloseCode),
                    m_pendingCloseReason);
}

void WebSocketClient::enterDisconnected()
{
    m_connectTimer.stop();
    m_closeTimer.stop();
    m_retryTimer.stop();
    releaseSocket();
    m_resolved = ResolvedSecrets(); // keep secrets in memory no longer than needed
    reportUnconfirmed(false);
}

void WebSocketClient::enterReconnecting()
{
    m_retryTimer.start(m_diagnostics.reconnect.lastDelayMs);
}

void WebSocketClient::enterError()
{
    m_connectTimer.stop();
    m_closeTimer.stop();
    releaseSocket();
    m_resolved = ResolvedSecrets();
}

void WebSocketClient::createSocket()
{
    releaseSocket();
    m_socketFailed = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(
        static_cast<quint64>(m_config.maxIncomingMessageSize));
    m_socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_config.maxIncomingMessageSize));

    connect(m_socket, &QWebSocket::connected, this, &WebSocketClient::onSocketConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketClient::onSocketDisconnected);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &WebSocketClient::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketClient::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &WebSocketClient::onBinaryMessage);
    connect(m_socket, &QWebSocket::pong, this, &WebSocketClient::onPong);
}

void WebSocketClient::releaseSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    m_outbound->detach();
    m_draining = false;
    // No more callbacks from a socket we are done with, even while it aborts.
    socket->disconnect(this);
    if (m_tlsGuard)
        std::exchange(m_tlsGuard, nullptr)->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
}

void WebSocketClient::onSocketConnected()
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
}

void WebSocketClient::onSocketDisconnected()
{
    switch (state()) {
    case State::Disconnecting:
        m_machine->fire(Trigger::Closed);
        break;
    case State::Connected: {
        // A close frame arrived (errors before disconnected() are handled in
        // onSocketError and release the socket, so they never get here).
        const int code = m_socket->closeCode();
        const QString reason = m_socket->closeReason();
        if (isOwnTooLargeClose(code, reason)) {
            recordClose(code, reason, QStringLiteral("client"));
            fail(incomingTooLarge(m_config.maxIncomingMessageSize, reason));
            break;
        }
        recordClose(code, reason, QStringLiteral("server"));
        recordIncoming(Message::closeFrame(Message::Direction::Incoming, code, reason));
        if (code == QWebSocketProtocol::CloseCodeNormal) {
            qCInfo(lcWs).noquote() << "server closed" << m_diagnostics.url << "normally";
            m_machine->fire(Trigger::PeerClosedCleanly);
        } else {
            fail(Error::fromCloseCode(code, reason));
        }
        break;
    }
    case State::Connecting:
        // Qt 6.4 sends disconnected() before error() for a refused TCP
        // connection: give the error a chance to arrive with its real cause.
        QMetaObject::invokeMethod(
            this,
            [this, socket = m_socket] {
                if (m_socket == socket && state() == State::Connecting && !m_socketFailed)
                    fail(Error(Error::Code::ConnectionLost,
                               tr("The server closed the connection during the handshake.")));
            },
            Qt::QueuedConnection);
        break;
    default:
        break;
    }
}

void WebSocketClient::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (m_socketFailed)
        return;
    m_socketFailed = true;
    const QString qtMessage = m_socket->errorString();
    const State current = state();
    qCDebug(lcWs) << "socket error" << socketError << qtMessage << "in"
                  << connectionStateName(current);

    Error error;
    const bool tcpConnected = !m_socket->peerAddress().isNull();
    if (current == State::Connecting && socketError == QAbstractSocket::ConnectionRefusedError
        && tcpConnected) {
        // Qt 6.4 reports a refused handshake as ConnectionRefusedError and
        // names the HTTP status only in the text.
        error = Error::fromHandshakeRejection(Error::httpStatusFromQtMessage(qtMessage), qtMessage);
    } else {
        error = Error::fromSocketError(socketError, qtMessage);
        if (current == State::Connecting && m_tlsGuard)
            error = m_tlsGuard->explain(socketError, qtMessage, error);
        if (current == State::Connecting)
            error = ProxySelector::explain(error, socketError, m_socket->proxy());
        if (current == State::Connected && socketError == QAbstractSocket::RemoteHostClosedError) {
            error = Error(Error::Code::ConnectionLost,
                          tr("The connection was lost: the server closed it without a close "
                             "frame (1006 Abnormal closure)."),
                          qtMessage);
            error.withContext(QStringLiteral("closeCode"), 1006);
            recordClose(1006, QString(), QStringLiteral("server"));
        }
    }
    if (current == State::Connecting || current == State::Connected)
        fail(error);
}

void WebSocketClient::onConnectTimeout()
{
    if (state() != State::Connecting || !m_socket)
        return;
    const bool tcpConnected = !m_socket->peerAddress().isNull();
    Error error = tcpConnected
        ? Error(Error::Code::HandshakeTimeout,
                tr("The server accepted the connection but did not answer the WebSocket "
                   "handshake within %1 ms.")
                    .arg(m_config.connectTimeoutMs),
                QString(), tr("Check that the URL points at a WebSocket endpoint."))
        : Error(Error::Code::ConnectTimeout,
                tr("Could not connect to the server within %1 ms.").arg(m_config.connectTimeoutMs),
                QString(), tr("Check the host, the port and any firewall in between."));
    error.withContext(QStringLiteral("timeoutMs"), m_config.connectTimeoutMs);
    m_socketFailed = true;
    fail(error);
}

void WebSocketClient::onCloseTimeout()
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

void WebSocketClient::onTextMessage(const QString &text)
{
    recordIncoming(Message::fromText(Message::Direction::Incoming, text));
}

void WebSocketClient::onBinaryMessage(const QByteArray &data)
{
    recordIncoming(Message::fromBinary(Message::Direction::Incoming, data));
}

void WebSocketClient::onPong(quint64 elapsedMs, const QByteArray &payload)
{
    Q_UNUSED(elapsedMs) // milliseconds and only for the latest ping: we time pings ourselves
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

void WebSocketClient::recordIncoming(const Message &message)
{
    m_diagnostics.bytesIn += message.size();
    ++m_diagnostics.messagesIn;
    m_heartbeat->trafficReceived();
    Q_EMIT messageReceived(message);
}

void WebSocketClient::recordClose(int code, const QString &reason, const QString &closedBy)
{
    m_diagnostics.lastCloseCode = code;
    m_diagnostics.lastCloseReason = reason;
    m_diagnostics.lastClosedBy = closedBy;
}

void WebSocketClient::fail(const Error &rawError)
{
    // Qt's own texts may quote the URL, token included.
    const QStringList known = secrets();
    Error error(rawError.code(), redaction::text(rawError.message(), known),
                redaction::text(rawError.detail(), known), redaction::text(rawError.hint(), known));
    const QJsonObject context = rawError.context();
    for (auto it = context.begin(); it != context.end(); ++it)
        error.withContext(it.key(), it.value());
    qCInfo(lcWs).noquote() << m_diagnostics.url << "failed:" << error.codeName() << error.message();

    const bool wasConnected = state() == State::Connected;
    m_connectTimer.stop();
    releaseSocket();
    if (wasConnected)
        m_reconnect.connectionLost();
    const bool retry = scheduleRetryAfter(&error);
    m_diagnostics.lastError = error;
    Q_EMIT errorOccurred(error);
    if (wasConnected)
        reportUnconfirmed(true);
    m_machine->fire(retry ? Trigger::RetryScheduled : Trigger::Failed);
}

bool WebSocketClient::scheduleRetryAfter(Error *error)
{
    const bool refused =
        error->code() == Error::Code::Unauthorized || error->code() == Error::Code::Forbidden;
    AuthProvider *provider = authProvider();
    int delayMs = 0;
    QString reason = error->message(); // what went wrong, unless a renewal explains it better
    if (refused && m_tokenRenewed) {
        *error = Error(Error::Code::AuthFailed,
                       tr("The server refused the token again (HTTP %1), also after a fresh one "
                          "was fetched from %2.")
                           .arg(error->httpStatus())
                           .arg(provider ? provider->describe() : tr("the token source")),
                       error->detail(), tr("Check the credentials; maxmon does not retry now."))
                     .withContext(QStringLiteral("httpStatus"), error->httpStatus());
        return false;
    }
    if (refused && provider && provider->canRenew()) {
        // once, at once: the token may just have expired
        m_tokenRenewed = true;
        m_renewToken = true;
        reason = tr("renewing the token");
    } else if (!ReconnectPolicy::isRetryable(*error)) {
        return false;
    } else if (const std::optional<int> delay = m_reconnect.nextDelayMs()) {
        delayMs = *delay;
    } else {
        if (m_reconnect.isEnabled()) {
            error->withDetail(
                error->detail()
                + tr("\nGave up after %1 reconnect attempts (reconnect.max_attempts).")
                      .arg(m_reconnect.attempt()));
        }
        return false;
    }
    ReconnectStatus &status = m_diagnostics.reconnect;
    status.lastDelayMs = delayMs;
    status.reason = reason;
    status.nextAttemptAtUs = Message::nowUs() + qint64(delayMs) * 1000;
    status.nextAttemptAtMonotonicNs = Message::nowMonotonicNs() + qint64(delayMs) * 1000000;
    return true;
}

void WebSocketClient::reportUnconfirmed(bool connectionLost)
{
    const QList<Message> unconfirmed = m_outbound->takeUnconfirmed();
    if (unconfirmed.isEmpty())
        return;
    QStringList ids;
    for (const Message &message : unconfirmed)
        ids.append(message.id());
    Error error(Error::Code::Unconfirmed,
                tr("%n sent message(s) may not have arrived: the connection ended before the "
                   "server confirmed them.",
                   nullptr, static_cast<int>(unconfirmed.size())),
                tr("Message ids: %1").arg(ids.join(QLatin1String(", "))),
                tr("WebSocket has no acknowledgements; maxmon counts a message as arrived once "
                   "the server answers a later ping. Resend these if they must arrive."));
    error.withContext(QStringLiteral("count"), static_cast<int>(unconfirmed.size()));
    error.withContext(QStringLiteral("connectionLost"), connectionLost);
    Q_EMIT messagesUnconfirmed(unconfirmed);
    Q_EMIT errorOccurred(error);
}

QStringList WebSocketClient::secrets() const
{
    return { m_config.auth.token, m_resolved.token, m_resolved.keyPassphrase,
             m_resolved.proxyPassword };
}

ConnectionConfig WebSocketClient::attemptConfig() const
{
    ConnectionConfig config = m_config;
    config.auth.token = m_resolved.token; // what the AuthProvider gave for this attempt
    return config;
}

void WebSocketClient::refreshWarnings()
{
    QStringList warnings = TlsPolicy::warnings(m_config);
    if (!m_diagnostics.tls.acceptedErrors.isEmpty())
        warnings.append(tr("Connected although the server's certificate failed verification: "
                           "%1.")
                            .arg(m_diagnostics.tls.acceptedErrors.join(QLatin1String("; "))));
    m_diagnostics.warnings = warnings;
}

} // namespace maxmon
