// The Phoenix Channels 1.0.0 serializer (JSON objects: topic, event,
// payload, ref): any bytes as a server's text frame. Whatever decodes must
// encode again and decode to the same frame; a frame is never binary in 1.0.0.
#include "fuzzcheck.h"

#include <maxmon/phoenix/serializer.h>

using namespace maxmon;
using namespace maxmon::phoenix;
using maxmon::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Serializer v1(Serializer::Version::V1);
    const Result<Frame> frame = v1.decodeText(input);
    if (!frame) {
        check(!frame.error().message().isEmpty(), "a refusal says why", input);
        return 0;
    }
    check(!frame->isBinary, "1.0.0 has no binary frames", input);
    for (const Sender sender : { Sender::Client, Sender::Server }) {
        const Result<QByteArray> bytes = v1.encode(*frame, sender);
        if (!bytes)
            continue;
        const Result<Frame> again = v1.decodeText(*bytes);
        check(again.has_value(), "an encoded frame decodes", *bytes);
        check(*again == *frame, "a frame survives encode and decode", input);
    }
    // the same bytes as a message, the way Socket meets them
    const Result<Frame> viaMessage =
        v1.decode(Message::fromText(Message::Direction::Incoming, input));
    check(viaMessage.has_value(), "a decodable text decodes as a message too", input);
    return 0;
}
