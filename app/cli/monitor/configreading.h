#pragma once

#include <maxmon/configissue.h>
#include <maxmon/connectionconfig.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace maxmon {
class JsonObjectReader;
}

namespace maxmon::monitor {

// The translation context of the helpers below.
class ConfigReading
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::monitor::ConfigReading)
};

// What the monitor's config reading shares between its sections.
namespace configreading {

// Reports every key the reader was not asked for as an error: in the
// monitor's config a misspelled key ("lables") must stop a start or a
// reload, not pass as a warning. issues: the reader's list.
void rejectUnknownKeys(JsonObjectReader &reader, QList<ConfigIssue> *issues);

// The JSON object in a file; nullopt, with an error at path, when it cannot
// be read, is not JSON or not an object.
std::optional<QJsonObject> readObjectFile(const QString &file, const QString &path,
                                          QList<ConfigIssue> *issues);

// A connection profile the monitor reads: a file name (relative to baseDir)
// or an inline object. The URL may be missing (a target's "url" gives it);
// connection.url is then empty. Issues carry path (and the file's name)
// before the profile's own field paths.
struct Profile
{
    ConnectionConfig connection;
    QString source; // "targets[1].profile (/etc/maxmon/eu.json)": the prefix of its issues
};
std::optional<Profile> readProfile(const QJsonValue &value, const QString &baseDir,
                                   const QString &path, QList<ConfigIssue> *issues);

// Appends the problems ConnectionConfig::validate() finds that reading did
// not already report, each with the path it belongs to: urlPath for the URL,
// source + "." + field for the rest.
void validateConnection(const ConnectionConfig &connection, const QString &source,
                        const QString &urlPath, QList<ConfigIssue> *issues);

} // namespace configreading

} // namespace maxmon::monitor
