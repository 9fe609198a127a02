#pragma once

#include "server/websocketfrontdoor.h"

#include <QObject>

namespace maxmon {

class DemoConnection;
class DemoServer;
struct HttpUpgradeRequest;

// One path of the demo server (/echo, /events, ...). To add one, say a
// Phoenix endpoint at /socket/websocket: subclass this in your own files,
// then register it with DemoServer::addEndpoint() (DemoServer's constructor
// does it for the standard ones):
//
//   server->addEndpoint(new PhoenixEndpoint(server));
//
// The server routes by exact path, answers 404 for unknown paths and 400
// for bad fault parameters (see DemoFaults), applies the connection limits
// and faults, and hands every accepted connection to handle() as a
// DemoConnection: send through it, and the faults and limits apply.
class DemoEndpoint : public QObject
{
    Q_OBJECT

public:
    // The endpoint's parent is the server.
    DemoEndpoint(const QString &path, DemoServer *server);

    QString path() const { return m_path; }
    // One line for serve's banner and the 404 page.
    virtual QString description() const = 0;
    // Before the handshake is answered: accept (the default) or refuse
    // with an HTTP status and a short text body.
    virtual WebSocketFrontDoor::Decision route(const HttpUpgradeRequest &request);
    // An accepted connection; it deletes itself when it closes.
    virtual void handle(DemoConnection *connection) = 0;

protected:
    DemoServer *server() const { return m_server; }

private:
    QString m_path;
    DemoServer *m_server;
};

} // namespace maxmon
