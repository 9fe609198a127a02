#pragma once

#include <QString>

namespace maxmon::test {

// Points QSettings (user scope, native and INI formats) at a fresh temporary
// directory for the rest of the process, so GUI tests neither read nor write
// the user's real settings, and the data directory (XDG_DATA_HOME, where
// the window records its sessions) there too. Call before the first
// QSettings is created.
// Returns the directory.
QString useTemporarySettings();

} // namespace maxmon::test
