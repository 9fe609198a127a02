#include "server/faultproxyconnection.h"

#include "server/faultproxypipe.h"
#include "server/monotonictime.h"

#include <maxmon/message.h>

#include <QTcpSocket>

#include <sys/socket.h>

namespace maxmon {

namespace {
constexpr qint64 socketReadBuffer = 64 * 1024; // beyond this, TCP flow control pushes back

// SO_LINGER {1, 0} makes close() send an RST instead of a FIN.
void resetSocket(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger option { 1, 0 };
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    socket->abort();
}
} // namespace

FaultProxyConnection::FaultProxyConnection(QTcpSocket *client,
                                           const FaultProxy::LinkFaults &clientToServer,
                                           const FaultProxy::LinkFaults &serverToClient,
                                           quint32 seed, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_server(new QTcpSocket(this))
    , m_up(new FaultProxyPipe(m_client, m_server, FrameScanner::Sender::Client, seed, this))
    , m_down(new FaultProxyPipe(m_server, m_client, FrameScanner::Sender::Server, ~seed, this))
    , m_startNs(Message::nowMonotonicNs())
{
    for (FaultProxyPipe *pipe : { m_up, m_down }) {
        const FaultProxy::Direction direction = pipe == m_up
            ? FaultProxy::Direction::ClientToServer
            : FaultProxy::Direction::ServerToClient;
        connect(pipe, &FaultProxyPipe::violationFound, this,
                [this, direction](const FrameScanner::Violation &violation) {
                    const QPair<int, int> key { int(direction), int(violation.rule) };
                    if (m_reported.contains(key))
                        return;
                    m_reported.insert(key);
                    Q_EMIT violationFound(direction, violation);
                });
    }
    m_client->setParent(this);
    for (QTcpSocket *socket : { m_client, m_server })
        socket->setReadBufferSize(socketReadBuffer);
    // no Nagle: latency and slices must reach the peer as the faults say
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    m_dropTimer.setSingleShot(true);
    m_dropTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dropTimer, &QTimer::timeout, this, [this] { reset(FaultProxy::Side::Both); });

    connect(m_client, &QTcpSocket::readyRead, this, [this] { m_up->transfer(); });
    connect(m_server, &QTcpSocket::readyRead, this, [this] { m_down->transfer(); });
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] { m_down->transfer(); });
    connect(m_server, &QTcpSocket::bytesWritten, this, [this] { m_up->transfer(); });
    connect(m_server, &QTcpSocket::connected, this, [this] {
        m_upstreamConnected = true;
        m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_up->transfer();
    });
    connect(m_client, &QTcpSocket::readChannelFinished, this, [this] { m_up->finishSource(); });
    connect(m_server, &QTcpSocket::readChannelFinished, this, [this] { m_down->finishSource(); });
    connect(m_client, &QTcpSocket::disconnected, this, [this] { onClosed(m_client); });
    connect(m_server, &QTcpSocket::disconnected, this, [this] { onClosed(m_server); });
    connect(m_server, &QTcpSocket::errorOccurred, this, &FaultProxyConnection::onUpstreamError);
    for (QTcpSocket *socket : { m_client, m_server }) {
        connect(socket, &QTcpSocket::stateChanged, this, &FaultProxyConnection::checkFinished);
    }
    connect(m_up, &FaultProxyPipe::drained, this,
            [this] { closeAfter(m_server, m_up->faults().closeDelayMs); });
    connect(m_down, &FaultProxyPipe::drained, this,
            [this] { closeAfter(m_client, m_down->faults().closeDelayMs); });

    m_up->setFaults(clientToServer);
    m_down->setFaults(serverToClient);
}

FaultProxyConnection::~FaultProxyConnection()
{
    // the sockets abort as they are destroyed: no callbacks into a half-destroyed object
    m_client->disconnect();
    m_server->disconnect();
}

void FaultProxyConnection::start(const QString &upstreamHost, quint16 upstreamPort)
{
    m_server->connectToHost(upstreamHost, upstreamPort);
    if (m_client->state() != QAbstractSocket::ConnectedState)
        onClosed(m_client); // gone before we started
}

void FaultProxyConnection::setFaults(FaultProxy::Direction direction,
                                     const FaultProxy::LinkFaults &faults)
{
    if (direction == FaultProxy::Direction::ClientToServer)
        m_up->setFaults(faults);
    else if (direction == FaultProxy::Direction::ServerToClient)
        m_down->setFaults(faults);
}

void FaultProxyConnection::setDropAfter(int ms)
{
    if (ms <= 0) {
        m_dropTimer.stop();
        return;
    }
    const qint64 remainingNs = m_startNs + ms * nsPerMs - Message::nowMonotonicNs();
    m_dropTimer.start(static_cast<int>(std::max<qint64>(0, (remainingNs + nsPerMs - 1) / nsPerMs)));
}

void FaultProxyConnection::reset(FaultProxy::Side side)
{
    m_up->discard();
    m_down->discard();
    if (side != FaultProxy::Side::Server)
        resetSocket(m_client);
    else
        m_client->disconnectFromHost();
    if (side != FaultProxy::Side::Client)
        resetSocket(m_server);
    else if (m_upstreamConnected)
        m_server->disconnectFromHost();
    else
        m_server->abort();
    checkFinished();
}

qint64 FaultProxyConnection::bytesForwarded(FaultProxy::Direction direction) const
{
    switch (direction) {
    case FaultProxy::Direction::ClientToServer:
        return m_up->bytesForwarded();
    case FaultProxy::Direction::ServerToClient:
        return m_down->bytesForwarded();
    case FaultProxy::Direction::Both:
        break;
    }
    return m_up->bytesForwarded() + m_down->bytesForwarded();
}

void FaultProxyConnection::onClosed(QTcpSocket *socket)
{
    // what this side sent still goes to the other; what was on its way here is lost
    if (socket == m_client) {
        m_up->finishSource();
        m_down->discard();
    } else {
        m_down->finishSource();
        m_up->discard();
    }
    checkFinished();
}

void FaultProxyConnection::onUpstreamError()
{
    if (m_upstreamConnected)
        return; // a connected socket reports its end through disconnected()
    // the upstream refused or could not be reached: the client gets a reset
    m_up->discard();
    m_down->discard();
    resetSocket(m_client);
    checkFinished();
}

void FaultProxyConnection::closeAfter(QTcpSocket *socket, int delayMs)
{
    auto close = [this, socket] {
        if (socket == m_server && !m_upstreamConnected)
            socket->abort();
        else
            socket->disconnectFromHost();
        checkFinished();
    };
    if (delayMs <= 0)
        close();
    else
        QTimer::singleShot(delayMs, Qt::PreciseTimer, this, close);
}

void FaultProxyConnection::checkFinished()
{
    if (m_finished || m_client->state() != QAbstractSocket::UnconnectedState
        || m_server->state() != QAbstractSocket::UnconnectedState)
        return;
    m_finished = true;
    m_dropTimer.stop();
    Q_EMIT finished();
}

} // namespace maxmon
