#include "diagnostics/healthbadge.h"

#include <algorithm>

namespace maxmon {

HealthBadge::HealthBadge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    QFont bold = font();
    bold.setBold(true);
    setMinimumWidth(std::max(QFontMetrics(bold).horizontalAdvance(
                                 ConnectionHealth::levelText(ConnectionHealth::Level::Degraded)),
                             QFontMetrics(bold).horizontalAdvance(tr("Not connected")))
                    + 20);
    setAccessibleName(tr("Connection health"));
    setHealth(ConnectionHealth::evaluate(LatencyStats::Summary(), 0));
}

void HealthBadge::setHealth(const ConnectionHealth &health)
{
    m_health = health;
    applyLook();
}

void HealthBadge::setLive(bool live)
{
    m_live = live;
    applyLook();
}

void HealthBadge::applyLook()
{
    // a verdict on a connection that is gone would read as the present one's
    const ConnectionHealth::Level shown =
        m_live ? m_health.level : ConnectionHealth::Level::Unknown;
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 4px; "
                                 "padding: 1px 8px; font-weight: bold; }")
                      .arg(backgroundColor(shown).name(), textColor(shown).name()));
    if (m_live) {
        setText(ConnectionHealth::levelText(m_health.level));
        setToolTip(tr("Health: %1").arg(m_health.toText()));
    } else if (m_health.level == ConnectionHealth::Level::Unknown) {
        setText(tr("Not connected"));
        setToolTip(tr("Not connected: health is judged on a live connection."));
    } else {
        setText(tr("Not connected"));
        setToolTip(tr("Not connected: health is judged on a live connection. The last "
                      "connection's health: %1")
                       .arg(m_health.toText()));
    }
}

QColor HealthBadge::backgroundColor(ConnectionHealth::Level level)
{
    switch (level) {
    case ConnectionHealth::Level::Good:
        return QColor(0x2e, 0x7d, 0x32); // green
    case ConnectionHealth::Level::Degraded:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case ConnectionHealth::Level::Bad:
        return QColor(0xc6, 0x28, 0x28); // red
    case ConnectionHealth::Level::Unknown:
        break;
    }
    return QColor(0x61, 0x61, 0x61); // grey
}

QColor HealthBadge::textColor(ConnectionHealth::Level level)
{
    return level == ConnectionHealth::Level::Degraded ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace maxmon
