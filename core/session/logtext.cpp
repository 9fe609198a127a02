#include "session/logtext.h"

#include <maxmon/error.h>

#include <QDateTime>
#include <QLocale>

namespace maxmon {

namespace {

const QChar ellipsis(0x2026);
const QChar lineBreakMark(0x21b5); // DOWNWARDS ARROW WITH CORNER LEFTWARDS: ↵

} // namespace

QString LogText::timeOfDay(qint64 timestampUs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000)
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString LogText::hexPreview(const QByteArray &bytes, int maxChars)
{
    const int maxBytes = std::max(1, maxChars / 3);
    QString hex = QString::fromLatin1(bytes.left(maxBytes).toHex(' '));
    if (bytes.size() > maxBytes)
        hex += QLatin1Char(' ') + ellipsis;
    return hex;
}

// Line breaks and other control characters would make the row taller or
// unreadable: show them as spaces.
QString LogText::oneLine(const QByteArray &utf8, int maxChars)
{
    // A UTF-8 character takes at most 4 bytes: no need to decode more.
    const qsizetype maxBytes = static_cast<qsizetype>(maxChars) * 4;
    QString text = QString::fromUtf8(utf8.left(maxBytes));
    bool truncated = utf8.size() > maxBytes;
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        truncated = true;
    }
    // one line, with the line breaks visible: "a↵b" (a CR LF is one break)
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &c : text) {
        if (c == QLatin1Char('\n'))
            c = lineBreakMark;
        else if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (truncated)
        text += ellipsis;
    return text;
}

QString LogText::kindText(Message::Kind kind)
{
    switch (kind) {
    case Message::Kind::Text:
        return MessageLogModel::tr("Text");
    case Message::Kind::Binary:
        return MessageLogModel::tr("Binary");
    case Message::Kind::Json:
        return MessageLogModel::tr("JSON");
    case Message::Kind::Ping:
        return MessageLogModel::tr("Ping");
    case Message::Kind::Pong:
        return MessageLogModel::tr("Pong");
    case Message::Kind::Close:
        return MessageLogModel::tr("Close");
    }
    return QString();
}

QString LogText::preview(const Message &message, int maxChars)
{
    const QByteArray payload = message.payload();
    // a text frame is one line of text, JSON or not: no need to parse it
    if (message.isTextFrame())
        return oneLine(payload, maxChars);
    switch (message.kind()) {
    case Message::Kind::Binary:
        return hexPreview(payload, maxChars);
    case Message::Kind::Close:
        return oneLine(closeText(payload).toUtf8(), maxChars);
    case Message::Kind::Ping:
    case Message::Kind::Pong:
        if (!message.isValidUtf8())
            return hexPreview(payload, maxChars);
        break;
    case Message::Kind::Text:
    case Message::Kind::Json:
        break;
    }
    return oneLine(payload, maxChars);
}

QString LogText::readable(const Message &message)
{
    if (message.isTextFrame())
        return message.text();
    switch (message.kind()) {
    case Message::Kind::Text:
    case Message::Kind::Json:
        break;
    case Message::Kind::Close:
        return closeText(message.payload());
    case Message::Kind::Ping:
    case Message::Kind::Pong:
        // never Message::text(): it is for text frames only
        if (message.isValidUtf8())
            return QString::fromUtf8(message.payload());
        break;
    case Message::Kind::Binary:
        break;
    }
    return QString();
}

QString LogText::closeText(const QByteArray &payload)
{
    if (payload.isEmpty())
        return MessageLogModel::tr("(no status)");
    if (payload.size() < 2) // not a valid close payload: say what is there
        return QString::fromLatin1(payload.toHex(' '));
    const int code = (static_cast<unsigned char>(payload.at(0)) << 8)
        | static_cast<unsigned char>(payload.at(1));
    const QString name = Error::closeCodeName(code);
    const QByteArray reason = payload.mid(2);
    return reason.isEmpty() ? name
                            : MessageLogModel::tr("%1: %2").arg(name, QString::fromUtf8(reason));
}

QVariant LogText::eventCell(const SessionEntry &entry, int column, int role)
{
    using M = MessageLogModel;
    const SessionEvent &event = entry.event();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case M::TimeColumn:
            return timeOfDay(event.timestampUs());
        case M::DirectionColumn:
            return QStringLiteral("\u2022 ") + MessageLogModel::tr("event");
        case M::KindColumn:
            return SessionEvent::typeText(event.type());
        case M::PreviewColumn:
            return event.text();
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == M::TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(event.timestampUs() / 1000)
                .toString(Qt::ISODateWithMs);
        break;
    case M::MessageRole:
        return QVariant::fromValue(Message());
    case M::TimestampRole:
        return event.timestampUs();
    case M::IsSessionEventRole:
        return true;
    case M::SessionEventRole:
        return QVariant::fromValue(event);
    case M::SequenceRole:
        return entry.sequence();
    default:
        break;
    }
    return QVariant();
}

QVariant LogText::messageDisplay(const Message &message, int column,
                                 const std::function<Message::Kind()> &kind,
                                 const std::function<MessageLogModel::PhoenixFields()> &phoenix)
{
    using M = MessageLogModel;
    switch (column) {
    case M::TimeColumn:
        return timeOfDay(message.timestampUs());
    case M::DirectionColumn:
        return message.direction() == Message::Direction::Incoming
            ? QStringLiteral("\u2193 ") + MessageLogModel::tr("in")
            : QStringLiteral("\u2191 ") + MessageLogModel::tr("out");
    case M::KindColumn:
        return kindText(kind());
    case M::SizeColumn:
        return QLocale().toString(message.size());
    case M::TopicColumn:
        return phoenix().topic;
    case M::EventColumn:
        return phoenix().event;
    case M::RefColumn:
        return phoenix().ref;
    case M::StatusColumn:
        return phoenix().status;
    case M::PreviewColumn:
        return preview(message, 200);
    default:
        break;
    }
    return QVariant();
}

QVariant LogText::messageToolTip(const Message &message, int column,
                                 const std::function<MessageLogModel::PhoenixFields()> &phoenix)
{
    using M = MessageLogModel;
    if (column == M::TimeColumn) {
        return QDateTime::fromMSecsSinceEpoch(message.timestampUs() / 1000)
            .toString(Qt::ISODateWithMs);
    }
    if (column == M::SizeColumn)
        return MessageLogModel::tr("%Ln byte(s)", nullptr, static_cast<int>(message.size()));
    if (column == M::RefColumn) {
        const M::PhoenixFields fields = phoenix();
        if (fields.isFrame)
            return MessageLogModel::tr("join_ref %1 \u00b7 ref %2")
                .arg(fields.joinRef.isEmpty() ? MessageLogModel::tr("null") : fields.joinRef,
                     fields.ref.isEmpty() ? MessageLogModel::tr("null") : fields.ref);
    }
    return QVariant();
}

QVariant LogText::messageCell(const SessionEntry &entry, int column, int role,
                              const std::function<Message::Kind()> &kind,
                              const std::function<MessageLogModel::PhoenixFields()> &phoenix)
{
    using M = MessageLogModel;
    const Message &message = entry.message();
    switch (role) {
    case Qt::DisplayRole:
        return messageDisplay(message, column, kind, phoenix);
    case Qt::ToolTipRole:
        return messageToolTip(message, column, phoenix);
    case Qt::TextAlignmentRole:
        if (column == M::SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case M::MessageRole:
        return QVariant::fromValue(message);
    case M::PayloadRole:
        return message.payload();
    case M::DirectionRole:
        return static_cast<int>(message.direction());
    case M::KindRole:
        return static_cast<int>(kind());
    case M::TimestampRole:
        return message.timestampUs();
    case M::IdRole:
        return message.id();
    case M::SizeRole:
        return message.size();
    case M::TopicRole:
        return phoenix().topic;
    case M::EventRole:
        return phoenix().event;
    case M::RefRole:
        return phoenix().ref;
    case M::JoinRefRole:
        return phoenix().joinRef;
    case M::StatusRole:
        return phoenix().status;
    case M::IsSessionEventRole:
        return false;
    case M::SequenceRole:
        return entry.sequence();
    default:
        break;
    }
    return QVariant();
}

} // namespace maxmon
