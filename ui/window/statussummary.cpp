#include "window/statussummary.h"

#include "diagnostics/healthbadge.h"
#include "diagnostics/rttfigures.h"
#include "window/connectiontab.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/websocketclient.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace maxmon {

StatusSummary::StatusSummary(QWidget *parent)
    : QWidget(parent)
    , m_rtt(new QLabel(this))
    , m_health(new HealthBadge(this))
    , m_rates(new QLabel(this))
    , m_count(new QLabel(this))
    , m_queue(new QLabel(this))
{
    m_rtt->setToolTip(tr("Heartbeat round-trip time: the latest answer and the 95th percentile "
                         "of the recent ones"));
    m_rates->setToolTip(tr("Messages per second received and sent on this connection, over "
                           "the last second"));
    m_count->setToolTip(tr("Messages in this connection's log"));
    m_queue->setToolTip(tr("Messages sent by you that are waiting to be written (not connected, "
                           "or the peer reads slowly), and written ones whose arrival the next "
                           "pong has not confirmed yet"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_count);
    layout->addWidget(m_queue);
    layout->addWidget(m_rtt);
    layout->addWidget(m_health);
    layout->addWidget(m_rates);
    refresh();
}

void StatusSummary::setTab(ConnectionTab *tab)
{
    if (m_tab)
        m_tab->client()->disconnect(this);
    m_tab = tab;
    if (m_tab) {
        connect(m_tab->client(), &WebSocketClient::healthChanged, this, &StatusSummary::refresh);
        connect(m_tab->client(), &WebSocketClient::stateChanged, this, &StatusSummary::refresh);
        // the RTT at each probe, as the chart header shows it, not a second late
        const auto showRtt = [this] {
            m_rtt->setText(rttText());
        };
        connect(m_tab->client(), &WebSocketClient::latencySampled, this, showRtt);
        connect(m_tab->client(), &WebSocketClient::probeLost, this, showRtt);
    }
    refresh();
}

QString StatusSummary::rttText() const
{
    if (!m_tab)
        return QString();
    return RttFigures::text(m_tab->client()->diagnostics().heartbeat,
                            m_tab->client()->state() == ConnectionState::Connected);
}

QString StatusSummary::rateText() const
{
    if (!m_tab)
        return QString();
    const QLocale locale;
    return tr("In %1 msg/s \u00b7 Out %2 msg/s")
        .arg(locale.toString(m_tab->incomingRate(), 'f', 1),
             locale.toString(m_tab->outgoingRate(), 'f', 1));
}

QString StatusSummary::countText() const
{
    if (!m_tab)
        return QString();
    // tr() counts in int: past 2^31 messages the count stops there
    const qint64 total = m_tab->logModel()->totalCount();
    return tr("%Ln message(s)", nullptr,
              static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())));
}

QString StatusSummary::queueText() const
{
    if (!m_tab)
        return QString();
    // Every message is unconfirmed for up to 100 ms and a round trip: said
    // only when one waits longer, or the status bar would flicker with traffic.
    const DeliveryStatus delivery = m_tab->client()->diagnostics().delivery;
    if (delivery.pending == 0 && delivery.oldestUnconfirmedMs < UnconfirmedShownAfterMs)
        return QString();
    return tr("Queue %1 \u00b7 unconfirmed %2")
        .arg(QLocale().toString(delivery.pending), QLocale().toString(delivery.unconfirmed));
}

void StatusSummary::refresh()
{
    m_rtt->setText(rttText());
    m_rates->setText(rateText());
    m_count->setText(countText());
    m_queue->setText(queueText());
    m_queue->setVisible(!m_queue->text().isEmpty());
    m_health->setVisible(m_tab != nullptr);
    if (m_tab) {
        m_health->setHealth(m_tab->client()->diagnostics().heartbeat.health);
        m_health->setLive(m_tab->client()->state() == ConnectionState::Connected);
    }
}

} // namespace maxmon
