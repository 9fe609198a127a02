#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <optional>

namespace maxmon {

/// The TLS rules of one profile, and the only place that decides about trust:
/// builds the QSslConfiguration (TLS 1.2 or later, always; peer and host name
/// verification on), decides which certificate errors may be ignored (only
/// the kinds a profile lists under tls.allow_insecure, never all), checks SPKI
/// pins, and turns every TLS failure into an Error that says which
/// certificate, which check and what to do.
class MAXMON_CORE_EXPORT TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::TlsPolicy)

public:
    /// The rules of a default TlsConfig: system roots, nothing pinned or allowed.
    TlsPolicy() = default;

    /// Reads the CA bundle, client certificate and key (decrypted with
    /// keyPassphrase); a TlsConfigError names the file and the problem.
    static Result<TlsPolicy> create(const TlsConfig &config, const QString &keyPassphrase = {});

    /// The profile section the policy was made from.
    const TlsConfig &config() const { return m_config; }
    /// The configuration for the socket: protocol, CAs, client certificate, verification.
    QSslConfiguration sslConfiguration() const { return m_ssl; }

    /// true when every error is of a kind the profile explicitly allows; the
    /// caller then passes exactly these errors to ignoreSslErrors().
    bool allowsAll(const QList<QSslError> &errors) const;
    /// A TlsPinMismatch error unless a certificate of the chain has a pinned
    /// key; always fine when nothing is pinned.
    Result<void> checkPins(const QList<QSslCertificate> &chain) const;
    /// Whether the profile pins keys.
    bool hasPins() const { return !m_config.spkiPins.isEmpty(); }

    /// The chain failed verification with these errors (TlsCertificateRejected).
    Error certificateRejected(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
                              const QString &host) const;
    /// The handshake failed without a certificate verdict: protocol version,
    /// client certificate refused, ... (TlsHandshakeFailed). alertDescription
    /// is the last TLS alert received, if any.
    Error handshakeFailed(const QString &qtMessage, const QString &alertDescription,
                          const QList<QSslCertificate> &chain) const;

    /// Persistent warnings a profile implies (allow_insecure on wss://, a
    /// credential sent unencrypted over ws:// to another machine): shown for
    /// as long as the profile is in use, connected or not.
    static QStringList warnings(const ConnectionConfig &config);
    /// What maxmon-cli --insecure accepts: trust and name problems, never
    /// revoked or blacklisted certificates.
    static QStringList insecureDefaultErrors();

    /// "HostNameMismatch" for QSslError::HostNameMismatch.
    static QString errorName(QSslError::SslError error);
    /// QSslError::HostNameMismatch for "HostNameMismatch"; nothing for an unknown name.
    static std::optional<QSslError::SslError> errorFromName(const QString &name);

    /// Text lines for the detail of an Error: the errors.
    static QStringList describeErrors(const QList<QSslError> &errors);
    /// Text lines for the detail of an Error: the chain, leaf first.
    static QStringList describeChain(const QList<QSslCertificate> &chain);

private:
    TlsConfig m_config;
    QSslConfiguration m_ssl;
    QList<QSslError::SslError> m_allowed;
    QList<QByteArray> m_pins; // decoded SHA-256 digests
};

} // namespace maxmon
