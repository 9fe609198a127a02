#include <maxmon/certificateinfo.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace maxmon {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    const QList<QByteArray> attributes =
        subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    QStringList parts;
    auto add = [&](const QByteArray &attribute) {
        const QStringList values =
            subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    };
    // the common name first: it is what people recognise
    if (attributes.contains("CN"))
        add("CN");
    for (const QByteArray &attribute : attributes) {
        if (attribute != "CN")
            add(attribute);
    }
    return parts.join(QLatin1String(", "));
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

// Reads one DER tag-length header at pos; on success pos is left at the
// content and *length holds its size.
bool readDerHeader(const QByteArray &der, qsizetype *pos, quint8 *tag, qsizetype *length)
{
    if (*pos + 2 > der.size())
        return false;
    *tag = static_cast<quint8>(der.at((*pos)++));
    quint8 first = static_cast<quint8>(der.at((*pos)++));
    if (first < 0x80) {
        *length = first;
    } else {
        const int bytes = first & 0x7f;
        if (bytes == 0 || bytes > 4 || *pos + bytes > der.size())
            return false;
        qsizetype value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | static_cast<quint8>(der.at((*pos)++));
        *length = value;
    }
    return *length <= der.size() - *pos;
}

} // namespace

QByteArray CertificateInfo::subjectPublicKeyInfo(const QSslCertificate &certificate)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL,
    //   serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, ... } ... }
    // Parsed by hand so the pin covers exactly the DER bytes that other tools
    // (openssl, browsers, HPKP) hash, for any key type.
    const QByteArray der = certificate.toDer();
    constexpr quint8 sequence = 0x30;
    constexpr quint8 explicitVersion = 0xa0;
    qsizetype pos = 0;
    quint8 tag = 0;
    qsizetype length = 0;
    if (!readDerHeader(der, &pos, &tag, &length) || tag != sequence)
        return {};
    if (!readDerHeader(der, &pos, &tag, &length) || tag != sequence)
        return {};
    int field = 0;
    while (pos < der.size()) {
        const qsizetype start = pos;
        if (!readDerHeader(der, &pos, &tag, &length))
            return {};
        if (field == 0 && tag == explicitVersion) {
            pos += length;
            continue;
        }
        if (field == 5) // serial, signature, issuer, validity, subject, then the key
            return tag == sequence ? der.mid(start, pos - start + length) : QByteArray();
        pos += length;
        ++field;
    }
    return {};
}

QString CertificateInfo::spkiPin(const QSslCertificate &certificate)
{
    const QByteArray spki = subjectPublicKeyInfo(certificate);
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = distinguishedName(certificate, true);
    info.issuer = distinguishedName(certificate, false);
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256Fingerprint = colonHex(certificate.digest(QCryptographicHash::Sha256));
    info.spkiSha256 = spkiPin(certificate);
    info.selfSigned = certificate.isSelfSigned();
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            info.subjectAltNames.append(QLatin1String("DNS:") + it.value());
            break;
        case QSsl::IpAddressEntry:
            info.subjectAltNames.append(QLatin1String("IP:") + it.value());
            break;
        case QSsl::EmailEntry:
            info.subjectAltNames.append(QLatin1String("email:") + it.value());
            break;
        }
    }
    return info;
}

QList<CertificateInfo> CertificateInfo::fromChain(const QList<QSslCertificate> &chain)
{
    QList<CertificateInfo> infos;
    infos.reserve(chain.size());
    for (const QSslCertificate &certificate : chain)
        infos.append(from(certificate));
    return infos;
}

QStringList CertificateInfo::coveredNames() const
{
    QStringList names;
    for (const QString &name : subjectAltNames) {
        if (name.startsWith(QLatin1String("DNS:")) || name.startsWith(QLatin1String("IP:")))
            names.append(name.mid(name.indexOf(QLatin1Char(':')) + 1));
    }
    if (names.isEmpty() && subject.startsWith(QLatin1String("CN="))) {
        // verifiers ignore the CN when SANs exist; show it only when there are none
        names.append(subject.mid(3).section(QLatin1String(", "), 0, 0));
    }
    return names;
}

QString CertificateInfo::validityText() const
{
    return tr("%1 to %2").arg(utcText(notBefore), utcText(notAfter));
}

QJsonObject CertificateInfo::toJson() const
{
    return QJsonObject {
        { QLatin1String("subject"), subject },
        { QLatin1String("issuer"), issuer },
        { QLatin1String("not_before"), notBefore.toString(Qt::ISODate) },
        { QLatin1String("not_after"), notAfter.toString(Qt::ISODate) },
        { QLatin1String("sha256_fingerprint"), sha256Fingerprint },
        { QLatin1String("spki_sha256"), spkiSha256 },
        { QLatin1String("subject_alt_names"), QJsonArray::fromStringList(subjectAltNames) },
        { QLatin1String("self_signed"), selfSigned },
    };
}

QStringList CertificateInfo::toTextLines() const
{
    QStringList lines { tr("subject: %1").arg(subject), tr("issuer: %1").arg(issuer),
                        tr("valid: %1").arg(validityText()) };
    lines.append(tr("names: %1")
                     .arg(subjectAltNames.isEmpty() ? tr("none")
                                                    : subjectAltNames.join(QLatin1String(", "))));
    lines.append(tr("SHA-256: %1").arg(sha256Fingerprint));
    lines.append(tr("SPKI pin: %1").arg(spkiSha256));
    return lines;
}

} // namespace maxmon
