// libFuzzer target: the MessageRecord decoder and the JSON/text
// classification of Message. Besides "no crash, no hang, no sanitizer
// report", it checks the no-byte-lost guarantees:
//   - any input as a record line: if it decodes, its canonical form decodes
//     to the same message and encodes to the same bytes again;
//   - any input as a text or binary payload: message -> record -> message
//     keeps the bytes, the kind and the canonical record.
#include <maxmon/messagerecord.h>

#include <cstdio>
#include <cstdlib>

using namespace maxmon;

namespace {

void check(bool condition, const char *what, const QByteArray &detail)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n%s\n", what, detail.constData());
    std::abort();
}

void recordRoundTrip(const Message &message)
{
    const QByteArray line = MessageRecord::encode(message);
    check(!line.contains('\n'), "a record is one line", line);
    const Validated<Message> decoded = MessageRecord::decode(line);
    check(decoded.has_value(), "an encoded record decodes",
          line + '\n' + (decoded ? QByteArray() : decoded.error().toString().toUtf8()));
    check(decoded->payload() == message.payload(), "payload bytes survive", line);
    check(decoded->kind() == message.kind(), "kind survives", line);
    check(*decoded == message, "message survives", line);
    check(MessageRecord::encode(*decoded) == line, "canonical record is stable", line);
}

void classify(const Message &message)
{
    const Message::Kind kind = message.kind();
    if (kind == Message::Kind::Json) {
        check(!message.json().isNull(), "a json message has a document", message.payload());
        check(message.jsonError().isEmpty(), "a json message has no parse error",
              message.payload());
    } else {
        check(message.json().isNull(), "only json messages have a document", message.payload());
    }
    check(message.kind() == kind, "classification is stable", message.payload());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const Validated<Message> fromRecord = MessageRecord::decode(input);
    if (fromRecord) {
        classify(*fromRecord);
        recordRoundTrip(*fromRecord);
    } else {
        check(!fromRecord.error().reason().isEmpty(), "an error says why", input);
    }

    const Message text = Message::fromText(Message::Direction::Incoming, input);
    classify(text);
    check(text.payload() == input, "text keeps its bytes", input);
    recordRoundTrip(text.withTimestamps(static_cast<qint64>(size) * 1000003, 0));

    const Message binary = Message::fromBinary(Message::Direction::Outgoing, input);
    check(binary.kind() == Message::Kind::Binary, "binary stays binary", input);
    recordRoundTrip(binary);
    return 0;
}
