#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QString>

namespace maxmon {

/// A duration in milliseconds, as maxmon-cli options and the demo server's
/// query parameters take it, from "500ms", "1s", "1.5s", "2m", "1h",
/// "250us" (rounded up to whole ms) or "0"; a bare number other than 0 is
/// refused as ambiguous.
MAXMON_CORE_EXPORT Result<qint64> parseDurationMs(const QString &text);

/// A rate in bytes per second, as maxmon-cli options and the demo server's
/// query parameters take it, from "20KB/s", "1.5MB/s", "512B/s",
/// "64KiB/s", "8Mbit/s"; "/s" may be left out. KB, MB, GB are powers of
/// 1000, KiB, MiB, GiB of 1024; bit units are divided by 8.
MAXMON_CORE_EXPORT Result<qint64> parseByteRate(const QString &text);

} // namespace maxmon
