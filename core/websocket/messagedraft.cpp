#include "messagedraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace maxmon {

namespace {

// The bytes a mode's text stands for, or the problem and its offset.
struct Decoded
{
    QByteArray bytes;
    QString problem; // empty when the text is good
    qsizetype offset = -1;
};

Decoded problemAt(const QString &problem, qsizetype offset)
{
    Decoded decoded;
    decoded.problem = problem;
    decoded.offset = offset;
    return decoded;
}

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

bool isHexSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char(',');
}

// The decoders, under MessageDraft's tr() context.
class MessageDraftDecoder
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::MessageDraft)

public:
    static Decoded hex(const QString &text);
    static Decoded base64(const QString &text);
    static Decoded json(const QString &text, QJsonValue *value);
    static Error error(MessageDraft::Mode mode, const QString &text, const Decoded &decoded);
};

} // namespace

Decoded MessageDraftDecoder::hex(const QString &text)
{
    QByteArray digits;
    digits.reserve(text.size());
    qsizetype lastDigit = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isHexSeparator(c))
            continue;
        // "0x" only counts as a prefix at the start of a byte
        if (c == QLatin1Char('0') && digits.size() % 2 == 0 && i + 1 < text.size()
            && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X'))) {
            ++i;
            continue;
        }
        if (!isHexDigit(c))
            return problemAt(tr("'%1' is not a hex digit").arg(c), i);
        digits += static_cast<char>(c.unicode());
        lastDigit = i;
    }
    if (digits.size() % 2 != 0)
        return problemAt(tr("an odd number of hex digits: the last byte is incomplete"), lastDigit);
    Decoded decoded;
    decoded.bytes = QByteArray::fromHex(digits);
    return decoded;
}

Decoded MessageDraftDecoder::base64(const QString &text)
{
    QByteArray cleaned;
    cleaned.reserve(text.size());
    bool padding = false;
    qsizetype dataChars = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('=')) {
            padding = true;
        } else if (padding) {
            return problemAt(tr("nothing may follow the '=' padding"), i);
        } else if (!isBase64Char(c)) {
            return problemAt(tr("'%1' is not a base64 character").arg(c), i);
        } else {
            ++dataChars;
        }
        // the URL-safe alphabet differs from the standard one in two characters only
        const char standard = c == QLatin1Char('-') ? '+'
            : c == QLatin1Char('_')                 ? '/'
                                                    : char(c.unicode());
        cleaned += standard;
    }
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(cleaned, QByteArray::AbortOnBase64DecodingErrors);
    // a single character in the last group of four is no byte, which Qt does not refuse
    if (!decoded || dataChars % 4 == 1)
        return problemAt(tr("the length or the padding is wrong"), text.size());
    Decoded result;
    result.bytes = decoded.decoded;
    return result;
}

namespace {

// JSON's white space (RFC 8259): a no-break space or a NEL around a value is
// no JSON, and is reported rather than dropped.
bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

QByteArray withoutJsonSpace(const QByteArray &utf8)
{
    qsizetype end = utf8.size();
    while (end > 0 && isJsonSpace(QLatin1Char(utf8.at(end - 1))))
        --end;
    return utf8.left(end);
}

} // namespace

Decoded MessageDraftDecoder::json(const QString &text, QJsonValue *value)
{
    qsizetype leading = 0;
    while (leading < text.size() && isJsonSpace(text.at(leading)))
        ++leading;
    if (leading == text.size())
        return problemAt(tr("the text is empty"), text.size());
    const QString rest = text.mid(leading);
    const QByteArray utf8 = rest.toUtf8();
    // Qt 6.4 reads only objects and arrays at the top level: wrap any other value
    const bool container = rest.startsWith(QLatin1Char('{')) || rest.startsWith(QLatin1Char('['));
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(container ? utf8 : '[' + utf8 + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes (from the '[' when wrapped); the place counts characters.
        const qsizetype byteOffset =
            std::clamp<qsizetype>(error.offset - (container ? 0 : 1), 0, utf8.size());
        qsizetype position = QString::fromUtf8(utf8.left(byteOffset)).size();
        const bool atTheToken = error.error == QJsonParseError::GarbageAtEnd
            || error.error == QJsonParseError::IllegalNumber;
        if (!atTheToken && position > 0 && position < rest.size()) {
            // Qt reports the position just after the character that broke the parse
            // (but for garbage at the end and illegal numbers: the token itself):
            // step back onto it, and off the white space a broken literal ends with
            // ("tru" then a newline), so that the line is the token's, not the next one.
            --position;
            while (position > 0 && rest.at(position).isSpace())
                --position;
        }
        return problemAt(error.errorString(), leading + position);
    }
    if (container) {
        *value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    } else {
        const QJsonArray wrapped = document.array();
        if (wrapped.size() != 1) // "1, 2" reads as two values
            return problemAt(tr("more than one value"), leading);
        *value = wrapped.at(0);
    }
    Decoded decoded;
    decoded.bytes = withoutJsonSpace(utf8);
    return decoded;
}

Error MessageDraftDecoder::error(MessageDraft::Mode mode, const QString &text,
                                 const Decoded &decoded)
{
    const QString what = mode == MessageDraft::Mode::Json ? tr("Invalid JSON")
        : mode == MessageDraft::Mode::Hex                 ? tr("Invalid hex")
                                                          : tr("Invalid base64");
    const MessageDraft::Position place = MessageDraft::Position::in(text, decoded.offset);
    const QString message = text.contains(QLatin1Char('\n'))
        ? tr("%1 at line %2, column %3: %4")
              .arg(what)
              .arg(place.line)
              .arg(place.column)
              .arg(decoded.problem)
        : tr("%1 at column %2: %3").arg(what).arg(place.column).arg(decoded.problem);
    return Error(Error::Code::InvalidPayload, message);
}

MessageDraft::Position MessageDraft::Position::in(const QString &text, qsizetype offset)
{
    Position place;
    place.offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype lineStart =
        place.offset == 0 ? 0 : text.lastIndexOf(QLatin1Char('\n'), place.offset - 1) + 1;
    place.line =
        1 + static_cast<int>(QStringView(text).left(place.offset).count(QLatin1Char('\n')));
    place.column = static_cast<int>(place.offset - lineStart) + 1;
    return place;
}

MessageDraft::MessageDraft(Mode mode, QString text)
    : m_mode(mode)
    , m_text(std::move(text))
{ }

Result<Message> MessageDraft::toMessage(Position *errorPosition) const
{
    const auto out = Message::Direction::Outgoing;
    Decoded decoded;
    QJsonValue ignored;
    switch (m_mode) {
    case Mode::Text:
        return Message::fromText(out, m_text);
    case Mode::Json:
        decoded = MessageDraftDecoder::json(m_text, &ignored);
        break;
    case Mode::Hex:
        decoded = MessageDraftDecoder::hex(m_text);
        break;
    case Mode::Base64:
        decoded = MessageDraftDecoder::base64(m_text);
        break;
    }
    if (!decoded.problem.isEmpty()) {
        if (errorPosition)
            *errorPosition = Position::in(m_text, decoded.offset);
        return failure(MessageDraftDecoder::error(m_mode, m_text, decoded));
    }
    return isBinary() ? Message::fromBinary(out, decoded.bytes)
                      : Message::fromText(out, decoded.bytes);
}

Result<QJsonValue> MessageDraft::parseJson(const QString &text, Position *errorPosition)
{
    QJsonValue value;
    const Decoded decoded = MessageDraftDecoder::json(text, &value);
    if (!decoded.problem.isEmpty()) {
        if (errorPosition)
            *errorPosition = Position::in(text, decoded.offset);
        return failure(MessageDraftDecoder::error(Mode::Json, text, decoded));
    }
    return value;
}

} // namespace maxmon
