#pragma once

#include <maxmon/connectionhealth.h>

#include <QColor>
#include <QLabel>

namespace maxmon {

// The connection's health in one coloured word (Good, Degraded, Bad, or
// Unknown before the first probe) with the rule that decided it as the
// tooltip. Health is judged on a live connection only: while not connected
// the badge says so in grey, and the tooltip gives the last connection's
// verdict as the last connection's. Fixed colours, as StateBadge's, so they
// read the same in a light and a dark theme.
class HealthBadge : public QLabel
{
    Q_OBJECT

public:
    explicit HealthBadge(QWidget *parent = nullptr);

    ConnectionHealth health() const { return m_health; }
    void setHealth(const ConnectionHealth &health);
    // Whether the connection is up; false shows "Not connected".
    bool isLive() const { return m_live; }
    void setLive(bool live);

    static QColor backgroundColor(ConnectionHealth::Level level);
    static QColor textColor(ConnectionHealth::Level level);

private:
    void applyLook();

    ConnectionHealth m_health;
    bool m_live = true;
};

} // namespace maxmon
