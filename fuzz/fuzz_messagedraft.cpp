// MessageDraft: text as the window and maxmon-cli read it in JSON, hex and
// base64 mode. Errors are InvalidPayload with a place inside the text; valid
// hex and base64 read back from their canonical forms to the same bytes; JSON
// goes out as typed, without its surrounding white space.
#include "fuzzcheck.h"

#include <maxmon/messagedraft.h>

using namespace maxmon;
using maxmon::fuzz::check;
using Mode = MessageDraft::Mode;

namespace {

Result<Message> draft(Mode mode, const QString &text, const QByteArray &input)
{
    MessageDraft::Position place;
    Result<Message> message = MessageDraft(mode, text).toMessage(&place);
    if (!message) {
        check(message.error().code() == Error::Code::InvalidPayload, "InvalidPayload", input);
        check(place.offset >= 0 && place.offset <= text.size(), "a place inside the text", input);
        check(place.line >= 1 && place.column >= 1, "line and column count from 1", input);
    }
    return message;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(input);

    if (const Result<Message> hex = draft(Mode::Hex, text, input)) {
        const Result<Message> again =
            draft(Mode::Hex, QString::fromLatin1(hex->payload().toHex(':')), input);
        check(again && again->payload() == hex->payload(), "hex reads back", input);
    }
    if (const Result<Message> base64 = draft(Mode::Base64, text, input)) {
        const Result<Message> again =
            draft(Mode::Base64, QString::fromLatin1(base64->payload().toBase64()), input);
        check(again && again->payload() == base64->payload(), "base64 reads back", input);
    }
    if (const Result<Message> json = draft(Mode::Json, text, input))
        check(json->payload() == text.toUtf8().trimmed(), "JSON goes out as typed", input);
    return 0;
}
