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
    // the data directory too: sessions recorded by the window go there
    qputenv("XDG_DATA_HOME", QFile::encodeName(directory.filePath(QStringLiteral("data"))));
    // and the config directory: profiles live in ~/.config/maxmon/profiles
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(directory.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("maxmon-tests"));
    return directory.path();
}

} // namespace maxmon::test
