#include "payloadparser.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace maxmon {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isBase64Char(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+')
        || c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('_');
}

ParsedPayload failure(const QString &error, int position)
{
    ParsedPayload result;
    result.error = error;
    result.errorPosition = position;
    return result;
}

} // namespace

ParsedPayload PayloadParser::parseHex(const QString &text)
{
    QByteArray digits;
    digits.reserve(text.size());
    int lastDigit = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char(',')) {
            continue;
        }
        // "0x" only counts as a prefix at the start of a byte
        if (c == QLatin1Char('0') && digits.size() % 2 == 0 && i + 1 < text.size()
            && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X'))) {
            ++i;
            continue;
        }
        if (!isHexDigit(c))
            return failure(tr("'%1' is not a hex digit").arg(c), i);
        digits += static_cast<char>(c.unicode());
        lastDigit = i;
    }
    if (digits.size() % 2 != 0)
        return failure(tr("Odd number of hex digits: the last byte is incomplete"), lastDigit);
    ParsedPayload result;
    result.bytes = QByteArray::fromHex(digits);
    return result;
}

ParsedPayload PayloadParser::parseBase64(const QString &text)
{
    QByteArray cleaned;
    cleaned.reserve(text.size());
    bool urlSafe = false;
    bool padding = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('=')) {
            padding = true;
        } else if (!isBase64Char(c) || padding) {
            return failure(padding ? tr("Nothing may follow the '=' padding")
                                   : tr("'%1' is not a base64 character").arg(c),
                           i);
        }
        urlSafe = urlSafe || c == QLatin1Char('-') || c == QLatin1Char('_');
        cleaned += static_cast<char>(c.unicode());
    }
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(cleaned, options);
    if (!decoded) {
        return failure(tr("Not valid base64: the length or the padding is wrong"),
                       static_cast<int>(text.size()));
    }
    ParsedPayload result;
    result.bytes = decoded.decoded;
    return result;
}

ParsedPayload PayloadParser::parseJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes; the caller counts characters.
        int position = static_cast<int>(QString::fromUtf8(utf8.left(error.offset)).size());
        if (error.error != QJsonParseError::GarbageAtEnd && position > 0
            && position < text.size()) {
            // Qt reports the position just after the character that broke
            // the parse (garbage at the end: the garbage itself): step back
            // onto it, and off the white space a broken literal ends with
            // ("tru" then a newline), so that a multi-line document's line
            // is the token's, not the next one.
            --position;
            while (position > 0 && text.at(position).isSpace())
                --position;
        }
        return failure(error.errorString(), position);
    }
    if (!document.isObject() && !document.isArray())
        return failure(tr("A JSON message must be an object or an array"), 0);
    ParsedPayload result;
    result.bytes = utf8;
    return result;
}

QPair<int, int> PayloadParser::lineAndColumn(const QString &text, int position)
{
    position = std::clamp(position, 0, static_cast<int>(text.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < position; ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, position - lineStart + 1 };
}

} // namespace maxmon
