#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace maxmon::test {

// TCP peers for tests of what happens on the wire, below WebSocket.

// Echoes every byte back on the same connection.
class EchoServer : public QObject
{
public:
    EchoServer();
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

// How a raw socket's peer ended the connection, as the kernel reports it:
// recv() returns 0 after a FIN and fails with ECONNRESET after an RST.
enum class End { Open, Fin, Reset };

// One end of a TCP connection as a plain non-blocking descriptor.
struct RawPeer
{
    int fd = -1;
    End end = End::Open; // sticky: after an RST, recv() reports 0
    QByteArray data;

    // Reads what arrived and notices how the connection ended.
    End update();
    void send(const QByteArray &bytes) const;
};

// Keeps accepted connections as raw descriptors, so tests see FIN and RST.
class RawServer : public QTcpServer
{
public:
    ~RawServer() override;
    QList<RawPeer> peers;

protected:
    void incomingConnection(qintptr descriptor) override;
};

// A raw client of 127.0.0.1:port; loopback connect() completes at once.
// fd is -1 when it could not connect.
RawPeer connectRaw(quint16 port);

// What a raw peer has received so far.
QByteArray dataOf(RawPeer &peer);

} // namespace maxmon::test
