#include "config/redaction.h"

#include <QUrlQuery>

namespace maxmon::redaction {

QStringList sensitiveQueryKeys()
{
    return { QStringLiteral("token"),         QStringLiteral("access_token"),
             QStringLiteral("auth"),          QStringLiteral("authorization"),
             QStringLiteral("api_key"),       QStringLiteral("apikey"),
             QStringLiteral("key"),           QStringLiteral("password"),
             QStringLiteral("secret"),        QStringLiteral("jwt"),
             QStringLiteral("session"),       QStringLiteral("sig"),
             QStringLiteral("signature"),     QStringLiteral("guardian_token"),
             QStringLiteral("refresh_token"), QStringLiteral("id_token") };
}

bool isSensitiveQueryKey(const QString &key, const QStringList &extraKeys)
{
    return sensitiveQueryKeys().contains(key, Qt::CaseInsensitive)
        || extraKeys.contains(key, Qt::CaseInsensitive);
}

bool isSensitiveHeader(const QString &name)
{
    static const QStringList names {
        QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
        QStringLiteral("cookie"),        QStringLiteral("set-cookie"),
        QStringLiteral("x-api-key"),     QStringLiteral("x-auth-token")
    };
    return names.contains(name, Qt::CaseInsensitive);
}

QString url(const QUrl &url, const QStringList &extraKeys)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(mask);
    QUrlQuery query(copy);
    bool changed = false;
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (auto &item : items) {
        if (isSensitiveQueryKey(item.first, extraKeys) && !item.second.isEmpty()) {
            item.second = mask;
            changed = true;
        }
    }
    if (changed) {
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toString(QUrl::PrettyDecoded);
}

QString headerValue(const QString &name, const QString &value)
{
    if (!isSensitiveHeader(name) || value.isEmpty())
        return value;
    // keep the scheme ("Bearer ***") so the user sees what kind it was
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space > 0 && space < 16)
        return value.left(space + 1) + mask;
    return mask;
}

namespace {
QStringList formsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QStringList forms { secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                        QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding
                                                          | QByteArray::OmitTrailingEquals)),
                        QString::fromLatin1(utf8.toBase64()),
                        // the Phoenix authToken subprotocol: standard alphabet, no padding
                        QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals)) };
    forms.removeDuplicates();
    return forms;
}
} // namespace

QString text(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // very short "secrets" would mask ordinary words; tokens are longer
        if (secret.size() < 4)
            continue;
        for (const QString &form : formsOf(secret))
            text.replace(form, mask);
    }
    return text;
}

QByteArray bytes(QByteArray data, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 4)
            continue;
        for (const QString &form : formsOf(secret))
            data.replace(form.toUtf8(), QByteArray(mask.data(), mask.size()));
    }
    return data;
}

} // namespace maxmon::redaction
