#pragma once

#include "server/echoendpoint.h"

namespace maxmon {

// /auth: the handshake needs the server's token, as "Authorization: Bearer
// <token>" or "?token=<token>"; anything else is refused with 401. Once
// accepted it echoes, like /echo.
class AuthEndpoint : public EchoEndpoint
{
    Q_OBJECT

public:
    explicit AuthEndpoint(DemoServer *server);

    QString description() const override;
    WebSocketFrontDoor::Decision route(const HttpUpgradeRequest &request) override;
};

} // namespace maxmon
