#include "waiter.h"

#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

namespace maxmon::testing {

using detail::describe;
using detail::listOrNone;
using detail::waitUntil;

namespace {

QString lastErrorOf(const WebSocketClient &client)
{
    const Error error = client.lastError();
    return error ? QStringLiteral("%1 (%2)").arg(error.message(), error.codeName())
                 : QStringLiteral("none");
}

} // namespace

Check waitFor(const std::function<bool()> &condition, const QString &what, int timeoutMs,
              const std::function<QString()> &seen)
{
    return waitUntil(condition, timeoutMs, what,
                     [&seen] { return seen ? seen() : QStringLiteral("it did not happen"); });
}

Check waitForState(const WebSocketClient &client, ConnectionState state, int timeoutMs)
{
    QObject context;
    QStringList seen;
    bool failed = false;
    QObject::connect(&client, &WebSocketClient::stateChanged, &context,
                     [&seen, &failed](ConnectionState entered) {
                         seen.append(connectionStateName(entered));
                         failed = failed || entered == ConnectionState::Error;
                     });
    const auto report = [&] {
        return QStringLiteral("it is %1 (states during the wait: %2); last error: %3")
            .arg(connectionStateName(client.state()), listOrNone(seen), lastErrorOf(client));
    };
    return waitUntil(
        [&] { return client.state() == state; }, timeoutMs,
        QStringLiteral("the client to be %1").arg(connectionStateName(state)), report,
        [&] { return failed && state != ConnectionState::Error ? report() : QString(); });
}

Check waitForMessage(const WebSocketClient &client, const MessagePredicate &predicate,
                     const QString &what, int timeoutMs)
{
    QObject context;
    QList<Message> arrived;
    bool found = false;
    QObject::connect(&client, &WebSocketClient::messageReceived, &context,
                     [&](const Message &message) {
                         arrived.append(message);
                         found = found || predicate(message);
                     });
    return waitUntil([&found] { return found; }, timeoutMs, what,
                     [&] {
                         return QStringLiteral("%1 (client %2)")
                             .arg(describe(arrived), connectionStateName(client.state()));
                     });
}

Check waitForText(const WebSocketClient &client, const QString &text, int timeoutMs)
{
    return waitForMessage(
        client,
        [&text](const Message &message) { return message.isTextFrame() && message.text() == text; },
        QStringLiteral("the text message %1").arg(detail::quoted(text)), timeoutMs);
}

Check waitForCloseCode(const WebSocketClient &client, int code, int timeoutMs)
{
    // checked on every state change too: a reconnecting client may be
    // connected again by the time the event loop polls
    const auto endedWith = [&client, code] {
        const ConnectionState state = client.state();
        return client.diagnostics().lastCloseCode == code && state != ConnectionState::Connected
            && state != ConnectionState::Disconnecting;
    };
    bool ended = endedWith();
    QObject context;
    QObject::connect(&client, &WebSocketClient::stateChanged, &context,
                     [&] { ended = ended || endedWith(); });
    return waitUntil(
        [&] {
            ended = ended || endedWith();
            return ended;
        },
        timeoutMs, QStringLiteral("the connection to end with close code %1").arg(code),
        [&client] {
            const Diagnostics diagnostics = client.diagnostics();
            return QStringLiteral("last close code %1 \"%2\" (closed by %3), client %4, last "
                                  "error: %5")
                .arg(diagnostics.lastCloseCode)
                .arg(diagnostics.lastCloseReason,
                     diagnostics.lastClosedBy.isEmpty() ? QStringLiteral("nobody yet")
                                                        : diagnostics.lastClosedBy,
                     connectionStateName(client.state()), lastErrorOf(client));
        });
}

Check waitForLatencySamples(const WebSocketClient &client, int count, int timeoutMs)
{
    QObject context;
    QList<double> samples;
    int lost = 0;
    QObject::connect(&client, &WebSocketClient::latencySampled, &context,
                     [&samples](double rttMs) { samples.append(rttMs); });
    QObject::connect(&client, &WebSocketClient::probeLost, &context, [&lost] { ++lost; });
    return waitUntil([&] { return samples.size() >= count; }, timeoutMs,
                     QStringLiteral("%1 latency sample(s)").arg(count),
                     [&] {
                         return QStringLiteral("%1 sample(s), %2 probe(s) lost, client %3, "
                                               "heartbeat %4")
                             .arg(samples.size())
                             .arg(lost)
                             .arg(connectionStateName(client.state()),
                                  client.diagnostics().heartbeat.running
                                      ? QStringLiteral("running")
                                      : QStringLiteral("not running"));
                     });
}

} // namespace maxmon::testing
