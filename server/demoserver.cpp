#include "server/demoserver.h"

#include "server/authendpoint.h"
#include "server/democonnection.h"
#include "server/echoendpoint.h"
#include "server/eventsendpoint.h"
#include "server/phoenixendpoint.h"
#include "server/serverlogging.h"
#include "server/websocketfrontdoor.h"

#include <QRandomGenerator>
#include <QWebSocket>

namespace maxmon {

namespace {

QString randomToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    // 192 random bits, as URL-safe text
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                   .toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : DemoServer(DemoServerSettings(), parent)
{ }

DemoServer::DemoServer(const DemoServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_frontDoor(new WebSocketFrontDoor(QStringLiteral("maxmon demo server"), this))
{
    if (m_settings.authToken.isEmpty())
        m_settings.authToken = randomToken();
    m_frontDoor->setMaxConnections(m_settings.maxConnections);
    m_frontDoor->setRouter([this](const HttpUpgradeRequest &request) {
        DemoEndpoint *target = endpoint(request.path);
        if (!target) {
            QByteArray body = "No endpoint at " + request.path.toUtf8() + ". Endpoints:\n";
            for (const DemoEndpoint *known : std::as_const(m_endpoints))
                body += "  " + known->path().toUtf8() + "  " + known->description().toUtf8() + '\n';
            return WebSocketFrontDoor::Decision::reject(404, body);
        }
        const Result<DemoFaults> faults = DemoFaults::fromQuery(request.query, m_settings.faults);
        if (!faults)
            return WebSocketFrontDoor::Decision::reject(400,
                                                        faults.error().message().toUtf8() + '\n');
        return target->route(request);
    });
    connect(m_frontDoor, &WebSocketFrontDoor::newConnection, this, &DemoServer::onNewConnection);
    connect(m_frontDoor, &WebSocketFrontDoor::requestRejected, this, &DemoServer::requestRejected);

    addEndpoint(new EchoEndpoint(this));
    addEndpoint(new EventsEndpoint(this));
    addEndpoint(new AuthEndpoint(this));
    addEndpoint(new PhoenixEndpoint(this));
    m_frontDoor->setSupportedSubprotocols({ QStringLiteral("phoenix") });
}

DemoServer::~DemoServer()
{
    // The connections' sockets go with the front door: let them go while
    // the endpoints that listen to them are still here.
    delete m_frontDoor;
}

void DemoServer::addEndpoint(DemoEndpoint *endpoint)
{
    endpoint->setParent(this);
    if (DemoEndpoint *previous = m_endpoints.value(endpoint->path());
        previous && previous != endpoint)
        previous->deleteLater();
    m_endpoints.insert(endpoint->path(), endpoint);
}

void DemoServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_frontDoor->setSslConfiguration(configuration);
}

bool DemoServer::isSecure() const
{
    return m_frontDoor->isSecure();
}

bool DemoServer::listen(const QHostAddress &address, quint16 port)
{
    return m_frontDoor->listen(address, port);
}

void DemoServer::close()
{
    m_frontDoor->close();
}

void DemoServer::shutdown(int closeCode, const QString &reason)
{
    m_frontDoor->close();
    const QList<DemoConnection *> connections = findChildren<DemoConnection *>();
    for (DemoConnection *connection : connections)
        connection->closeNow(closeCode, reason);
}

QString DemoServer::errorString() const
{
    return m_frontDoor->errorString();
}

quint16 DemoServer::port() const
{
    return m_frontDoor->port();
}

QUrl DemoServer::url(const QString &path) const
{
    QHostAddress address = m_frontDoor->address();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(address.toString());
    url.setPort(port());
    url.setPath(path);
    return url;
}

int DemoServer::connectionCount() const
{
    return m_frontDoor->connectionCount();
}

void DemoServer::onNewConnection(QWebSocket *socket, const HttpUpgradeRequest &request)
{
    DemoEndpoint *target = endpoint(request.path);
    const Result<DemoFaults> faults = DemoFaults::fromQuery(request.query, m_settings.faults);
    if (!target || !faults) { // routed a moment ago: only if the endpoint was replaced meanwhile
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        return;
    }
    qCDebug(lcServer).noquote() << "client" << socket->peerAddress().toString() << "on"
                                << request.path << "faults:" << faults->toText();
    auto *connection = new DemoConnection(socket, request, *faults, m_settings, this);
    target->handle(connection);
    Q_EMIT connectionOpened(connection);
}

} // namespace maxmon
