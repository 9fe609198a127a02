#pragma once

#include <maxmon/profilestore.h>

#include <QObject>

namespace maxmon {

// The window's connection profiles: a ProfileStore that tells its users
// (the profile pickers, the profiles dialog, the send panels' templates)
// when anything in it changed.
class ProfileLibrary : public QObject
{
    Q_OBJECT

public:
    explicit ProfileLibrary(QObject *parent = nullptr);
    explicit ProfileLibrary(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_store.directory(); }
    QStringList names() const { return m_store.names(); }
    bool contains(const QString &name) const { return m_store.contains(name); }
    Result<ConnectionConfig> load(const QString &name, QList<ConfigIssue> *issues = nullptr) const;

    // Saves config under config.name. previousName is the name it was
    // loaded under ("" for a new profile): a different name renames it, and
    // neither a new nor a renamed profile may take the name of another.
    Result<void> save(const ConnectionConfig &config, const QString &previousName);
    Result<void> remove(const QString &name);
    Result<QString> duplicate(const QString &name);
    Result<QString> importFile(const QString &path, QList<ConfigIssue> *issues = nullptr);
    Result<void> exportFile(const QString &name, const QString &path) const;

    // Adds or replaces one template of a stored profile.
    Result<void> saveTemplate(const QString &profile, const SendTemplate &sendTemplate);
    Result<void> removeTemplate(const QString &profile, const QString &templateName);

Q_SIGNALS:
    // A profile was added, changed, renamed or removed.
    void changed();

private:
    Result<void> notify(Result<void> result);

    ProfileStore m_store;
};

} // namespace maxmon
