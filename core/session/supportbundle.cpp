#include "maxmonversion.h"

#include <maxmon/logexporter.h>
#include <maxmon/messagerecord.h>
#include <maxmon/redaction.h>
#include <maxmon/supportbundle.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslSocket>
#include <QSysInfo>

namespace maxmon {

namespace {

// Every string value, at any depth, with the secrets masked.
QJsonValue maskStrings(const QJsonValue &value, const QStringList &secrets)
{
    if (value.isString())
        return redaction::text(value.toString(), secrets);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(maskStrings(item, secrets));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = maskStrings(it.value(), secrets);
        return object;
    }
    return value;
}

QJsonObject profileJson(const ConnectionConfig &config)
{
    QJsonObject json = config.toJson();
    json.insert(QLatin1String("url"), redaction::url(config.url, { config.auth.queryParameter }));
    QJsonArray headers;
    for (const HttpHeader &header : config.headers)
        headers.append(QJsonObject {
            { QLatin1String("name"), header.name },
            { QLatin1String("value"), redaction::headerValue(header.name, header.value) } });
    json.insert(QLatin1String("headers"), headers);
    return json;
}

} // namespace

QJsonObject SupportBundle::redactedProfile(const ConnectionConfig &config,
                                           const QStringList &secrets)
{
    return maskStrings(profileJson(config), secrets).toObject();
}

void SupportBundle::setMessages(const QList<Message> &messages, qint64 totalSeen)
{
    m_messages = messages;
    m_totalSeen = totalSeen;
}

QJsonObject SupportBundle::environment()
{
    return QJsonObject {
        { QLatin1String("app"),
          QJsonObject { { QLatin1String("name"), QStringLiteral("maxmon") },
                        { QLatin1String("version"), QStringLiteral(MAXMON_VERSION) } } },
        { QLatin1String("qt"),
          QJsonObject { { QLatin1String("runtime"), QString::fromLatin1(qVersion()) },
                        { QLatin1String("build"), QStringLiteral(QT_VERSION_STR) } } },
        { QLatin1String("openssl"),
          QJsonObject { { QLatin1String("runtime"), QSslSocket::sslLibraryVersionString() },
                        { QLatin1String("build"), QSslSocket::sslLibraryBuildVersionString() },
                        { QLatin1String("supported"), QSslSocket::supportsSsl() },
                        { QLatin1String("backend"), QSslSocket::activeBackend() } } },
        { QLatin1String("os"),
          QJsonObject { { QLatin1String("product"), QSysInfo::prettyProductName() },
                        { QLatin1String("kernel"),
                          QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion() },
                        { QLatin1String("cpu"), QSysInfo::currentCpuArchitecture() },
                        { QLatin1String("abi"), QSysInfo::buildAbi() } } },
    };
}

QJsonObject SupportBundle::toJson() const
{
    LogExporter exporter;
    exporter.setSecrets(m_secrets);
    exporter.addSecretsOf(m_config);
    const QStringList secrets = exporter.secrets();

    QJsonObject bundle = environment();
    bundle.insert(QLatin1String("format"), QStringLiteral("maxmon-support-bundle"));
    bundle.insert(QLatin1String("format_version"), FormatVersion);
    bundle.insert(QLatin1String("created"), MessageRecord::formatTime(Message::nowUs()));
    bundle.insert(QLatin1String("profile"), profileJson(m_config));
    bundle.insert(QLatin1String("diagnostics"), m_diagnostics.toJson());

    QJsonArray earlier;
    for (const LatencyStats::Summary &summary : m_diagnostics.heartbeat.history)
        earlier.append(summary.toJson());
    bundle.insert(
        QLatin1String("latency"),
        QJsonObject { { QLatin1String("current"), m_diagnostics.heartbeat.stats.toJson() },
                      { QLatin1String("health"), m_diagnostics.heartbeat.health.toJson() },
                      { QLatin1String("earlier_connections"), earlier } });
    bundle = maskStrings(bundle, secrets).toObject();

    const qsizetype first = std::max<qsizetype>(0, m_messages.size() - m_maxMessages);
    QJsonArray records;
    for (qsizetype i = first; i < m_messages.size(); ++i) {
        if (!m_messages.at(i).isNull())
            records.append(MessageRecord::toJson(exporter.redact(m_messages.at(i))));
    }
    const qint64 total = std::max<qint64>(m_totalSeen, m_messages.size());
    bundle.insert(QLatin1String("log"),
                  QJsonObject { { QLatin1String("total_seen"), total },
                                { QLatin1String("included"), records.size() },
                                { QLatin1String("left_out"), total - records.size() },
                                { QLatin1String("records"), records } });
    return bundle;
}

QByteArray SupportBundle::toBytes() const
{
    QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    // as MessageRecord::encode() does: Qt 6.4's reader would drop a U+FEFF
    // that starts a string, so it is written escaped
    return bytes.replace("\xEF\xBB\xBF", "\\ufeff");
}

Result<void> SupportBundle::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(
            Error(Error::Code::FileError, tr("Cannot create %1.").arg(path), file.errorString()));
    }
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return failure(
            Error(Error::Code::FileError, tr("Cannot write %1.").arg(path), file.errorString()));
    }
    return {};
}

} // namespace maxmon
