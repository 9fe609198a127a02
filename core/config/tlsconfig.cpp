#include "config/configjson.h"

#include <maxmon/jsonobjectreader.h>
#include <maxmon/tlsconfig.h>

#include <QJsonArray>
#include <QMetaEnum>
#include <QSslError>

namespace maxmon {

QJsonObject TlsConfig::toJson() const
{
    QJsonObject json { { QLatin1String("ca_file"), caFile },
                       { QLatin1String("client_certificate_file"), clientCertificateFile },
                       { QLatin1String("client_key_file"), clientKeyFile },
                       { QLatin1String("spki_pins"), QJsonArray::fromStringList(spkiPins) },
                       { QLatin1String("allow_insecure"), allowInsecure },
                       { QLatin1String("allowed_errors"),
                         QJsonArray::fromStringList(allowedErrors) } };
    if (keyPassphrase.isSet())
        json.insert(QLatin1String("key_passphrase"), keyPassphrase.toJson());
    return json;
}

TlsConfig TlsConfig::fromJson(JsonObjectReader &reader)
{
    TlsConfig tls;
    reader.readString(QStringLiteral("ca_file"), &tls.caFile);
    reader.readString(QStringLiteral("client_certificate_file"), &tls.clientCertificateFile);
    reader.readString(QStringLiteral("client_key_file"), &tls.clientKeyFile);
    configjson::readSecret(reader, QStringLiteral("key_passphrase"), &tls.keyPassphrase);
    reader.readStringList(QStringLiteral("spki_pins"), &tls.spkiPins);
    reader.readBool(QStringLiteral("allow_insecure"), &tls.allowInsecure);
    reader.readStringList(QStringLiteral("allowed_errors"), &tls.allowedErrors);
    reader.reportUnknownKeys();
    return tls;
}

QList<ConfigIssue> TlsConfig::validate(const QString &prefix) const
{
    QList<ConfigIssue> issues;
    const auto path = [&prefix](const QString &key) {
        return prefix + QLatin1Char('.') + key;
    };
    const auto add = [&](const QString &key, const QString &message) {
        issues.append({ ConfigIssue::Severity::Error, path(key), message });
    };
    if (clientCertificateFile.isEmpty() != clientKeyFile.isEmpty())
        add(clientKeyFile.isEmpty() ? QStringLiteral("client_key_file")
                                    : QStringLiteral("client_certificate_file"),
            tr("a client certificate needs both the certificate and the key file"));
    const QString allowInsecurePath = path(QStringLiteral("allow_insecure"));
    if (!allowInsecure && !allowedErrors.isEmpty())
        add(QStringLiteral("allowed_errors"),
            tr("is only honoured with %1 set to true").arg(allowInsecurePath));
    if (allowInsecure && allowedErrors.isEmpty())
        add(QStringLiteral("allowed_errors"),
            tr("must list the certificate errors %1 accepts, for example "
               "[\"SelfSignedCertificate\"]: nothing is accepted wholesale")
                .arg(allowInsecurePath));
    const QMetaEnum sslErrors = QMetaEnum::fromType<QSslError::SslError>();
    for (qsizetype i = 0; i < allowedErrors.size(); ++i) {
        bool known = false;
        const int value = sslErrors.keyToValue(allowedErrors.at(i).toLatin1().constData(), &known);
        if (!known || value == QSslError::NoError)
            add(QStringLiteral("allowed_errors[%1]").arg(i),
                tr("\"%1\" is not a certificate error name (QSslError), such as "
                   "SelfSignedCertificate or HostNameMismatch")
                    .arg(allowedErrors.at(i)));
    }
    for (qsizetype i = 0; i < spkiPins.size(); ++i) {
        const QByteArray pin = QByteArray::fromBase64(spkiPins.at(i).toLatin1());
        if (pin.size() != 32)
            add(QStringLiteral("spki_pins[%1]").arg(i),
                tr("must be the base64 of a SHA-256 digest (32 bytes)"));
    }
    return issues;
}

} // namespace maxmon
