#include "configtestutil.h"

#include <QJsonDocument>

namespace maxmon::test {

QJsonObject parseJsonObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList issueLines(const QList<ConfigIssue> &issues)
{
    QStringList lines;
    for (const ConfigIssue &issue : issues)
        lines.append((issue.isError() ? QStringLiteral("E ") : QStringLiteral("W "))
                     + issue.toString());
    return lines;
}

QString describeIssues(const QList<ConfigIssue> &issues)
{
    return issueLines(issues).join(QLatin1Char('\n'));
}

} // namespace maxmon::test
