#pragma once

#include <maxmon/framescanner.h>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>

class QTcpServer;

namespace maxmon {

class FaultProxyConnection;

// A TCP proxy that makes a good network bad on purpose, for tests and for
// `maxmon-cli netsim`. It listens (127.0.0.1, port 0 by default), opens one
// upstream connection per accepted client and forwards bytes both ways.
//
// Faults can change at any time and apply to open connections at once:
//   per direction: latency and jitter, a bandwidth cap, a blackhole (stop
//   forwarding but keep both TCP connections open), writes sliced into tiny
//   chunks, and a delayed FIN when one side closes;
//   per connection: reset (a real RST), drop after a given time, and
//   refusing new connections (the listening socket is closed meanwhile).
//
// Without a fault that says otherwise, bytes are never lost or reordered:
// latency is applied per chunk but a chunk never overtakes an earlier one,
// and a blackhole holds data back (the kernel's buffers fill and TCP flow
// control pushes back on the sender) instead of dropping it.
//
// It also reads what passes as WebSocket (the upgrade, then the frames of
// both directions) and reports every rule of RFC 6455 broken on the wire,
// the ones Qt 6.4 lets through unchecked (a server's masked frames, a
// client's unmasked ones) included: protocolViolation(), violations().
//
// Limits: Qt cannot half-close a TCP socket, so when one side closes, the
// proxy forwards what it still holds and then closes the other side fully.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Direction {
        ClientToServer, // upstream
        ServerToClient, // downstream
        Both,
    };
    enum class Side { Client, Server, Both };

    struct LinkFaults
    {
        int latencyMs = 0;
        int jitterMs = 0; // each chunk's delay is latency +- up to this
        qint64 bandwidthBytesPerSecond = 0; // 0 = unlimited
        bool blackhole = false;
        int sliceMinBytes = 0; // 0 = write chunks whole
        int sliceMaxBytes = 0;
        int closeDelayMs = 0; // forward the FIN this much later
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    void setUpstream(const QString &host, quint16 port);
    QString upstreamHost() const { return m_upstreamHost; }
    quint16 upstreamPort() const { return m_upstreamPort; }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close(); // stops listening and resets every connection
    bool isListening() const;
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }

    LinkFaults faults(Direction direction) const; // Both: ClientToServer's
    void setFaults(Direction direction, const LinkFaults &faults);
    void setLatency(int latencyMs, int jitterMs = 0, Direction direction = Direction::Both);
    void setBandwidth(qint64 bytesPerSecond, Direction direction = Direction::Both);
    void setBlackhole(bool on, Direction direction = Direction::Both);
    // Every write of 1..maxBytes (or minBytes..maxBytes) bytes; 0 = off.
    void setSlicing(int minBytes, int maxBytes, Direction direction = Direction::Both);
    // Direction of the FIN: ServerToClient delays the client seeing the server's close.
    void setCloseDelay(int delayMs, Direction direction = Direction::Both);
    void clearFaults();

    // Refusing closes the listening socket (clients see "connection
    // refused"); accepting again listens on the same port. False with
    // errorString() if the port cannot be taken back.
    bool setRefuseConnections(bool refuse);
    bool isRefusingConnections() const { return m_refusing; }
    // Resets every connection this long after it was accepted (0 = never);
    // applies to open connections too, counted from their start.
    void setDropAfter(int ms);
    int dropAfter() const { return m_dropAfterMs; }
    // A real RST (SO_LINGER {1, 0}, then close) to the chosen side(s); the
    // other side, if any, is closed normally.
    void resetConnections(Side side = Side::Both);

    // Seeds the jitter and slice sizes, for reproducible runs.
    void setSeed(quint32 seed) { m_random.seed(seed); }

    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    qint64 acceptedCount() const { return m_accepted; }
    qint64 bytesForwarded(Direction direction) const;
    // The violations seen so far (the first of each rule per connection and
    // direction), oldest first, at most maxViolations.
    QList<QPair<Direction, FrameScanner::Violation>> violations() const { return m_violations; }
    static constexpr qsizetype maxViolations = 100;

Q_SIGNALS:
    void connectionAccepted();
    void connectionClosed();
    void protocolViolation(maxmon::FaultProxy::Direction direction,
                           const maxmon::FrameScanner::Violation &violation);

private:
    void onNewConnection();
    void onConnectionFinished(FaultProxyConnection *connection);
    void applyFaults();
    static int index(Direction direction) { return direction == Direction::ServerToClient ? 1 : 0; }
    template<typename Change>
    void change(Direction direction, Change apply);

    QTcpServer *m_server;
    QString m_upstreamHost = QStringLiteral("127.0.0.1");
    quint16 m_upstreamPort = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_errorString;
    bool m_refusing = false;
    int m_dropAfterMs = 0;
    LinkFaults m_faults[2]; // [ClientToServer, ServerToClient]
    QRandomGenerator m_random;
    QList<FaultProxyConnection *> m_connections;
    qint64 m_accepted = 0;
    qint64 m_closedBytes[2] = { 0, 0 }; // forwarded by connections already gone
    QList<QPair<Direction, FrameScanner::Violation>> m_violations;
};

} // namespace maxmon
