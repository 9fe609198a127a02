#pragma once

#include "server/demoendpoint.h"

namespace maxmon {

// /events: a stream of StreamEvent JSON messages (see eventstream.h).
//   ?rate=N   events per second (default DemoServerSettings::eventsRate,
//             at most maxEventsRate; fractions allowed, e.g. 0.5)
//   ?count=N  close with 1000 after N events
// The rates of all open streams together stay under maxTotalEventsRate: a
// stream that would pass it is refused with 429.
class EventsEndpoint : public DemoEndpoint
{
    Q_OBJECT

public:
    explicit EventsEndpoint(DemoServer *server);

    QString description() const override;
    WebSocketFrontDoor::Decision route(const HttpUpgradeRequest &request) override;
    void handle(DemoConnection *connection) override;

    double activeRate() const { return m_activeRate; }

private:
    struct Parameters
    {
        double rate = 0;
        qint64 count = 0;
        QString error; // empty when valid
    };
    Parameters parameters(const HttpUpgradeRequest &request) const;

    double m_activeRate = 0;
};

} // namespace maxmon
