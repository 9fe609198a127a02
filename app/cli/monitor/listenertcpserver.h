#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace maxmon::monitor {

// The TCP (or TLS) listener under the metrics server, with the limits Qt
// HTTP Server 6.4 does not have: at most maxConnections at once (more are
// closed at once); a read buffer of readBufferBytes per connection, so that
// a request that does not fit stalls instead of growing memory; a request
// must arrive whole within requestTimeoutMs of its first bytes (a stalled or
// trickling one is cut off); and a connection idle for idleTimeoutMs after
// opening or after its last request is closed.
//
// With a TLS configuration each connection is a QSslSocket in server mode;
// setTlsConfiguration() changes it for the connections that follow (a
// renewed certificate on reload).
class ListenerTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr int maxConnections = 64;
    static constexpr int readBufferBytes = 64 * 1024;
    static constexpr int requestTimeoutMs = 10 * 1000;
    static constexpr int idleTimeoutMs = 90 * 1000;

    explicit ListenerTcpServer(QObject *parent = nullptr);

    void setTlsConfiguration(const std::optional<QSslConfiguration> &tls) { m_tls = tls; }
    bool usesTls() const { return m_tls.has_value(); }
    int connectionCount() const { return m_connections; }
    // A request on socket was answered: its idle time starts again, and the
    // next request's time when its first bytes come.
    static void requestHandled(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
    int m_connections = 0;
};

} // namespace maxmon::monitor
