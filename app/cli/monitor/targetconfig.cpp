#include "targetconfig.h"

#include "configreading.h"

#include <maxmon/jsonobjectreader.h>

#include <QDir>
#include <QJsonArray>

#include <algorithm>

namespace maxmon::monitor {

namespace {

constexpr int maxNameLength = 200;
constexpr int maxIntervalMs = 24 * 3600 * 1000;

void readLabels(JsonObjectReader &reader, Labels *labels, QList<ConfigIssue> *issues)
{
    const QJsonObject object = reader.readObject(QStringLiteral("labels"));
    if (!reader.has(QStringLiteral("labels")))
        return;
    const QString path = reader.pathOf(QStringLiteral("labels"));
    Labels read = *labels;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        if (!MetricFamily::isValidLabelName(it.key()) || it.key().startsWith(QLatin1String("__")))
            issues->append({ ConfigIssue::Severity::Error, where,
                             TargetConfig::tr("is not a label name: letters, digits and _, not "
                                              "starting with a digit or __") });
        else if (TargetConfig::isReservedLabel(it.key()))
            issues->append({ ConfigIssue::Severity::Error, where,
                             TargetConfig::tr("is a label the monitor or Prometheus sets itself; "
                                              "choose another name") });
        else if (!it.value().isString())
            issues->append(
                { ConfigIssue::Severity::Error, where, TargetConfig::tr("must be a string") });
        else {
            read.erase(std::remove_if(read.begin(), read.end(),
                                      [&](const auto &label) { return label.first == it.key(); }),
                       read.end());
            read.append({ it.key(), it.value().toString() });
        }
    }
    std::sort(read.begin(), read.end());
    *labels = read;
}

TopicConfig readTopic(const QJsonValue &value, const QString &path, QList<ConfigIssue> *issues)
{
    TopicConfig topic;
    if (value.isString()) {
        topic.topic = value.toString();
    } else if (value.isObject()) {
        JsonObjectReader reader(value.toObject(), path, issues);
        reader.readString(QStringLiteral("topic"), &topic.topic);
        topic.params = reader.readObject(QStringLiteral("params"));
        JsonObjectReader push(reader.readObject(QStringLiteral("push")),
                              reader.pathOf(QStringLiteral("push")), issues);
        if (reader.has(QStringLiteral("push"))) {
            push.readString(QStringLiteral("event"), &topic.pushEvent);
            if (push.has(QStringLiteral("payload")))
                topic.pushPayload = push.value(QStringLiteral("payload"));
            topic.pushIntervalMs = 10000;
            push.readInt(QStringLiteral("interval_ms"), &topic.pushIntervalMs, 100, maxIntervalMs);
            if (topic.pushEvent.isEmpty() || topic.pushEvent.startsWith(QLatin1String("phx_")))
                push.addError(QStringLiteral("event"),
                              TargetConfig::tr("an event name is needed, not one of the "
                                               "protocol's own (phx_...)"));
            configreading::rejectUnknownKeys(push, issues);
        }
        configreading::rejectUnknownKeys(reader, issues);
    } else {
        issues->append({ ConfigIssue::Severity::Error, path,
                         TargetConfig::tr("must be a topic name or an object with \"topic\"") });
        return topic;
    }
    if (topic.topic.isEmpty())
        issues->append(
            { ConfigIssue::Severity::Error, path, TargetConfig::tr("the topic name is empty") });
    return topic;
}

void readTopics(JsonObjectReader &reader, QList<TopicConfig> *topics, QList<ConfigIssue> *issues)
{
    const QJsonValue value = reader.value(QStringLiteral("topics"));
    if (value.isUndefined())
        return;
    const QString path = reader.pathOf(QStringLiteral("topics"));
    if (!value.isArray()) {
        issues->append(
            { ConfigIssue::Severity::Error, path, TargetConfig::tr("must be a list of topics") });
        return;
    }
    QList<TopicConfig> read;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(path).arg(i);
        const TopicConfig topic = readTopic(array.at(i), where, issues);
        if (std::any_of(read.cbegin(), read.cend(),
                        [&topic](const TopicConfig &t) { return t.topic == topic.topic; }))
            issues->append({ ConfigIssue::Severity::Error, where,
                             TargetConfig::tr("\"%1\" is listed twice").arg(topic.topic) });
        read.append(topic);
    }
    *topics = read;
}

void checkName(JsonObjectReader &reader, const QString &name)
{
    if (name.isEmpty())
        reader.addError(QStringLiteral("name"), TargetConfig::tr("is missing or empty"));
    else if (name.size() > maxNameLength)
        reader.addError(QStringLiteral("name"),
                        TargetConfig::tr("is longer than %1 characters").arg(maxNameLength));
    else if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        reader.addError(QStringLiteral("name"),
                        TargetConfig::tr("must not hold control characters"));
}

} // namespace

Labels TargetConfig::metricLabels() const
{
    Labels all { { QStringLiteral("target"), name } };
    all.append(labels);
    return all;
}

bool TargetConfig::isReservedLabel(const QString &name)
{
    static const QStringList reserved {
        QStringLiteral("target"),  QStringLiteral("job"),      QStringLiteral("instance"),
        QStringLiteral("le"),      QStringLiteral("quantile"), QStringLiteral("state"),
        QStringLiteral("reason"),  QStringLiteral("topic"),    QStringLiteral("event"),
        QStringLiteral("status"),  QStringLiteral("url"),      QStringLiteral("protocol"),
        QStringLiteral("version"), QStringLiteral("cipher"),
    };
    return reserved.contains(name);
}

TargetConfig TargetConfig::fromJson(const QJsonObject &json, const TargetConfig &defaults,
                                    const QString &baseDir, const QString &path,
                                    QList<ConfigIssue> *issues)
{
    const bool isDefaults = path == QLatin1String("defaults");
    TargetConfig target = defaults;
    JsonObjectReader reader(json, path, issues);
    if (!isDefaults) {
        target.name.clear();
        reader.readString(QStringLiteral("name"), &target.name);
        checkName(reader, target.name);
    }
    bool profileUnread = false; // already reported: no need to say that the URL is missing
    if (reader.has(QStringLiteral("profile"))) {
        const std::optional<configreading::Profile> profile =
            configreading::readProfile(reader.value(QStringLiteral("profile")), baseDir,
                                       reader.pathOf(QStringLiteral("profile")), issues);
        if (profile) {
            target.connection = profile->connection;
            target.profileSource = profile->source;
        }
        profileUnread = !profile;
    }
    QString urlPath = target.profileSource + QLatin1String(".url");
    if (reader.has(QStringLiteral("url"))) {
        QString url;
        reader.readString(QStringLiteral("url"), &url);
        urlPath = reader.pathOf(QStringLiteral("url"));
        issues->append(validateWebSocketUrl(url, urlPath));
        target.connection.url = QUrl(url.trimmed(), QUrl::StrictMode);
    }

    QString protocol;
    reader.readString(QStringLiteral("protocol"), &protocol);
    if (protocol == QLatin1String("phoenix"))
        target.connection.protocol = ConnectionConfig::Protocol::Phoenix;
    else if (protocol == QLatin1String("websocket"))
        target.connection.protocol = ConnectionConfig::Protocol::WebSocket;
    else if (!protocol.isEmpty())
        reader.addError(QStringLiteral("protocol"), tr("must be \"websocket\" or \"phoenix\""));

    readLabels(reader, &target.labels, issues);
    const bool ownTopics = reader.has(QStringLiteral("topics"));
    readTopics(reader, &target.topics, issues);
    if (ownTopics && !target.topics.isEmpty()) {
        if (protocol.isEmpty())
            target.connection.protocol = ConnectionConfig::Protocol::Phoenix;
        else if (target.connection.protocol != ConnectionConfig::Protocol::Phoenix)
            reader.addError(QStringLiteral("topics"),
                            tr("only Phoenix targets join topics, and \"protocol\" is "
                               "\"websocket\""));
    }
    configreading::rejectUnknownKeys(reader, issues);
    if (isDefaults)
        return target;

    if (target.connection.url.isEmpty() && !profileUnread)
        reader.addError(QStringLiteral("url"),
                        tr("a target needs a URL: \"url\", or a \"profile\" with one (its own "
                           "or in \"defaults\")"));
    else if (!target.connection.url.isEmpty())
        configreading::validateConnection(
            target.connection, target.profileSource.isEmpty() ? path : target.profileSource,
            urlPath, issues);
    return target;
}

} // namespace maxmon::monitor
