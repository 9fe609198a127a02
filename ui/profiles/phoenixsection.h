#pragma once

#include "profiles/profilesection.h"

#include <QJsonObject>

namespace maxmon {

// The Phoenix Channels settings: protocol version, socket params, the
// Phoenix heartbeat and the reply timeout. Enabled for Phoenix profiles only.
class PhoenixSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit PhoenixSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void updateEnabled(const ConnectionConfig &config) override;

private:
    // The params field's object; text that is not a JSON object is an issue.
    QJsonObject parseParams(QList<ConfigIssue> *issues) const;

    QComboBox *m_vsn;
    QLineEdit *m_params;
    QSpinBox *m_heartbeat;
    QSpinBox *m_timeout;
    QLabel *m_note;
};

} // namespace maxmon
