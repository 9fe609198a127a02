#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenix/frame.h>

#include <QByteArray>
#include <QJsonValue>
#include <QObject>

#include <memory>

namespace maxmon::phoenix {

class Channel;

/// One message to a channel and its outcome, like the JavaScript client's
/// Push. Channel::join(), push() and leave() create them; the server's
/// phx_reply with the push's ref ends it with its status ("ok", "error" or
/// any other the server uses), and no reply within the timeout ends it with
/// "timeout".
///
/// The outcome is signalled, instead of the JavaScript client's
/// receive(status, callback) hooks: received() for every outcome, then ok(),
/// error() or timeout(). A push has exactly one outcome per send.
///
/// Ownership: a Push is a child of its channel. Once it has its outcome it
/// deletes itself (deleteLater, so slots connected to its signals may still
/// use it), unless setAutoDelete(false) was called; hold it in a QPointer
/// if you keep it. The join push is the channel's own and is never deleted
/// while the channel lives: every rejoin resends it with a new ref.
class MAXMON_CORE_EXPORT Push : public QObject
{
    Q_OBJECT

public:
    ~Push() override;

    /// The channel it goes to; nullptr once that is gone.
    Channel *channel() const;
    /// The event: "new_msg", "phx_join", ...
    QString event() const;
    /// The JSON payload; null for a binary push.
    QJsonValue payload() const;
    /// Whether it is sent as a binary frame.
    bool isBinary() const;
    /// The payload of a binary push.
    QByteArray binaryPayload() const;
    /// How long it waits for its reply.
    int timeoutMs() const;

    /// The ref of the current attempt: set when the push is sent (or put in
    /// the channel's buffer), new for every resend, empty after a reset.
    QString ref() const;
    /// Whether it was handed to the socket (which buffers it while disconnected).
    bool isSent() const;
    /// Empty while waiting, otherwise the outcome: "ok", "error", "timeout", ...
    QString status() const;
    /// Whether the outcome is status.
    bool hasReceived(const QString &status) const;
    /// The reply's response; null before the reply or after a timeout.
    QJsonValue response() const;
    /// The phx_reply frame that ended the push (null frame otherwise); a
    /// binary reply carries its response in reply().binaryPayload.
    Frame reply() const;

    /// Whether the push deletes itself once it has its outcome (the default).
    bool autoDelete() const;
    /// Keep (false) or delete (true) the push once it has its outcome.
    void setAutoDelete(bool autoDelete);

Q_SIGNALS:
    /// Every outcome, first: status "ok", "error", "timeout" or any other
    /// the server uses.
    void received(const QString &status, const QJsonValue &response);
    /// The server replied "ok".
    void ok(const QJsonValue &response);
    /// The server replied "error".
    void error(const QJsonValue &response);
    /// No reply within timeoutMs().
    void timeout();

private:
    friend class Channel;
    Push(Channel *channel, QString event, QJsonValue payload, int timeoutMs);
    Push(Channel *channel, QString event, QByteArray binaryPayload, int timeoutMs);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::phoenix
