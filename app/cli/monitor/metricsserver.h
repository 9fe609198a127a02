#pragma once

#include "expositionwriter.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QTcpSocket;

namespace maxmon::monitor {

class ListenerTcpServer;
class ProbeEndpoint;

// The monitor's HTTP endpoint (Qt HTTP Server):
//
//   GET /metrics   every metric, as the scraper's Accept header asks
//                  (OpenMetrics 1.0 or the text format 0.0.4)
//   GET /healthz   "ok": the process serves (no authentication)
//   GET /probe     ?target=URL&module=NAME: one probe (ProbeEndpoint)
//   GET /          a short index of the above
//
// Other paths are 404, other methods 405. With basic auth configured every
// path but /healthz needs it (401 otherwise); the password is compared as
// a SHA-256 digest in constant time. TLS comes from ListenerTcpServer.
//
// Qt HTTP Server 6.4 answers nothing to a request it cannot parse: it closes
// the connection. A /probe is answered when it finishes; a second request
// pipelined on the same connection meanwhile is answered first.
class MetricsServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using MetricsSource = std::function<QByteArray(ExpositionFormat)>;

    MetricsServer(MetricsSource metrics, ProbeEndpoint *probes, QObject *parent = nullptr);
    ~MetricsServer() override;

    // With tls, serves HTTPS. False, with errorString(), when it cannot listen.
    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<QSslConfiguration> &tls);
    quint16 port() const;
    QString errorString() const { return m_error; }
    // The TLS settings of the connections that follow (a reload with renewed files).
    void setTlsConfiguration(const QSslConfiguration &tls);
    // An empty user turns authentication off.
    void setBasicAuth(const QString &user, const QString &password);
    qint64 requestCount() const { return m_requests; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool authorized(const QHttpServerRequest &request) const;
    void serveProbe(const QHttpServerRequest &request, QTcpSocket *socket);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                 const QByteArray &contentType, const QByteArray &body,
                 const QByteArray &extraHeader = {}, const QByteArray &extraValue = {});

    MetricsSource m_metrics;
    ProbeEndpoint *m_probes;
    ListenerTcpServer *m_tcp = nullptr;
    QString m_error;
    QString m_user;
    QByteArray m_passwordDigest; // SHA-256 of the password
    qint64 m_requests = 0;
};

} // namespace maxmon::monitor
