#pragma once

#include <QStandardPaths>
#include <QString>

// maxmon's folders in the user's standard locations, shared by the window and
// the CLI whatever their application names (internal, not installed).
namespace maxmon::userfolders {

// <location>/maxmon/<name>, e.g. ~/.config/maxmon/profiles
QString own(QStandardPaths::StandardLocation location, const QString &name);
// <location>/maxmon/maxmon/<name>: where the window, an application "maxmon"
// of the organization "maxmon", kept it in Qt's application folders
QString legacy(QStandardPaths::StandardLocation location, const QString &name);
// Renames legacyFolder to folder when only the legacy one exists. Returns
// whether it did.
bool moveLegacy(const QString &legacyFolder, const QString &folder);
// A path as the user wrote it: "~" and "~/..." are in the home folder.
QString expandHome(const QString &path);

} // namespace maxmon::userfolders
