#include "metricsserver.h"

#include "listenertcpserver.h"
#include "metricsregistry.h"
#include "probeendpoint.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

namespace maxmon::monitor {

namespace {

using Status = QHttpServerResponder::StatusCode;

const QByteArray textPlain = QByteArrayLiteral("text/plain; charset=utf-8");

// Compares in time that does not depend on where the first difference is.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

MetricsServer::MetricsServer(MetricsSource metrics, ProbeEndpoint *probes, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_metrics(std::move(metrics))
    , m_probes(probes)
{ }

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QHostAddress &address, quint16 port,
                           const std::optional<QSslConfiguration> &tls)
{
    auto *server = new ListenerTcpServer(this);
    server->setTlsConfiguration(tls);
    if (!server->listen(address, port)) {
        m_error = server->errorString();
        delete server;
        return false;
    }
    m_tcp = server;
    bind(server);
    return true;
}

quint16 MetricsServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void MetricsServer::setTlsConfiguration(const QSslConfiguration &tls)
{
    if (m_tcp && m_tcp->usesTls())
        m_tcp->setTlsConfiguration(tls);
}

void MetricsServer::setBasicAuth(const QString &user, const QString &password)
{
    m_user = user;
    m_passwordDigest = user.isEmpty() ? QByteArray() : sha256(password.toUtf8());
}

bool MetricsServer::authorized(const QHttpServerRequest &request) const
{
    if (m_user.isEmpty())
        return true;
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    const QByteArray credentials = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = credentials.indexOf(':');
    if (colon < 0)
        return false;
    // both compared, whatever the first says, so that timing tells nothing
    const bool user = sameBytes(sha256(credentials.left(colon)), sha256(m_user.toUtf8()));
    const bool password = sameBytes(sha256(credentials.mid(colon + 1)), m_passwordDigest);
    return user && password;
}

bool MetricsServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    ListenerTcpServer::requestHandled(socket);
    const QString path = request.url().path();
    static const QStringList paths { QStringLiteral("/metrics"), QStringLiteral("/healthz"),
                                     QStringLiteral("/probe"), QStringLiteral("/") };
    if (!paths.contains(path))
        return false; // missingHandler: 404
    if (request.method() != QHttpServerRequest::Method::Get) {
        respond(request, socket, 405, textPlain, tr("Only GET is allowed here.\n").toUtf8(),
                QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return true;
    }
    if (path == QLatin1String("/healthz")) {
        respond(request, socket, 200, textPlain, QByteArrayLiteral("ok\n"));
        return true;
    }
    if (!authorized(request)) {
        respond(request, socket, 401, textPlain, tr("Authentication required.\n").toUtf8(),
                QByteArrayLiteral("WWW-Authenticate"),
                QByteArrayLiteral("Basic realm=\"maxmon\", charset=\"UTF-8\""));
        return true;
    }
    if (path == QLatin1String("/metrics")) {
        const ExpositionFormat format =
            ExpositionWriter::negotiate(request.value(QByteArrayLiteral("Accept")));
        respond(request, socket, 200, ExpositionWriter::contentType(format), m_metrics(format));
    } else if (path == QLatin1String("/probe")) {
        serveProbe(request, socket);
    } else {
        respond(request, socket, 200, textPlain,
                tr("maxmon monitor\n"
                   "  /metrics  the targets' metrics (Prometheus, OpenMetrics)\n"
                   "  /healthz  ok while the monitor runs\n"
                   "  /probe    ?target=wss://host/path&module=NAME: one probe\n")
                    .toUtf8());
    }
    return true;
}

void MetricsServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, 404, textPlain,
            tr("Not found: %1 (try /metrics)\n").arg(request.url().path()).toUtf8());
}

void MetricsServer::serveProbe(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const double scrapeTimeout =
        request.value(QByteArrayLiteral("X-Prometheus-Scrape-Timeout-Seconds")).toDouble();
    const Result<ConnectionProbe *> probe = m_probes->start(request.query(), scrapeTimeout);
    if (!probe) {
        const int status = probe.error().code() == Error::Code::QueueFull ? 503 : 400;
        respond(request, socket, status, textPlain, probe.error().message().toUtf8() + '\n');
        return;
    }
    const ExpositionFormat format =
        ExpositionWriter::negotiate(request.value(QByteArrayLiteral("Accept")));
    // Qt HTTP Server 6.4 keeps one request object per connection and deletes it
    // with the socket: while the socket lives, so does the request.
    const QHttpServerRequest *pending = &request;
    QPointer<QTcpSocket> guard(socket);
    ConnectionProbe *running = *probe;
    const auto answer = [this, running, pending, guard, format] {
        running->deleteLater();
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        MetricsRegistry registry;
        ProbeEndpoint::metricsOf(*running, &registry);
        respond(*pending, guard, 200, ExpositionWriter::contentType(format),
                ExpositionWriter(format).write(registry));
    };
    if (running->isFinished()) // failed before the event loop ran
        answer();
    else
        connect(running, &ConnectionProbe::finished, this, answer);
}

void MetricsServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                            const QByteArray &contentType, const QByteArray &body,
                            const QByteArray &extraHeader, const QByteArray &extraValue)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto code = static_cast<Status>(status);
    if (extraHeader.isEmpty())
        responder.write(body, { { QByteArrayLiteral("Content-Type"), contentType } }, code);
    else
        responder.write(
            body,
            { { QByteArrayLiteral("Content-Type"), contentType }, { extraHeader, extraValue } },
            code);
}

} // namespace maxmon::monitor
