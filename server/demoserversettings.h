#pragma once

#include "server/demofaults.h"

#include <QString>

namespace maxmon {

// What the demo server allows and does by default. The limits keep a
// server that anyone on the machine (or the network, with --listen) can
// reach from exhausting it: connections, message size, unread replies and
// event rates are all bounded.
struct DemoServerSettings
{
    int maxConnections = 1000; // beyond this, new connections get 503
    qint64 maxMessageSize = 1024 * 1024; // larger incoming messages: the server closes with 1009
    // Bytes a connection may have waiting to be sent (delayed replies plus
    // the socket's write buffer). /events holds back above it; an echo over
    // it closes the connection with 1008, as the client is not reading.
    qint64 maxPendingBytes = 8 * 1024 * 1024;
    double eventsRate = 5; // /events without ?rate=, events per second
    double maxEventsRate = 20000; // per connection
    double maxTotalEventsRate = 100000; // all /events connections together
    // /auth's token; empty = the server makes one up (DemoServer::authToken()).
    QString authToken;
    DemoFaults faults; // for every connection; the query string overrides
    // A frozen connection is aborted after this, so frozen clients that
    // went away do not hold connections forever.
    qint64 frozenLimitMs = 60 * 1000;
};

} // namespace maxmon
