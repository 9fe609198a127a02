#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QList>
#include <QString>

namespace maxmon {

// One problem found in a profile: "heartbeat.interval_ms: must be greater than 0".
struct MAXMON_CORE_EXPORT ConfigIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path; // dotted JSON path of the field, e.g. "tls.ca_file"
    QString message;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
    bool isError() const { return severity == Severity::Error; }

    static bool hasErrors(const QList<ConfigIssue> &issues)
    {
        for (const ConfigIssue &issue : issues) {
            if (issue.isError())
                return true;
        }
        return false;
    }
};

} // namespace maxmon
