#include "listenertcpserver.h"

#include <QSslSocket>
#include <QTimer>

#include <unistd.h>

namespace maxmon::monitor {

namespace {

const char guardName[] = "maxmon-connection-guard";

// The timeouts of one connection, a child of its socket.
class ConnectionGuard : public QObject
{
public:
    explicit ConnectionGuard(QTcpSocket *socket)
        : QObject(socket)
    {
        setObjectName(QLatin1String(guardName));
        for (QTimer *timer : { &m_idle, &m_request }) {
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, socket, &QTcpSocket::abort);
        }
        // the HTTP server deletes a socket once it has disconnected
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_idle.stop();
            m_request.stop();
        });
        m_idle.start(ListenerTcpServer::idleTimeoutMs);
    }

    // After the HTTP server read what came: a request begun and not complete
    // is still in its read transaction.
    void bytesRead(QTcpSocket *socket)
    {
        if (socket->isTransactionStarted() && !m_request.isActive())
            m_request.start(ListenerTcpServer::requestTimeoutMs);
    }

    void requestHandled()
    {
        m_request.stop();
        m_idle.start(ListenerTcpServer::idleTimeoutMs);
    }

private:
    QTimer m_idle;
    QTimer m_request;
};

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
    auto *guard = new ConnectionGuard(socket);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
        ssl->startServerEncryption();
    }
    addPendingConnection(socket);
    // connected after the HTTP server's own slot (addPendingConnection made it): runs after it
    connect(socket, &QTcpSocket::readyRead, guard, [guard, socket] { guard->bytesRead(socket); });
}

void ListenerTcpServer::requestHandled(QTcpSocket *socket)
{
    if (QObject *guard =
            socket->findChild<QObject *>(QLatin1String(guardName), Qt::FindDirectChildrenOnly))
        static_cast<ConnectionGuard *>(guard)->requestHandled();
}

} // namespace maxmon::monitor
