#pragma once

#include "server/httpupgraderequest.h"
#include "server/phoenixhub.h"

#include <maxmon/phoenix/frame.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWebSocket;

namespace maxmon {
class WebSocketFrontDoor;
}

namespace maxmon::test {

// The demo server's Phoenix endpoint on 127.0.0.1, port 0: a front door
// that routes /socket/websocket to a PhoenixHub, as the DemoServer will, and
// refuses every other path with 404. Records every frame clients send.
class PhoenixTestServer : public QObject
{
    Q_OBJECT

public:
    explicit PhoenixTestServer(QObject *parent = nullptr);
    ~PhoenixTestServer() override;

    bool listen(quint16 port = 0);
    // Stops listening and drops every connection (TCP reset), as a crashed
    // server would; listen(port()) starts it again.
    void stop();
    quint16 port() const;
    // ws://127.0.0.1:<port><path>; the socket path without "/websocket" by default
    QUrl url(const QString &path = QStringLiteral("/socket")) const;

    PhoenixHub *hub() const { return m_hub; }
    WebSocketFrontDoor *frontDoor() const { return m_frontDoor; }
    QList<HttpUpgradeRequest> requests() const;
    QList<QWebSocket *> clients() const;

    QList<phoenix::Frame> received() const { return m_received; }
    int count(const QString &event, const QString &topic = {}) const;

private:
    WebSocketFrontDoor *m_frontDoor;
    PhoenixHub *m_hub;
    QList<QPointer<QWebSocket>> m_clients;
    QList<phoenix::Frame> m_received;
};

} // namespace maxmon::test
