#include "server/demoendpoint.h"

#include "server/demoserver.h"

namespace maxmon {

DemoEndpoint::DemoEndpoint(const QString &path, DemoServer *server)
    : QObject(server)
    , m_path(path)
    , m_server(server)
{ }

WebSocketFrontDoor::Decision DemoEndpoint::route(const HttpUpgradeRequest &request)
{
    Q_UNUSED(request)
    return WebSocketFrontDoor::Decision::accept();
}

} // namespace maxmon
