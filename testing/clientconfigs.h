#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/phoenix/socketoptions.h>
#include <maxmon/testing/maxmon_testing_export.h>

#include <QUrl>

namespace maxmon::testing {

/// A client configuration for tests of one behaviour: @p url, no reconnect
/// and no heartbeat (turn on what the test is about), and a connect timeout
/// that gives up on a dead server quickly.
MAXMON_TESTING_EXPORT maxmon::ConnectionConfig plainConfig(const QUrl &url,
                                                           int connectTimeoutMs = 2000);

/// A configuration for a Phoenix socket in a test: @p url with the default
/// reconnect and heartbeat (the socket's options decide those), a 2 s
/// connect timeout and a 0.5 s close timeout.
MAXMON_TESTING_EXPORT maxmon::ConnectionConfig phoenixConfig(const QUrl &url);

/// Phoenix socket options for tests: 1 s push timeout, no heartbeat,
/// reconnect after 20 ms and rejoin after 50 then 100 ms, so that recovery
/// takes milliseconds instead of the official client's seconds.
MAXMON_TESTING_EXPORT maxmon::phoenix::SocketOptions fastSocketOptions();

} // namespace maxmon::testing
