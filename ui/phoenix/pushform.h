#pragma once

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/push.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace maxmon {

class JsonField;

// Pushes an event with a JSON payload to one channel and shows how it
// ended: the reply's status and response with the round trip, or the
// timeout. One push at a time is shown; a new one takes its place.
class PushForm : public QWidget
{
    Q_OBJECT

public:
    explicit PushForm(QWidget *parent = nullptr);

    // The channel pushes go to (nullptr: none, the form is off).
    void setChannel(phoenix::Channel *channel);
    phoenix::Channel *channel() const { return m_channel; }
    // The timeout a new channel's pushes start with (the socket's).
    void setDefaultTimeoutMs(int timeoutMs);

    QLineEdit *eventEdit() const { return m_event; }
    JsonField *payloadField() const { return m_payload; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QPushButton *pushButton() const { return m_push; }
    QLabel *resultLabel() const { return m_result; }
    // The outcome's icon next to the result (a pixmap, never a text glyph:
    // symbol characters such as U+23F1 are missing from common fonts).
    QLabel *resultIcon() const { return m_resultIcon; }
    QLineEdit *responseView() const { return m_response; }

public Q_SLOTS:
    // Pushes what the form holds; false (with the reason shown) when it cannot.
    bool push();

Q_SIGNALS:
    // "ok", "error", "timeout", ...: the outcome of a push made here
    void finished(const QString &status);

private:
    void onReceived(const QString &status, const QJsonValue &response);
    enum class Tone { Neutral, Good, Bad, TimedOut };
    void showResult(const QString &text, Tone tone);
    void showIcon(Tone tone);
    void updateEnabled();

    QPointer<phoenix::Channel> m_channel;
    QPointer<phoenix::Push> m_pending;
    QElapsedTimer m_elapsed;
    QLineEdit *m_event;
    JsonField *m_payload;
    QSpinBox *m_timeout;
    QPushButton *m_push;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QLineEdit *m_response;
};

} // namespace maxmon
