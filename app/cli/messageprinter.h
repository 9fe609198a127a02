#pragma once

#include <maxmon/message.h>

#include <QCoreApplication>

namespace maxmon::cli {

// What maxmon-cli connect prints on stdout for each message:
//   Pipe         (stdout is not a terminal) received text as is, received
//                binary as base64 (or hex); nothing else, so
//                that stdout is pure data
//   Interactive  (a terminal, or --interactive) every message, sent and
//                received, with the local time and its direction:
//                "12:00:01.234 < hello", "12:00:01.230 > hello",
//                "12:00:02.000 < binary 4 bytes: AAEC/w==",
//                "12:00:03.000 < close 1000 (Normal closure) bye"; pings and pongs left out
//   Records      (--json) every message as a MessageRecord line
class MessagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::MessagePrinter)

public:
    enum class Mode { Pipe, Interactive, Records };

    MessagePrinter(Mode mode, bool hexBinary)
        : m_mode(mode)
        , m_hexBinary(hexBinary)
    { }

    Mode mode() const { return m_mode; }
    // The line to print, without a line break; a null QByteArray for none.
    QByteArray format(const Message &message) const;

private:
    QByteArray interactive(const Message &message) const;
    QByteArray binary(const QByteArray &data) const;

    Mode m_mode;
    bool m_hexBinary;
};

} // namespace maxmon::cli
