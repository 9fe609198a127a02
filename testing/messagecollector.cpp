#include "waiter.h"

#include <maxmon/testing/messagecollector.h>
#include <maxmon/websocketclient.h>

namespace maxmon::testing {

struct MessageCollector::Private
{
    QList<Message> messages;
};

MessageCollector::MessageCollector(const WebSocketClient *client, Direction direction,
                                   QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    const auto collect = [this](const Message &message) {
        d->messages.append(message);
        Q_EMIT collected(message);
    };
    if (direction != Direction::Sent)
        connect(client, &WebSocketClient::messageReceived, this, collect);
    if (direction != Direction::Received)
        connect(client, &WebSocketClient::messageSent, this, collect);
}

MessageCollector::~MessageCollector() = default;

QList<Message> MessageCollector::messages() const
{
    return d->messages;
}

QStringList MessageCollector::texts() const
{
    QStringList texts;
    for (const Message &message : std::as_const(d->messages)) {
        if (message.isTextFrame())
            texts.append(message.text());
    }
    return texts;
}

int MessageCollector::count() const
{
    return static_cast<int>(d->messages.size());
}

Message MessageCollector::last() const
{
    return d->messages.isEmpty() ? Message() : d->messages.constLast();
}

void MessageCollector::clear()
{
    d->messages.clear();
}

Check MessageCollector::waitFor(const MessagePredicate &predicate, const QString &what,
                                int timeoutMs) const
{
    qsizetype checked = 0; // each message is asked once
    bool found = false;
    return detail::waitUntil(
        [&] {
            for (; !found && checked < d->messages.size(); ++checked)
                found = predicate(d->messages.at(checked));
            return found;
        },
        timeoutMs, what, [this] { return detail::describe(d->messages); });
}

Check MessageCollector::waitForText(const QString &text, int timeoutMs) const
{
    return waitFor(
        [&text](const Message &message) { return message.isTextFrame() && message.text() == text; },
        QStringLiteral("the text message %1").arg(detail::quoted(text)), timeoutMs);
}

Check MessageCollector::waitForCount(int count, int timeoutMs) const
{
    return detail::waitUntil([this, count] { return d->messages.size() >= count; }, timeoutMs,
                             QStringLiteral("%1 message(s)").arg(count),
                             [this] { return detail::describe(d->messages); });
}

} // namespace maxmon::testing
