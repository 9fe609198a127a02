#include <maxmon/connectionhealth.h>
#include <maxmon/localeformat.h>

#include <QCoreApplication>

namespace maxmon {

namespace {
QString oneDecimalMs(double value)
{
    return LocaleFormat::decimal(value, 1);
}

QString percent(double ratio)
{
    return LocaleFormat::decimal(ratio * 100.0, 1);
}
} // namespace

ConnectionHealth ConnectionHealth::evaluate(const LatencyStats::Summary &stats, int consecutiveLost)
{
    return evaluate(stats, consecutiveLost, Thresholds());
}

ConnectionHealth ConnectionHealth::evaluate(const LatencyStats::Summary &stats, int consecutiveLost,
                                            const Thresholds &thresholds)
{
    using L = Level;
    if (stats.probes == 0 && stats.samples == 0)
        return { L::Unknown, tr("no probe answered or lost yet") };

    const QString loss = tr("loss %1/%2 (%3 %)")
                             .arg(LocaleFormat::number(stats.lost),
                                  LocaleFormat::number(stats.probes), percent(stats.lossRatio));
    if (stats.lossRatio >= thresholds.badLossRatio)
        return { L::Bad, tr("%1 >= %2 %").arg(loss, percent(thresholds.badLossRatio)) };
    if (stats.samples > 0 && stats.p95Ms >= thresholds.badP95Ms)
        return { L::Bad,
                 tr("p95 RTT %1 ms >= %2 ms")
                     .arg(oneDecimalMs(stats.p95Ms), oneDecimalMs(thresholds.badP95Ms)) };
    if (consecutiveLost > 0)
        return { L::Degraded, tr("the last %n probe(s) got no answer", nullptr, consecutiveLost) };
    if (stats.lost > 0)
        return { L::Degraded, tr("%1 > 0").arg(loss) };
    if (stats.p95Ms >= thresholds.degradedP95Ms)
        return { L::Degraded,
                 tr("p95 RTT %1 ms >= %2 ms")
                     .arg(oneDecimalMs(stats.p95Ms), oneDecimalMs(thresholds.degradedP95Ms)) };
    if (stats.jitterMs >= thresholds.degradedJitterMs)
        return { L::Degraded,
                 tr("jitter %1 ms >= %2 ms")
                     .arg(oneDecimalMs(stats.jitterMs),
                          oneDecimalMs(thresholds.degradedJitterMs)) };
    return { L::Good,
             tr("p95 RTT %1 ms < %2 ms, jitter %3 ms < %4 ms, no loss in the last %n probe(s)",
                nullptr, static_cast<int>(stats.probes))
                 .arg(oneDecimalMs(stats.p95Ms), oneDecimalMs(thresholds.degradedP95Ms),
                      oneDecimalMs(stats.jitterMs), oneDecimalMs(thresholds.degradedJitterMs)) };
}

QString ConnectionHealth::levelName(Level level)
{
    switch (level) {
    case Level::Unknown:
        return QStringLiteral("unknown");
    case Level::Good:
        return QStringLiteral("good");
    case Level::Degraded:
        return QStringLiteral("degraded");
    case Level::Bad:
        return QStringLiteral("bad");
    }
    return QStringLiteral("unknown");
}

QString ConnectionHealth::levelText(Level level)
{
    switch (level) {
    case Level::Unknown:
        return tr("Unknown");
    case Level::Good:
        return tr("Good");
    case Level::Degraded:
        return tr("Degraded");
    case Level::Bad:
        return tr("Bad");
    }
    return tr("Unknown");
}

QJsonObject ConnectionHealth::toJson() const
{
    return QJsonObject { { QLatin1String("level"), levelName(level) },
                         { QLatin1String("rule"), rule } };
}

QString ConnectionHealth::toText() const
{
    return QStringLiteral("%1 (%2)").arg(levelText(level), rule);
}

} // namespace maxmon
