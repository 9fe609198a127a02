#pragma once

#include <maxmon/connectionstate.h>
#include <maxmon/message.h>
#include <maxmon/testing/check.h>
#include <maxmon/testing/maxmon_testing_export.h>

#include <QString>

#include <functional>

namespace maxmon {
class WebSocketClient;
}

/// The testing kit for QtTest suites of WebSocket and Phoenix Channels clients.
namespace maxmon::testing {

/// How long the kit's waits wait unless told otherwise: 10 seconds, enough
/// for a loaded CI machine and a sanitizer build.
constexpr int defaultTimeoutMs = 10000;

/// Decides whether a message is the one a wait waits for.
using MessagePredicate = std::function<bool(const maxmon::Message &message)>;

/// Runs the event loop until @p condition is true, at most @p timeoutMs.
/// On timeout the Check says "waited N ms for WHAT", followed by what
/// @p seen returns (what the test saw instead), if given.
MAXMON_TESTING_EXPORT Check waitFor(const std::function<bool()> &condition, const QString &what,
                                    int timeoutMs = defaultTimeoutMs,
                                    const std::function<QString()> &seen = {});

/// Waits until @p client is in @p state. On failure the Check names the
/// state the client is in, the states it went through during the wait and
/// its last error. Gives up early when the client enters Error during the
/// wait (and Error is not what it waits for): only open() leaves Error.
MAXMON_TESTING_EXPORT Check waitForState(const maxmon::WebSocketClient &client,
                                         maxmon::ConnectionState state,
                                         int timeoutMs = defaultTimeoutMs);

/// Waits until @p client receives a message for which @p predicate is true;
/// messages that arrived before the call do not count (a MessageCollector
/// keeps those). @p what says in words what the predicate looks for. On
/// failure the Check lists the messages that did arrive.
MAXMON_TESTING_EXPORT Check waitForMessage(const maxmon::WebSocketClient &client,
                                           const MessagePredicate &predicate, const QString &what,
                                           int timeoutMs = defaultTimeoutMs);

/// Waits until @p client receives a text message equal to @p text.
MAXMON_TESTING_EXPORT Check waitForText(const maxmon::WebSocketClient &client, const QString &text,
                                        int timeoutMs = defaultTimeoutMs);

/// Waits until the connection of @p client has ended with close code
/// @p code (Diagnostics::lastCloseCode), sent by either side. On failure the
/// Check gives the close code and reason seen instead, who closed, the
/// state and the last error.
MAXMON_TESTING_EXPORT Check waitForCloseCode(const maxmon::WebSocketClient &client, int code,
                                             int timeoutMs = defaultTimeoutMs);

/// Waits until @p client's heartbeat has measured @p count round trips
/// during the wait (WebSocketClient::latencySampled). On failure the Check
/// gives how many arrived, how many probes were lost and the state.
MAXMON_TESTING_EXPORT Check waitForLatencySamples(const maxmon::WebSocketClient &client, int count,
                                                  int timeoutMs = defaultTimeoutMs);

} // namespace maxmon::testing
