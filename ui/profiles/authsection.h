#pragma once

#include "profiles/profilesection.h"

namespace maxmon {

class SecretRefEdit;

// How the token reaches the server (bearer header, query parameter, Phoenix
// subprotocol) and where it is read from: only a reference, never the token.
class AuthSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit AuthSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void updateEnabled(const ConnectionConfig &config) override;

private:
    QComboBox *m_mode;
    QLineEdit *m_queryParameter;
    SecretRefEdit *m_token;
};

} // namespace maxmon
