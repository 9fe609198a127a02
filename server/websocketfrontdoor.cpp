#include "server/websocketfrontdoor.h"

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
    case 413:
        return "Payload Too Large";
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

} // namespace

WebSocketFrontDoor::WebSocketFrontDoor(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
    , m_webSocketServer(new QWebSocketServer(serverName, QWebSocketServer::NonSecureMode, this))
{
    connectServer();
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this,
            &WebSocketFrontDoor::onWebSocketReady);
}

WebSocketFrontDoor::~WebSocketFrontDoor() = default;

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
            reject(socket, 503, QByteArrayLiteral("Too many connections\n"));
            continue;
        }
        track(socket);
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
        reject(socket, 413, QByteArrayLiteral("Request headers too large\n"));
    else if (status == HttpUpgradeRequest::ParseStatus::Invalid)
        reject(socket, 400, QByteArrayLiteral("Not an HTTP request\n"));
    else
        route(socket, request);
}

void WebSocketFrontDoor::route(QTcpSocket *socket, const HttpUpgradeRequest &request)
{
    m_requests.append(request);
    const Decision decision = m_router ? m_router(request) : Decision::accept();
    switch (decision.kind) {
    case Decision::Kind::Reject:
        Q_EMIT requestRejected(request, decision.httpStatus);
        reject(socket, decision.httpStatus, decision.body, decision.headers);
        return;
    case Decision::Kind::Ignore:
        m_ignored.append(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    case Decision::Kind::Accept:
        m_handedOver.insert(socket->peerPort(), { request, socket });
        m_webSocketServer->handleConnection(socket);
        return;
    }
}

void WebSocketFrontDoor::reject(QTcpSocket *socket, int status, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    for (const auto &header : headers)
        response += header.first + ": " + header.second + "\r\n";
    response += "\r\n" + body;
    socket->write(response);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

void WebSocketFrontDoor::onWebSocketReady()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        const HandedOver handedOver = m_handedOver.take(socket->peerPort());
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
