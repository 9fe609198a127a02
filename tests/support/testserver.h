#pragma once

#include "server/httpupgraderequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QSslConfiguration;
class QWebSocket;

namespace maxmon {
class WebSocketFrontDoor;
}

namespace maxmon::test {

// An in-process WebSocket server on 127.0.0.1, port 0, for tests. What it
// does with a connection depends on the request path:
//
//   /echo (and any other path)   echoes text and binary messages
//   /sink                        records messages, never answers
//   /reject/<status>             refuses the handshake with that HTTP status
//   /hang                        accepts TCP, never answers the handshake
//   /close/<code>?reason=<text>&after=<ms>
//                                closes with that code after the handshake (10 ms default)
//   /auth                        like /sink, but only with the accepted token
//                                (Authorization: Bearer or ?token=), 401 otherwise
// hangHandshakes() makes every path behave like /hang, until switched off.
class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    bool listen(quint16 port = 0);
    // Stops listening and drops every connection (TCP reset), as a crashed
    // or restarting server would; listen(port()) starts it again.
    void stop();
    void setHangHandshakes(bool hang) { m_hang = hang; }
    void setAcceptedToken(const QString &token) { m_acceptedToken = token; }
    // wss:// on 127.0.0.1 with this server configuration (see testpki.h).
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const;
    // ws://127.0.0.1:<port><path>, or wss:// after listenTls()
    QUrl url(const QString &path = QStringLiteral("/echo")) const;
    WebSocketFrontDoor *frontDoor() const { return m_frontDoor; }

    QList<HttpUpgradeRequest> requests() const;
    HttpUpgradeRequest lastRequest() const;
    QList<QWebSocket *> clients() const;
    int connectionCount() const;
    QStringList receivedTexts() const { return m_texts; }
    // The close code of each connection that ended, in that order (1005
    // when the client sent no close frame, 1006 when it just went away).
    QList<int> closeCodes() const { return m_closeCodes; }
    QList<QByteArray> receivedBinaries() const { return m_binaries; }

    void sendTextToAll(const QString &text);
    void closeAll(int code, const QString &reason = {});

Q_SIGNALS:
    void clientConnected(QWebSocket *socket);
    void textReceived(const QString &text);
    void binaryReceived(const QByteArray &data);

private:
    void onNewConnection(QWebSocket *socket, const HttpUpgradeRequest &request);

    WebSocketFrontDoor *m_frontDoor;
    QList<QPointer<QWebSocket>> m_clients;
    QList<int> m_closeCodes;
    QStringList m_texts;
    QList<QByteArray> m_binaries;
    bool m_hang = false;
    QString m_acceptedToken;
};

} // namespace maxmon::test
