#include "waiter.h"

#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/testing/phoenixwaits.h>
#include <maxmon/websocketclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace maxmon::testing {

using detail::listOrNone;
using detail::waitUntil;
using phoenix::Channel;

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return value.toVariant().toString();
}

QString errorText(const Error &error)
{
    QString text = QStringLiteral("%1 (%2)").arg(error.message(), error.codeName());
    if (!error.context().isEmpty())
        text += QLatin1Char(' ') + jsonText(error.context());
    return text;
}

} // namespace

Check waitForState(const phoenix::Socket &socket, ConnectionState state, int timeoutMs)
{
    QObject context;
    QStringList seen;
    bool failed = false;
    QObject::connect(&socket, &phoenix::Socket::stateChanged, &context,
                     [&seen, &failed](ConnectionState entered) {
                         seen.append(connectionStateName(entered));
                         failed = failed || entered == ConnectionState::Error;
                     });
    const auto report = [&] {
        const Error error = socket.client()->lastError();
        return QStringLiteral("it is %1 (states during the wait: %2); last error: %3")
            .arg(connectionStateName(socket.state()), listOrNone(seen),
                 error ? errorText(error) : QStringLiteral("none"));
    };
    return waitUntil(
        [&] { return socket.state() == state; }, timeoutMs,
        QStringLiteral("the Phoenix socket to be %1").arg(connectionStateName(state)), report,
        [&] { return failed && state != ConnectionState::Error ? report() : QString(); });
}

namespace {

Check waitForChannel(const Channel &channel, Channel::State state, int timeoutMs, bool joining)
{
    QObject context;
    QStringList seen;
    QStringList errors;
    bool refused = false;
    QObject::connect(&channel, &Channel::stateChanged, &context,
                     [&seen](Channel::State entered) { seen.append(Channel::stateName(entered)); });
    QObject::connect(&channel, &Channel::errorOccurred, &context, [&](const Error &error) {
        errors.append(errorText(error));
        refused = refused || error.code() == Error::Code::JoinRefused;
    });
    const auto report = [&] {
        return QStringLiteral("it is %1 (states during the wait: %2); errors: %3")
            .arg(Channel::stateName(channel.state()), listOrNone(seen), listOrNone(errors));
    };
    return waitUntil(
        [&] { return channel.state() == state; }, timeoutMs,
        QStringLiteral("the channel %1 to be %2").arg(channel.topic(), Channel::stateName(state)),
        report, [&] { return joining && refused ? report() : QString(); });
}

} // namespace

Check waitForChannelState(const Channel &channel, Channel::State state, int timeoutMs)
{
    return waitForChannel(channel, state, timeoutMs, false);
}

Check waitForJoin(const Channel &channel, int timeoutMs)
{
    return waitForChannel(channel, Channel::State::Joined, timeoutMs, true);
}

Check waitForReply(phoenix::Push *push, const QString &status, int timeoutMs)
{
    if (!push)
        return Check::fail(QStringLiteral("waitForReply(): no push (a push that could not be "
                                          "made, or one already deleted)"));
    const QString what =
        QStringLiteral("a \"%1\" reply to %2 on %3")
            .arg(status, push->event(), push->channel() ? push->channel()->topic() : QString());
    QString received = push->status();
    QJsonValue response = push->response();
    QObject context;
    QObject::connect(push, &phoenix::Push::received, &context,
                     [&](const QString &outcome, const QJsonValue &answer) {
                         received = outcome;
                         response = answer;
                     });
    const QPointer<phoenix::Push> guarded(push);
    Check outcome =
        waitUntil([&received] { return !received.isEmpty(); }, timeoutMs, what,
                  [] { return QStringLiteral("no reply and no timeout yet"); },
                  [&] {
                      return guarded || !received.isEmpty()
                          ? QString()
                          : QStringLiteral(
                              "the push was deleted without an outcome (its channel went away?)");
                  });
    if (!outcome)
        return outcome;
    if (received != status)
        return Check::fail(QStringLiteral("expected %1, got \"%2\" with the response %3")
                               .arg(what, received, jsonText(response)));
    return Check::pass();
}

Check waitForEvent(const Channel &channel, const QString &event, int timeoutMs, QJsonValue *payload)
{
    QObject context;
    QStringList arrived;
    bool found = false;
    QObject::connect(&channel, &Channel::messageReceived, &context,
                     [&](const QString &name, const QJsonValue &value) {
                         arrived.append(name);
                         if (!found && name == event) {
                             found = true;
                             if (payload)
                                 *payload = value;
                         }
                     });
    return waitUntil([&found] { return found; }, timeoutMs,
                     QStringLiteral("the event %1 on %2").arg(event, channel.topic()),
                     [&] {
                         return QStringLiteral("events that arrived: %1; channel %2")
                             .arg(listOrNone(arrived), Channel::stateName(channel.state()));
                     });
}

} // namespace maxmon::testing
