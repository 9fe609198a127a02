#include <maxmon/sessionretention.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace maxmon {

namespace {

const QStringList companions { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") };

qint64 bytesOf(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &suffix : companions)
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

bool isKept(const QString &path, const QStringList &keep)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    for (const QString &kept : keep) {
        if (QFileInfo(kept).absoluteFilePath() == canonical)
            return true;
    }
    return false;
}

bool removeSession(const QString &path, SessionRetention::Report *report)
{
    const qint64 bytes = bytesOf(path);
    bool removed = QFile::remove(path);
    for (const QString &suffix : companions.mid(1))
        QFile::remove(path + suffix);
    if (removed) {
        ++report->removed;
        report->bytesFreed += bytes;
    } else {
        report->failed.append(path);
    }
    return removed;
}

} // namespace

QStringList SessionRetention::sessionFiles(const QString &directory)
{
    const QFileInfoList files = QDir(directory).entryInfoList(
        { QStringLiteral("*.maxmon") }, QDir::Files | QDir::NoDotAndDotDot, QDir::Time);
    QStringList paths;
    for (const QFileInfo &file : files)
        paths.append(file.absoluteFilePath());
    return paths;
}

qint64 SessionRetention::totalBytes(const QString &directory)
{
    qint64 bytes = 0;
    for (const QString &path : sessionFiles(directory))
        bytes += bytesOf(path);
    return bytes;
}

SessionRetention::Report SessionRetention::apply(const QString &directory, qint64 maxTotalBytes,
                                                 int maxAgeDays, const QStringList &keep,
                                                 const QDateTime &now)
{
    Report report;
    const QDateTime oldest = now.addDays(-std::max(0, maxAgeDays));
    QStringList files = sessionFiles(directory); // newest first
    qint64 total = 0;
    QStringList kept;
    for (const QString &path : std::as_const(files)) {
        // the newest file written in a session is its -wal
        QDateTime written = QFileInfo(path).lastModified();
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists())
            written = std::max(written, wal.lastModified());
        if (!isKept(path, keep) && written < oldest) {
            removeSession(path, &report);
            continue;
        }
        kept.append(path);
        total += bytesOf(path);
    }
    for (qsizetype i = kept.size() - 1; i >= 0 && total > maxTotalBytes; --i) {
        const QString &path = kept.at(i);
        if (isKept(path, keep))
            continue;
        const qint64 bytes = bytesOf(path);
        if (removeSession(path, &report))
            total -= bytes;
    }
    return report;
}

SessionRetention::Report SessionRetention::removeAll(const QString &directory,
                                                     const QStringList &keep)
{
    Report report;
    for (const QString &path : sessionFiles(directory)) {
        if (!isKept(path, keep))
            removeSession(path, &report);
    }
    return report;
}

} // namespace maxmon
