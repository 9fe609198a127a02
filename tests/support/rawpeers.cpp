#include "rawpeers.h"

#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace maxmon::test {

EchoServer::EchoServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket,
                    [socket] { socket->write(socket->readAll()); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

End RawPeer::update()
{
    char buffer[4096];
    while (end == End::Open) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0)
            data.append(buffer, n);
        else if (n == 0)
            end = End::Fin;
        else if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        else if (errno != EINTR)
            end = errno == ECONNRESET ? End::Reset : End::Fin;
    }
    return end;
}

void RawPeer::send(const QByteArray &bytes) const
{
    QCOMPARE(::send(fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL),
             static_cast<ssize_t>(bytes.size()));
}

RawServer::~RawServer()
{
    for (const RawPeer &peer : std::as_const(peers))
        ::close(peer.fd);
}

void RawServer::incomingConnection(qintptr descriptor)
{
    const int fd = static_cast<int>(descriptor);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    peers.append({ fd, End::Open, {} });
}

RawPeer connectRaw(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return {};
    }
    return { fd, End::Open, {} };
}

QByteArray dataOf(RawPeer &peer)
{
    peer.update();
    return peer.data;
}

} // namespace maxmon::test
