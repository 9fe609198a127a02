#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace maxmon {

class MessageLogModel;
class WebSocketClient;

// Everything known about one connection, as text that can be copied into a
// bug report: the client's diagnostics, the settings in use, the log's
// counters and the current rates. Refreshed when the client reports a change
// and every second.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    void setClient(WebSocketClient *client);
    void setLogModel(MessageLogModel *model);
    void setRates(double incomingPerSecond, double outgoingPerSecond);

    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }

public Q_SLOTS:
    void refresh();
    void copyToClipboard();

private:
    QString buildText() const;

    QPointer<WebSocketClient> m_client;
    QPointer<MessageLogModel> m_log;
    double m_rateIn = 0;
    double m_rateOut = 0;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QTimer m_timer;
};

} // namespace maxmon
