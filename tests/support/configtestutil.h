#pragma once

#include <maxmon/configissue.h>
#include <maxmon/jsonobjectreader.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace maxmon::test {

// The JSON object a test writes as a literal (an empty one if it is not one).
QJsonObject parseJsonObject(const char *json);

// Each issue as "E path: text" (error) or "W path: text" (warning), in order.
QStringList issueLines(const QList<ConfigIssue> &issues);
// issueLines() as one text, a line each: for failure messages.
QString describeIssues(const QList<ConfigIssue> &issues);

// A profile section read from json as the profile reader reads it at path.
template<typename Section>
Section readSection(const QJsonObject &json, const QString &path, QList<ConfigIssue> *issues)
{
    JsonObjectReader reader(json, path, issues);
    return Section::fromJson(reader);
}

} // namespace maxmon::test
