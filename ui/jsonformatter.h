#pragma once

#include <QByteArray>

namespace maxmon {

// Re-indents JSON text without parsing it into a QJsonDocument, so what the
// peer sent stays exactly as sent: key order, number spelling (a 64-bit id
// does not turn into a double), string escapes. Whitespace outside strings
// is replaced; nothing else changes. Input that is not valid JSON comes out
// re-indented as far as its brackets allow.
class JsonFormatter
{
public:
    static QByteArray indent(const QByteArray &json, int spaces = 2);
};

} // namespace maxmon
