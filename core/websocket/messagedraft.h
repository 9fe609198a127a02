#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace maxmon {

/// A message as a person types it: a mode and the text. toMessage() turns it
/// into the outgoing Message, or says what is wrong and where. The window's
/// send panel and maxmon-cli both read what they send through it, so one set
/// of rules holds everywhere:
///
/// | mode   | the text                                        | the message |
/// | ------ | ----------------------------------------------- | ----------- |
/// | Text   | sent as it is                                   | text        |
/// | Json   | one JSON value of any type (object, array, number, string, true, false, null),
/// surrounding white space allowed and dropped; its bytes are kept (key order, number spelling) |
/// text | | Hex    | pairs of hex digits; white space, `:` and `,` between bytes and a `0x` before
/// a byte are ignored (`de ad`, `0xde,0xad`, `de:ad`) | binary | | Base64 | the standard or the
/// URL-safe alphabet, padding optional, white space ignored | binary |
///
/// @code
/// MessageDraft::Position where;
/// const Result<Message> message = MessageDraft(MessageDraft::Mode::Hex, text).toMessage(&where);
/// if (!message)
///     qWarning() << message.error().message() << where.line << where.column;
/// @endcode
class MAXMON_CORE_EXPORT MessageDraft
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::MessageDraft)

public:
    /// How the text is read.
    enum class Mode {
        Text, ///< the text itself, as a text message
        Json, ///< one JSON value, as a text message
        Hex, ///< hex digits, as a binary message
        Base64, ///< base64, as a binary message
    };

    /// Where in the text a problem is: a character (UTF-16 unit) offset from 0,
    /// and the 1-based line and column of that character. Offset -1: nowhere.
    struct Position
    {
        qsizetype offset = -1; ///< characters before the place, -1 when unknown
        int line = 0; ///< 1-based line, 0 when unknown
        int column = 0; ///< 1-based column within the line, 0 when unknown

        /// The line and column of offset in text (offset clamped to the text).
        static Position in(const QString &text, qsizetype offset);
    };

    /// An empty Text draft.
    MessageDraft() = default;
    /// A draft of text read as mode.
    MessageDraft(Mode mode, QString text);

    /// How the text is read.
    Mode mode() const { return m_mode; }
    /// The text as typed.
    QString text() const { return m_text; }
    /// Whether the mode gives a binary message (Hex, Base64).
    bool isBinary() const { return m_mode == Mode::Hex || m_mode == Mode::Base64; }

    /// The outgoing message, or an Error (InvalidPayload) whose message says what
    /// is wrong and where ("Invalid hex at column 4: 'g' is not a hex digit";
    /// "line L, column C" when the text has several lines). When errorPosition is
    /// given, a failure also stores the place there.
    Result<Message> toMessage(Position *errorPosition = nullptr) const;

    /// The JSON value the text holds, by the Json mode's rules, or an Error as
    /// toMessage() gives it.
    static Result<QJsonValue> parseJson(const QString &text, Position *errorPosition = nullptr);

private:
    Mode m_mode = Mode::Text;
    QString m_text;
};

} // namespace maxmon
