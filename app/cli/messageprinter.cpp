#include "messageprinter.h"

#include "console.h"

#include <maxmon/error.h>
#include <maxmon/messagerecord.h>

#include <QDateTime>

namespace maxmon::cli {

QByteArray MessagePrinter::format(const Message &message) const
{
    switch (m_mode) {
    case Mode::Records:
        return MessageRecord::encode(message);
    case Mode::Interactive:
        return interactive(message);
    case Mode::Pipe:
        break;
    }
    if (message.direction() != Message::Direction::Incoming || message.isControl())
        return {};
    return message.kind() == Message::Kind::Binary ? binary(message.payload()) : message.payload();
}

QByteArray MessagePrinter::interactive(const Message &message) const
{
    const QByteArray time = QDateTime::fromMSecsSinceEpoch(message.timestampUs() / 1000)
                                .toString(QStringLiteral("HH:mm:ss.zzz"))
                                .toLatin1();
    const QByteArray prefix =
        time + (message.direction() == Message::Direction::Incoming ? " < " : " > ");
    switch (message.kind()) {
    case Message::Kind::Text:
    case Message::Kind::Json:
        return prefix + message.payload();
    case Message::Kind::Binary:
        return prefix
            + tr("binary %n byte(s): ", nullptr, static_cast<int>(message.size())).toUtf8()
            + binary(message.payload());
    case Message::Kind::Close: {
        QByteArray line = prefix + "close " + Error::closeCodeName(message.closeCode()).toUtf8();
        if (!message.closeReason().isEmpty())
            line += ": " + message.closeReason().toUtf8();
        return line;
    }
    case Message::Kind::Ping:
    case Message::Kind::Pong:
        break;
    }
    return {};
}

QByteArray MessagePrinter::binary(const QByteArray &data) const
{
    return m_hexBinary ? data.toHex() : data.toBase64();
}

} // namespace maxmon::cli
