#include <maxmon/deliverystatus.h>
#include <maxmon/localeformat.h>

namespace maxmon {

QJsonObject DeliveryStatus::toJson() const
{
    return {
        { QLatin1String("pending"), pending },
        { QLatin1String("unconfirmed"), unconfirmed },
        { QLatin1String("oldest_unconfirmed_ms"), oldestUnconfirmedMs },
        { QLatin1String("queue_capacity"), queueCapacity },
        { QLatin1String("bytes_to_write"), bytesToWrite },
        { QLatin1String("high_water_bytes"), highWaterBytes },
        { QLatin1String("queued_total"), queued },
        { QLatin1String("written_total"), written },
        { QLatin1String("confirmed_total"), confirmed },
        { QLatin1String("unconfirmed_total"), lost },
        { QLatin1String("rejected_total"), rejected },
        { QLatin1String("discarded_total"), discarded },
    };
}

QStringList DeliveryStatus::toTextLines() const
{
    const auto n = [](qint64 value) {
        return LocaleFormat::number(value);
    };
    return {
        tr("Queued now: %1 of %2").arg(n(pending), n(queueCapacity)),
        tr("Sent / confirmed / unconfirmed: %1 / %2 / %3").arg(n(written), n(confirmed), n(lost)),
        unconfirmed > 0 ? tr("Awaiting confirmation: %1, the oldest for %2 ms")
                              .arg(n(unconfirmed), n(oldestUnconfirmedMs))
                        : tr("Awaiting confirmation: %1").arg(n(unconfirmed)),
        tr("Refused (queue full): %1").arg(n(rejected)),
        tr("Discarded unsent: %1").arg(n(discarded)),
        tr("Write buffer: %1 (holding back above %2)")
            .arg(LocaleFormat::dataSize(bytesToWrite), LocaleFormat::dataSize(highWaterBytes)),
    };
}

} // namespace maxmon
