#pragma once

#include <QCoreApplication>
#include <QString>

namespace maxmon {

// The window's colours: the desktop's (System), or maxmon's own light or
// dark palette on the Fusion style (ThemeStyle). Chosen in Preferences,
// kept in QSettings under settingsKey() and applied at once and at start;
// --dark wins over it.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::Theme)

public:
    enum class Choice { System, Light, Dark };

    static QString settingsKey();
    // The stored choice; System when none or unknown.
    static Choice stored();
    static void store(Choice choice);
    // "system", "light", "dark"
    static QString name(Choice choice);
    // "System", "Light", "Dark", translated
    static QString text(Choice choice);
    // Sets the application's style and palette. The first call remembers
    // the desktop's, for System.
    static void apply(Choice choice);
};

} // namespace maxmon
