#include "log/hexdump.h"

#include <algorithm>

namespace maxmon {

int HexDump::lineLength(qsizetype bytesPerLine)
{
    // offset, 2 spaces, 3 per byte, the middle gap, " |", the ASCII, "|"
    return static_cast<int>(8 + 2 + 3 * bytesPerLine + 1 + 2 + bytesPerLine + 1);
}

QString HexDump::format(const QByteArray &data, qsizetype maxBytes, qsizetype bytesPerLine)
{
    const qsizetype BytesPerLine = std::max<qsizetype>(2, bytesPerLine);
    static const char digits[] = "0123456789abcdef";
    const qsizetype shown = std::min(data.size(), std::max<qsizetype>(0, maxBytes));
    QByteArray out;
    out.reserve((shown / BytesPerLine + 1) * (lineLength(BytesPerLine) + 1));

    for (qsizetype lineStart = 0; lineStart < shown; lineStart += BytesPerLine) {
        const qsizetype lineBytes = std::min(BytesPerLine, shown - lineStart);
        out += QByteArray::number(lineStart, 16).rightJustified(8, '0');
        out += "  ";
        for (qsizetype i = 0; i < BytesPerLine; ++i) {
            if (i == BytesPerLine / 2)
                out += ' ';
            if (i < lineBytes) {
                const auto byte = static_cast<unsigned char>(data.at(lineStart + i));
                out += digits[byte >> 4];
                out += digits[byte & 0xf];
                out += ' ';
            } else {
                out += "   ";
            }
        }
        out += " |";
        for (qsizetype i = 0; i < lineBytes; ++i) {
            const char c = data.at(lineStart + i);
            out += (c >= 0x20 && c < 0x7f) ? c : '.';
        }
        out += "|\n";
    }
    QString text = QString::fromLatin1(out);
    if (shown < data.size()) {
        text += tr("... %1 more bytes not shown").arg(data.size() - shown);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace maxmon
