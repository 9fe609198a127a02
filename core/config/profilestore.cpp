#include "base/userfolders.h"

#include <maxmon/profilestore.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace maxmon {

namespace {

Error storeError(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidConfig, message, detail);
}

// The file of the profile called name in directory; the file it would have if there is none.
QString pathIn(const QString &directory, const QString &name)
{
    const QDir dir(directory);
    QString expected = dir.filePath(ProfileStore::fileNameFor(name));
    if (QFile::exists(expected))
        return expected;
    // a file copied in by hand may have any name: find it by the name inside
    for (const QString &file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QList<ConfigIssue> ignored;
        if (ConnectionConfig::fromFile(dir.filePath(file), &ignored).name == name)
            return dir.filePath(file);
    }
    return expected;
}

QString unusedName(const ProfileStore &store, const QString &wanted)
{
    if (!store.contains(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        QString candidate = ProfileStore::tr("%1 (%2)").arg(wanted).arg(n);
        if (!store.contains(candidate))
            return candidate;
    }
}

} // namespace

struct ProfileStore::Private
{
    QString directory;
};

ProfileStore::ProfileStore(QString directory)
    : d(std::make_unique<Private>(Private { std::move(directory) }))
{ }

ProfileStore::ProfileStore(const ProfileStore &other)
    : d(std::make_unique<Private>(*other.d))
{ }

ProfileStore &ProfileStore::operator=(const ProfileStore &other)
{
    *d = *other.d;
    return *this;
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::directory() const
{
    return d->directory;
}

QString ProfileStore::defaultDirectory()
{
    return userfolders::own(QStandardPaths::GenericConfigLocation, QStringLiteral("profiles"));
}

QString ProfileStore::legacyDirectory()
{
    return userfolders::legacy(QStandardPaths::GenericConfigLocation, QStringLiteral("profiles"));
}

bool ProfileStore::moveLegacyProfiles()
{
    return userfolders::moveLegacy(legacyDirectory(), defaultDirectory());
}

QString ProfileStore::fileNameFor(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (QChar c : name) {
        const bool allowed = c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-')
            || c == QLatin1Char('.') || c == QLatin1Char('(') || c == QLatin1Char(')');
        safe.append(allowed ? c : QLatin1Char('_'));
    }
    // no hidden files, no "." or ".."
    while (safe.startsWith(QLatin1Char('.')))
        safe[0] = QLatin1Char('_');
    return safe + QLatin1String(".json");
}

QStringList ProfileStore::names() const
{
    QStringList result;
    const QDir dir(d->directory);
    for (const QString &file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QList<ConfigIssue> ignored;
        const ConnectionConfig config = ConnectionConfig::fromFile(dir.filePath(file), &ignored);
        // a profile keeps its display name inside; fall back to the file name
        result.append(config.name.isEmpty() ? QFileInfo(file).completeBaseName() : config.name);
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return QFile::exists(pathIn(d->directory, name));
}

Result<ConnectionConfig> ProfileStore::load(const QString &name, QList<ConfigIssue> *issues) const
{
    if (!contains(name))
        return failure(storeError(tr("There is no profile named \"%1\".").arg(name)));
    QList<ConfigIssue> local;
    QList<ConfigIssue> *sink = issues ? issues : &local;
    ConnectionConfig config = ConnectionConfig::fromFile(pathIn(d->directory, name), sink);
    if (ConfigIssue::hasErrors(*sink)) {
        QStringList lines;
        for (const ConfigIssue &issue : std::as_const(*sink))
            lines.append(issue.toString());
        return failure(storeError(tr("The profile \"%1\" has errors.").arg(name),
                                  lines.join(QLatin1Char('\n'))));
    }
    if (config.name.isEmpty())
        config.name = name;
    return config;
}

Result<void> ProfileStore::save(const ConnectionConfig &config)
{
    if (config.name.trimmed().isEmpty())
        return failure(storeError(tr("A profile needs a name.")));
    if (!QDir().mkpath(d->directory))
        return failure(storeError(tr("Cannot create the profile folder %1.").arg(d->directory)));
    QString error;
    if (!config.saveToFile(QDir(d->directory).filePath(fileNameFor(config.name)), &error))
        return failure(storeError(tr("Cannot save the profile \"%1\".").arg(config.name), error));
    return {};
}

Result<void> ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return failure(storeError(tr("There is no profile named \"%1\".").arg(name)));
    if (!QFile::remove(pathIn(d->directory, name)))
        return failure(storeError(tr("Cannot delete the profile \"%1\".").arg(name)));
    return {};
}

Result<void> ProfileStore::rename(const QString &from, const QString &to)
{
    if (to.trimmed().isEmpty())
        return failure(storeError(tr("A profile needs a name.")));
    if (from == to)
        return {};
    if (contains(to))
        return failure(storeError(tr("A profile named \"%1\" exists already.").arg(to)));
    const Result<ConnectionConfig> loaded = load(from);
    if (!loaded)
        return failure(loaded.error());
    ConnectionConfig renamed = *loaded;
    renamed.name = to;
    if (Result<void> saved = save(renamed); !saved)
        return saved;
    return remove(from);
}

Result<QString> ProfileStore::duplicate(const QString &name)
{
    const Result<ConnectionConfig> loaded = load(name);
    if (!loaded)
        return failure(loaded.error());
    ConnectionConfig copy = *loaded;
    copy.name = unusedName(*this, tr("%1 (copy)").arg(name));
    if (Result<void> saved = save(copy); !saved)
        return failure(saved.error());
    return copy.name;
}

Result<QString> ProfileStore::importFile(const QString &path, QList<ConfigIssue> *issues)
{
    QList<ConfigIssue> local;
    QList<ConfigIssue> *sink = issues ? issues : &local;
    ConnectionConfig config = ConnectionConfig::fromFile(path, sink);
    if (ConfigIssue::hasErrors(*sink)) {
        QStringList lines;
        for (const ConfigIssue &issue : std::as_const(*sink))
            lines.append(issue.toString());
        return failure(
            storeError(tr("%1 is not a valid profile.").arg(path), lines.join(QLatin1Char('\n'))));
    }
    if (config.name.trimmed().isEmpty())
        config.name = QFileInfo(path).completeBaseName();
    config.name = unusedName(*this, config.name);
    if (Result<void> saved = save(config); !saved)
        return failure(saved.error());
    return config.name;
}

Result<void> ProfileStore::exportFile(const QString &name, const QString &path) const
{
    const Result<ConnectionConfig> loaded = load(name);
    if (!loaded)
        return failure(loaded.error());
    QString error;
    if (!loaded->saveToFile(path, &error))
        return failure(storeError(tr("Cannot write %1.").arg(path), error));
    return {};
}

} // namespace maxmon
