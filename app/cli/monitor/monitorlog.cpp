#include "monitorlog.h"

#include <QByteArray>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace maxmon::monitor::monitorlog {

namespace {

// True when stderr is the stream systemd gave the service: JOURNAL_STREAM
// holds its "device:inode", and a redirected stderr no longer matches.
bool toJournal()
{
    static const bool journal = [] {
        const QByteArray stream = qgetenv("JOURNAL_STREAM");
        struct stat info = {};
        if (stream.isEmpty() || ::fstat(STDERR_FILENO, &info) != 0)
            return false;
        return stream
            == QByteArray::number(static_cast<qulonglong>(info.st_dev)) + ':'
            + QByteArray::number(static_cast<qulonglong>(info.st_ino));
    }();
    return journal;
}

void write(int priority, const QString &line)
{
    QByteArray bytes = toJournal() ? '<' + QByteArray::number(priority) + '>' : QByteArray();
    bytes += "[monitor] " + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void info(const QString &line)
{
    write(6, line);
}

void warning(const QString &line)
{
    write(4, line);
}

void error(const QString &line)
{
    write(3, line);
}

} // namespace maxmon::monitor::monitorlog
