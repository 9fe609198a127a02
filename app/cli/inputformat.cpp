#include "inputformat.h"

#include <QStringDecoder>

namespace maxmon::cli {

Result<QString> InputFormat::decode(const QByteArray &line)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(line);
    if (utf8.hasError())
        return failure(Error(Error::Code::InvalidPayload, tr("not valid UTF-8")));
    return text;
}

Result<QJsonValue> InputFormat::parseJson(const QByteArray &text)
{
    const Result<QString> decoded = decode(text);
    if (!decoded)
        return failure(decoded.error());
    return MessageDraft::parseJson(*decoded);
}

Result<std::optional<Message>> InputFormat::toMessage(const QByteArray &line) const
{
    if (m_mode == MessageDraft::Mode::Text) // bytes as they are, UTF-8 or not
        return std::optional(Message::fromText(Message::Direction::Outgoing, line));
    if (m_mode == MessageDraft::Mode::Json && line.trimmed().isEmpty())
        return std::optional<Message>();
    const Result<QString> text = decode(line);
    if (!text)
        return failure(text.error());
    const Result<Message> message = MessageDraft(m_mode, *text).toMessage();
    if (!message)
        return failure(message.error());
    return std::optional(*message);
}

} // namespace maxmon::cli
