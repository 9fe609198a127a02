#pragma once

#include "profiles/profilesection.h"

class QCheckBox;

namespace maxmon {

// The outbound queue, its high-water mark, the largest messages either way,
// and whether the profile's connections are recorded in session files.
class LimitsSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit LimitsSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;

private:
    QSpinBox *m_queueSize;
    QSpinBox *m_highWater;
    QSpinBox *m_maxIncoming;
    QSpinBox *m_maxOutgoing;
    QCheckBox *m_record;
};

} // namespace maxmon
