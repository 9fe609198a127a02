#include <maxmon/loadreport.h>

#include <QCoreApplication>
#include <QStringList>

namespace maxmon {

namespace {

QJsonObject percentiles(const LatencyStats::Summary &summary)
{
    if (summary.totalSamples == 0)
        return {};
    return { { QStringLiteral("samples"), summary.totalSamples },
             { QStringLiteral("min"), summary.minMs },
             { QStringLiteral("mean"), summary.meanMs },
             { QStringLiteral("p50"), summary.p50Ms },
             { QStringLiteral("p95"), summary.p95Ms },
             { QStringLiteral("p99"), summary.p99Ms },
             { QStringLiteral("max"), summary.maxMs } };
}

QString percentileText(const LatencyStats::Summary &summary)
{
    if (summary.totalSamples == 0)
        return LoadReport::tr("no samples");
    return LoadReport::tr("min %1, p50 %2, p95 %3, p99 %4, max %5 ms")
        .arg(summary.minMs, 0, 'f', 3)
        .arg(summary.p50Ms, 0, 'f', 3)
        .arg(summary.p95Ms, 0, 'f', 3)
        .arg(summary.p99Ms, 0, 'f', 3)
        .arg(summary.maxMs, 0, 'f', 3);
}

} // namespace

double LoadReport::messagesPerSecond() const
{
    return elapsedSeconds > 0 ? static_cast<double>(received) / elapsedSeconds : 0;
}

double LoadReport::megabytesPerSecond() const
{
    return messagesPerSecond() * messageSize / 1e6;
}

bool LoadReport::isClean() const
{
    return connectionsFailed == 0 && lost == 0 && mismatched == 0 && sendErrors == 0
        && errors.isEmpty();
}

QJsonObject LoadReport::toJson() const
{
    QJsonObject errorObject;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        errorObject.insert(
            it.key(),
            QJsonObject { { QStringLiteral("count"), it.value() },
                          { QStringLiteral("message"), errorMessages.value(it.key()) } });
    }
    return {
        { QStringLiteral("connections"), connections },
        { QStringLiteral("connections_opened"), connectionsOpened },
        { QStringLiteral("connections_failed"), connectionsFailed },
        { QStringLiteral("message_size"), messageSize },
        { QStringLiteral("sent"), sent },
        { QStringLiteral("received"), received },
        { QStringLiteral("lost"), lost },
        { QStringLiteral("mismatched"), mismatched },
        { QStringLiteral("send_errors"), sendErrors },
        { QStringLiteral("elapsed_s"), elapsedSeconds },
        { QStringLiteral("messages_per_s"), messagesPerSecond() },
        { QStringLiteral("mb_per_s"), megabytesPerSecond() },
        { QStringLiteral("rtt_ms"), percentiles(roundTrip) },
        { QStringLiteral("connect_ms"), percentiles(connect) },
        { QStringLiteral("errors"), errorObject },
    };
}

QString LoadReport::toText() const
{
    QStringList lines;
    lines << tr("%1 round trips of %2 bytes over %n connection(s) in %3 s: %4 msg/s, %5 MB/s "
                "each way",
                nullptr, connectionsOpened)
                 .arg(received)
                 .arg(messageSize)
                 .arg(elapsedSeconds, 0, 'f', 3)
                 .arg(messagesPerSecond(), 0, 'f', 0)
                 .arg(megabytesPerSecond(), 0, 'f', 2);
    lines << tr("round trip: %1").arg(percentileText(roundTrip));
    lines << tr("connect:    %1").arg(percentileText(connect));
    lines << tr("sent %1, received %2, lost %3, mismatched %4, send errors %5, connections "
                "failed %6 of %7")
                 .arg(sent)
                 .arg(received)
                 .arg(lost)
                 .arg(mismatched)
                 .arg(sendErrors)
                 .arg(connectionsFailed)
                 .arg(connections);
    for (auto it = errors.begin(); it != errors.end(); ++it)
        lines << tr("error %1 x%2: %3")
                     .arg(it.key())
                     .arg(it.value())
                     .arg(errorMessages.value(it.key()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace maxmon
