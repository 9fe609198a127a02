#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace maxmon {

class ConnectionTab;
class HealthBadge;

// The status bar's view of the current tab: heartbeat RTT (last and p95),
// health (coloured, the rule as tooltip), messages per second in and out,
// the log's message count, and the outbound queue while it holds anything
// (waiting to be written, or written and not yet confirmed).
class StatusSummary : public QWidget
{
    Q_OBJECT

public:
    explicit StatusSummary(QWidget *parent = nullptr);

    void setTab(ConnectionTab *tab);
    ConnectionTab *tab() const { return m_tab; }

    QString rttText() const;
    QString rateText() const;
    QString countText() const;
    // Empty while nothing waits: no message queued, and none unconfirmed for
    // UnconfirmedShownAfterMs or longer.
    QString queueText() const;
    static constexpr qint64 UnconfirmedShownAfterMs = 1000;
    HealthBadge *healthBadge() const { return m_health; }

public Q_SLOTS:
    void refresh();

private:
    QPointer<ConnectionTab> m_tab;
    QLabel *m_rtt;
    HealthBadge *m_health;
    QLabel *m_rates;
    QLabel *m_count;
    QLabel *m_queue;
};

} // namespace maxmon
