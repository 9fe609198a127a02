#pragma once

#include <maxmon/heartbeatstatus.h>

#include <QCoreApplication>
#include <QString>

namespace maxmon {

// The heartbeat's round-trip figures in one line, the same in the status
// bar, the chart header and the diagnostics: the latest RTT and the p95
// over the heartbeat's window of probes, which the line names. Once the
// connection is gone the figures are the last connection's, and say so.
class RttFigures
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::RttFigures)

public:
    // "RTT 0.42 ms · p95 0.61 ms over the last 12 probes", "RTT n/a", or
    // "Last connection: RTT ..." when live is false.
    static QString text(const HeartbeatStatus &heartbeat, bool live);
    // "0.42 ms" (two decimals below 10 ms), "n/a" below 0; in the locale.
    static QString milliseconds(double ms);
};

} // namespace maxmon
