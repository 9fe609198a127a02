#pragma once

#include <maxmon/connectionstate.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/testing/check.h>
#include <maxmon/testing/maxmon_testing_export.h>
#include <maxmon/testing/waits.h>

#include <QJsonValue>
#include <QString>

namespace maxmon::phoenix {
class Push;
class Socket;
} // namespace maxmon::phoenix

namespace maxmon::testing {

/// Waits until the Phoenix @p socket is in @p state. On failure the Check
/// names the state it is in, the states it went through during the wait and
/// its client's last error; gives up early when it enters Error.
MAXMON_TESTING_EXPORT Check waitForState(const maxmon::phoenix::Socket &socket,
                                         maxmon::ConnectionState state,
                                         int timeoutMs = defaultTimeoutMs);

/// Waits until @p channel is in @p state. On failure the Check names the
/// state it is in, the states it went through and the errors it reported
/// (a refused join with the server's reason, a phx_error, a timeout).
MAXMON_TESTING_EXPORT Check waitForChannelState(const maxmon::phoenix::Channel &channel,
                                                maxmon::phoenix::Channel::State state,
                                                int timeoutMs = defaultTimeoutMs);

/// Waits until @p channel is joined: waitForChannelState(channel, Joined),
/// giving up early when the server refuses the join.
MAXMON_TESTING_EXPORT Check waitForJoin(const maxmon::phoenix::Channel &channel,
                                        int timeoutMs = defaultTimeoutMs);

/// Waits until @p push has its outcome and checks that it is @p status
/// ("ok", "error", "timeout", ...). On failure the Check gives the status
/// and response that came instead, or says no reply came. A push deletes
/// itself once it has its outcome (unless Push::setAutoDelete(false)): call
/// this right after making the push, before anything else runs the event
/// loop, or keep the push alive. The push may already have its outcome.
MAXMON_TESTING_EXPORT Check waitForReply(maxmon::phoenix::Push *push,
                                         const QString &status = QStringLiteral("ok"),
                                         int timeoutMs = defaultTimeoutMs);

/// Waits until @p channel receives @p event from the server (a broadcast,
/// a push, presence_diff, ...) during the wait, and stores its payload in
/// @p payload if given. On failure the Check lists the events that did arrive.
MAXMON_TESTING_EXPORT Check waitForEvent(const maxmon::phoenix::Channel &channel,
                                         const QString &event, int timeoutMs = defaultTimeoutMs,
                                         QJsonValue *payload = nullptr);

} // namespace maxmon::testing
