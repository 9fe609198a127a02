// Feeds arbitrary bytes to every Phoenix decoder: text in both protocol
// versions, binary as sent by the server and by the client, and a text
// message. Nothing may crash; whatever decodes must survive encode + decode
// unchanged.
#include <maxmon/phoenix/serializer.h>

#include <cstdint>
#include <cstdlib>

using namespace maxmon;
using namespace maxmon::phoenix;

namespace {

void checkRoundTrip(const Serializer &serializer, const Frame &frame, Sender sender)
{
    const Result<QByteArray> bytes = serializer.encode(frame, sender);
    if (!bytes)
        return; // e.g. a field that grew past 255 bytes when U+FFFD replaced a bad byte
    const Result<Frame> again =
        frame.isBinary ? serializer.decodeBinary(*bytes, sender) : serializer.decodeText(*bytes);
    if (!again || *again != frame)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    for (const Serializer::Version version : { Serializer::Version::V1, Serializer::Version::V2 }) {
        const Serializer serializer(version);
        if (const Result<Frame> frame = serializer.decodeText(input))
            checkRoundTrip(serializer, *frame, Sender::Client);
        for (const Sender sender : { Sender::Server, Sender::Client }) {
            if (const Result<Frame> frame = serializer.decodeBinary(input, sender))
                checkRoundTrip(serializer, *frame, sender);
        }
    }

    const Message message = Message::fromText(Message::Direction::Incoming, input);
    const Result<Frame> viaMessage = Serializer().decode(message);
    const Result<Frame> direct = Serializer().decodeText(input);
    if (bool(viaMessage) != bool(direct))
        std::abort();
    return 0;
}
