#pragma once

#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace maxmon::cli {

// How maxmon-cli reads the messages it sends, one per line (stdin, --send):
//   text    the line as a text message, byte for byte (the default)
//   json    the line must be one JSON value; its exact bytes go out as a
//           text message (key order and number spelling kept); blank lines
//           are skipped
//   hex     a binary message; pairs of hex digits, spaces allowed ("de ad be ef")
//   base64  a binary message; standard base64, padded or not
class InputFormat
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::InputFormat)

public:
    enum class Kind { Text, Json, Hex, Base64 };

    explicit InputFormat(Kind kind = Kind::Text)
        : m_kind(kind)
    { }

    Kind kind() const { return m_kind; }
    bool isBinary() const { return m_kind == Kind::Hex || m_kind == Kind::Base64; }

    // The outgoing message for one line (without its line break). An empty
    // optional: nothing to send (a blank line in json mode). An error
    // (InvalidPayload) says what is wrong, e.g. the JSON parse error and its column.
    Result<std::optional<Message>> toMessage(const QByteArray &line) const;

    // One JSON value of any type (Qt 6.4 reads only objects and arrays at the
    // top level), surrounding whitespace allowed. An error (InvalidPayload)
    // says "not JSON: <what> at column N", N counting from 1 in text.
    static Result<QJsonValue> parseJson(const QByteArray &text);

private:
    Kind m_kind;
};

} // namespace maxmon::cli
