#include "server/websocketfrontdoor.h"

#include "server/clientstreamwatch.h"
#include "server/closinghandshake.h"
#include "server/serverlogging.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace maxmon {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// Whether a comma-separated header value lists `token` (case-insensitive).
bool hasToken(const QByteArray &value, const QByteArray &token)
{
    for (const QByteArray &part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray browserPage(const HttpUpgradeRequest &request, const QString &serverName)
{
    const QString url = QStringLiteral("ws://%1%2")
                            .arg(QString::fromUtf8(request.header("Host")), request.path)
                            .toHtmlEscaped();
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>WebSocket "
                          "endpoint</title></head>\n<body><h1>WebSocket endpoint</h1>\n<p>%1 "
                          "speaks WebSocket (RFC 6455) here, not plain HTTP. Connect with a "
                          "WebSocket client, for example:</p>\n<pre>maxmon-cli connect "
                          "%2</pre>\n</body></html>\n")
        .arg(serverName.toHtmlEscaped(), url)
        .toUtf8();
}

} // namespace

std::optional<WebSocketFrontDoor::Decision>
WebSocketFrontDoor::checkUpgrade(const HttpUpgradeRequest &request, const QString &serverName)
{
    if (request.method != QLatin1String("GET"))
        return Decision::reject(
            405, "A WebSocket handshake is a GET request, not " + request.method.toUtf8() + ".\n",
            { { "Allow", "GET" } });
    if (!hasToken(request.header("Upgrade"), "websocket"))
        return Decision::reject(
            426, browserPage(request, serverName),
            { { "Upgrade", "websocket" }, { "Content-Type", "text/html; charset=utf-8" } });
    if (request.httpVersion != "HTTP/1.1")
        return Decision::reject(
            400, "A WebSocket handshake needs HTTP/1.1, not " + request.httpVersion + ".\n");
    if (request.header("Host").isEmpty())
        return Decision::reject(400, "The Host header is missing.\n");
    if (!hasToken(request.header("Connection"), "upgrade"))
        return Decision::reject(400, "The Connection header does not list Upgrade.\n");
    const QByteArray key = request.header("Sec-WebSocket-Key");
    if (key.isEmpty())
        return Decision::reject(400, "The Sec-WebSocket-Key header is missing.\n");
    const auto decoded =
        QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return Decision::reject(400,
                                "Sec-WebSocket-Key must be the base64 form of 16 bytes "
                                "(RFC 6455 section 4.1).\n");
    const QByteArray version = request.header("Sec-WebSocket-Version");
    if (version != "13")
        return Decision::reject(
            426,
            "This server speaks WebSocket version 13 (RFC 6455); the request "
            "asked for "
                + (version.isEmpty() ? QByteArray("no version") : "version " + version) + ".\n",
            { { "Sec-WebSocket-Version", "13" } });
    return std::nullopt;
}

WebSocketFrontDoor::WebSocketFrontDoor(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
    , m_webSocketServer(new QWebSocketServer(serverName, QWebSocketServer::NonSecureMode, this))
    , m_serverName(serverName)
{
    connectServer();
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this,
            &WebSocketFrontDoor::onWebSocketReady);
}

WebSocketFrontDoor::~WebSocketFrontDoor()
{
    m_shuttingDown = true;
}

void WebSocketFrontDoor::connectServer()
{
    // pendingConnectionAvailable, not newConnection: a QSslServer queues a
    // connection only once its TLS handshake is done.
    connect(m_tcpServer, &QTcpServer::pendingConnectionAvailable, this,
            &WebSocketFrontDoor::onNewTcpConnection);
}

void WebSocketFrontDoor::setHandshakeTimeout(int ms)
{
    m_handshakeTimeoutMs = ms;
    if (auto *sslServer = qobject_cast<QSslServer *>(m_tcpServer))
        sslServer->setHandshakeTimeout(ms);
}

void WebSocketFrontDoor::setSslConfiguration(const QSslConfiguration &configuration)
{
    Q_ASSERT(!m_tcpServer->isListening());
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(m_handshakeTimeoutMs);
    // Small handshake records: without this, Nagle and delayed ACKs add ~40 ms.
    connect(server, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    connect(server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *socket, QAbstractSocket::SocketError error) {
                qCDebug(lcServer) << "TLS handshake failed:" << error << socket->errorString();
                Q_EMIT tlsHandshakeFailed(socket->errorString());
            });
    delete std::exchange(m_tcpServer, server);
    m_secure = true;
    connectServer();
}

void WebSocketFrontDoor::setSupportedSubprotocols(const QStringList &protocols)
{
    m_webSocketServer->setSupportedSubprotocols(protocols);
}

bool WebSocketFrontDoor::listen(const QHostAddress &address, quint16 port)
{
    return m_tcpServer->listen(address, port);
}

void WebSocketFrontDoor::close()
{
    m_tcpServer->close();
    // a closing server resets what it drops (TestServer::stop() relies on it)
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_ignored)) {
        if (socket)
            socket->abort();
    }
    m_ignored.clear();
}

bool WebSocketFrontDoor::isListening() const
{
    return m_tcpServer->isListening();
}

quint16 WebSocketFrontDoor::port() const
{
    return m_tcpServer->serverPort();
}

QHostAddress WebSocketFrontDoor::address() const
{
    return m_tcpServer->serverAddress();
}

QString WebSocketFrontDoor::errorString() const
{
    return m_tcpServer->errorString();
}

void WebSocketFrontDoor::onNewTcpConnection()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        if (m_maxConnections > 0 && m_connections.size() >= m_maxConnections) {
            qCWarning(lcServer) << "connection limit" << m_maxConnections << "reached; refusing";
            reject(socket, Decision::reject(503, QByteArrayLiteral("Too many connections\n")));
            continue;
        }
        track(socket);
        // Events go out as they are sent. With Nagle's algorithm a client that
        // also sends (a heartbeat ping each second) gets delayed ACKs, and a
        // stream of small frames waited up to 40 ms for them (a p99 of 31 ms
        // at 10,000 events/s, against 0.7 ms with no pings).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequestBytes(socket); });
        if (socket->bytesAvailable() > 0) // decrypted together with the end of the TLS handshake
            QMetaObject::invokeMethod(
                this,
                [this, socket = QPointer<QTcpSocket>(socket)] {
                    if (socket && !socket->property("maxmon_routed").toBool())
                        onRequestBytes(socket);
                },
                Qt::QueuedConnection);
        connect(socket, &QTcpSocket::disconnected, this, [socket] { socket->deleteLater(); });
        // Slow or silent clients must not hold a connection slot forever.
        QTimer::singleShot(m_handshakeTimeoutMs, this,
                           [socket = QPointer<QTcpSocket>(socket), this] {
                               if (socket && !socket->property("maxmon_routed").toBool())
                                   socket->abort();
                           });
    }
}

void WebSocketFrontDoor::track(QObject *connection)
{
    // The context is the TCP server, not this: route() drops every
    // connection from a socket whose receiver is this.
    m_connections.insert(connection);
    connect(connection, &QObject::destroyed, m_tcpServer,
            [this, connection] { m_connections.remove(connection); });
}

void WebSocketFrontDoor::onRequestBytes(QTcpSocket *socket)
{
    // Peek, do not read: an accepted request is answered by QWebSocketServer,
    // which must find the whole request still in the socket's buffer.
    const QByteArray data = socket->peek(HttpUpgradeRequest::maxSize + 4);
    HttpUpgradeRequest request;
    HttpUpgradeRequest::ParseStatus status = HttpUpgradeRequest::parse(data, &request);
    // A TLS ClientHello (record type 22) on a plain port never ends in a
    // blank line: answer at once, so a wss:// client fails fast, not by timeout.
    constexpr char tlsHandshakeRecord = 0x16;
    if (!m_secure && data.startsWith(tlsHandshakeRecord))
        status = HttpUpgradeRequest::ParseStatus::Invalid;
    if (status == HttpUpgradeRequest::ParseStatus::Incomplete)
        return;
    socket->setProperty("maxmon_routed", true);
    disconnect(socket, nullptr, this, nullptr);
    if (status == HttpUpgradeRequest::ParseStatus::TooLarge)
        reject(socket, Decision::reject(413, QByteArrayLiteral("Request headers too large\n")));
    else if (status == HttpUpgradeRequest::ParseStatus::Invalid)
        reject(socket, Decision::reject(400, QByteArrayLiteral("Not an HTTP request\n")));
    else
        route(socket, request, data.left(data.indexOf("\r\n\r\n") + 4));
}

void WebSocketFrontDoor::route(QTcpSocket *socket, const HttpUpgradeRequest &request,
                               const QByteArray &raw)
{
    m_requests.append(request);
    std::optional<Decision> decision = checkUpgrade(request, m_serverName);
    if (!decision)
        decision = m_router ? m_router(request) : Decision::accept();
    switch (decision->kind) {
    case Decision::Kind::Reject:
        Q_EMIT requestRejected(request, decision->httpStatus);
        reject(socket, *decision);
        return;
    case Decision::Kind::Ignore:
        m_ignored.append(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    case Decision::Kind::Accept:
        accept(socket, request, raw);
        return;
    }
}

void WebSocketFrontDoor::accept(QTcpSocket *socket, const HttpUpgradeRequest &request,
                                const QByteArray &raw)
{
    // Both before Qt connects its own slots to the socket, so they run first.
    auto *watch = new ClientStreamWatch(socket, raw);
    connect(watch, &ClientStreamWatch::violationFound, this,
            [this, request, peer = socket->peerAddress().toString(),
             port = socket->peerPort()](const FrameScanner::Violation &violation) {
                if (!violation.toleratedByQt())
                    return; // Qt closes the connection for it
                qCWarning(lcServer).noquote()
                    << "client" << QStringLiteral("%1:%2").arg(peer).arg(port)
                    << violation.describe() << "Qt 6.4 does not check this.";
                Q_EMIT clientViolation(request, violation);
            });
    connect(socket, &QIODevice::aboutToClose, this, [this, socket] { onClosing(socket); });
    m_handedOver.insert(socket->peerPort(), { request, socket });
    m_webSocketServer->handleConnection(socket);
}

void WebSocketFrontDoor::onClosing(QTcpSocket *socket)
{
    // Only after a close frame (the QWebSocket armed it): an abort() resets.
    if (m_shuttingDown || !socket->property("maxmon_close_sent").toBool()
        || socket->property("maxmon_closing").toBool())
        return;
    socket->setProperty("maxmon_closing", true);
    std::optional<FrameScanner> scanner;
    if (!m_secure) {
        if (const auto *watch = socket->findChild<ClientStreamWatch *>())
            scanner = watch->scanner();
    }
    ClosingHandshake::takeOver(socket, std::move(scanner), m_closingTimeoutMs, this);
}

void WebSocketFrontDoor::reject(QTcpSocket *socket, const Decision &refusal)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(refusal.httpStatus) + ' '
        + reasonPhrase(refusal.httpStatus) + "\r\n";
    bool typed = false;
    for (const auto &[name, value] : refusal.headers) {
        head += name + ": " + value + "\r\n";
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!typed)
        head += "Content-Type: text/plain; charset=utf-8\r\n";
    socket->write(head + "Content-Length: " + QByteArray::number(refusal.body.size())
                  + "\r\nConnection: close\r\n\r\n" + refusal.body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // What the client still sends (a POST's body, say) is read and dropped
    // until it closes: closing on unread data would reset the answer away.
    socket->setProperty("maxmon_closing", true);
    if (!m_shuttingDown)
        ClosingHandshake::takeOver(socket, std::nullopt, m_closingTimeoutMs, this);
    socket->disconnectFromHost();
}

void WebSocketFrontDoor::onWebSocketReady()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        const HandedOver handedOver = m_handedOver.take(socket->peerPort());
        if (QTcpSocket *tcp = handedOver.tcpSocket) {
            if (auto *watch = tcp->findChild<ClientStreamWatch *>())
                watch->attachAfterQt();
            // Emitted first when QWebSocket has written its close frame, before
            // it closes the TCP socket (onClosing()); an abort() does not.
            connect(socket, &QWebSocket::aboutToClose, tcp, [tcp] {
                if (tcp->state() == QAbstractSocket::ConnectedState)
                    tcp->setProperty("maxmon_close_sent", true);
            });
        }
        // From here on the QWebSocket stands for the connection.
        m_connections.remove(handedOver.tcpSocket.data());
        track(socket);
        // Qt 6.4's QWebSocket does not delete the TCP socket it was built on:
        // make it a child, so it goes with the QWebSocket.
        if (handedOver.tcpSocket)
            handedOver.tcpSocket->setParent(socket);
        Q_EMIT newConnection(socket, handedOver.request);
    }
}

} // namespace maxmon
