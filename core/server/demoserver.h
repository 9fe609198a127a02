#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QWebSocket;

namespace maxmon {

class WebSocketFrontDoor;
struct HttpUpgradeRequest;

// The embedded demo server: a real peer on this machine so that maxmon works
// out of the box. Endpoints:
//   /echo    sends every text and binary message back unchanged
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    QString errorString() const;
    quint16 port() const;
    QUrl url(const QString &path = QStringLiteral("/echo")) const;
    int connectionCount() const;

private:
    void onNewConnection(QWebSocket *socket, const HttpUpgradeRequest &request);

    WebSocketFrontDoor *m_frontDoor;
};

} // namespace maxmon
