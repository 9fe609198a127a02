#include <maxmon/tlssessioninfo.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace maxmon {

QJsonObject TlsSessionInfo::toJson() const
{
    QJsonArray chain;
    for (const CertificateInfo &certificate : peerChain)
        chain.append(certificate.toJson());
    return QJsonObject {
        { QLatin1String("used"), used },
        { QLatin1String("protocol"), protocol },
        { QLatin1String("cipher"), cipher },
        { QLatin1String("chain_verified"), chainVerified },
        { QLatin1String("accepted_errors"), QJsonArray::fromStringList(acceptedErrors) },
        { QLatin1String("pin_check"),
          pinCheck == PinCheck::Matched ? QStringLiteral("matched")
                                        : QStringLiteral("not_configured") },
        { QLatin1String("client_certificate"), clientCertificate },
        { QLatin1String("peer_chain"), chain },
    };
}

QStringList TlsSessionInfo::toTextLines() const
{
    if (!used)
        return {};
    QStringList lines;
    auto add = [&lines](const QString &key, const QString &value) {
        lines.append(key + QLatin1String(": ") + value);
    };
    add(tr("TLS"), protocol.isEmpty() ? tr("n/a") : tr("%1, %2").arg(protocol, cipher));
    add(tr("TLS chain"),
        chainVerified
            ? tr("verified")
            : tr("NOT verified: accepted %1").arg(acceptedErrors.join(QLatin1String("; "))));
    add(tr("TLS pin"), pinCheck == PinCheck::Matched ? tr("matched") : tr("none configured"));
    if (!clientCertificate.isEmpty())
        add(tr("TLS client certificate"), clientCertificate);
    for (qsizetype i = 0; i < peerChain.size(); ++i) {
        const CertificateInfo &certificate = peerChain.at(i);
        add(tr("TLS peer [%1]").arg(i), certificate.subject);
        for (const QString &line : certificate.toTextLines().mid(1))
            lines.append(QLatin1String("    ") + line);
    }
    return lines;
}

} // namespace maxmon
