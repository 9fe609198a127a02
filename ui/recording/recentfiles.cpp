#include "recording/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace maxmon {

namespace {

const QLatin1String recentKey("files/recent");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(QSettings().value(recentKey).toStringList())
{ }

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &file : m_files) {
        if (QFileInfo::exists(file))
            existing.append(file);
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    save();
    Q_EMIT changed();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
    Q_EMIT changed();
}

void RecentFiles::setStored(bool stored)
{
    m_stored = stored;
}

void RecentFiles::save() const
{
    if (m_stored)
        QSettings().setValue(recentKey, m_files);
}

} // namespace maxmon
