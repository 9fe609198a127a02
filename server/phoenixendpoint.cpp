#include "server/phoenixendpoint.h"

#include "server/democonnection.h"
#include "server/demoserver.h"
#include "server/phoenixhub.h"

namespace maxmon {

PhoenixEndpoint::PhoenixEndpoint(DemoServer *server)
    : DemoEndpoint(PhoenixHub::path(), server)
    , m_hub(new PhoenixHub(this))
{
    PhoenixHub::Settings settings = m_hub->settings();
    settings.token = server->authToken();
    m_hub->setSettings(settings);
}

QString PhoenixEndpoint::description() const
{
    return tr("Phoenix Channels (vsn 1.0.0 and 2.0.0): join, push, broadcast, presence; "
              "private:* topics need the server's token");
}

WebSocketFrontDoor::Decision PhoenixEndpoint::route(const HttpUpgradeRequest &request)
{
    return m_hub->route(request);
}

void PhoenixEndpoint::handle(DemoConnection *connection)
{
    // The connection is the PhoenixConnection's parent: it cannot outlive it.
    PhoenixConnection::Transport transport {
        [connection](const QString &text) { connection->sendText(text); },
        [connection](const QByteArray &data) { connection->sendBinary(data); },
        [connection](int closeCode, const QString &reason) {
            connection->close(closeCode, reason);
        },
    };
    PhoenixConnection *phoenix =
        m_hub->serve(connection->request(), std::move(transport), connection);
    connect(connection, &DemoConnection::textReceived, phoenix, &PhoenixConnection::receiveText);
    connect(connection, &DemoConnection::binaryReceived, phoenix,
            &PhoenixConnection::receiveBinary);
    connect(connection, &DemoConnection::closed, phoenix, &PhoenixConnection::transportClosed);
}

} // namespace maxmon
