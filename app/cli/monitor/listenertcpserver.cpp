#include "listenertcpserver.h"

#include <QSslSocket>
#include <QTimer>

#include <unistd.h>

namespace maxmon::monitor {

namespace {

const char idleTimerName[] = "maxmon-idle";

} // namespace

ListenerTcpServer::ListenerTcpServer(QObject *parent)
    : QTcpServer(parent)
{ }

void ListenerTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_connections >= maxConnections) {
        ::close(static_cast<int>(descriptor));
        return;
    }
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    socket->setReadBufferSize(readBufferBytes);
    auto *idle = new QTimer(socket);
    idle->setObjectName(QLatin1String(idleTimerName));
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    // the HTTP server deletes a socket once it has disconnected
    connect(socket, &QTcpSocket::disconnected, idle, &QTimer::stop);
    idle->start(idleTimeoutMs);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
        ssl->startServerEncryption();
    }
    addPendingConnection(socket);
}

void ListenerTcpServer::requestHandled(QTcpSocket *socket)
{
    if (auto *idle =
            socket->findChild<QTimer *>(QLatin1String(idleTimerName), Qt::FindDirectChildrenOnly))
        idle->start(idleTimeoutMs);
}

} // namespace maxmon::monitor
