#include "config/configjson.h"

#include <maxmon/jsonobjectreader.h>
#include <maxmon/proxyconfig.h>

namespace maxmon {

namespace {

const configjson::EnumNames<ProxyConfig::Mode, 4> proxyModes = {
    { ProxyConfig::Mode::System, "system" },
    { ProxyConfig::Mode::None, "none" },
    { ProxyConfig::Mode::Http, "http" },
    { ProxyConfig::Mode::Socks5, "socks5" },
};

} // namespace

QString ProxyConfig::modeName(Mode mode)
{
    return configjson::enumName(mode, proxyModes);
}

QJsonObject ProxyConfig::toJson() const
{
    QJsonObject json { { QLatin1String("mode"), modeName(mode) },
                       { QLatin1String("host"), host },
                       { QLatin1String("port"), port },
                       { QLatin1String("user"), user } };
    if (password.isSet())
        json.insert(QLatin1String("password"), password.toJson());
    return json;
}

ProxyConfig ProxyConfig::fromJson(JsonObjectReader &reader)
{
    ProxyConfig proxy;
    configjson::readEnum(reader, QStringLiteral("mode"), proxyModes, &proxy.mode);
    reader.readString(QStringLiteral("host"), &proxy.host);
    reader.readInt(QStringLiteral("port"), &proxy.port, 0, 65535);
    reader.readString(QStringLiteral("user"), &proxy.user);
    configjson::readSecret(reader, QStringLiteral("password"), &proxy.password);
    reader.reportUnknownKeys();
    return proxy;
}

QList<ConfigIssue> ProxyConfig::validate(const QString &prefix) const
{
    QList<ConfigIssue> issues;
    const bool explicitProxy = mode == Mode::Http || mode == Mode::Socks5;
    if (explicitProxy && host.isEmpty())
        issues.append({ ConfigIssue::Severity::Error, prefix + QLatin1String(".host"),
                        tr("is needed for an http or socks5 proxy") });
    if (explicitProxy && (port < 1 || port > 65535))
        issues.append({ ConfigIssue::Severity::Error, prefix + QLatin1String(".port"),
                        tr("must be a number from 1 to 65535") });
    return issues;
}

} // namespace maxmon
