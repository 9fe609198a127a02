#include "profiles/profilelibrary.h"

namespace maxmon {

ProfileLibrary::ProfileLibrary(QObject *parent)
    : ProfileLibrary(ProfileStore::defaultDirectory(), parent)
{
    // the window's profiles from before the path was fixed stay the user's
    ProfileStore::moveLegacyProfiles();
}

ProfileLibrary::ProfileLibrary(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_store(directory)
{ }

Result<ConnectionConfig> ProfileLibrary::load(const QString &name, QList<ConfigIssue> *issues) const
{
    return m_store.load(name, issues);
}

Result<void> ProfileLibrary::notify(Result<void> result)
{
    if (result)
        Q_EMIT changed();
    return result;
}

Result<void> ProfileLibrary::save(const ConnectionConfig &config, const QString &previousName)
{
    const bool renamed = !previousName.isEmpty() && previousName != config.name;
    if ((previousName.isEmpty() || renamed) && m_store.contains(config.name)) {
        return failure(Error(Error::Code::InvalidConfig,
                             tr("A profile named \"%1\" exists already.").arg(config.name)));
    }
    if (Result<void> saved = m_store.save(config); !saved)
        return saved;
    if (renamed) {
        if (Result<void> removed = m_store.remove(previousName); !removed)
            return notify(removed);
    }
    return notify({});
}

Result<void> ProfileLibrary::remove(const QString &name)
{
    return notify(m_store.remove(name));
}

Result<QString> ProfileLibrary::duplicate(const QString &name)
{
    Result<QString> copy = m_store.duplicate(name);
    if (copy)
        Q_EMIT changed();
    return copy;
}

Result<QString> ProfileLibrary::importFile(const QString &path, QList<ConfigIssue> *issues)
{
    Result<QString> imported = m_store.importFile(path, issues);
    if (imported)
        Q_EMIT changed();
    return imported;
}

Result<void> ProfileLibrary::exportFile(const QString &name, const QString &path) const
{
    return m_store.exportFile(name, path);
}

Result<void> ProfileLibrary::saveTemplate(const QString &profile, const SendTemplate &sendTemplate)
{
    Result<ConnectionConfig> config = m_store.load(profile);
    if (!config)
        return failure(config.error());
    config->setTemplate(sendTemplate);
    return notify(m_store.save(*config));
}

Result<void> ProfileLibrary::removeTemplate(const QString &profile, const QString &templateName)
{
    Result<ConnectionConfig> config = m_store.load(profile);
    if (!config)
        return failure(config.error());
    if (!config->removeTemplate(templateName))
        return {};
    return notify(m_store.save(*config));
}

} // namespace maxmon
