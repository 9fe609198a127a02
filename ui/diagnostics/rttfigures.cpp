#include "diagnostics/rttfigures.h"

#include <QLocale>

namespace maxmon {

QString RttFigures::milliseconds(double ms)
{
    if (ms < 0)
        return tr("n/a");
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
}

QString RttFigures::text(const HeartbeatStatus &heartbeat, bool live)
{
    const LatencyStats::Summary &stats = heartbeat.stats;
    if (stats.samples == 0)
        return tr("RTT n/a");
    const QString figures =
        tr("RTT %1 \u00b7 p95 %2 over the last %n probe(s)", nullptr, stats.probes)
            .arg(milliseconds(heartbeat.lastRttMs), milliseconds(stats.p95Ms));
    return live ? figures : tr("Last connection: %1").arg(figures);
}

} // namespace maxmon
