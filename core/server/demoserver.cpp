#include "server/demoserver.h"

#include "server/websocketfrontdoor.h"
#include "websocket/logging.h"

#include <QWebSocket>

namespace maxmon {

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_frontDoor(new WebSocketFrontDoor(QStringLiteral("maxmon demo server"), this))
{
    m_frontDoor->setRouter([](const HttpUpgradeRequest &request) {
        if (request.path == QLatin1String("/echo"))
            return WebSocketFrontDoor::Decision::accept();
        return WebSocketFrontDoor::Decision::reject(404, QByteArrayLiteral("Endpoints: /echo\n"));
    });
    connect(m_frontDoor, &WebSocketFrontDoor::newConnection, this, &DemoServer::onNewConnection);
}

DemoServer::~DemoServer() = default;

bool DemoServer::listen(const QHostAddress &address, quint16 port)
{
    return m_frontDoor->listen(address, port);
}

void DemoServer::close()
{
    m_frontDoor->close();
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
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_frontDoor->address().toString());
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
    qCInfo(lcServer).noquote() << "client" << socket->peerAddress().toString() << "on"
                               << request.path;
    connect(socket, &QWebSocket::textMessageReceived, socket,
            [socket](const QString &text) { socket->sendTextMessage(text); });
    connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [socket](const QByteArray &data) { socket->sendBinaryMessage(data); });
}

} // namespace maxmon
