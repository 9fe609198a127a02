#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace maxmon {

// Connection profiles on disk: one JSON file per profile in a directory
// (by default the application's config location, "profiles/"). File names
// are derived from the profile names; the names themselves live in the JSON.
// Secrets are never in these files (ConnectionConfig::toJson() leaves them out).
class MAXMON_CORE_EXPORT ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ProfileStore)

public:
    explicit ProfileStore(QString directory = defaultDirectory());
    ProfileStore(const ProfileStore &other);
    ProfileStore &operator=(const ProfileStore &other);
    ~ProfileStore();

    static QString defaultDirectory();
    QString directory() const;

    // Profile names, sorted case-insensitively.
    QStringList names() const;
    bool contains(const QString &name) const;
    // issues receives warnings (unknown keys) and errors of the stored file.
    Result<ConnectionConfig> load(const QString &name, QList<ConfigIssue> *issues = nullptr) const;
    // Creates or replaces the profile named config.name.
    Result<void> save(const ConnectionConfig &config);
    Result<void> remove(const QString &name);
    Result<void> rename(const QString &from, const QString &to);
    // Copies a profile under a new, unused name ("Staging (copy)", "Staging (copy 2)", ...).
    Result<QString> duplicate(const QString &name);

    // Reads a profile from any file and stores it (renamed if its name is taken).
    Result<QString> importFile(const QString &path, QList<ConfigIssue> *issues = nullptr);
    Result<void> exportFile(const QString &name, const QString &path) const;

    // "Staging: EU #2" -> "Staging_ EU _2.json"
    static QString fileNameFor(const QString &name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
