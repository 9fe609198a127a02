#include "processmetrics.h"

#include "monitormetrics.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <dirent.h>
#include <sys/resource.h>
#include <unistd.h>

namespace maxmon::monitor::processmetrics {

namespace {

QByteArray readProcFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    // /proc files have no size: read until the end
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int openDescriptors()
{
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count - 1; // the descriptor of the listing itself
}

double bootTime()
{
    const QByteArray stat = readProcFile("/proc/stat");
    const qsizetype at = stat.indexOf("\nbtime ");
    if (at < 0)
        return 0;
    const qsizetype end = stat.indexOf('\n', at + 1);
    return stat.mid(at + 7, end - at - 7).trimmed().toDouble();
}

} // namespace

void update(MonitorMetrics *metrics)
{
    // /proc/self/stat: "pid (comm) state ..."; comm may hold spaces: split after ')'
    const QByteArray stat = readProcFile("/proc/self/stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is the state (field 3 of proc(5)): field n is fields[n - 3]
    const auto field = [&fields](int n) {
        return fields.value(n - 3).toDouble();
    };
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    const double pageSize = static_cast<double>(::sysconf(_SC_PAGESIZE));
    metrics->processCpu->series({})->set((field(14) + field(15)) / ticks);
    static const double boot = bootTime();
    metrics->processStartTime->series({})->set(boot + field(22) / ticks);
    metrics->processVirtual->series({})->set(field(23));
    metrics->processResident->series({})->set(field(24) * pageSize);
    metrics->processOpenFds->series({})->set(openDescriptors());
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0)
        metrics->processMaxFds->series({})->set(static_cast<double>(limit.rlim_cur));
}

} // namespace maxmon::monitor::processmetrics
