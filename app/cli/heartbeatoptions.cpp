#include "heartbeatoptions.h"

#include "commandline.h"

#include <maxmon/units.h>

#include <QCoreApplication>

#include <algorithm>

namespace maxmon::cli {

namespace {

constexpr qint64 maxHeartbeatMs = 24 * 3600 * 1000;

// A duration in (0, one day], or the option's name with what is wrong.
Result<int> positiveDuration(const QString &option, const QString &text)
{
    const Result<qint64> ms = parseDurationMs(text);
    if (!ms)
        return failure(usage(option + QStringLiteral(": ") + ms.error().message()));
    if (*ms <= 0 || *ms > maxHeartbeatMs)
        return failure(usage(option + QStringLiteral(": ")
                             + HeartbeatOptions::tr("must be above 0 and at most 24h.")));
    return static_cast<int>(*ms);
}

} // namespace

HeartbeatOptions::HeartbeatOptions()
    : m_interval(QStringLiteral("heartbeat"),
                 tr("Ping at this fixed interval (500ms, 1s, ...; \"off\" to disable) and print "
                    "every round-trip time on stderr, with a summary at exit."),
                 QStringLiteral("interval"))
    , m_timeout(QStringLiteral("heartbeat-timeout"),
                tr("A ping without answer after this is lost (default 5s)."),
                QStringLiteral("duration"))
    , m_adaptive(QStringLiteral("heartbeat-adaptive"),
                 tr("Let the interval adapt to the link, starting at --heartbeat."))
{ }

void HeartbeatOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_interval, m_timeout, m_adaptive });
}

Result<bool> HeartbeatOptions::applyTo(const QCommandLineParser &parser,
                                       ConnectionConfig *config) const
{
    HeartbeatConfig &heartbeat = config->heartbeat;
    bool printRtts = false;
    if (parser.isSet(m_interval) && parser.value(m_interval) == QLatin1String("off")) {
        heartbeat.enabled = false;
    } else if (parser.isSet(m_interval)) {
        const Result<int> interval =
            positiveDuration(QStringLiteral("--heartbeat"), parser.value(m_interval));
        if (!interval)
            return failure(interval.error());
        heartbeat.enabled = true;
        heartbeat.intervalMs = *interval;
        // a fixed interval unless asked otherwise; the adaptive range includes it
        heartbeat.adaptive = parser.isSet(m_adaptive);
        heartbeat.minIntervalMs = std::min(heartbeat.minIntervalMs, *interval);
        heartbeat.maxIntervalMs = std::max(heartbeat.maxIntervalMs, *interval);
        printRtts = true;
    }
    if (parser.isSet(m_timeout)) {
        const Result<int> timeout =
            positiveDuration(QStringLiteral("--heartbeat-timeout"), parser.value(m_timeout));
        if (!timeout)
            return failure(timeout.error());
        heartbeat.timeoutMs = *timeout;
    }
    return printRtts;
}

} // namespace maxmon::cli
