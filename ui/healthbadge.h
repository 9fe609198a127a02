#pragma once

#include <maxmon/connectionhealth.h>

#include <QColor>
#include <QLabel>

namespace maxmon {

// The connection's health in one coloured word (Good, Degraded, Bad, or
// Unknown before the first probe) with the rule that decided it as the
// tooltip. Fixed colours, as StateBadge's, so they read the same in a light
// and a dark theme.
class HealthBadge : public QLabel
{
    Q_OBJECT

public:
    explicit HealthBadge(QWidget *parent = nullptr);

    ConnectionHealth health() const { return m_health; }
    void setHealth(const ConnectionHealth &health);

    static QColor backgroundColor(ConnectionHealth::Level level);
    static QColor textColor(ConnectionHealth::Level level);

private:
    ConnectionHealth m_health;
};

} // namespace maxmon
