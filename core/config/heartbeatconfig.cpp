#include "config/configjson.h"

#include <maxmon/heartbeatconfig.h>
#include <maxmon/jsonobjectreader.h>

namespace maxmon {

namespace {

const configjson::EnumNames<HeartbeatConfig::Strategy, 2> strategies = {
    { HeartbeatConfig::Strategy::Ping, "ping" },
    { HeartbeatConfig::Strategy::Application, "application" },
};

} // namespace

QJsonObject HeartbeatConfig::toJson() const
{
    return { { QLatin1String("enabled"), enabled },
             { QLatin1String("strategy"), configjson::enumName(strategy, strategies) },
             { QLatin1String("interval_ms"), intervalMs },
             { QLatin1String("timeout_ms"), timeoutMs },
             { QLatin1String("max_missed"), maxMissed },
             { QLatin1String("adaptive"), adaptive },
             { QLatin1String("min_interval_ms"), minIntervalMs },
             { QLatin1String("max_interval_ms"), maxIntervalMs } };
}

HeartbeatConfig HeartbeatConfig::fromJson(JsonObjectReader &reader)
{
    using configjson::maxTimeoutMs;
    HeartbeatConfig heartbeat;
    reader.readBool(QStringLiteral("enabled"), &heartbeat.enabled);
    configjson::readEnum(reader, QStringLiteral("strategy"), strategies, &heartbeat.strategy);
    reader.readInt(QStringLiteral("interval_ms"), &heartbeat.intervalMs, 1, maxTimeoutMs);
    reader.readInt(QStringLiteral("timeout_ms"), &heartbeat.timeoutMs, 1, maxTimeoutMs);
    reader.readInt(QStringLiteral("max_missed"), &heartbeat.maxMissed, 1, 1000);
    reader.readBool(QStringLiteral("adaptive"), &heartbeat.adaptive);
    reader.readInt(QStringLiteral("min_interval_ms"), &heartbeat.minIntervalMs, 1, maxTimeoutMs);
    reader.readInt(QStringLiteral("max_interval_ms"), &heartbeat.maxIntervalMs, 1, maxTimeoutMs);
    reader.reportUnknownKeys();
    return heartbeat;
}

QList<ConfigIssue> HeartbeatConfig::validate(const QString &prefix) const
{
    QList<ConfigIssue> issues;
    const auto path = [&prefix](const char *key) {
        return prefix + QLatin1Char('.') + QLatin1String(key);
    };
    const auto positive = [&](const char *key, int value) {
        if (value <= 0)
            issues.append(
                { ConfigIssue::Severity::Error, path(key), tr("must be greater than 0") });
    };
    positive("interval_ms", intervalMs);
    positive("timeout_ms", timeoutMs);
    positive("max_missed", maxMissed);
    positive("min_interval_ms", minIntervalMs);
    positive("max_interval_ms", maxIntervalMs);
    if (minIntervalMs > maxIntervalMs)
        issues.append({ ConfigIssue::Severity::Error, path("min_interval_ms"),
                        tr("must not be greater than %1").arg(path("max_interval_ms")) });
    return issues;
}

} // namespace maxmon
