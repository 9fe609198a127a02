#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenix/frame.h>

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

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
    QString event() const { return m_event; }
    QJsonValue payload() const { return m_payload; }
    bool isBinary() const { return m_binary; }
    QByteArray binaryPayload() const { return m_binaryPayload; }
    int timeoutMs() const { return m_timeoutMs; }

    // The ref of the current attempt: set when the push is sent (or put in
    // the channel's buffer), new for every resend, empty after a reset.
    QString ref() const { return m_ref; }
    bool isSent() const { return m_sent; }
    // Empty while waiting, otherwise the outcome: "ok", "error", "timeout", ...
    QString status() const { return m_status; }
    bool hasReceived(const QString &status) const;
    QJsonValue response() const { return m_response; }
    // The phx_reply frame that ended the push (null frame otherwise); a
    // binary reply carries its response in reply().binaryPayload.
    Frame reply() const { return m_reply; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void received(const QString &status, const QJsonValue &response);
    void ok(const QJsonValue &response);
    void error(const QJsonValue &response);
    void timeout();

private:
    friend class Channel;

    Push(Channel *channel, QString event, QJsonValue payload, int timeoutMs);
    Push(Channel *channel, QString event, QByteArray binaryPayload, int timeoutMs);

    // As in the JavaScript client: send() starts the timeout with a fresh ref
    // and hands the frame to the socket (which buffers it while
    // disconnected); a push that already timed out is not sent.
    void send();
    void resend(int timeoutMs);
    void reset();
    void startTimeout();
    void cancelTimeout();
    void cancelRefEvent();
    // The reply for our ref.
    void matchReply(const Frame &reply);
    // Ends this attempt with an outcome (also used for "timeout", and for the
    // "ok" of a leave that cannot reach the server).
    void trigger(const QString &status, const QJsonValue &response, const Frame &reply = {});
    Frame frame() const;

    QPointer<Channel> m_channel;
    QString m_event;
    QJsonValue m_payload;
    QByteArray m_binaryPayload;
    bool m_binary = false;
    int m_timeoutMs;
    QString m_ref;
    bool m_sent = false;
    QString m_status;
    QJsonValue m_response;
    Frame m_reply;
    bool m_autoDelete = true;
    QTimer m_timer { this };
};

} // namespace maxmon::phoenix
