#include "config/configjson.h"

#include <maxmon/jsonobjectreader.h>
#include <maxmon/reconnectconfig.h>

#include <QJsonArray>

#include <cmath>

namespace maxmon {

namespace {

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

void readIntList(JsonObjectReader &reader, const QString &key, QList<int> *out, qint64 min,
                 qint64 max)
{
    const QJsonValue value = reader.value(key);
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        reader.addError(key, ReconnectConfig::tr("must be a list of whole numbers"));
        return;
    }
    QList<int> list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const double number = array.at(i).toDouble(-1);
        if (!array.at(i).isDouble() || number != std::floor(number) || number < double(min)
            || number > double(max)) {
            reader.addError(
                QStringLiteral("%1[%2]").arg(key).arg(i),
                ReconnectConfig::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return;
        }
        list.append(static_cast<int>(number));
    }
    *out = list;
}

} // namespace

QJsonObject ReconnectConfig::toJson() const
{
    return { { QLatin1String("enabled"), enabled },
             { QLatin1String("initial_delay_ms"), initialDelayMs },
             { QLatin1String("max_delay_ms"), maxDelayMs },
             { QLatin1String("multiplier"), multiplier },
             { QLatin1String("jitter"), jitter },
             { QLatin1String("max_attempts"), maxAttempts },
             { QLatin1String("reset_after_ms"), resetAfterMs },
             { QLatin1String("schedule_ms"), intArray(scheduleMs) } };
}

ReconnectConfig ReconnectConfig::fromJson(JsonObjectReader &reader)
{
    using configjson::maxTimeoutMs;
    ReconnectConfig reconnect;
    reader.readBool(QStringLiteral("enabled"), &reconnect.enabled);
    reader.readInt(QStringLiteral("initial_delay_ms"), &reconnect.initialDelayMs, 1, maxTimeoutMs);
    reader.readInt(QStringLiteral("max_delay_ms"), &reconnect.maxDelayMs, 1, maxTimeoutMs);
    reader.readDouble(QStringLiteral("multiplier"), &reconnect.multiplier, 1.0, 100.0);
    reader.readDouble(QStringLiteral("jitter"), &reconnect.jitter, 0.0, 1.0);
    reader.readInt(QStringLiteral("max_attempts"), &reconnect.maxAttempts, 0, 1000000);
    reader.readInt(QStringLiteral("reset_after_ms"), &reconnect.resetAfterMs, 0, maxTimeoutMs);
    readIntList(reader, QStringLiteral("schedule_ms"), &reconnect.scheduleMs, 1, maxTimeoutMs);
    reader.reportUnknownKeys();
    return reconnect;
}

QList<ConfigIssue> ReconnectConfig::validate(const QString &prefix) const
{
    QList<ConfigIssue> issues;
    const auto path = [&prefix](const QString &key) {
        return prefix + QLatin1Char('.') + key;
    };
    const auto add = [&](const QString &key, const QString &message) {
        issues.append({ ConfigIssue::Severity::Error, path(key), message });
    };
    if (initialDelayMs <= 0)
        add(QStringLiteral("initial_delay_ms"), tr("must be greater than 0"));
    if (maxDelayMs <= 0)
        add(QStringLiteral("max_delay_ms"), tr("must be greater than 0"));
    if (initialDelayMs > maxDelayMs)
        add(QStringLiteral("initial_delay_ms"),
            tr("must not be greater than %1").arg(path(QStringLiteral("max_delay_ms"))));
    if (multiplier < 1.0)
        add(QStringLiteral("multiplier"), tr("must be at least 1"));
    if (jitter < 0.0 || jitter > 1.0)
        add(QStringLiteral("jitter"), tr("must be between 0 and 1"));
    if (maxAttempts < 0)
        add(QStringLiteral("max_attempts"), tr("must be 0 (unlimited) or more"));
    if (resetAfterMs < 0)
        add(QStringLiteral("reset_after_ms"), tr("must be 0 or more"));
    for (qsizetype i = 0; i < scheduleMs.size(); ++i) {
        if (scheduleMs.at(i) <= 0)
            add(QStringLiteral("schedule_ms[%1]").arg(i), tr("must be greater than 0"));
    }
    return issues;
}

} // namespace maxmon
