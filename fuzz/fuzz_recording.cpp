// Recordings (`maxmon-cli record`, `connect --json`, exports) read back by
// RecordingFile for replay: any file. Every line is an entry or an error
// with its line number, in order; nothing is lost or counted twice.
#include "fuzzcheck.h"

#include <maxmon/recordingfile.h>

using namespace maxmon;
using maxmon::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RecordingFile file = RecordingFile::parse(input);
    const qsizetype lines = input.count('\n') + 1;
    int previous = 0;
    for (const RecordingFile::Entry &entry : file.entries()) {
        check(entry.line > previous && entry.line <= lines, "entries in line order", input);
        previous = entry.line;
        check(!entry.message.isNull(), "an entry holds a message", input);
    }
    previous = 0;
    for (const RecordingFile::LineError &error : file.errors()) {
        check(error.line > previous && error.line <= lines, "errors in line order", input);
        previous = error.line;
        check(!error.error.isEmpty(), "an error says why", input);
    }
    check(file.entries().size() + file.errors().size() <= lines, "one outcome per line", input);
    check(file.outgoingData().size() + file.incomingData().size() <= file.entries().size(),
          "replayable messages are entries", input);
    return 0;
}
