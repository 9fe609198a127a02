#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>
#include <maxmon/sessionfilter.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace maxmon {

class LogExporter;
class SessionReader;

/// The files maxmon opens for analysis, and the conversions between them:
///
/// - a session file (`.maxmon`, SessionStore), read as it is;
/// - a recording: JSON lines of MessageRecord (and SessionEvent records),
///   from `maxmon-cli record`, `connect --json` or Export Log;
/// - a support bundle (SupportBundle's JSON): its log, and its diagnostics
///   and redacted profile.
///
/// A recording or bundle is read into a session file (import()), so that
/// the same reader, search and window serve every kind. Copies keep every
/// message byte for byte: nothing is masked (the files exist already).
class MAXMON_CORE_EXPORT SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SessionFile)

public:
    /// What a file holds.
    enum class Kind { Session, Recording, SupportBundle };
    /// What an output file is written as.
    enum class Format { Session, JsonLines, Csv };

    /// What import() read.
    struct Report
    {
        Kind kind = Kind::Recording; ///< what the source was
        qint64 messages = 0; ///< messages copied
        qint64 events = 0; ///< events copied
        qint64 badLines = 0; ///< recording lines that are no record (left out)
        QStringList problems; ///< the first of those, "line 7: ..."
        QJsonObject bundle; ///< a support bundle without its log: diagnostics, profile, ...
    };
    /// Called now and then with the bytes (or rows) done of total; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// What the file holds, from its first bytes (a SQLite header is a
    /// session, a JSON object with "format": "maxmon-support-bundle" a
    /// bundle, anything else is read as a recording).
    static Result<Kind> kindOf(const QString &path);
    /// The output format an extension asks for: .maxmon, .csv, else JSON lines.
    static Format formatForPath(const QString &path);

    /// Copies every message and event of source (any kind) into a new
    /// session file at target (replaced when it exists), and indexes it for
    /// the text search. A recording's bad lines are left out and reported.
    static Result<Report> import(const QString &source, const QString &target,
                                 const Progress &progress = {});
    /// Writes the rows of an open session that pass filter to target as a
    /// session file, JSON lines (MessageRecord lines; SessionEvent records
    /// for events when the filter shows them) or CSV (LogExporter's columns,
    /// events as rows of their own); each message names its connection (see
    /// LogExporter). Byte for byte, or with masking: the exports' rules
    /// (LogExporter::redact(), its secrets and names) over every message.
    /// Returns how many rows were written. All or nothing.
    static Result<qint64> write(SessionReader &reader, const QString &target, Format format,
                                const SessionFilter &filter = {}, const Progress &progress = {},
                                const LogExporter *masking = nullptr);
    /// Indexes the messages of a session file that are not in its full-text
    /// index yet (a session recorded faster than its writer could index it),
    /// in place. Returns how many messages the index covers then.
    static Result<qint64> buildIndex(const QString &path, const Progress &progress = {});
};

} // namespace maxmon
