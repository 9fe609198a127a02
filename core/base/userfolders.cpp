#include "base/userfolders.h"

#include <QDir>
#include <QFileInfo>

namespace maxmon::userfolders {

QString own(QStandardPaths::StandardLocation location, const QString &name)
{
    return QStandardPaths::writableLocation(location) + QLatin1String("/maxmon/") + name;
}

QString legacy(QStandardPaths::StandardLocation location, const QString &name)
{
    return QStandardPaths::writableLocation(location) + QLatin1String("/maxmon/maxmon/") + name;
}

bool moveLegacy(const QString &legacyFolder, const QString &folder)
{
    if (QFileInfo::exists(folder) || !QFileInfo(legacyFolder).isDir())
        return false;
    QDir().mkpath(QFileInfo(folder).path());
    return QDir().rename(legacyFolder, folder);
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace maxmon::userfolders
