#pragma once

#include "profiles/profilesection.h"

class QCheckBox;

namespace maxmon {

// The heartbeat probes of a plain WebSocket profile: ping or application
// message, interval, timeout, when the link is dead, and the adaptive
// interval. A Phoenix profile uses the Phoenix section's heartbeat instead.
class HeartbeatSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit HeartbeatSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void updateEnabled(const ConnectionConfig &config) override;

private:
    QCheckBox *m_enabled;
    QComboBox *m_strategy;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QSpinBox *m_maxMissed;
    QCheckBox *m_adaptive;
    QSpinBox *m_minInterval;
    QSpinBox *m_maxInterval;
};

} // namespace maxmon
