#pragma once

#include "server/demoserversettings.h"

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QUrl>

class QSslConfiguration;
class QWebSocket;

namespace maxmon {

class DemoConnection;
class DemoEndpoint;
class WebSocketFrontDoor;
struct HttpUpgradeRequest;

// The embedded demo server: a real peer on this machine so that maxmon works
// out of the box. Endpoints (one DemoEndpoint class each):
//   /echo    sends every text and binary message back unchanged
//   /events  a JSON event stream (StreamEvent) at ?rate=N per second
//   /auth    needs the server's token, then echoes
//   /socket/websocket  Phoenix Channels (PhoenixEndpoint)
// Every endpoint takes the fault parameters of DemoFaults in its query
// (?close=4000&after=2s, ?freeze=1s, ?delay=200ms). Other endpoints are
// added with addEndpoint() (see DemoEndpoint).
//
// It listens on 127.0.0.1 unless told otherwise, serves wss:// after
// setSslConfiguration(), and stays within the limits of its settings.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    explicit DemoServer(const DemoServerSettings &settings, QObject *parent = nullptr);
    ~DemoServer() override;

    // Takes ownership; replaces an endpoint with the same path.
    void addEndpoint(DemoEndpoint *endpoint);
    QList<DemoEndpoint *> endpoints() const { return m_endpoints.values(); } // by path
    DemoEndpoint *endpoint(const QString &path) const { return m_endpoints.value(path); }

    const DemoServerSettings &settings() const { return m_settings; }
    // /auth's token: the configured one, or one made up at construction.
    QString authToken() const { return m_settings.authToken; }

    // Serve wss:// from now on; only before listen().
    void setSslConfiguration(const QSslConfiguration &configuration);
    bool isSecure() const;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening; open connections stay.
    void close();
    // Stops listening and closes every connection with this code
    // (1001 Going away: the server is shutting down).
    void shutdown(int closeCode = 1001,
                  const QString &reason = QStringLiteral("server shutting down"));
    QString errorString() const;
    quint16 port() const;
    // ws://127.0.0.1:PORT/echo (wss:// when secure; 127.0.0.1 when listening on any address)
    QUrl url(const QString &path = QStringLiteral("/echo")) const;
    int connectionCount() const;
    WebSocketFrontDoor *frontDoor() const { return m_frontDoor; }

Q_SIGNALS:
    void connectionOpened(maxmon::DemoConnection *connection);
    void requestRejected(const maxmon::HttpUpgradeRequest &request, int httpStatus);

private:
    void onNewConnection(QWebSocket *socket, const HttpUpgradeRequest &request);

    DemoServerSettings m_settings;
    WebSocketFrontDoor *m_frontDoor;
    QMap<QString, DemoEndpoint *> m_endpoints;
};

} // namespace maxmon
