#include <maxmon/localeformat.h>
#include <maxmon/message.h>
#include <maxmon/reconnectstatus.h>

namespace maxmon {

qint64 ReconnectStatus::msUntilNextAttempt() const
{
    if (nextAttemptAtMonotonicNs == 0)
        return -1;
    return std::max<qint64>(0, (nextAttemptAtMonotonicNs - Message::nowMonotonicNs()) / 1000000);
}

QJsonObject ReconnectStatus::toJson() const
{
    QJsonObject json {
        { QLatin1String("enabled"), enabled },
        { QLatin1String("attempt"), attempt },
        { QLatin1String("max_attempts"), maxAttempts },
        { QLatin1String("last_delay_ms"), lastDelayMs },
        { QLatin1String("ms_until_next_attempt"), msUntilNextAttempt() },
    };
    if (!reason.isEmpty())
        json.insert(QLatin1String("reason"), reason);
    return json;
}

QStringList ReconnectStatus::toTextLines() const
{
    if (!enabled)
        return { tr("Reconnect: off") };
    QStringList lines {
        maxAttempts > 0 ? tr("Reconnect: attempt %1 of %2")
                              .arg(LocaleFormat::number(attempt), LocaleFormat::number(maxAttempts))
                        : tr("Reconnect: attempt %1 (no limit)").arg(LocaleFormat::number(attempt))
    };
    const qint64 next = msUntilNextAttempt();
    if (next >= 0)
        lines.append(tr("Next attempt in: %1 ms%2")
                         .arg(LocaleFormat::number(next),
                              reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
    return lines;
}

} // namespace maxmon
