#pragma once

#include "server/demoendpoint.h"

namespace maxmon {

// /echo: sends every text and binary message back unchanged.
class EchoEndpoint : public DemoEndpoint
{
    Q_OBJECT

public:
    explicit EchoEndpoint(DemoServer *server, const QString &path = QStringLiteral("/echo"));

    QString description() const override;
    void handle(DemoConnection *connection) override;
};

} // namespace maxmon
