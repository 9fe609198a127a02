#pragma once

#include "profiles/profilesection.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace maxmon {

class SecretRefEdit;

// TLS: extra CA certificates, the client certificate and key (its
// passphrase only as a reference), SPKI pins, and the explicit opt-in to
// named certificate errors, with a warning that stays in sight while it is on.
class TlsSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit TlsSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void updateEnabled(const ConnectionConfig &config) override;

private:
    QLineEdit *m_caFile;
    QLineEdit *m_certificateFile;
    QLineEdit *m_keyFile;
    SecretRefEdit *m_keyPassphrase;
    QPlainTextEdit *m_pins;
    QCheckBox *m_allowInsecure;
    QLabel *m_insecureWarning;
    QLineEdit *m_allowedErrors;
};

} // namespace maxmon
