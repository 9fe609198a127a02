#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/secretref.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace maxmon {

class JsonObjectReader;

/// TLS settings of a wss:// connection beyond the system's defaults: the
/// "tls" section of a profile, enforced by TlsPolicy.
///
/// JSON: `{"ca_file": "", "client_certificate_file": "", "client_key_file": "",
/// "key_passphrase": {"env": "KEY_PASS"}, "spki_pins": [], "allow_insecure": false,
/// "allowed_errors": []}`
struct MAXMON_CORE_EXPORT TlsConfig
{
    // Messages in ConnectionConfig's translation context: they are a profile's.
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    /// A PEM bundle of CA certificates, added to the system roots.
    QString caFile;
    /// The client certificate (PEM), for servers that ask for one.
    QString clientCertificateFile;
    /// The client certificate's private key (PEM).
    QString clientKeyFile;
    /// Where the key's passphrase comes from, if it has one.
    SecretRef keyPassphrase;
    /// Accepted public keys: base64 SHA-256 of the SubjectPublicKeyInfo.
    /// When set, the server's chain must contain one of them.
    QStringList spkiPins;
    /// Explicit, per profile, never the default: accept the certificate
    /// errors in allowedErrors (with a warning).
    bool allowInsecure = false;
    /// QSslError names accepted with allowInsecure, for example
    /// "SelfSignedCertificate" or "HostNameMismatch".
    QStringList allowedErrors;

    /// The section as a profile stores it: the passphrase only as its reference.
    QJsonObject toJson() const;
    /// Reads the fields of the section's object; the reader records every
    /// wrong value and unknown key with its path.
    static TlsConfig fromJson(JsonObjectReader &reader);
    /// Every problem, with paths under prefix ("tls.spki_pins[0]").
    QList<ConfigIssue> validate(const QString &prefix = QStringLiteral("tls")) const;

    /// Equal in every field.
    friend bool operator==(const TlsConfig &a, const TlsConfig &b)
    {
        return a.caFile == b.caFile && a.clientCertificateFile == b.clientCertificateFile
            && a.clientKeyFile == b.clientKeyFile && a.keyPassphrase == b.keyPassphrase
            && a.spkiPins == b.spkiPins && a.allowInsecure == b.allowInsecure
            && a.allowedErrors == b.allowedErrors;
    }
    /// Not equal in some field.
    friend bool operator!=(const TlsConfig &a, const TlsConfig &b) { return !(a == b); }
};

} // namespace maxmon
