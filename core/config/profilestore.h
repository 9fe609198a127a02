#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace maxmon {

/// Connection profiles on disk: one JSON file per profile in a directory
/// (by default the application's config location, "profiles/"). File names
/// are derived from the profile names; the names themselves live in the JSON.
/// Secrets are never in these files (ConnectionConfig::toJson() leaves them out).
///
/// Every failure is an Error (InvalidConfig) that names the profile or file.
class MAXMON_CORE_EXPORT ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ProfileStore)

public:
    /// The profiles in directory (created when the first profile is saved).
    explicit ProfileStore(QString directory = defaultDirectory());
    /// A store of the same directory.
    ProfileStore(const ProfileStore &other);
    /// Makes this a store of other's directory.
    ProfileStore &operator=(const ProfileStore &other);
    ~ProfileStore();

    /// maxmon's profiles in the user's config location, shared by the
    /// window and the CLI: ~/.config/maxmon/profiles on Linux.
    static QString defaultDirectory();
    /// Where maxmon 0.x kept the window's profiles: ~/.config/maxmon/maxmon/profiles.
    static QString legacyDirectory();
    /// Moves the profiles from legacyDirectory() to defaultDirectory() when
    /// only the legacy one exists. Returns whether it moved them.
    static bool moveLegacyProfiles();
    /// The directory of the profile files.
    QString directory() const;

    /// Profile names, sorted case-insensitively.
    QStringList names() const;
    /// Whether a profile of this name exists.
    bool contains(const QString &name) const;
    /// The profile called name; issues (may be nullptr) receives warnings
    /// (unknown keys) and errors of the stored file. A file with errors fails.
    Result<ConnectionConfig> load(const QString &name, QList<ConfigIssue> *issues = nullptr) const;
    /// Creates or replaces the profile named config.name.
    Result<void> save(const ConnectionConfig &config);
    /// Deletes the profile's file.
    Result<void> remove(const QString &name);
    /// Renames a profile; fails if the new name is taken.
    Result<void> rename(const QString &from, const QString &to);
    /// Copies a profile under a new, unused name ("Staging (copy)", "Staging (copy) (2)", ...);
    /// returns that name.
    Result<QString> duplicate(const QString &name);

    /// Reads a profile from any file and stores it (renamed if its name is
    /// taken); returns the name it was stored under.
    Result<QString> importFile(const QString &path, QList<ConfigIssue> *issues = nullptr);
    /// Writes the profile called name to path.
    Result<void> exportFile(const QString &name, const QString &path) const;

    /// The file name of a profile: "Staging: EU #2" -> "Staging_ EU _2.json".
    static QString fileNameFor(const QString &name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
