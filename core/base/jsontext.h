#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QByteArray>

namespace maxmon {

/// JSON text read as text, without parsing it into a QJsonDocument, so that
/// what a peer sent stays exactly as sent: key order, number spelling (a
/// 64-bit id does not turn into a double), string escapes. Both functions
/// share one reading of strings (quotes and backslash escapes); input that is
/// not valid JSON is read as far as its brackets allow.
class MAXMON_CORE_EXPORT JsonText
{
public:
    /// The text re-indented by spaces a level: white space outside strings is
    /// replaced, nothing else changes; `{}` and `[]` stay on one line.
    static QByteArray indent(const QByteArray &json, int spaces = 2);

    /// The deepest nesting of objects and arrays (`1` for `[1]`, `0` for `1`).
    static int nestingDepth(const QByteArray &json);
};

} // namespace maxmon
