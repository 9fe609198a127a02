#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace maxmon {

// The classic `hexdump -C` layout: offset, 16 bytes in hex, the same bytes
// as ASCII (non-printable ones as '.').
//
//   00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff  |Hello, world!...|
class HexDump
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::HexDump)

public:
    static constexpr qsizetype BytesPerLine = 16;
    // A detail pane has no use for megabytes of hex: beyond this, say how
    // much was left out.
    static constexpr qsizetype DefaultMaxBytes = 64 * 1024;

    // bytesPerLine: 16, or 8 or 4 for a narrow pane (the ASCII column stays in view).
    static QString format(const QByteArray &data, qsizetype maxBytes = DefaultMaxBytes,
                          qsizetype bytesPerLine = BytesPerLine);
    // The characters of one full line with bytesPerLine bytes, newline excluded.
    static int lineLength(qsizetype bytesPerLine);
};

} // namespace maxmon
