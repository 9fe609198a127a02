#include "inputformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>

namespace maxmon::cli {

namespace {

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidPayload, message);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

Result<QJsonValue> InputFormat::parseJson(const QByteArray &text)
{
    qsizetype leading = 0;
    while (leading < text.size() && std::isspace(static_cast<unsigned char>(text.at(leading))))
        ++leading;
    const QByteArray value = text.mid(leading);
    // Qt 6.4 reads only objects and arrays at the top level: wrap any other value
    const bool container = value.startsWith('{') || value.startsWith('[');
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(container ? value : "[" + value + "]", &error);
    if (error.error != QJsonParseError::NoError) {
        // the offset is of the failing byte, counted from 0 (from the '[' when wrapped)
        const int column =
            std::clamp(error.offset + static_cast<int>(leading) + (container ? 1 : 0), 1,
                       static_cast<int>(text.size()) + 1);
        return failure(
            invalid(tr("not JSON: %1 at column %2").arg(error.errorString()).arg(column)));
    }
    if (container)
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const QJsonArray wrapped = document.array();
    if (wrapped.isEmpty())
        return failure(invalid(tr("not JSON: empty")));
    if (wrapped.size() != 1) // "1, 2" reads as two values
        return failure(invalid(tr("not JSON: more than one value")));
    return wrapped.at(0);
}

Result<std::optional<Message>> InputFormat::toMessage(const QByteArray &line) const
{
    using Direction = Message::Direction;
    switch (m_kind) {
    case Kind::Text:
        return std::optional(Message::fromText(Direction::Outgoing, line));
    case Kind::Json: {
        const QByteArray value = line.trimmed();
        if (value.isEmpty())
            return std::optional<Message>();
        if (const Result<QJsonValue> json = parseJson(value); !json)
            return failure(json.error());
        return std::optional(Message::fromText(Direction::Outgoing, value));
    }
    case Kind::Hex: {
        QByteArray digits = line;
        digits.replace(' ', QByteArray()).replace('\t', QByteArray());
        for (qsizetype i = 0; i < digits.size(); ++i) {
            if (!isHexDigit(digits.at(i)))
                return failure(invalid(tr("not hex: \"%1\" at column %2")
                                           .arg(QString::fromLatin1(digits.mid(i, 1)))
                                           .arg(i + 1)));
        }
        if (digits.size() % 2 != 0)
            return failure(invalid(tr("not hex: an odd number of digits")));
        return std::optional(Message::fromBinary(Direction::Outgoing, QByteArray::fromHex(digits)));
    }
    case Kind::Base64: {
        const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(line.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return failure(invalid(tr("not base64")));
        return std::optional(Message::fromBinary(Direction::Outgoing, decoded.decoded));
    }
    }
    return std::optional<Message>();
}

} // namespace maxmon::cli
