#include <maxmon/phoenix/authtoken.h>

#include <QByteArray>

namespace maxmon::phoenix::authtoken {

QString prefix()
{
    return QStringLiteral("base64url.bearer.phx.");
}

QString serverSubprotocol()
{
    return QStringLiteral("phoenix");
}

std::optional<QString> subprotocolFor(const QString &token)
{
    const QByteArray encoded = token.toUtf8().toBase64(QByteArray::OmitTrailingEquals);
    if (encoded.contains('/'))
        return std::nullopt;
    return prefix() + QString::fromLatin1(encoded);
}

std::optional<QStringList> subprotocolsFor(const QString &token, const QStringList &others)
{
    const std::optional<QString> bearer = subprotocolFor(token);
    if (!bearer)
        return std::nullopt;
    QStringList protocols { serverSubprotocol() };
    for (const QString &other : others) {
        if (!protocols.contains(other) && !other.startsWith(prefix()))
            protocols.append(other);
    }
    protocols.append(*bearer);
    return protocols;
}

QString tokenFrom(const QStringList &subprotocols)
{
    for (const QString &protocol : subprotocols) {
        if (!protocol.startsWith(prefix()))
            continue;
        const QByteArray encoded = protocol.mid(prefix().size()).toLatin1();
        const auto decoded =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return QString::fromUtf8(*decoded);
    }
    return QString();
}

} // namespace maxmon::phoenix::authtoken
