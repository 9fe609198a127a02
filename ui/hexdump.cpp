#include "hexdump.h"

#include <algorithm>

namespace maxmon {

QString HexDump::format(const QByteArray &data, qsizetype maxBytes)
{
    static const char digits[] = "0123456789abcdef";
    const qsizetype shown = std::min(data.size(), std::max<qsizetype>(0, maxBytes));
    QByteArray out;
    // 8 offset + 2 + 16 * 3 + 1 + 2 + 16 + 2 + newline
    out.reserve((shown / BytesPerLine + 1) * 80);

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
