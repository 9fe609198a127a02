#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/validationerror.h>

#include <QJsonObject>

namespace maxmon {

/// The stable JSON record of one message: what the recorder writes, the log
/// exports, `maxmon-cli connect --json` prints and templates are read from.
/// One compact JSON object per line, keys in a fixed (alphabetical) order:
///
/// @code{.json}
/// {"direction":"out","id":"7","kind":"json","payload":{"a":1},"size":7,"time":"2024-05-01T12:00:00.123456Z"}
/// @endcode
///
/// | key       | value                                                   | presence |
/// |-----------|---------------------------------------------------------|-------------------------------|
/// | direction | "in" or "out"                                           | required | | id        |
/// the message id, "" when it has none                     | optional, always written      | | kind
/// | text, json, binary, ping, pong or close                 | required                      | |
/// meta      | free-form object (annotations, not payload)             | optional, written when not
/// empty | | payload   | see below                                               | required | |
/// size      | payload length in bytes; checked when read              | optional, always written |
/// | time      | UTC wall clock, ISO-8601 with microseconds (written with 6 digits and Z; read with
/// 0-6 digits and Z or an offset +HH:MM / -HH:MM) | optional (0 = 1970-01-01), always written | |
/// utf8      | false: a text payload that is not valid UTF-8           | optional, written only as
/// false |
///
/// The payload by kind:
///
/// - text: the text as a JSON string; with "utf8":false the raw bytes in base64
/// - json: the object or array itself when its compact JSON form is exactly the
///   payload bytes; otherwise (whitespace, key order, escapes, numbers a
///   double cannot hold such as 12345678901234567890) the original text as
///   a JSON string. A json payload is never a string otherwise, so a string
///   always means "these exact bytes".
/// - binary, ping, pong, close: base64 (RFC 4648, padded) of the raw frame payload
///
/// No byte is lost either way: message -> record -> message gives the same
/// payload bytes, kind, direction, id, time and meta (not the monotonic stamp,
/// which is local to a process), and a record written by encode() reads back
/// into a message that encode() writes byte for byte again. Records written by
/// hand may be laid out differently (key order, spacing, "kind":"text" for a
/// JSON text); they read into the same message and are written back in the
/// canonical form above. Unknown fields, wrong types, bad base64, a size that
/// does not match and an unknown kind are errors naming the field.
class MAXMON_CORE_EXPORT MessageRecord
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::MessageRecord)

public:
    /// The record as a JSON object; an empty object for a null message. Write
    /// records with encode(): it escapes U+FEFF, which Qt 6.4's JSON reader
    /// would drop at the start of a string.
    static QJsonObject toJson(const Message &message);
    /// The record as one compact JSON object, without a line break; an
    /// empty line for a null message.
    static QByteArray encode(const Message &message);

    /// The message a record holds; a ValidationError names the field that is wrong.
    static Validated<Message> fromJson(const QJsonObject &record);
    /// fromJson() of one line; surrounding whitespace (a trailing "\n" or
    /// "\r\n") is allowed.
    static Validated<Message> decode(const QByteArray &line);

    /// "2024-05-01T12:00:00.123456Z"; clamped to the years 0000-9999.
    static QString formatTime(qint64 timestampUs);
    /// The inverse of formatTime(), also with fewer digits or an offset;
    /// false for anything else.
    static bool parseTime(const QString &text, qint64 *timestampUs);
};

} // namespace maxmon
