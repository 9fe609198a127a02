#pragma once

#include "server/faultproxy.h"

#include <maxmon/framescanner.h>

#include <QObject>
#include <QSet>
#include <QTimer>

class QTcpSocket;

namespace maxmon {

class FaultProxyPipe;

// One client connection through a FaultProxy: the accepted socket, the
// upstream socket, and a pipe for each direction. When one side closes, the
// other is closed once the data still on its way has been delivered (and
// after the direction's close delay). finished() fires when both are closed.
class FaultProxyConnection : public QObject
{
    Q_OBJECT

public:
    FaultProxyConnection(QTcpSocket *client, const FaultProxy::LinkFaults &clientToServer,
                         const FaultProxy::LinkFaults &serverToClient, quint32 seed,
                         QObject *parent = nullptr);
    ~FaultProxyConnection() override;

    // Connects upstream; separate from the constructor so that finished()
    // can be connected before anything happens.
    void start(const QString &upstreamHost, quint16 upstreamPort);

    void setFaults(FaultProxy::Direction direction, const FaultProxy::LinkFaults &faults);
    // Resets this long after the connection was accepted (0 = never).
    void setDropAfter(int ms);
    void reset(FaultProxy::Side side);
    qint64 bytesForwarded(FaultProxy::Direction direction) const;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();
    // The first violation of each RFC 6455 rule in each direction.
    void violationFound(maxmon::FaultProxy::Direction direction,
                        const maxmon::FrameScanner::Violation &violation);

private:
    void onClosed(QTcpSocket *socket);
    void onUpstreamError();
    void closeAfter(QTcpSocket *socket, int delayMs);
    void checkFinished();

    QTcpSocket *m_client;
    QTcpSocket *m_server;
    FaultProxyPipe *m_up; // client -> server
    FaultProxyPipe *m_down; // server -> client
    QTimer m_dropTimer { this };
    qint64 m_startNs;
    bool m_upstreamConnected = false;
    bool m_finished = false;
    QSet<QPair<int, int>> m_reported; // direction, rule
};

} // namespace maxmon
