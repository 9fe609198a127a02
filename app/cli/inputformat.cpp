#include "inputformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

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
        // Qt 6.4 reads only objects and arrays at the top level: wrap the value
        QJsonParseError error;
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + value + "]", &error);
        if (error.error != QJsonParseError::NoError) {
            const int column = std::clamp(error.offset, 1, static_cast<int>(value.size()) + 1);
            return failure(
                invalid(tr("not JSON: %1 at column %2").arg(error.errorString()).arg(column)));
        }
        if (wrapped.array().size() != 1) // "1, 2" reads as two values
            return failure(invalid(tr("not JSON: more than one value on the line")));
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
