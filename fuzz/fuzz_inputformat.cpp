// maxmon-cli's input formats (app/cli/inputformat.cpp, from its source):
// every stdin line, as bytes, in text, JSON, hex and base64 mode. Either a
// message of the right kind, nothing (a blank JSON line), or an InvalidPayload error.
#include "fuzzcheck.h"
#include "inputformat.h"

using namespace maxmon;
using maxmon::cli::InputFormat;
using maxmon::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    using Mode = MessageDraft::Mode;
    for (const Mode mode : { Mode::Text, Mode::Json, Mode::Hex, Mode::Base64 }) {
        const InputFormat format(mode);
        const Result<std::optional<Message>> message = format.toMessage(line);
        if (!message) {
            check(message.error().code() == Error::Code::InvalidPayload,
                  "a bad line is InvalidPayload", line);
            check(!message.error().message().isEmpty(), "a bad line says why", line);
            continue;
        }
        if (!*message)
            continue;
        const Message &sent = **message;
        check(sent.direction() == Message::Direction::Outgoing, "input goes out", line);
        check(MessageDraft(mode, QString()).isBinary() == (sent.kind() == Message::Kind::Binary),
              "binary formats make binary messages", line);
        if (mode == Mode::Json)
            check(sent.payload() == line.trimmed(), "JSON goes out byte for byte", line);
    }
    (void)InputFormat::parseJson(line);
    return 0;
}
