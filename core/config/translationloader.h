#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QString>
#include <QStringList>

#include <memory>

namespace maxmon {

/// Installs maxmon's translation (`maxmon_<lang>.qm`) and Qt's own
/// (`qtbase_<lang>.qm`, from QLibraryInfo::TranslationsPath) for one language
/// into the application, and removes them again when destroyed.
///
/// maxmon's .qm files are looked for in one place, relative to the binary:
/// `<directory of the executable>/../share/maxmon/translations`. That is where
/// the package and the tarball install them (/usr/bin/maxmon reads
/// /usr/share/maxmon/translations), and where the build puts them for
/// app/gui/maxmon and app/cli/maxmon-cli (`build/<preset>/app/share/...`), so
/// one rule holds for installed and built binaries alike and no build path is
/// compiled in. Tests pass their own directories.
///
/// Which language: --lang on the command line, else the preference
/// (settingsKey(), set in the Preferences dialog), else the system locale.
/// load() also makes that language's QLocale the default, so that numbers,
/// sizes and durations read as the language's speakers expect, and for
/// English installs `maxmon_en.qm`, which holds only the plural forms.
class MAXMON_CORE_EXPORT TranslationLoader
{
public:
    /// A loader that looks for maxmon's .qm files in directories, in order.
    explicit TranslationLoader(const QStringList &directories = defaultDirectories());
    /// Removes what load() installed.
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    /// `<directory of the executable>/../share/maxmon/translations`.
    static QStringList defaultDirectories();
    /// The QSettings key of the preferred language: a locale name such as
    /// "de", or empty for the system's language.
    static QString settingsKey();
    /// The value of "--lang X" or "--lang=X" among the arguments; empty if none.
    static QString languageArgument(const QStringList &arguments);
    /// --lang if given, else the stored preference (may be empty: the system's).
    static QString chosenLanguage(const QStringList &arguments, const QString &preference);
    /// Whether language is the one the sources are written in: "en", "en_US", "C".
    static bool isSourceLanguage(const QString &language);

    /// The languages maxmon has a translation for in the directories ("de",
    /// "ru"), sorted; English, the source language, is not listed (its file
    /// has only plural forms).
    QStringList availableLanguages() const;

    /// Installs the translations for a locale name ("de", "de_AT"; empty: the
    /// system locale's UI languages, in order) and makes its QLocale the
    /// default (QLocale::setDefault; the destructor restores the earlier one).
    /// Replaces what an earlier call installed. Returns whether a maxmon
    /// translation was found (never for English, even though the English
    /// plural forms are installed: applicationFile() names them).
    bool load(const QString &language);
    /// The maxmon .qm file load() installed; empty when none was found.
    QString applicationFile() const;
    /// The Qt .qm file load() installed; empty when none was found.
    QString qtFile() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
