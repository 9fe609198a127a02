#include "configreading.h"

#include <maxmon/jsonobjectreader.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace maxmon::monitor::configreading {

void rejectUnknownKeys(JsonObjectReader &reader, QList<ConfigIssue> *issues)
{
    const qsizetype before = issues->size();
    reader.reportUnknownKeys();
    for (qsizetype i = before; i < issues->size(); ++i) {
        ConfigIssue &issue = (*issues)[i];
        issue.severity = ConfigIssue::Severity::Error;
        issue.message = ConfigReading::tr("unknown key (is it misspelled?)");
    }
}

std::optional<QJsonObject> readObjectFile(const QString &file, const QString &path,
                                          QList<ConfigIssue> *issues)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        issues->append({ ConfigIssue::Severity::Error, path,
                         ConfigReading::tr("cannot read %1: %2").arg(file, input.errorString()) });
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        issues->append({ ConfigIssue::Severity::Error, path,
                         ConfigReading::tr("%1 is not valid JSON: %2 at offset %3")
                             .arg(file, parseError.errorString())
                             .arg(parseError.offset) });
        return std::nullopt;
    }
    if (!document.isObject()) {
        issues->append({ ConfigIssue::Severity::Error, path,
                         ConfigReading::tr("%1 must hold a JSON object").arg(file) });
        return std::nullopt;
    }
    return document.object();
}

std::optional<Profile> readProfile(const QJsonValue &value, const QString &baseDir,
                                   const QString &path, QList<ConfigIssue> *issues)
{
    Profile profile { {}, path };
    QJsonObject object;
    if (value.isString()) {
        const QString file = QDir(baseDir).absoluteFilePath(value.toString());
        const std::optional<QJsonObject> read = readObjectFile(file, path, issues);
        if (!read)
            return std::nullopt;
        object = *read;
        profile.source = QStringLiteral("%1 (%2)").arg(path, file);
    } else if (value.isObject()) {
        object = value.toObject();
    } else {
        issues->append({ ConfigIssue::Severity::Error, path,
                         ConfigReading::tr("must be a profile file name or a profile object") });
        return std::nullopt;
    }
    // A profile for a fleet has no URL of its own: each target gives one.
    const bool hasUrl = object.contains(QLatin1String("url"));
    if (!hasUrl)
        object.insert(QStringLiteral("url"), QStringLiteral("ws://url.invalid/"));
    QList<ConfigIssue> own;
    profile.connection = ConnectionConfig::fromJson(object, &own);
    if (!hasUrl)
        profile.connection.url.clear();
    for (ConfigIssue issue : std::as_const(own)) {
        issue.path =
            issue.path.isEmpty() ? profile.source : profile.source + QLatin1Char('.') + issue.path;
        issues->append(issue);
    }
    return profile;
}

void validateConnection(const ConnectionConfig &connection, const QString &source,
                        const QString &urlPath, QList<ConfigIssue> *issues)
{
    const QList<ConfigIssue> found = connection.validate();
    for (ConfigIssue issue : found) {
        if (issue.path == QLatin1String("url"))
            issue.path = urlPath;
        else
            issue.path = issue.path.isEmpty() ? source : source + QLatin1Char('.') + issue.path;
        const bool known = std::any_of(issues->cbegin(), issues->cend(), [&](const auto &other) {
            return other.path == issue.path && other.message == issue.message;
        });
        if (!known)
            issues->append(issue);
    }
}

} // namespace maxmon::monitor::configreading
