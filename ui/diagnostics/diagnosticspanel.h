#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace maxmon {

class HealthBadge;
class MessageLogModel;
class WebSocketClient;

// Everything known about one connection. On top, at a glance: the
// persistent warnings in red, the health (with the rule that decided it),
// the latency statistics, the heartbeat interval and its last change, TLS
// (protocol, cipher, whether the chain was verified, the peer's chain) and
// the proxy. Below, as text that can be copied into a bug report: the
// client's diagnostics, every recent interval change with its reason, the
// settings in use, the log's counters and the current rates. Refreshed when
// the client reports a change and every second.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    void setClient(WebSocketClient *client);
    void setLogModel(MessageLogModel *model);
    void setRates(double incomingPerSecond, double outgoingPerSecond);

    QString text() const;
    QLabel *warningLabel() const { return m_warnings; }
    HealthBadge *healthBadge() const { return m_health; }
    // The summary's value for "health", "latency", "interval", "tls" or "proxy".
    QString summary(const QString &key) const;
    QPushButton *bundleButton() const { return m_bundle; }

public Q_SLOTS:
    void refresh();
    void copyToClipboard();

Q_SIGNALS:
    void supportBundleRequested();

private:
    QString buildText() const;
    void refreshSummary();
    QLabel *addSummaryValue(const QString &key);

    QPointer<WebSocketClient> m_client;
    QPointer<MessageLogModel> m_log;
    double m_rateIn = 0;
    double m_rateOut = 0;
    QLabel *m_warnings;
    HealthBadge *m_health;
    QHash<QString, QLabel *> m_summary;
    QPlainTextEdit *m_text;
    QPushButton *m_bundle;
    QPushButton *m_copy;
    QTimer m_timer;
};

} // namespace maxmon
