#include "base/userfolders.h"

#include <maxmon/certificateinfo.h>
#include <maxmon/tlspolicy.h>

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QMetaEnum>
#include <QSslKey>

namespace maxmon {

namespace {

QMetaEnum sslErrorEnum()
{
    return QMetaEnum::fromType<QSslError::SslError>();
}

// The PEM files a profile names; each error message is a whole sentence per file.
enum class PemFile { CaFile, ClientCertificate, ClientKey };

QString cannotReadText(PemFile file, const QString &path)
{
    switch (file) {
    case PemFile::CaFile:
        return TlsPolicy::tr("Cannot read the CA file %1.").arg(path);
    case PemFile::ClientCertificate:
        return TlsPolicy::tr("Cannot read the client certificate file %1.").arg(path);
    case PemFile::ClientKey:
        break;
    }
    return TlsPolicy::tr("Cannot read the client key file %1.").arg(path);
}

Result<QByteArray> readFile(const QString &path, PemFile what, const QString &field)
{
    QFile file(userfolders::expandHome(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(Error(Error::Code::TlsConfigError, cannotReadText(what, path),
                             file.errorString(),
                             TlsPolicy::tr("Check the path in %1.").arg(field)));
    }
    return file.readAll();
}

Result<QList<QSslCertificate>> readCertificates(const QString &path, PemFile what,
                                                const QString &field)
{
    const Result<QByteArray> data = readFile(path, what, field);
    if (!data)
        return failure(data.error());
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certificates.isEmpty()) {
        return failure(
            Error(Error::Code::TlsConfigError,
                  what == PemFile::CaFile
                      ? TlsPolicy::tr("The CA file %1 contains no PEM certificate.").arg(path)
                      : TlsPolicy::tr("The client certificate file %1 contains no PEM certificate.")
                            .arg(path),
                  QString(),
                  TlsPolicy::tr("%1 must name a PEM file with \"-----BEGIN "
                                "CERTIFICATE-----\" blocks.")
                      .arg(field)));
    }
    return certificates;
}

Result<QSslKey> readPrivateKey(const QString &path, const QString &passphrase)
{
    const QString field = QStringLiteral("tls.client_key_file");
    const Result<QByteArray> data = readFile(path, PemFile::ClientKey, field);
    if (!data)
        return failure(data.error());
    const bool encrypted = data->contains("ENCRYPTED");
    if (encrypted && passphrase.isEmpty()) {
        return failure(Error(
            Error::Code::TlsConfigError,
            TlsPolicy::tr("The client key %1 is encrypted and no passphrase was given.").arg(path),
            QString(),
            TlsPolicy::tr("Name where the passphrase comes from in tls.key_passphrase (for "
                          "example {\"env\": \"MAXMON_KEY_PASSPHRASE\"}), or "
                          "--key-passphrase-env VAR.")));
    }
    // QSslKey must be told the algorithm; the PEM may hold any of these.
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(*data, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (!key.isNull())
            return key;
    }
    return failure(Error(Error::Code::TlsConfigError,
                         encrypted
                             ? TlsPolicy::tr("The client key %1 could not be decrypted.").arg(path)
                             : TlsPolicy::tr("The client key %1 is not a PEM RSA, EC or DSA "
                                             "private key.")
                                   .arg(path),
                         QString(),
                         encrypted ? TlsPolicy::tr("Check the passphrase named in "
                                                   "tls.key_passphrase.")
                                   : TlsPolicy::tr("Check the path in tls.client_key_file.")));
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

QJsonArray errorsJson(const QList<QSslError> &errors)
{
    QJsonArray array;
    for (const QSslError &error : errors) {
        QJsonObject entry { { QLatin1String("error"), TlsPolicy::errorName(error.error()) },
                            { QLatin1String("message"), error.errorString() } };
        if (!error.certificate().isNull())
            entry.insert(QLatin1String("certificate"),
                         CertificateInfo::from(error.certificate()).subject);
        array.append(entry);
    }
    return array;
}

QJsonArray chainJson(const QList<QSslCertificate> &chain)
{
    QJsonArray array;
    for (const QSslCertificate &certificate : chain)
        array.append(CertificateInfo::from(certificate).toJson());
    return array;
}

} // namespace

Result<TlsPolicy> TlsPolicy::create(const TlsConfig &config, const QString &keyPassphrase)
{
    TlsPolicy policy;
    policy.m_config = config;

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Fixed, whatever the profile says: nothing older than TLS 1.2, and the
    // peer's chain and host name are verified.
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    if (!config.caFile.isEmpty()) {
        const Result<QList<QSslCertificate>> cas =
            readCertificates(config.caFile, PemFile::CaFile, QStringLiteral("tls.ca_file"));
        if (!cas)
            return failure(cas.error());
        // Explicitly the system roots plus the file: a configuration with its
        // own CA list no longer loads the system roots on demand. Reading them
        // takes over 100 ms, so once per process, not once per attempt.
        static const QList<QSslCertificate> systemRoots = QSslConfiguration::systemCaCertificates();
        ssl.setCaCertificates(systemRoots + *cas);
    }

    if (!config.clientCertificateFile.isEmpty() || !config.clientKeyFile.isEmpty()) {
        if (config.clientCertificateFile.isEmpty() || config.clientKeyFile.isEmpty()) {
            return failure(Error(Error::Code::TlsConfigError,
                                 tr("A client certificate needs both the certificate and the key "
                                    "file."),
                                 QString(),
                                 tr("Set tls.client_certificate_file and tls.client_key_file "
                                    "(--cert and --key).")));
        }
        const Result<QList<QSslCertificate>> chain =
            readCertificates(config.clientCertificateFile, PemFile::ClientCertificate,
                             QStringLiteral("tls.client_certificate_file"));
        if (!chain)
            return failure(chain.error());
        const Result<QSslKey> key = readPrivateKey(config.clientKeyFile, keyPassphrase);
        if (!key)
            return failure(key.error());
        ssl.setLocalCertificateChain(*chain);
        ssl.setPrivateKey(*key);
    }

    for (const QString &pin : config.spkiPins) {
        const QByteArray digest = QByteArray::fromBase64(pin.trimmed().toLatin1());
        if (digest.size() != 32) {
            return failure(Error(Error::Code::TlsConfigError,
                                 tr("The pin \"%1\" is not a base64 SHA-256 digest.").arg(pin),
                                 QString(),
                                 tr("A pin is the base64 of the SHA-256 of the certificate's "
                                    "SubjectPublicKeyInfo, 44 characters ending in \"=\".")));
        }
        policy.m_pins.append(digest);
    }

    if (config.allowInsecure) {
        if (config.allowedErrors.isEmpty()) {
            return failure(Error(Error::Code::TlsConfigError,
                                 tr("tls.allow_insecure is set but tls.allowed_errors lists no "
                                    "certificate error to accept."),
                                 QString(),
                                 tr("List the exact errors to accept, for example %1.")
                                     .arg(insecureDefaultErrors().join(QLatin1String(", ")))));
        }
        for (const QString &name : config.allowedErrors) {
            const std::optional<QSslError::SslError> error = errorFromName(name);
            if (!error) {
                return failure(
                    Error(Error::Code::TlsConfigError,
                          tr("\"%1\" in tls.allowed_errors is not a certificate error.").arg(name),
                          QString(),
                          tr("Use the names of QSslError, for example %1.")
                              .arg(insecureDefaultErrors().join(QLatin1String(", ")))));
            }
            policy.m_allowed.append(*error);
        }
    }
    policy.m_ssl = ssl;
    return policy;
}

bool TlsPolicy::allowsAll(const QList<QSslError> &errors) const
{
    if (errors.isEmpty() || !m_config.allowInsecure)
        return false;
    return std::all_of(errors.cbegin(), errors.cend(), [this](const QSslError &error) {
        return m_allowed.contains(error.error());
    });
}

Result<void> TlsPolicy::checkPins(const QList<QSslCertificate> &chain) const
{
    if (m_pins.isEmpty())
        return {};
    QStringList presented;
    for (const QSslCertificate &certificate : chain) {
        const QByteArray spki = CertificateInfo::subjectPublicKeyInfo(certificate);
        const QByteArray digest = QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
        if (!spki.isEmpty() && m_pins.contains(digest))
            return {};
        presented.append(QString::fromLatin1(digest.toBase64()));
    }
    QStringList lines { tr("Pinned keys (tls.spki_pins):") };
    for (const QString &pin : m_config.spkiPins)
        lines.append(QLatin1String("  ") + pin);
    lines.append(tr("Keys the server presented:"));
    for (const QString &pin : std::as_const(presented))
        lines.append(QLatin1String("  ") + pin);
    lines += describeChain(chain);
    Error error(Error::Code::TlsPinMismatch,
                tr("The server's public key matches none of the pinned keys: the connection was "
                   "refused before anything was sent."),
                lines.join(QLatin1Char('\n')),
                tr("If the server's key was changed on purpose, pin the new key (%1); otherwise "
                   "someone may be intercepting the connection.")
                    .arg(presented.value(0)));
    error.withContext(QStringLiteral("pins"), QJsonArray::fromStringList(m_config.spkiPins));
    error.withContext(QStringLiteral("presentedPins"), QJsonArray::fromStringList(presented));
    error.withContext(QStringLiteral("peerChain"), chainJson(chain));
    return failure(error);
}

Error TlsPolicy::certificateRejected(const QList<QSslError> &errors,
                                     const QList<QSslCertificate> &chain, const QString &host) const
{
    const QSslCertificate leafCertificate = chain.value(0);
    const CertificateInfo leaf = CertificateInfo::from(leafCertificate);
    auto has = [&errors](QSslError::SslError kind) {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [kind](const QSslError &e) { return e.error() == kind; });
    };
    auto trustError = std::find_if(errors.cbegin(), errors.cend(),
                                   [](const QSslError &e) { return isTrustError(e.error()); });

    // One message for the most telling problem, a hint for each problem found.
    QString message;
    QStringList hints;
    if (has(QSslError::SelfSignedCertificate)) {
        message = tr("The server's certificate is self-signed (\"%1\"), so nobody vouches for "
                     "it.")
                      .arg(leaf.subject);
        hints.append(tr("If you trust this server, add its certificate as the profile's CA file "
                        "(tls.ca_file, --ca FILE) and connect again."));
    }
    if (trustError != errors.cend()) {
        const QString issuer = trustError->certificate().isNull()
            ? leaf.issuer
            : CertificateInfo::from(trustError->certificate()).issuer;
        if (message.isEmpty())
            message = tr("The server's certificate was issued by \"%1\", a certificate authority "
                         "this machine does not trust.")
                          .arg(issuer);
        hints.append(tr("Add the certificate of the CA \"%1\" (PEM) to the profile: tls.ca_file, "
                        "or --ca FILE.")
                         .arg(issuer));
    }
    if (has(QSslError::HostNameMismatch)) {
        const QStringList names = leaf.coveredNames();
        if (message.isEmpty())
            message = tr("The server's certificate is not valid for \"%1\".").arg(host);
        hints.append(
            tr("The certificate covers only: %1. Connect with one of these names, or "
               "have the server's certificate include \"%2\".")
                .arg(names.isEmpty() ? tr("no names at all") : names.join(QLatin1String(", ")),
                     host));
    }
    if (has(QSslError::CertificateExpired)) {
        if (message.isEmpty())
            message = tr("The server's certificate expired on %1.")
                          .arg(leaf.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
        hints.append(tr("It was valid from %1; it is now %2. The server's certificate must be "
                        "renewed (or this machine's clock is wrong).")
                         .arg(leaf.validityText(), utcNow()));
    }
    if (has(QSslError::CertificateNotYetValid)) {
        if (message.isEmpty())
            message =
                tr("The server's certificate is not valid before %1.")
                    .arg(leaf.notBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
        hints.append(tr("It is valid from %1; it is now %2. Check this machine's clock.")
                         .arg(leaf.validityText(), utcNow()));
    }
    if (message.isEmpty()) {
        message = tr("The server's certificate was rejected: %1.")
                      .arg(errors.isEmpty() ? tr("unknown reason") : errors.first().errorString());
    }

    QStringList detail = describeErrors(errors);
    detail += describeChain(chain);
    Error error(Error::Code::TlsCertificateRejected, message, detail.join(QLatin1Char('\n')),
                hints.join(QLatin1Char(' ')));
    error.withContext(QStringLiteral("sslErrors"), errorsJson(errors));
    error.withContext(QStringLiteral("peerChain"), chainJson(chain));
    error.withContext(QStringLiteral("host"), host);
    return error;
}

Error TlsPolicy::handshakeFailed(const QString &qtMessage, const QString &alertDescription,
                                 const QList<QSslCertificate> &chain) const
{
    const QString text = (qtMessage + QLatin1Char(' ') + alertDescription).toLower();
    const bool haveClientCertificate = !m_config.clientCertificateFile.isEmpty();
    Error error;
    if (text.contains(QLatin1String("protocol version"))
        || text.contains(QLatin1String("unsupported protocol"))
        || text.contains(QLatin1String("no protocols available"))) {
        error = Error(Error::Code::TlsHandshakeFailed,
                      tr("The server does not offer TLS 1.2 or later."), qtMessage,
                      tr("maxmon never uses TLS 1.0 or 1.1: the server's TLS configuration must "
                         "enable TLS 1.2 or 1.3."));
    } else if (text.contains(QLatin1String("certificate required"))
               || (!haveClientCertificate && text.contains(QLatin1String("handshake failure")))) {
        error = Error(Error::Code::TlsHandshakeFailed,
                      tr("The server requires a client certificate."), qtMessage,
                      haveClientCertificate
                          ? tr("The server did not accept the certificate %1: check that it was "
                               "issued by a CA the server trusts.")
                                .arg(m_config.clientCertificateFile)
                          : tr("Set tls.client_certificate_file and tls.client_key_file (--cert "
                               "FILE --key FILE)."));
    } else if (text.contains(QLatin1String("unknown ca"))
               || text.contains(QLatin1String("bad certificate"))
               || text.contains(QLatin1String("certificate unknown"))
               || text.contains(QLatin1String("unsupported certificate"))) {
        error = Error(Error::Code::TlsHandshakeFailed,
                      tr("The server rejected the client certificate."), qtMessage,
                      haveClientCertificate
                          ? tr("The server does not trust %1: use a certificate issued by a CA "
                               "the server accepts.")
                                .arg(m_config.clientCertificateFile)
                          : tr("The server wants a client certificate: set "
                               "tls.client_certificate_file and tls.client_key_file."));
    } else {
        error = Error(Error::Code::TlsHandshakeFailed, tr("The TLS handshake failed."), qtMessage,
                      tr("Check that the port speaks TLS (wss://) and not plain WebSocket "
                         "(ws://)."));
    }
    if (!alertDescription.isEmpty())
        error.withContext(QStringLiteral("tlsAlert"), alertDescription);
    if (!chain.isEmpty()) {
        error.withDetail(error.detail() + QLatin1Char('\n')
                         + describeChain(chain).join(QLatin1Char('\n')));
        error.withContext(QStringLiteral("peerChain"), chainJson(chain));
    }
    return error;
}

QStringList TlsPolicy::warnings(const ConnectionConfig &config)
{
    QStringList warnings;
    const bool secure = config.url.scheme() == QLatin1String("wss");
    if (secure && config.tls.allowInsecure) {
        warnings.append(
            tr("TLS verification is relaxed for this profile (tls.allow_insecure): certificate "
               "errors of the kinds %1 are accepted, so the server may not be who it claims to "
               "be.")
                .arg(config.tls.allowedErrors.join(QLatin1String(", "))));
    }
    const bool credential = config.auth.mode != AuthConfig::Mode::None
        && (!config.auth.token.isEmpty() || config.auth.tokenSource.isSet());
    const QHostAddress address(config.url.host());
    const bool loopback = config.url.host() == QLatin1String("localhost")
        || (!address.isNull() && address.isLoopback());
    if (!secure && credential && !loopback) {
        warnings.append(tr("The token is sent unencrypted (ws://): anyone on the network path "
                           "can read it. Use wss://."));
    }
    return warnings;
}

QStringList TlsPolicy::insecureDefaultErrors()
{
    const QList<QSslError::SslError> kinds {
        QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain,
        QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToGetIssuerCertificate,
        QSslError::UnableToVerifyFirstCertificate,
        QSslError::CertificateUntrusted,
        QSslError::HostNameMismatch,
        QSslError::CertificateExpired,
        QSslError::CertificateNotYetValid,
    };
    QStringList names;
    for (QSslError::SslError kind : kinds)
        names.append(errorName(kind));
    return names;
}

QString TlsPolicy::errorName(QSslError::SslError error)
{
    return QString::fromLatin1(sslErrorEnum().valueToKey(error));
}

std::optional<QSslError::SslError> TlsPolicy::errorFromName(const QString &name)
{
    bool ok = false;
    const int value = sslErrorEnum().keyToValue(name.trimmed().toLatin1().constData(), &ok);
    if (!ok || value == QSslError::NoError)
        return std::nullopt;
    return static_cast<QSslError::SslError>(value);
}

QStringList TlsPolicy::describeErrors(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return {};
    QStringList lines { tr("Certificate errors:") };
    for (const QSslError &error : errors) {
        QString line =
            QStringLiteral("  %1: %2").arg(errorName(error.error()), error.errorString());
        if (!error.certificate().isNull())
            line +=
                tr(" (certificate \"%1\")").arg(CertificateInfo::from(error.certificate()).subject);
        lines.append(line);
    }
    return lines;
}

QStringList TlsPolicy::describeChain(const QList<QSslCertificate> &chain)
{
    if (chain.isEmpty())
        return { tr("The server presented no certificate.") };
    QStringList lines { tr("Certificate chain presented by the server:") };
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QStringList certificate = CertificateInfo::from(chain.at(i)).toTextLines();
        lines.append(QStringLiteral("  [%1] %2").arg(i).arg(certificate.value(0)));
        for (const QString &line : certificate.mid(1))
            lines.append(QLatin1String("      ") + line);
    }
    return lines;
}

} // namespace maxmon
