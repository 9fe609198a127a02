#include "config/configjson.h"

#include <maxmon/authconfig.h>
#include <maxmon/jsonobjectreader.h>

namespace maxmon {

namespace {

const configjson::EnumNames<AuthConfig::Mode, 4> authModes = {
    { AuthConfig::Mode::None, "none" },
    { AuthConfig::Mode::BearerHeader, "bearer" },
    { AuthConfig::Mode::QueryParameter, "query" },
    { AuthConfig::Mode::PhoenixSubprotocol, "phoenix" },
};

} // namespace

QString AuthConfig::modeName(Mode mode)
{
    return configjson::enumName(mode, authModes);
}

QJsonObject AuthConfig::toJson() const
{
    QJsonObject json { { QLatin1String("mode"), modeName(mode) },
                       { QLatin1String("query_parameter"), queryParameter } };
    if (tokenSource.isSet())
        json.insert(QLatin1String("token"), tokenSource.toJson());
    return json;
}

AuthConfig AuthConfig::fromJson(JsonObjectReader &reader)
{
    AuthConfig auth;
    configjson::readEnum(reader, QStringLiteral("mode"), authModes, &auth.mode);
    reader.readString(QStringLiteral("query_parameter"), &auth.queryParameter);
    configjson::readSecret(reader, QStringLiteral("token"), &auth.tokenSource);
    reader.reportUnknownKeys();
    return auth;
}

QList<ConfigIssue> AuthConfig::validate(const QString &prefix) const
{
    QList<ConfigIssue> issues;
    if (mode == Mode::QueryParameter && queryParameter.isEmpty())
        issues.append({ ConfigIssue::Severity::Error, prefix + QLatin1String(".query_parameter"),
                        tr("must not be empty") });
    return issues;
}

} // namespace maxmon
