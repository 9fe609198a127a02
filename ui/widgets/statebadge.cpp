#include "widgets/statebadge.h"

#include <maxmon/message.h>

namespace maxmon {

StateBadge::StateBadge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    // Wide enough for the longest state and a long time, so the bar around
    // it does not move every second.
    QFont bold = font();
    bold.setBold(true);
    const QString widest = connectionStateText(ConnectionState::Disconnecting)
        + QStringLiteral(" \u00b7 ") + durationText(59 * 60 * 1000 + 59 * 1000);
    setMinimumWidth(QFontMetrics(bold).horizontalAdvance(widest) + 28);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StateBadge::refresh);
    m_timer.start();
    m_sinceNs = Message::nowMonotonicNs();
    setState(ConnectionState::Disconnected, m_sinceNs);
}

void StateBadge::setState(ConnectionState state, qint64 sinceMonotonicNs)
{
    m_state = state;
    m_sinceNs = sinceMonotonicNs;
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 4px; "
                                 "padding: 3px 10px; font-weight: bold; }")
                      .arg(backgroundColor(state).name(), textColor(state).name()));
    refresh();
}

void StateBadge::setDetail(const QString &detail)
{
    m_detail = detail;
    refresh();
}

void StateBadge::setExtraToolTip(const QString &text)
{
    m_extraToolTip = text;
    refresh();
}

void StateBadge::refresh()
{
    const qint64 ms = std::max<qint64>(0, (Message::nowMonotonicNs() - m_sinceNs) / 1000000);
    QString state = connectionStateText(m_state);
    // A detail (the retry countdown) stands in for the time in the state:
    // two durations side by side read as one repeated ("next in 2 s · 2 s").
    if (m_detail.isEmpty()) {
        setText(state + QStringLiteral(" \u00b7 ") + durationText(ms));
    } else {
        state += QStringLiteral(" \u00b7 ") + m_detail;
        setText(state);
    }
    QString tip = tr("%1 for %2").arg(state, durationText(ms));
    if (!m_extraToolTip.isEmpty())
        tip += QLatin1Char('\n') + m_extraToolTip;
    setToolTip(tip);
}

QColor StateBadge::backgroundColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return QColor(0x2e, 0x7d, 0x32); // green
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case ConnectionState::Disconnecting:
        return QColor(0x45, 0x5a, 0x64); // blue grey
    case ConnectionState::Error:
        return QColor(0xc6, 0x28, 0x28); // red
    case ConnectionState::Disconnected:
        break;
    }
    return QColor(0x61, 0x61, 0x61); // grey
}

QColor StateBadge::textColor(ConnectionState state)
{
    // amber is too light for white text
    if (state == ConnectionState::Connecting || state == ConnectionState::Reconnecting)
        return QColor(Qt::black);
    return QColor(Qt::white);
}

QString StateBadge::durationText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

} // namespace maxmon
