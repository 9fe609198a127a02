#pragma once

#include <maxmon/message.h>
#include <maxmon/testing/check.h>
#include <maxmon/testing/maxmon_testing_export.h>
#include <maxmon/testing/waits.h>

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace maxmon {
class WebSocketClient;
}

namespace maxmon::testing {

/// Collects the messages a WebSocketClient receives (or sends) from the
/// moment it is made, for tests that check what arrived, in which order.
///
/// Every message collected is also signalled by collected(), so a
/// QSignalSpy works on it as on the client, and waitFor() / waitForCount()
/// wait with a failure message that lists what did arrive:
///
/// @code
/// maxmon::testing::MessageCollector received(&client);
/// client.sendText("ping 1");
/// MAXMON_VERIFY(received.waitForText("pong 1"));
/// QCOMPARE(received.texts(), QStringList { "hello", "pong 1" });
/// @endcode
class MAXMON_TESTING_EXPORT MessageCollector : public QObject
{
    Q_OBJECT

public:
    /// Which messages to collect.
    enum class Direction {
        Received, ///< WebSocketClient::messageReceived
        Sent, ///< WebSocketClient::messageSent (the exact bytes written)
        Both, ///< both, in the order they happened
    };
    Q_ENUM(Direction)

    /// Collects what @p client receives (or sends, or both) from now on,
    /// until the collector or the client goes away.
    explicit MessageCollector(const maxmon::WebSocketClient *client,
                              Direction direction = Direction::Received, QObject *parent = nullptr);
    ~MessageCollector() override;

    /// Every message collected, oldest first.
    QList<maxmon::Message> messages() const;
    /// The text of every text (and JSON) message collected, oldest first.
    QStringList texts() const;
    /// How many messages were collected.
    int count() const;
    /// The newest message; a null Message if there is none.
    maxmon::Message last() const;
    /// Forgets what was collected; collecting goes on.
    void clear();

    /// Waits until a collected message (one collected before the call
    /// counts) matches @p predicate; @p what says what it looks for. On
    /// failure the Check lists the messages collected.
    Check waitFor(const MessagePredicate &predicate, const QString &what,
                  int timeoutMs = defaultTimeoutMs) const;
    /// Waits until a collected text message equals @p text.
    Check waitForText(const QString &text, int timeoutMs = defaultTimeoutMs) const;
    /// Waits until at least @p count messages were collected.
    Check waitForCount(int count, int timeoutMs = defaultTimeoutMs) const;

Q_SIGNALS:
    /// A message was collected (after it was added to messages()).
    void collected(const maxmon::Message &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::testing
