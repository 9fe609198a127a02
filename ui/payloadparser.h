#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace maxmon {

// What the user typed, turned into the bytes to send, or why it cannot be.
struct ParsedPayload
{
    QByteArray bytes;
    QString error; // empty when the input is good
    int errorPosition = -1; // character index into the input, -1 when unknown

    bool isValid() const { return error.isEmpty(); }
};

// Parses the send panel's input formats. Errors name the place: the caller
// turns errorPosition into a line and column with lineAndColumn().
class PayloadParser
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::PayloadParser)

public:
    // Pairs of hex digits; whitespace, ':' and ',' between bytes and a
    // "0x" prefix before a byte are ignored ("de ad be ef", "0xde,0xad").
    static ParsedPayload parseHex(const QString &text);
    // Standard or URL-safe alphabet, padding optional, whitespace ignored.
    static ParsedPayload parseBase64(const QString &text);
    // A JSON object or array; the bytes are the text as typed (UTF-8).
    static ParsedPayload parseJson(const QString &text);

    // 1-based line and column of a character index.
    static QPair<int, int> lineAndColumn(const QString &text, int position);
};

} // namespace maxmon
