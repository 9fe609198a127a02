#include "websocket/websocketclient.h"

#include "config/redaction.h"
#include "websocket/connectionstatemachine.h"
#include "websocket/logging.h"

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

} // namespace

WebSocketClient::WebSocketClient(QObject *parent)
    : WebSocketClient(ConnectionConfig(), parent)
{ }

WebSocketClient::WebSocketClient(const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_machine(new ConnectionStateMachine(this))
{
    qRegisterMetaType<maxmon::Message>();
    qRegisterMetaType<maxmon::Error>();
    qRegisterMetaType<maxmon::ConnectionState>();

    m_connectTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &WebSocketClient::onConnectTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &WebSocketClient::onCloseTimeout);
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
    m_diagnostics.stateSinceUs = Message::nowUs();
    m_diagnostics.stateSinceMonotonicNs = Message::nowMonotonicNs();
}

WebSocketClient::~WebSocketClient()
{
    releaseSocket();
}

Result<void> WebSocketClient::setConfig(const ConnectionConfig &config)
{
    const State current = state();
    if (current != State::Disconnected && current != State::Error)
        return failure(
            Error::invalidState(tr("change the settings"), connectionStateText(current)));
    m_config = config;
    m_diagnostics.url = m_config.displayUrl();
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
    return diagnostics;
}

void WebSocketClient::setApplicationProbe(Heartbeat::ProbeSender sendProbe)
{
    m_applicationProbe = std::move(sendProbe);
}

void WebSocketClient::applicationProbeAnswered(quint64 sequence)
{
    m_heartbeat->probeAnswered(sequence);
}

Result<void> WebSocketClient::open()
{
    if (!m_machine->accepts(Trigger::Open))
        return failure(Error::invalidState(tr("open"), connectionStateText(state())));
    const QList<ConfigIssue> issues = m_config.validate();
    if (ConfigIssue::hasErrors(issues))
        return failure(configError(issues));
    m_diagnostics.attempt = 0;
    m_diagnostics.url = m_config.displayUrl();
    m_machine->fire(Trigger::Open);
    return {};
}

Result<void> WebSocketClient::close(int closeCode, const QString &reason)
{
    if (!m_machine->accepts(Trigger::Close))
        return failure(Error::invalidState(tr("close"), connectionStateText(state())));
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
    if (state() != State::Connected || !m_socket)
        return failure(Error(
            Error::Code::NotConnected,
            tr("Cannot send: the connection is %1.").arg(connectionStateText(state()).toLower())));
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

    Message sent = message.id().isEmpty() ? message.withId(Message::nextOutgoingId()) : message;
    sent = sent.withTimestamps(Message::nowUs(), Message::nowMonotonicNs());
    const qint64 written = sent.isTextFrame()
        ? m_socket->sendTextMessage(QString::fromUtf8(sent.payload()))
        : m_socket->sendBinaryMessage(sent.payload());
    if (written != sent.size()) {
        return failure(Error(Error::Code::NetworkError,
                             tr("The message could not be written to the socket."),
                             m_socket->errorString()));
    }
    m_diagnostics.bytesOut += written;
    ++m_diagnostics.messagesOut;
    Q_EMIT messageSent(sent);
    return sent.id();
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
        break;
    }
    Q_EMIT stateChanged(state);
    Q_EMIT diagnosticsChanged();
}

void WebSocketClient::enterConnecting()
{
    ++m_diagnostics.attempt;
    m_diagnostics.localAddress.clear();
    m_diagnostics.peerAddress.clear();
    m_diagnostics.subprotocol.clear();
    createSocket();

    QNetworkRequest request(m_config.effectiveUrl());
    for (const HttpHeader &header : m_config.headers)
        request.setRawHeader(header.name.toUtf8(), header.value.toUtf8());
    if (m_config.auth.mode == AuthConfig::Mode::BearerHeader && !m_config.auth.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.auth.token.toUtf8());

    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_config.subprotocols);

    m_attemptStartNs = Message::nowMonotonicNs();
    m_connectTimer.start(m_config.connectTimeoutMs);
    m_socket->open(request, options);
}

void WebSocketClient::enterConnected()
{
    m_diagnostics.lastError = Error();
    startHeartbeat();
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
    releaseSocket();
}

void WebSocketClient::enterError()
{
    m_connectTimer.stop();
    m_closeTimer.stop();
    releaseSocket();
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
    // No more callbacks from a socket we are done with, even while it aborts.
    socket->disconnect(this);
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
    m_diagnostics.subprotocol = m_socket->subprotocol();
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
        recordClose(code, reason, QStringLiteral("server"));
        recordIncoming(
            Message::control(Message::Kind::Close, Message::Direction::Incoming, reason.toUtf8()));
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
    recordIncoming(Message::control(Message::Kind::Pong, Message::Direction::Incoming, payload));
    if (m_config.heartbeat.strategy == HeartbeatConfig::Strategy::Ping)
        m_heartbeat->pongReceived(payload);
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
    Error error = rawError;
    // Qt's own texts may quote the URL, token included.
    error.withDetail(redaction::text(error.detail(), secrets()));
    qCInfo(lcWs).noquote() << m_diagnostics.url << "failed:" << error.codeName() << error.message();
    m_connectTimer.stop();
    releaseSocket();
    m_diagnostics.lastError = error;
    Q_EMIT errorOccurred(error);
    m_machine->fire(Trigger::Failed);
}

QStringList WebSocketClient::secrets() const
{
    return { m_config.auth.token };
}

} // namespace maxmon
