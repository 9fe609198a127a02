#pragma once

#include <QIcon>

namespace maxmon {

// The maxmon icon: the icon theme's (installed as MAXMON_APP_ID into hicolor
// by the package), else the PNG sizes built into maxmon_ui, so the window
// has its icon in the build tree and the tarball too.
QIcon applicationIcon();

} // namespace maxmon
