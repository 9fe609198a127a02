#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QList>
#include <QString>

namespace maxmon {

/// One problem found in a profile: "heartbeat.interval_ms: must be greater than 0".
struct MAXMON_CORE_EXPORT ConfigIssue
{
    /// Whether the profile can be used anyway.
    enum class Severity {
        Error, ///< the profile cannot be used as it is
        /// usable, but probably not what was meant (an unknown key, a credential in plain text)
        Warning,
    };

    /// Whether the profile can be used anyway.
    Severity severity = Severity::Error;
    /// The dotted JSON path of the field, e.g. "tls.ca_file"; empty for the whole profile.
    QString path;
    /// What is wrong, for people ("must be greater than 0").
    QString message;

    /// "path: message", or the message alone without a path.
    QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
    /// Whether the severity is Error.
    bool isError() const { return severity == Severity::Error; }

    /// Whether any of issues is an error (warnings alone leave a profile usable).
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
