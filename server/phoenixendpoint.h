#pragma once

#include "server/demoendpoint.h"

namespace maxmon {

class PhoenixHub;

// /socket/websocket: the Phoenix Channels endpoint of the demo server. The
// protocol lives in PhoenixHub and PhoenixConnection; this class plugs them
// into the demo server, so that the server's faults and limits apply to
// Phoenix connections as to every other endpoint. Protected topics
// (private:*) take the server's token, the same one /auth takes.
class PhoenixEndpoint : public DemoEndpoint
{
    Q_OBJECT

public:
    explicit PhoenixEndpoint(DemoServer *server);

    PhoenixHub *hub() const { return m_hub; }

    QString description() const override;
    WebSocketFrontDoor::Decision route(const HttpUpgradeRequest &request) override;
    void handle(DemoConnection *connection) override;

private:
    PhoenixHub *m_hub;
};

} // namespace maxmon
