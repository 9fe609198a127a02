#include "temporarysettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

namespace maxmon::test {

QString useTemporarySettings()
{
    // Lives until the process ends, then removes itself.
    static QTemporaryDir directory;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory.path());
    // the data and config directories too: sessions recorded by the window
    // and profiles saved by a test go there, not into the user's home
    qputenv("XDG_DATA_HOME", QFile::encodeName(directory.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(directory.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("maxmon-tests"));
    return directory.path();
}

} // namespace maxmon::test
