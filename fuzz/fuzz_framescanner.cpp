// FrameScanner: raw WebSocket bytes as a server and as a client sends them
// (the fault proxy, the demo server and the client scan what the network
// gives). Fed whole, byte by byte, or with skippable payload skipped, it
// finds the same frames and violations, and accounts for every byte.
#include "fuzzcheck.h"

#include <maxmon/framescanner.h>

#include <QStringList>

using namespace maxmon;
using maxmon::fuzz::check;

namespace {

struct Trace
{
    QStringList events;
    qint64 position = 0;
};

Trace scan(FrameScanner::Sender sender, bool inspectText, const QByteArray &input, int mode)
{
    Trace trace;
    FrameScanner scanner(sender);
    scanner.setInspectText(inspectText);
    scanner.setFrameHandler([&](const FrameScanner::Frame &frame) {
        trace.events.append(QStringLiteral("frame %1 %2 %3 %4")
                                .arg(frame.offset)
                                .arg(frame.opcode)
                                .arg(frame.length)
                                .arg(QString::fromLatin1(frame.payload.toHex())));
        check(frame.end() <= input.size(), "a frame ends inside the input", input);
    });
    scanner.setViolationHandler([&](const FrameScanner::Violation &violation) {
        trace.events.append(FrameScanner::Violation::ruleName(violation.rule));
        check(!violation.describe().isEmpty(), "a violation says what", input);
    });
    if (mode == 0) {
        scanner.feed(input);
    } else {
        qsizetype i = 0;
        while (i < input.size()) {
            const qint64 skippable = scanner.skippable();
            if (mode == 2 && skippable > 0) {
                const qint64 skip = std::min<qint64>(skippable, input.size() - i);
                scanner.skip(skip);
                i += skip;
                continue;
            }
            scanner.feed(QByteArrayView(input).sliced(i, 1));
            ++i;
        }
    }
    trace.position = scanner.position();
    return trace;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1,
                           static_cast<qsizetype>(size - 1));
    // the first byte picks the sender and text inspection
    const auto sender = (data[0] & 1) ? FrameScanner::Sender::Client : FrameScanner::Sender::Server;
    const bool inspectText = data[0] & 2;
    const Trace whole = scan(sender, inspectText, input, 0);
    check(whole.position == input.size(), "every byte is accounted for", input);
    const Trace bytewise = scan(sender, inspectText, input, 1);
    check(bytewise.events == whole.events, "byte by byte finds the same", input);
    const Trace skipping = scan(sender, inspectText, input, 2);
    check(skipping.position == input.size(), "skipping accounts for every byte", input);
    // what can be skipped is payload whose content nothing reports
    check(skipping.events == whole.events, "skipping finds the same", input);
    return 0;
}
