#pragma once

#include "profiles/profilesection.h"

namespace maxmon {

class SecretRefEdit;

// The proxy: the system's, none, or an HTTP or SOCKS5 proxy of the
// profile's own with its credentials (the password only as a reference).
class ProxySection : public ProfileSection
{
    Q_OBJECT

public:
    explicit ProxySection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void updateEnabled(const ConnectionConfig &config) override;

private:
    QComboBox *m_mode;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    SecretRefEdit *m_password;
};

} // namespace maxmon
