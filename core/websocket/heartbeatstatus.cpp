#include <maxmon/heartbeatstatus.h>
#include <maxmon/localeformat.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace maxmon {

namespace {

// "ping" and "application" are tokens for JSON: in words for people
QString strategyText(const QString &strategy)
{
    if (strategy == QLatin1String("ping"))
        return HeartbeatStatus::tr("WebSocket ping");
    if (strategy == QLatin1String("application"))
        return HeartbeatStatus::tr("application message");
    return strategy;
}

} // namespace

QJsonObject HeartbeatStatus::IntervalChange::toJson() const
{
    return QJsonObject {
        { QLatin1String("time"),
          QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QLatin1String("from_ms"), fromMs },
        { QLatin1String("to_ms"), toMs },
        { QLatin1String("reason"), reason },
    };
}

QJsonObject HeartbeatStatus::toJson() const
{
    QJsonArray changes;
    for (const IntervalChange &change : intervalChanges)
        changes.append(change.toJson());
    QJsonArray earlier;
    for (const LatencyStats::Summary &summary : history)
        earlier.append(summary.toJson());
    return QJsonObject {
        { QLatin1String("enabled"), enabled },
        { QLatin1String("running"), running },
        { QLatin1String("strategy"), strategy },
        { QLatin1String("note"), note },
        { QLatin1String("interval_ms"), intervalMs },
        { QLatin1String("timeout_ms"), timeoutMs },
        { QLatin1String("max_missed"), maxMissed },
        { QLatin1String("adaptive"), adaptive },
        { QLatin1String("min_interval_ms"), minIntervalMs },
        { QLatin1String("max_interval_ms"), maxIntervalMs },
        { QLatin1String("probes_sent"), probesSent },
        { QLatin1String("probes_answered"), probesAnswered },
        { QLatin1String("probes_lost"), probesLost },
        { QLatin1String("probes_lost_while_receiving"), lostWhileReceiving },
        { QLatin1String("outstanding"), outstanding },
        { QLatin1String("consecutive_lost"), consecutiveLost },
        { QLatin1String("unsolicited_answers"), unsolicitedAnswers },
        { QLatin1String("duplicate_answers"), duplicateAnswers },
        { QLatin1String("late_answers"), lateAnswers },
        { QLatin1String("last_rtt_ms"), lastRttMs },
        { QLatin1String("stats"), stats.toJson() },
        { QLatin1String("history"), earlier },
        { QLatin1String("health"), health.toJson() },
        { QLatin1String("interval_changes"), changes },
    };
}

QStringList HeartbeatStatus::toTextLines() const
{
    QStringList lines;
    auto add = [&lines](const QString &key, const QString &value) {
        lines.append(key + QLatin1String(": ") + value);
    };
    if (!enabled) {
        add(tr("Heartbeat"), tr("off"));
        return lines;
    }
    add(tr("Heartbeat"),
        tr("%1, every %2%3, timeout %4, dead after %5 missed%6")
            .arg(strategyText(strategy), LocaleFormat::milliseconds(intervalMs, 0),
                 adaptive ? tr(" (adaptive %1 to %2)")
                                .arg(LocaleFormat::milliseconds(minIntervalMs, 0),
                                     LocaleFormat::milliseconds(maxIntervalMs, 0))
                          : QString(),
                 LocaleFormat::milliseconds(timeoutMs, 0), LocaleFormat::number(maxMissed),
                 running ? QString() : tr(", stopped")));
    if (!note.isEmpty())
        add(tr("Heartbeat note"), note);
    add(tr("Health"), health.toText());
    add(tr("Last RTT"), lastRttMs < 0 ? tr("n/a") : LocaleFormat::milliseconds(lastRttMs, 2));
    add(tr("Latency"), stats.toText());
    add(tr("Probes sent / answered / lost"),
        QStringLiteral("%1 / %2 / %3")
            .arg(LocaleFormat::number(probesSent), LocaleFormat::number(probesAnswered),
                 LocaleFormat::number(probesLost)));
    if (lostWhileReceiving > 0) {
        add(tr("Lost while data arrived"),
            tr("%n probe(s): answers queued behind incoming data or dropped on the way; they do "
               "not count towards the dead link",
               nullptr, static_cast<int>(lostWhileReceiving)));
    }
    if (unsolicitedAnswers + duplicateAnswers + lateAnswers > 0) {
        add(tr("Ignored answers"),
            tr("%1 unsolicited, %2 duplicate, %3 late")
                .arg(unsolicitedAnswers)
                .arg(duplicateAnswers)
                .arg(lateAnswers));
    }
    if (!intervalChanges.isEmpty()) {
        const IntervalChange &last = intervalChanges.constLast();
        add(tr("Last interval change"),
            tr("%1 -> %2: %3")
                .arg(LocaleFormat::milliseconds(last.fromMs, 0),
                     LocaleFormat::milliseconds(last.toMs, 0), last.reason));
    }
    if (!history.isEmpty())
        add(tr("Earlier connections"), LocaleFormat::number(history.size()));
    return lines;
}

} // namespace maxmon
