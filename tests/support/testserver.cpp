#include "testserver.h"

#include "server/websocketfrontdoor.h"

#include <QTimer>
#include <QWebSocket>

namespace maxmon::test {

TestServer::TestServer(QObject *parent)
    : QObject(parent)
    , m_frontDoor(new WebSocketFrontDoor(QStringLiteral("maxmon-test"), this))
{
    m_frontDoor->setRouter([this](const HttpUpgradeRequest &request) {
        if (m_hang)
            return WebSocketFrontDoor::Decision::ignore();
        if (request.path == QLatin1String("/auth")) {
            const QString token = request.bearerToken().isEmpty()
                ? request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded)
                : request.bearerToken();
            if (token.isEmpty() || token != m_acceptedToken)
                return WebSocketFrontDoor::Decision::reject(401);
        }
        if (request.path.startsWith(QLatin1String("/reject/")))
            return WebSocketFrontDoor::Decision::reject(request.path.mid(8).toInt());
        if (request.path == QLatin1String("/hang"))
            return WebSocketFrontDoor::Decision::ignore();
        return WebSocketFrontDoor::Decision::accept();
    });
    connect(m_frontDoor, &WebSocketFrontDoor::newConnection, this, &TestServer::onNewConnection);
}

TestServer::~TestServer() = default;

bool TestServer::listen(quint16 port)
{
    return m_frontDoor->listen(QHostAddress::LocalHost, port);
}

void TestServer::stop()
{
    m_frontDoor->close();
    for (QWebSocket *client : clients())
        client->abort();
}

bool TestServer::listenTls(const QSslConfiguration &configuration)
{
    m_frontDoor->setSslConfiguration(configuration);
    return listen();
}

quint16 TestServer::port() const
{
    return m_frontDoor->port();
}

QUrl TestServer::url(const QString &path) const
{
    const QString scheme = m_frontDoor->isSecure() ? QStringLiteral("wss") : QStringLiteral("ws");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(path));
}

QList<HttpUpgradeRequest> TestServer::requests() const
{
    return m_frontDoor->requests();
}

HttpUpgradeRequest TestServer::lastRequest() const
{
    const QList<HttpUpgradeRequest> all = requests();
    return all.isEmpty() ? HttpUpgradeRequest() : all.last();
}

QList<QWebSocket *> TestServer::clients() const
{
    QList<QWebSocket *> alive;
    for (const QPointer<QWebSocket> &client : m_clients) {
        if (client && client->state() == QAbstractSocket::ConnectedState)
            alive.append(client);
    }
    return alive;
}

int TestServer::connectionCount() const
{
    return m_frontDoor->connectionCount();
}

void TestServer::sendTextToAll(const QString &text)
{
    for (QWebSocket *client : clients())
        client->sendTextMessage(text);
}

void TestServer::closeAll(int code, const QString &reason)
{
    for (QWebSocket *client : clients())
        client->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void TestServer::onNewConnection(QWebSocket *socket, const HttpUpgradeRequest &request)
{
    m_clients.append(socket);
    const bool echo =
        request.path != QLatin1String("/sink") && request.path != QLatin1String("/auth");
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket, echo](const QString &text) {
                m_texts.append(text);
                Q_EMIT textReceived(text);
                if (echo)
                    socket->sendTextMessage(text);
            });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket, echo](const QByteArray &data) {
                m_binaries.append(data);
                Q_EMIT binaryReceived(data);
                if (echo)
                    socket->sendBinaryMessage(data);
            });
    if (request.path.startsWith(QLatin1String("/close/"))) {
        // An int, not a CloseCode: codes like 4000 lie outside the enum's
        // range, and UBSan rightly rejects storing them in one.
        const int code = request.path.mid(7).toInt();
        const QString reason =
            request.query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded);
        const int afterMs = request.query.hasQueryItem(QStringLiteral("after"))
            ? request.query.queryItemValue(QStringLiteral("after")).toInt()
            : 10;
        QTimer::singleShot(afterMs, socket, [socket, code, reason] {
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
        });
    }
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const int code = socket->closeCode(); // an int: 4000 is outside the enum's range
        m_closeCodes.append(code);
    });
    Q_EMIT clientConnected(socket);
}

} // namespace maxmon::test
