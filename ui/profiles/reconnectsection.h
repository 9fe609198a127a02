#pragma once

#include "profiles/profilesection.h"

class QCheckBox;
class QDoubleSpinBox;

namespace maxmon {

// Reconnecting after a lost connection: on or off, the backoff (first and
// longest delay, multiplier, jitter), attempts and when they count from 1
// again. A Phoenix profile keeps its own schedule, only on/off and attempts.
class ReconnectSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit ReconnectSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void updateEnabled(const ConnectionConfig &config) override;

private:
    QCheckBox *m_enabled;
    QSpinBox *m_initialDelay;
    QSpinBox *m_maxDelay;
    QDoubleSpinBox *m_multiplier;
    QDoubleSpinBox *m_jitter;
    QSpinBox *m_maxAttempts;
    QSpinBox *m_resetAfter;
};

} // namespace maxmon
