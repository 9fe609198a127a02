#include "config/configjson.h"

#include <maxmon/jsonobjectreader.h>
#include <maxmon/phoenix/serializer.h>
#include <maxmon/phoenixconfig.h>
#include <maxmon/redaction.h>

#include <QLocale>

namespace maxmon {

namespace {

QString queryValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

} // namespace

QList<QPair<QString, QString>> PhoenixConfig::queryParams() const
{
    QList<QPair<QString, QString>> items;
    items.reserve(params.size());
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        items.append({ it.key(), queryValue(it.value()) });
    return items;
}

QJsonObject PhoenixConfig::toJson() const
{
    return { { QLatin1String("vsn"), vsn },
             { QLatin1String("params"), params },
             { QLatin1String("heartbeat_interval_ms"), heartbeatIntervalMs },
             { QLatin1String("timeout_ms"), timeoutMs } };
}

PhoenixConfig PhoenixConfig::fromJson(JsonObjectReader &reader)
{
    using configjson::maxTimeoutMs;
    PhoenixConfig config;
    reader.readString(QStringLiteral("vsn"), &config.vsn);
    const QJsonValue params = reader.value(QStringLiteral("params"));
    if (params.isObject())
        config.params = params.toObject();
    else if (!params.isUndefined())
        reader.addError(QStringLiteral("params"),
                        tr("must be a JSON object, such as {\"user_id\": 7}"));
    reader.readInt(QStringLiteral("heartbeat_interval_ms"), &config.heartbeatIntervalMs, 0,
                   maxTimeoutMs);
    reader.readInt(QStringLiteral("timeout_ms"), &config.timeoutMs, 1, maxTimeoutMs);
    reader.reportUnknownKeys();
    return config;
}

QList<ConfigIssue> PhoenixConfig::validate(const QString &prefix) const
{
    QList<ConfigIssue> issues;
    const auto path = [&prefix](const QString &key) {
        return prefix + QLatin1Char('.') + key;
    };
    if (!vsn.isEmpty() && !phoenix::Serializer::versionFromString(vsn))
        issues.append({ ConfigIssue::Severity::Error, path(QStringLiteral("vsn")),
                        tr("\"%1\" is not a protocol version: use 2.0.0 or 1.0.0 (or nothing, "
                           "for the URL's vsn)")
                            .arg(vsn) });
    // one field in the editor: the parameter's name goes into the message
    const QString paramsPath = path(QStringLiteral("params"));
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.key().isEmpty())
            issues.append(
                { ConfigIssue::Severity::Error, paramsPath, tr("a parameter needs a name") });
        const QJsonValue value = it.value();
        if (!value.isString() && !value.isDouble() && !value.isBool())
            issues.append({ ConfigIssue::Severity::Error, paramsPath,
                            tr("\"%1\" must be a string, a number or true/false: socket params "
                               "go into the URL's query")
                                .arg(it.key()) });
        else if (redaction::isSensitiveQueryKey(it.key()))
            issues.append({ ConfigIssue::Severity::Warning, paramsPath,
                            tr("\"%1\" holds a credential in plain text: prefer authentication "
                               "mode \"Phoenix subprotocol\" with a token source, which is never "
                               "stored")
                                .arg(it.key()) });
    }
    if (heartbeatIntervalMs < 0)
        issues.append({ ConfigIssue::Severity::Error, path(QStringLiteral("heartbeat_interval_ms")),
                        tr("must be 0 (no heartbeat) or more") });
    if (timeoutMs <= 0)
        issues.append({ ConfigIssue::Severity::Error, path(QStringLiteral("timeout_ms")),
                        tr("must be greater than 0") });
    return issues;
}

} // namespace maxmon
