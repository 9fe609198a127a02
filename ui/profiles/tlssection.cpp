#include "profiles/tlssection.h"

#include "profiles/secretrefedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace maxmon {

TlsSection::TlsSection(QWidget *parent)
    : ProfileSection(tr("TLS"), parent)
    , m_caFile(lineEdit(QStringLiteral("tls.ca_file"), tr("/etc/max/ca.pem")))
    , m_certificateFile(lineEdit(QStringLiteral("tls.client_certificate_file")))
    , m_keyFile(lineEdit(QStringLiteral("tls.client_key_file")))
    , m_keyPassphrase(new SecretRefEdit(this))
    , m_pins(new QPlainTextEdit(this))
    , m_allowInsecure(new QCheckBox(tr("Accept the certificate errors listed below"), this))
    , m_insecureWarning(new QLabel(
          tr("\u26a0 Insecure: a server with these certificate errors is accepted, so anyone on "
             "the network path could read and change this connection, token included. Use it "
             "only against test servers."),
          this))
    , m_allowedErrors(lineEdit(QStringLiteral("tls.allowed_errors"),
                               tr("SelfSignedCertificate, HostNameMismatch")))
{
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    connect(m_keyPassphrase, &SecretRefEdit::changed, this, &TlsSection::edited);
    m_pins->setPlaceholderText(tr("base64 SHA-256 of a SubjectPublicKeyInfo, one per line"));
    m_pins->setTabChangesFocus(true);
    m_pins->setMaximumHeight(m_pins->fontMetrics().lineSpacing() * 4);
    connect(m_pins, &QPlainTextEdit::textChanged, this, &TlsSection::edited);
    connect(m_allowInsecure, &QCheckBox::toggled, this, &TlsSection::edited);
    m_insecureWarning->setObjectName(QStringLiteral("tls.insecure_warning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setStyleSheet(QStringLiteral(
        "QLabel { background-color: #c62828; color: white; padding: 4px; border-radius: 3px; }"));
    addRow(tr("&CA file:"), fileField(m_caFile, tr("CA bundle"), pem),
           QStringLiteral("tls.ca_file"),
           tr("Extra trusted CA certificates (PEM), added to the system's"), m_caFile);
    addRow(tr("Client ce&rtificate:"), fileField(m_certificateFile, tr("Client certificate"), pem),
           QStringLiteral("tls.client_certificate_file"),
           tr("Sent when the server asks for one (PEM)"), m_certificateFile);
    addRow(tr("Client &key:"), fileField(m_keyFile, tr("Client key"), pem),
           QStringLiteral("tls.client_key_file"), tr("The client certificate's private key (PEM)"),
           m_keyFile);
    addRow(tr("Key &passphrase from:"), m_keyPassphrase, QStringLiteral("tls.key_passphrase"),
           tr("Where the passphrase of an encrypted key is read; never stored"),
           m_keyPassphrase->referenceEdit());
    addRow(tr("&Pins:"), m_pins, QStringLiteral("tls.spki_pins"),
           tr("Refuse a server unless one of its certificates has one of these keys"));
    addRow(QString(), m_allowInsecure, QStringLiteral("tls.allow_insecure"),
           tr("Never the default: only the certificate errors named below are accepted"));
    form()->addRow(m_insecureWarning);
    addRow(tr("Accepted &errors:"), m_allowedErrors, QStringLiteral("tls.allowed_errors"),
           tr("QSslError names, separated by commas"));
}

void TlsSection::load(const ConnectionConfig &config)
{
    m_caFile->setText(config.tls.caFile);
    m_certificateFile->setText(config.tls.clientCertificateFile);
    m_keyFile->setText(config.tls.clientKeyFile);
    m_keyPassphrase->setRef(config.tls.keyPassphrase);
    m_pins->setPlainText(config.tls.spkiPins.join(QLatin1Char('\n')));
    m_allowInsecure->setChecked(config.tls.allowInsecure);
    m_allowedErrors->setText(config.tls.allowedErrors.join(QLatin1String(", ")));
}

void TlsSection::apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const
{
    config->tls.caFile = m_caFile->text().trimmed();
    config->tls.clientCertificateFile = m_certificateFile->text().trimmed();
    config->tls.clientKeyFile = m_keyFile->text().trimmed();
    config->tls.keyPassphrase = m_keyPassphrase->ref();
    checkSecretRef(config->tls.keyPassphrase, QStringLiteral("tls.key_passphrase"), issues);
    config->tls.spkiPins = nonEmptyLines(m_pins->toPlainText());
    config->tls.allowInsecure = m_allowInsecure->isChecked();
    config->tls.allowedErrors = splitList(m_allowedErrors->text());
}

void TlsSection::updateEnabled(const ConnectionConfig &config)
{
    m_insecureWarning->setVisible(config.tls.allowInsecure);
}

} // namespace maxmon
