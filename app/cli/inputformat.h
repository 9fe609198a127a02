#pragma once

#include <maxmon/message.h>
#include <maxmon/messagedraft.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace maxmon::cli {

// How maxmon-cli reads the messages it sends, one per line (stdin, --send): each
// line is a MessageDraft in the chosen mode (text, the default; json; hex; base64),
// so the rules are the window's. What is the CLI's own: lines are bytes, which must
// be UTF-8, and a blank line in json mode is skipped.
class InputFormat
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::InputFormat)

public:
    explicit InputFormat(MessageDraft::Mode mode = MessageDraft::Mode::Text)
        : m_mode(mode)
    { }

    MessageDraft::Mode mode() const { return m_mode; }

    // The outgoing message for one line (without its line break). An empty
    // optional: nothing to send (a blank line in json mode). An error
    // (InvalidPayload) says what is wrong and where.
    Result<std::optional<Message>> toMessage(const QByteArray &line) const;

    // One JSON value of any type (MessageDraft::parseJson) from UTF-8 bytes.
    static Result<QJsonValue> parseJson(const QByteArray &text);

    // The line as text; bytes that are not UTF-8 are an error, never replaced.
    static Result<QString> decode(const QByteArray &line);

private:
    MessageDraft::Mode m_mode;
};

} // namespace maxmon::cli
