#include "window/applicationicon.h"

#include "maxmonversion.h"

#include <QDirIterator>

namespace maxmon {

QIcon applicationIcon()
{
    // Every size the build rendered: :/icons/hicolor/<N>x<N>/apps/<id>.png
    QIcon builtIn;
    const QString fileName = QStringLiteral(MAXMON_APP_ID ".png");
    QDirIterator it(QStringLiteral(":/icons/hicolor"), { fileName }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        builtIn.addFile(it.next());
    return QIcon::fromTheme(QStringLiteral(MAXMON_APP_ID), builtIn);
}

} // namespace maxmon
