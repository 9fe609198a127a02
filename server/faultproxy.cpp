#include "server/faultproxy.h"

#include "server/faultproxyconnection.h"
#include "server/serverlogging.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace maxmon {

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_random(QRandomGenerator::global()->generate())
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    const QList<FaultProxyConnection *> connections = std::exchange(m_connections, {});
    for (FaultProxyConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

void FaultProxy::setUpstream(const QString &host, quint16 port)
{
    m_upstreamHost = host;
    m_upstreamPort = port;
}

bool FaultProxy::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        return false;
    }
    m_address = m_server->serverAddress();
    m_port = m_server->serverPort();
    m_refusing = false;
    qCDebug(lcServer).noquote() << "fault proxy on" << m_address.toString() << m_port << "->"
                                << m_upstreamHost << m_upstreamPort;
    return true;
}

void FaultProxy::close()
{
    m_server->close();
    m_refusing = false;
    resetConnections(Side::Both);
}

bool FaultProxy::isListening() const
{
    return m_server->isListening();
}

FaultProxy::LinkFaults FaultProxy::faults(Direction direction) const
{
    return m_faults[index(direction)];
}

template<typename Change>
void FaultProxy::change(Direction direction, Change apply)
{
    if (direction != Direction::ServerToClient)
        apply(m_faults[0]);
    if (direction != Direction::ClientToServer)
        apply(m_faults[1]);
    applyFaults();
}

void FaultProxy::setFaults(Direction direction, const LinkFaults &faults)
{
    change(direction, [&faults](LinkFaults &f) { f = faults; });
}

void FaultProxy::setLatency(int latencyMs, int jitterMs, Direction direction)
{
    change(direction, [=](LinkFaults &f) {
        f.latencyMs = latencyMs;
        f.jitterMs = jitterMs;
    });
}

void FaultProxy::setBandwidth(qint64 bytesPerSecond, Direction direction)
{
    change(direction, [=](LinkFaults &f) { f.bandwidthBytesPerSecond = bytesPerSecond; });
}

void FaultProxy::setBlackhole(bool on, Direction direction)
{
    change(direction, [=](LinkFaults &f) { f.blackhole = on; });
}

void FaultProxy::setSlicing(int minBytes, int maxBytes, Direction direction)
{
    change(direction, [=](LinkFaults &f) {
        f.sliceMinBytes = minBytes;
        f.sliceMaxBytes = maxBytes;
    });
}

void FaultProxy::setCloseDelay(int delayMs, Direction direction)
{
    change(direction, [=](LinkFaults &f) { f.closeDelayMs = delayMs; });
}

void FaultProxy::clearFaults()
{
    setFaults(Direction::Both, LinkFaults());
}

void FaultProxy::applyFaults()
{
    for (FaultProxyConnection *connection : std::as_const(m_connections)) {
        connection->setFaults(Direction::ClientToServer, m_faults[0]);
        connection->setFaults(Direction::ServerToClient, m_faults[1]);
    }
}

bool FaultProxy::setRefuseConnections(bool refuse)
{
    if (refuse == m_refusing)
        return true;
    if (refuse) {
        m_server->close();
        m_refusing = true;
        return true;
    }
    if (!m_server->listen(m_address, m_port)) {
        m_errorString = m_server->errorString();
        return false;
    }
    m_refusing = false;
    return true;
}

void FaultProxy::setDropAfter(int ms)
{
    m_dropAfterMs = ms;
    for (FaultProxyConnection *connection : std::as_const(m_connections))
        connection->setDropAfter(ms);
}

void FaultProxy::resetConnections(Side side)
{
    // resetting may finish (and unlist) a connection at once
    const QList<FaultProxyConnection *> connections = m_connections;
    for (FaultProxyConnection *connection : connections)
        connection->reset(side);
}

qint64 FaultProxy::bytesForwarded(Direction direction) const
{
    qint64 total = 0;
    if (direction != Direction::ServerToClient)
        total += m_closedBytes[0];
    if (direction != Direction::ClientToServer)
        total += m_closedBytes[1];
    for (const FaultProxyConnection *connection : m_connections)
        total += connection->bytesForwarded(direction);
    return total;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection =
            new FaultProxyConnection(socket, m_faults[0], m_faults[1], m_random.generate(), this);
        m_connections.append(connection);
        ++m_accepted;
        connect(connection, &FaultProxyConnection::violationFound, this,
                [this](Direction direction, const FrameScanner::Violation &violation) {
                    if (m_violations.size() < maxViolations)
                        m_violations.append({ direction, violation });
                    Q_EMIT protocolViolation(direction, violation);
                });
        connect(connection, &FaultProxyConnection::finished, this,
                [this, connection] { onConnectionFinished(connection); });
        connection->setDropAfter(m_dropAfterMs);
        connection->start(m_upstreamHost, m_upstreamPort);
        Q_EMIT connectionAccepted();
    }
}

void FaultProxy::onConnectionFinished(FaultProxyConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    m_closedBytes[0] += connection->bytesForwarded(Direction::ClientToServer);
    m_closedBytes[1] += connection->bytesForwarded(Direction::ServerToClient);
    connection->deleteLater();
    Q_EMIT connectionClosed();
}

} // namespace maxmon
