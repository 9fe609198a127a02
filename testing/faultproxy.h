#pragma once

#include <maxmon/testing/check.h>
#include <maxmon/testing/maxmon_testing_export.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace maxmon::testing {

/// A TCP proxy on 127.0.0.1 that makes a good network bad on purpose: put it
/// between a client and a server (a ScriptedServer, a PhoenixServer or any
/// other) and inject faults while the test runs.
///
/// Faults change at any time and apply to open connections at once:
///   - per direction: latency with jitter, a bandwidth cap, a blackhole (stop
///     forwarding, keep both TCP connections open), writes sliced into small
///     TCP segments, and a delayed FIN when one side closes;
///   - per connection: reset (a real TCP RST), reset after a given time, and
///     refusing new connections.
///
/// Without a fault that says otherwise, bytes are never lost or reordered: a
/// blackhole holds data back (TCP flow control pushes back on the sender)
/// instead of dropping it, and lifting it delivers what waited.
///
/// @code
/// maxmon::testing::FaultProxy proxy;
/// MAXMON_VERIFY(proxy.listen(server.port()));
/// client.setConfig(plainConfig(proxy.url("/echo")));
/// MAXMON_VERIFY(proxy.setLatency(50, 10)); // 40 to 60 ms each way
/// proxy.setBlackhole(true);                 // the link goes silent
/// @endcode
class MAXMON_TESTING_EXPORT FaultProxy : public QObject
{
    Q_OBJECT

public:
    /// Which way a fault applies.
    enum class Direction {
        ClientToServer, ///< upstream: what the client sends
        ServerToClient, ///< downstream: what the server sends
        Both, ///< both ways
    };
    Q_ENUM(Direction)
    /// Which side of the proxied connections a reset goes to.
    enum class Side {
        Client, ///< the client gets the RST, the server a normal close
        Server, ///< the server gets the RST, the client a normal close
        Both, ///< both get a RST
    };
    Q_ENUM(Side)

    /// A proxy that does not listen yet: call listen().
    explicit FaultProxy(QObject *parent = nullptr);
    /// Resets every connection and stops listening.
    ~FaultProxy() override;

    /// Listens on 127.0.0.1 (on @p listenPort, or (0) a free port) and
    /// forwards every connection to @p upstreamHost : @p upstreamPort.
    Check listen(quint16 upstreamPort, const QString &upstreamHost = QStringLiteral("127.0.0.1"),
                 quint16 listenPort = 0);
    /// Forwards the connections accepted from now on to @p host : @p port
    /// (open ones keep their server).
    void setUpstream(quint16 port, const QString &host = QStringLiteral("127.0.0.1"));
    /// Stops listening and resets every connection.
    void close();
    /// True while the proxy accepts connections (not while refusing them).
    bool isListening() const;
    /// The port clients connect to.
    quint16 port() const;
    /// `ws://127.0.0.1:PORT/PATH`: a WebSocket URL through the proxy.
    QUrl url(const QString &path = QStringLiteral("/echo")) const;
    /// The same URL with another scheme, "wss" for a TLS server behind the proxy.
    QUrl url(const QString &scheme, const QString &path) const;

    /// Delays every chunk by @p latencyMs, plus or minus up to @p jitterMs
    /// (chunks never overtake each other); 0 turns it off. Refused for
    /// negative values and a jitter larger than the latency.
    Check setLatency(int latencyMs, int jitterMs = 0, Direction direction = Direction::Both);
    /// Caps the throughput at @p bytesPerSecond; 0: unlimited. Refused for
    /// negative values.
    Check setBandwidth(qint64 bytesPerSecond, Direction direction = Direction::Both);
    /// Stops forwarding (true) or resumes it and delivers what waited (false).
    void setBlackhole(bool on, Direction direction = Direction::Both);
    /// Writes what arrives in slices of @p minBytes to @p maxBytes bytes, each
    /// its own TCP segment; 0 for both: whole chunks. Refused unless
    /// 1 <= minBytes <= maxBytes (or both 0).
    Check setSlicing(int minBytes, int maxBytes, Direction direction = Direction::Both);
    /// Forwards a FIN @p delayMs late: ServerToClient delays the client seeing
    /// the server's close. Refused for a negative delay.
    Check setCloseDelay(int delayMs, Direction direction = Direction::Both);
    /// Removes every fault above (not refusing, not reset after).
    void clearFaults();
    /// The latency of @p direction (ClientToServer's for Both).
    int latencyMs(Direction direction = Direction::ClientToServer) const;
    /// True while @p direction is blackholed (ClientToServer for Both).
    bool isBlackholed(Direction direction = Direction::ClientToServer) const;

    /// Sends a real TCP reset to the chosen side(s) of every open connection.
    void resetConnections(Side side = Side::Both);
    /// Refuses new connections (clients see "connection refused") or accepts
    /// them again, on the same port.
    Check setRefuseConnections(bool refuse);
    /// True while new connections are refused.
    bool isRefusingConnections() const;
    /// Resets every connection @p ms after it was accepted (0 = never),
    /// open ones counted from their start. Refused for a negative time.
    Check setDropAfter(int ms);
    /// Seeds the jitter and slice sizes, for runs that repeat exactly.
    void setSeed(quint32 seed);

    /// Connections open now.
    int connectionCount() const;
    /// Connections accepted since listen().
    qint64 acceptedCount() const;
    /// Bytes forwarded in @p direction (both directions' sum for Both).
    qint64 bytesForwarded(Direction direction) const;

Q_SIGNALS:
    /// A client connected to the proxy.
    void connectionAccepted();
    /// A proxied connection ended.
    void connectionClosed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::testing
