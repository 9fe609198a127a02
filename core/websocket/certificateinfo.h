#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace maxmon {

/// What a person needs to know about one certificate to decide whether to
/// trust it: who it names, who signed it, when it is valid, which host names it
/// covers and its fingerprints. Safe to show and to export: certificates are
/// public.
struct MAXMON_CORE_EXPORT CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::CertificateInfo)

public:
    QString subject; ///< the subject's distinguished name: "CN=localhost, O=maxmon tests"
    QString issuer; ///< the issuer's distinguished name
    QDateTime notBefore; ///< start of validity, UTC
    QDateTime notAfter; ///< end of validity, UTC
    QString sha256Fingerprint; ///< "AB:CD:...", as browsers show it
    QString spkiSha256; ///< base64 SHA-256 of the SubjectPublicKeyInfo: the value of a pin
    QStringList subjectAltNames; ///< "DNS:localhost", "IP:127.0.0.1"
    bool selfSigned = false; ///< subject and issuer are the same, and the key signed itself

    /// The facts of one certificate.
    static CertificateInfo from(const QSslCertificate &certificate);
    /// from() of every certificate of a chain, in order (the peer's first).
    static QList<CertificateInfo> fromChain(const QList<QSslCertificate> &chain);

    /// The DER SubjectPublicKeyInfo of a certificate, empty if it cannot be parsed.
    static QByteArray subjectPublicKeyInfo(const QSslCertificate &certificate);
    /// base64 SHA-256 of subjectPublicKeyInfo(): what tls.spki_pins holds.
    static QString spkiPin(const QSslCertificate &certificate);

    /// The host names and addresses the certificate is valid for (SANs, or
    /// the common name when it has none).
    QStringList coveredNames() const;
    /// Whether when is after notAfter.
    bool isExpiredAt(const QDateTime &when) const { return when > notAfter; }
    /// Whether when is before notBefore.
    bool isNotYetValidAt(const QDateTime &when) const { return when < notBefore; }
    /// "2020-01-01 00:00:00 UTC to 2020-12-31 23:59:59 UTC".
    QString validityText() const;

    /// Every field, for exports and support bundles.
    QJsonObject toJson() const;
    /// Indented lines: subject, issuer, validity, names, fingerprints.
    QStringList toTextLines() const;
};

} // namespace maxmon
