#include "server/echoendpoint.h"

#include "server/democonnection.h"

namespace maxmon {

EchoEndpoint::EchoEndpoint(DemoServer *server, const QString &path)
    : DemoEndpoint(path, server)
{ }

QString EchoEndpoint::description() const
{
    return tr("echoes every text and binary message");
}

void EchoEndpoint::handle(DemoConnection *connection)
{
    connect(connection, &DemoConnection::textReceived, connection, &DemoConnection::sendText);
    connect(connection, &DemoConnection::binaryReceived, connection, &DemoConnection::sendBinary);
}

} // namespace maxmon
