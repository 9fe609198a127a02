// Durations and rates as maxmon-cli options and the demo server's query
// parameters take them ("1.5s", "64KiB/s"): any text. A value is never
// negative; a refusal says why.
#include "fuzzcheck.h"

#include <maxmon/units.h>

using namespace maxmon;
using maxmon::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(input);
    if (const Result<qint64> duration = parseDurationMs(text))
        check(*duration >= 0, "a duration is not negative", input);
    else
        check(!duration.error().message().isEmpty(), "a bad duration says why", input);
    if (const Result<qint64> rate = parseByteRate(text))
        check(*rate >= 0, "a rate is not negative", input);
    else
        check(!rate.error().message().isEmpty(), "a bad rate says why", input);
    return 0;
}
