#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QDateTime>
#include <QStringList>

namespace maxmon {

/// Keeps a folder of session files within bounds: by age (files last
/// written longer ago than the limit go) and by total size (the oldest go
/// until the rest fit). A file's -wal and -shm companions go with it and
/// count towards its size. Files in use (keep) are never removed.
class MAXMON_CORE_EXPORT SessionRetention
{
public:
    /// What apply() or removeAll() did.
    struct Report
    {
        int removed = 0; ///< session files removed
        qint64 bytesFreed = 0; ///< their bytes, companions included
        QStringList failed; ///< files that could not be removed
    };

    /// The session files (*.maxmon) of directory, newest first.
    static QStringList sessionFiles(const QString &directory);
    /// The bytes they take, companions included.
    static qint64 totalBytes(const QString &directory);
    /// Removes what is older than maxAgeDays, then the oldest files while
    /// the rest take more than maxTotalBytes.
    static Report apply(const QString &directory, qint64 maxTotalBytes, int maxAgeDays,
                        const QStringList &keep = {},
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// "Delete all sessions": every session file but those in keep.
    static Report removeAll(const QString &directory, const QStringList &keep = {});
};

} // namespace maxmon
