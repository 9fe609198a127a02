#include "monitorconfig.h"

#include "configreading.h"

#include <maxmon/jsonobjectreader.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace maxmon::monitor {

namespace {

constexpr int maxProbeCount = 1000;
constexpr int maxProbeMs = 60000;

// A secret of the listener: read synchronously when the config is applied,
// so only the sources that need no process or keychain.
void readListenerSecret(JsonObjectReader &reader, const QString &key, SecretRef *out)
{
    if (!reader.has(key))
        return;
    QString why;
    if (!SecretRef::fromJson(reader.value(key), out, &why)) {
        reader.addError(key, why);
    } else if (out->source != SecretRef::Source::Env && out->source != SecretRef::Source::File) {
        reader.addError(key,
                        MonitorConfig::tr("only {\"env\": ...} or {\"file\": ...} here: the "
                                          "listener reads it at every start and reload"));
        *out = SecretRef();
    }
}

QString absoluteFile(const QString &baseDir, const QString &file)
{
    return file.isEmpty() ? file : QDir(baseDir).absoluteFilePath(file);
}

ListenerConfig readListener(JsonObjectReader &root, const QString &baseDir,
                            QList<ConfigIssue> *issues)
{
    ListenerConfig listener;
    QString listen;
    root.readString(QStringLiteral("listen"), &listen);
    QString why;
    if (!listen.isEmpty()
        && !ListenerConfig::parseAddress(listen, &listener.address, &listener.port, &why))
        root.addError(QStringLiteral("listen"), why);

    if (root.has(QStringLiteral("basic_auth"))) {
        JsonObjectReader auth(root.readObject(QStringLiteral("basic_auth")),
                              QStringLiteral("basic_auth"), issues);
        auth.readString(QStringLiteral("username"), &listener.basicAuthUser);
        readListenerSecret(auth, QStringLiteral("password"), &listener.basicAuthPassword);
        if (listener.basicAuthUser.isEmpty() || listener.basicAuthUser.contains(QLatin1Char(':')))
            auth.addError(QStringLiteral("username"),
                          MonitorConfig::tr("is needed, and may not hold a colon"));
        if (!auth.has(QStringLiteral("password")))
            auth.addError(QStringLiteral("password"),
                          MonitorConfig::tr("is needed: {\"env\": VAR} or {\"file\": PATH}"));
        configreading::rejectUnknownKeys(auth, issues);
    }
    if (root.has(QStringLiteral("tls"))) {
        JsonObjectReader tls(root.readObject(QStringLiteral("tls")), QStringLiteral("tls"), issues);
        tls.readString(QStringLiteral("cert_file"), &listener.tlsCertFile);
        tls.readString(QStringLiteral("key_file"), &listener.tlsKeyFile);
        tls.readString(QStringLiteral("client_ca_file"), &listener.tlsClientCaFile);
        readListenerSecret(tls, QStringLiteral("key_passphrase"), &listener.tlsKeyPassphrase);
        if (listener.tlsCertFile.isEmpty() || listener.tlsKeyFile.isEmpty())
            tls.addError(QStringLiteral("cert_file"),
                         MonitorConfig::tr("TLS needs both cert_file and key_file"));
        listener.tlsCertFile = absoluteFile(baseDir, listener.tlsCertFile);
        listener.tlsKeyFile = absoluteFile(baseDir, listener.tlsKeyFile);
        listener.tlsClientCaFile = absoluteFile(baseDir, listener.tlsClientCaFile);
        configreading::rejectUnknownKeys(tls, issues);
    }
    if (!listener.basicAuthUser.isEmpty() && !listener.tlsEnabled()
        && !listener.address.isLoopback())
        root.addWarning(QStringLiteral("basic_auth"),
                        MonitorConfig::tr("the password crosses the network in clear text: "
                                          "configure \"tls\" as well"));
    return listener;
}

ProbeModule readProbeModule(const QJsonValue &value, const QString &baseDir, const QString &path,
                            QList<ConfigIssue> *issues)
{
    ProbeModule module;
    if (!value.isObject()) {
        issues->append(
            { ConfigIssue::Severity::Error, path, MonitorConfig::tr("must be an object") });
        return module;
    }
    JsonObjectReader reader(value.toObject(), path, issues);
    if (reader.has(QStringLiteral("profile"))) {
        const std::optional<configreading::Profile> profile =
            configreading::readProfile(reader.value(QStringLiteral("profile")), baseDir,
                                       reader.pathOf(QStringLiteral("profile")), issues);
        if (profile)
            module.connection = profile->connection;
    }
    reader.readInt(QStringLiteral("count"), &module.count, 1, maxProbeCount);
    reader.readInt(QStringLiteral("interval_ms"), &module.intervalMs, 1, maxProbeMs);
    reader.readInt(QStringLiteral("timeout_ms"), &module.timeoutMs, 1, maxProbeMs);
    configreading::rejectUnknownKeys(reader, issues);
    return module;
}

QMap<QString, ProbeModule> readProbeModules(JsonObjectReader &root, const QString &baseDir,
                                            QList<ConfigIssue> *issues)
{
    QMap<QString, ProbeModule> modules { { QStringLiteral("default"), ProbeModule() } };
    const QJsonObject object = root.readObject(QStringLiteral("probe_modules"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = QStringLiteral("probe_modules.%1").arg(it.key());
        if (it.key().isEmpty())
            issues->append(
                { ConfigIssue::Severity::Error, path, MonitorConfig::tr("a module needs a name") });
        modules.insert(it.key(), readProbeModule(it.value(), baseDir, path, issues));
    }
    return modules;
}

QList<TargetConfig> readTargets(JsonObjectReader &root, const QString &baseDir,
                                QList<ConfigIssue> *issues)
{
    TargetConfig defaults;
    if (root.has(QStringLiteral("defaults")))
        defaults = TargetConfig::fromJson(root.readObject(QStringLiteral("defaults")), {}, baseDir,
                                          QStringLiteral("defaults"), issues);
    const QJsonValue value = root.value(QStringLiteral("targets"));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        root.addError(QStringLiteral("targets"), MonitorConfig::tr("must be a list of targets"));
        return {};
    }
    QList<TargetConfig> targets;
    QHash<QString, qsizetype> indexByName;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("targets[%1]").arg(i);
        if (!array.at(i).isObject()) {
            issues->append({ ConfigIssue::Severity::Error, path,
                             MonitorConfig::tr("must be an object with \"name\" and \"url\" or "
                                               "\"profile\"") });
            continue;
        }
        const TargetConfig target =
            TargetConfig::fromJson(array.at(i).toObject(), defaults, baseDir, path, issues);
        if (target.name.isEmpty())
            continue;
        if (const auto earlier = indexByName.constFind(target.name);
            earlier != indexByName.constEnd()) {
            issues->append({ ConfigIssue::Severity::Error, path + QLatin1String(".name"),
                             MonitorConfig::tr("\"%1\" is already the name of targets[%2]: "
                                               "names must be unique")
                                 .arg(target.name)
                                 .arg(*earlier) });
            continue;
        }
        indexByName.insert(target.name, i);
        targets.append(target);
    }
    return targets;
}

} // namespace

QString ListenerConfig::baseUrl(quint16 actualPort) const
{
    QString host = address.toString();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        host = QStringLiteral("0.0.0.0");
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(actualPort);
}

bool ListenerConfig::parseAddress(const QString &text, QHostAddress *address, quint16 *port,
                                  QString *why)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        *why = MonitorConfig::tr("\"%1\" is not ADDRESS:PORT (e.g. 127.0.0.1:9464, [::1]:9464, "
                                 ":9464 for every address)")
                   .arg(text);
        return false;
    }
    QString host = text.left(colon);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535) {
        *why = MonitorConfig::tr("the port in \"%1\" must be a number from 0 to 65535").arg(text);
        return false;
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress parsed =
        host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    if (parsed.isNull()) {
        *why = MonitorConfig::tr("\"%1\" is not an IP address").arg(host);
        return false;
    }
    *address = parsed;
    *port = static_cast<quint16>(number);
    return true;
}

MonitorConfig MonitorConfig::fromJson(const QJsonObject &json, const QString &baseDir,
                                      QList<ConfigIssue> *issues)
{
    MonitorConfig config;
    JsonObjectReader root(json, QString(), issues);
    config.listener = readListener(root, baseDir, issues);
    config.targets = readTargets(root, baseDir, issues);
    config.probeModules = readProbeModules(root, baseDir, issues);
    configreading::rejectUnknownKeys(root, issues);
    return config;
}

MonitorConfig MonitorConfig::fromFile(const QString &file, QList<ConfigIssue> *issues)
{
    const std::optional<QJsonObject> json = configreading::readObjectFile(file, QString(), issues);
    if (!json)
        return {};
    return fromJson(*json, QFileInfo(file).absolutePath(), issues);
}

} // namespace maxmon::monitor
