#pragma once

#include "server/httpupgraderequest.h"

#include <maxmon/framescanner.h>

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace maxmon {

// The listening side of every maxmon server (demo server, test servers).
// It reads the HTTP upgrade request before anything is answered, asks a
// router what to do with it (accept, refuse with an HTTP status, or leave
// it unanswered), then hands accepted sockets to a QWebSocketServer. This
// is how a server built on Qt can answer a handshake with 401 or 404, which
// QWebSocketServer alone cannot. Connection count and request size are
// bounded so a client cannot exhaust the machine.
//
// With setSslConfiguration() it serves wss://: a QSslServer completes the TLS
// handshake (requiring a client certificate if the configuration verifies
// peers) before the upgrade request is read.
//
// A request that is not a valid upgrade is answered as RFC 6455 section
// 4.2.2 says, before any router sees it: 405 for a method other than GET,
// 426 with Sec-WebSocket-Version: 13 for another version, 400 with the reason
// for a malformed request, and a short page (426) for a browser that opens
// the URL. After a close frame or a refusal the connection ends with a
// closing handshake (ClosingHandshake): the client's close frame, or a
// timeout, comes before TCP is closed. The client's frames are scanned
// beside Qt's parser (ClientStreamWatch): what Qt 6.4 lets through (unmasked
// frames) is logged and signalled.
class WebSocketFrontDoor : public QObject
{
    Q_OBJECT

public:
    struct Decision
    {
        enum class Kind { Accept, Reject, Ignore };
        Kind kind = Kind::Accept;
        int httpStatus = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // besides the defaults

        static Decision accept() { return {}; }
        static Decision reject(int status, const QByteArray &body = {},
                               const QList<QPair<QByteArray, QByteArray>> &headers = {})
        {
            return { Kind::Reject, status, body, headers };
        }
        // Keep the TCP connection open and never answer (tests of timeouts).
        static Decision ignore() { return { Kind::Ignore, 0, {}, {} }; }
    };
    using Router = std::function<Decision(const HttpUpgradeRequest &)>;

    explicit WebSocketFrontDoor(const QString &serverName, QObject *parent = nullptr);
    ~WebSocketFrontDoor() override;

    void setRouter(Router router) { m_router = std::move(router); }
    void setSupportedSubprotocols(const QStringList &protocols);
    // Beyond this many open connections, new ones get 503 (0 = no limit).
    void setMaxConnections(int count) { m_maxConnections = count; }
    int maxConnections() const { return m_maxConnections; }
    // Incomplete requests (and TLS handshakes) are dropped after this long.
    void setHandshakeTimeout(int ms);

    // RFC 6455 section 4.2.2: the refusal a request that is not a valid
    // WebSocket upgrade gets, or nullopt for a valid one.
    static std::optional<Decision> checkUpgrade(const HttpUpgradeRequest &request,
                                                const QString &serverName);

    // Serve TLS from now on; only before listen().
    void setSslConfiguration(const QSslConfiguration &configuration);
    bool isSecure() const { return m_secure; }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;

    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    // Every request seen so far, accepted or not, oldest first.
    QList<HttpUpgradeRequest> requests() const { return m_requests; }

Q_SIGNALS:
    // The socket's parent is the front door; take it over if it must outlive it.
    void newConnection(QWebSocket *socket, const maxmon::HttpUpgradeRequest &request);
    void requestRejected(const maxmon::HttpUpgradeRequest &request, int httpStatus);
    // A TLS handshake with a client failed (wrong protocol, no or untrusted
    // client certificate, client gave up); errorString is the server side's view.
    void tlsHandshakeFailed(const QString &errorString);
    // A client broke a rule of RFC 6455 that Qt 6.4 does not check.
    void clientViolation(const maxmon::HttpUpgradeRequest &request,
                         const maxmon::FrameScanner::Violation &violation);

private:
    void onNewTcpConnection();
    void onRequestBytes(QTcpSocket *socket);
    void route(QTcpSocket *socket, const HttpUpgradeRequest &request, const QByteArray &raw);
    void accept(QTcpSocket *socket, const HttpUpgradeRequest &request, const QByteArray &raw);
    void reject(QTcpSocket *socket, const Decision &refusal);
    void onClosing(QTcpSocket *socket);
    void onWebSocketReady();
    void track(QObject *connection);
    void connectServer();

    QTcpServer *m_tcpServer; // a QSslServer when secure
    QWebSocketServer *m_webSocketServer;
    bool m_secure = false;
    Router m_router;
    int m_maxConnections = 1000;
    int m_handshakeTimeoutMs = 10000;
    int m_closingTimeoutMs = 5000;
    bool m_shuttingDown = false; // no closing handshakes while the front door goes away
    QString m_serverName;
    // one object per open connection: its TCP socket, then its QWebSocket
    QSet<QObject *> m_connections;
    QList<HttpUpgradeRequest> m_requests;
    // accepted requests waiting for their QWebSocket, by peer port
    struct HandedOver
    {
        HttpUpgradeRequest request;
        QPointer<QTcpSocket> tcpSocket;
    };
    QHash<quint16, HandedOver> m_handedOver;
    QList<QPointer<QTcpSocket>> m_ignored;
};

} // namespace maxmon
