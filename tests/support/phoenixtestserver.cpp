#include "phoenixtestserver.h"

#include "server/websocketfrontdoor.h"

#include <QWebSocket>

namespace maxmon::test {

PhoenixTestServer::PhoenixTestServer(QObject *parent)
    : QObject(parent)
    , m_frontDoor(new WebSocketFrontDoor(QStringLiteral("maxmon-phoenix-test"), this))
    , m_hub(new PhoenixHub(this))
{
    m_frontDoor->setSupportedSubprotocols({ QStringLiteral("phoenix") });
    m_frontDoor->setRouter([this](const HttpUpgradeRequest &request) {
        if (request.path == PhoenixHub::path())
            return m_hub->route(request);
        return WebSocketFrontDoor::Decision::reject(404);
    });
    connect(m_frontDoor, &WebSocketFrontDoor::newConnection, this,
            [this](QWebSocket *socket, const HttpUpgradeRequest &request) {
                m_clients.append(socket);
                m_hub->serve(socket, request);
            });
    connect(m_hub, &PhoenixHub::frameReceived, this,
            [this](const phoenix::Frame &frame) { m_received.append(frame); });
}

PhoenixTestServer::~PhoenixTestServer() = default;

bool PhoenixTestServer::listen(quint16 port)
{
    return m_frontDoor->listen(QHostAddress::LocalHost, port);
}

void PhoenixTestServer::stop()
{
    m_frontDoor->close();
    for (QWebSocket *client : clients())
        client->abort();
}

quint16 PhoenixTestServer::port() const
{
    return m_frontDoor->port();
}

QUrl PhoenixTestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port()).arg(path));
}

QList<HttpUpgradeRequest> PhoenixTestServer::requests() const
{
    return m_frontDoor->requests();
}

QList<QWebSocket *> PhoenixTestServer::clients() const
{
    QList<QWebSocket *> alive;
    for (const QPointer<QWebSocket> &client : m_clients) {
        if (client && client->state() == QAbstractSocket::ConnectedState)
            alive.append(client);
    }
    return alive;
}

int PhoenixTestServer::count(const QString &event, const QString &topic) const
{
    int n = 0;
    for (const phoenix::Frame &frame : m_received) {
        if (frame.event == event && (topic.isEmpty() || frame.topic == topic))
            ++n;
    }
    return n;
}

} // namespace maxmon::test
