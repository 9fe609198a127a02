#include <maxmon/redaction.h>

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace maxmon::redaction {

namespace {

QStringList sensitiveHeaders()
{
    return { QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
             QStringLiteral("cookie"),        QStringLiteral("set-cookie"),
             QStringLiteral("x-api-key"),     QStringLiteral("x-auth-token") };
}

// "Bearer ***" rather than "***", so the reader still sees what kind it was
QString maskKeepingScheme(const QString &value)
{
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space > 0 && space < 16)
        return value.left(space + 1) + mask;
    return mask;
}

} // namespace

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
    static const QStringList names = sensitiveHeaders();
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

QUrl withoutSecrets(const QUrl &url)
{
    QUrl copy = url;
    copy.setPassword(QString());
    QUrlQuery query(copy);
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    QList<QPair<QString, QString>> kept;
    for (const auto &item : items) {
        if (!isSensitiveQueryKey(item.first))
            kept.append(item);
    }
    if (kept.size() != items.size()) {
        query.setQueryItems(kept);
        copy.setQuery(kept.isEmpty() ? QString() : query.query(QUrl::FullyEncoded),
                      QUrl::StrictMode);
    }
    return copy;
}

QString headerValue(const QString &name, const QString &value)
{
    if (!isSensitiveHeader(name) || value.isEmpty())
        return value;
    return maskKeepingScheme(value);
}

namespace {

QString alternation(const QStringList &names)
{
    QStringList escaped;
    for (const QString &name : names) {
        if (!name.isEmpty())
            escaped.append(QRegularExpression::escape(name));
    }
    return escaped.join(QLatin1Char('|'));
}

QString replaceMatches(const QString &text, const QRegularExpression &pattern,
                       const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    if (!it.hasNext())
        return text;
    QString result;
    qsizetype done = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += replacement(match);
        done = match.capturedEnd();
    }
    result += QStringView(text).mid(done);
    return result;
}

// Compiling the patterns costs more than applying them: an export runs them
// over every message with the same keys, so the last set is kept per thread.
struct NamePatterns
{
    QStringList extraKeys;
    QRegularExpression query;
    QRegularExpression json;
    QRegularExpression header;

    explicit NamePatterns(const QStringList &extra)
        : extraKeys(extra)
    {
        const auto options = QRegularExpression::CaseInsensitiveOption;
        const QString queryNames = alternation(sensitiveQueryKeys() + extra);
        const QString allNames = alternation(sensitiveQueryKeys() + sensitiveHeaders() + extra);
        // key=value in a query string or a form body; the value ends where a
        // URL, a quoted string or a line would
        query = QRegularExpression(
            QStringLiteral("(?<![\\w.-])(%1)=([^&#\\s\"'<>;,]+)").arg(queryNames), options);
        // "key": "value" in JSON, escapes inside the value included
        json = QRegularExpression(
            QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)\"").arg(allNames),
            options);
        // Name: value, one per line, as in an HTTP request
        header = QRegularExpression(
            QStringLiteral("^([ \\t]*(?:%1)[ \\t]*:[ \\t]*)([^\\r\\n]*?)([ \\t]*)(?=\\r?$)")
                .arg(alternation(sensitiveHeaders())),
            options | QRegularExpression::MultilineOption);
    }
};

const NamePatterns &patternsFor(const QStringList &extraKeys)
{
    thread_local std::unique_ptr<NamePatterns> cached;
    if (!cached || cached->extraKeys != extraKeys)
        cached = std::make_unique<NamePatterns>(extraKeys);
    return *cached;
}

} // namespace

QStringList secretForms(const QString &secret)
{
    if (secret.size() < 4)
        return {};
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

QString text(QString text, const QStringList &secrets)
{
    // very short "secrets" would mask ordinary words (secretForms() has none)
    for (const QString &secret : secrets) {
        for (const QString &form : secretForms(secret))
            text.replace(form, mask);
    }
    return text;
}

QByteArray bytes(QByteArray data, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        for (const QString &form : secretForms(secret))
            data.replace(form.toUtf8(), QByteArray(mask.data(), mask.size()));
    }
    return data;
}

bool mayContainSensitiveValues(QByteArrayView utf8, const QStringList &extraKeys)
{
    // Every pattern of sensitiveValues() starts its match with one of the
    // names, right after a character that is no ASCII word character (a
    // quote, a space, '&', the start). So only such word starts whose letter
    // begins a name are compared. Plain arrays: this runs for every message
    // a session stores.
    struct Names
    {
        std::array<bool, 256> first {};
        std::vector<QByteArray> names;
    };
    static const Names builtIn = [] {
        Names table;
        for (const QString &name : sensitiveQueryKeys() + sensitiveHeaders()) {
            table.names.push_back(name.toLatin1().toLower());
            table.first[static_cast<uchar>(table.names.back().front())] = true;
        }
        return table;
    }();
    std::vector<QByteArray> extra;
    for (const QString &key : extraKeys) {
        const QByteArray name = key.toUtf8().toLower();
        // beyond ASCII the patterns' case folding is Unicode's: no shortcut
        if (std::any_of(name.cbegin(), name.cend(), [](char c) { return uchar(c) >= 0x80; }))
            return true;
        if (!name.isEmpty())
            extra.push_back(name);
    }
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    const auto startsWithAny = [data, size](qsizetype at, uchar first,
                                            const std::vector<QByteArray> &names) {
        for (const QByteArray &name : names) {
            if (static_cast<uchar>(name.front()) == first && name.size() <= size - at
                && qstrnicmp(data + at, name.constData(), name.size()) == 0)
                return true;
        }
        return false;
    };
    bool afterWord = false;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<uchar>(data[i]);
        const uchar lower = (c >= 'A' && c <= 'Z') ? uchar(c | 0x20) : c;
        const bool wordStart = !afterWord;
        afterWord = (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (!wordStart)
            continue;
        if (builtIn.first[lower] && startsWithAny(i, lower, builtIn.names))
            return true;
        if (!extra.empty() && startsWithAny(i, lower, extra))
            return true;
    }
    return false;
}

QString sensitiveValues(const QString &text, const QStringList &extraKeys)
{
    if (text.isEmpty())
        return text;
    const NamePatterns &patterns = patternsFor(extraKeys);
    QString result = replaceMatches(text, patterns.json, [](const QRegularExpressionMatch &m) {
        if (m.captured(2).isEmpty())
            return m.captured(0);
        return m.captured(1) + maskKeepingScheme(m.captured(2)) + QLatin1Char('"');
    });
    result = replaceMatches(result, patterns.query, [](const QRegularExpressionMatch &m) {
        return m.captured(2) == mask ? m.captured(0) : m.captured(1) + QLatin1Char('=') + mask;
    });
    return replaceMatches(result, patterns.header, [](const QRegularExpressionMatch &m) {
        if (m.captured(2).isEmpty())
            return m.captured(0);
        return m.captured(1) + maskKeepingScheme(m.captured(2)) + m.captured(3);
    });
}

} // namespace maxmon::redaction
