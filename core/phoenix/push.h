#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenix/frame.h>

#include <QByteArray>
#include <QJsonValue>
#include <QObject>

#include <memory>

namespace maxmon::phoenix {

class Channel;

// One message to a channel and its outcome, like the JavaScript client's
// Push. Channel::join(), push() and leave() create them; the server's
// phx_reply with the push's ref ends it with its status ("ok", "error" or
// any other the server uses), and no reply within the timeout ends it with
// "timeout".
//
// The outcome is signalled, instead of the JavaScript client's
// receive(status, callback) hooks: received() for every outcome, then ok(),
// error() or timeout(). A push has exactly one outcome per send.
//
// Ownership: a Push is a child of its channel. Once it has its outcome it
// deletes itself (deleteLater, so slots connected to its signals may still
// use it), unless setAutoDelete(false) was called; hold it in a QPointer
// if you keep it. The join push is the channel's own and is never deleted
// while the channel lives: every rejoin resends it with a new ref.
class MAXMON_CORE_EXPORT Push : public QObject
{
    Q_OBJECT

public:
    ~Push() override;

    Channel *channel() const;
    QString event() const;
    QJsonValue payload() const;
    bool isBinary() const;
    QByteArray binaryPayload() const;
    int timeoutMs() const;

    // The ref of the current attempt: set when the push is sent (or put in
    // the channel's buffer), new for every resend, empty after a reset.
    QString ref() const;
    bool isSent() const;
    // Empty while waiting, otherwise the outcome: "ok", "error", "timeout", ...
    QString status() const;
    bool hasReceived(const QString &status) const;
    QJsonValue response() const;
    // The phx_reply frame that ended the push (null frame otherwise); a
    // binary reply carries its response in reply().binaryPayload.
    Frame reply() const;

    bool autoDelete() const;
    void setAutoDelete(bool autoDelete);

Q_SIGNALS:
    void received(const QString &status, const QJsonValue &response);
    void ok(const QJsonValue &response);
    void error(const QJsonValue &response);
    void timeout();

private:
    friend class Channel;
    Push(Channel *channel, QString event, QJsonValue payload, int timeoutMs);
    Push(Channel *channel, QString event, QByteArray binaryPayload, int timeoutMs);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::phoenix
