#pragma once

#include <maxmon/connectionconfig.h>

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace maxmon {

class ProfileEditor;
class ProfileLibrary;

// Connection profiles: the stored ones on the left, the selected one's
// fields on the right (ProfileEditor, checked as they are edited), and
// buttons to create, save, revert, duplicate, delete, import, export and
// use one. Nothing is written while a field has an error; leaving a profile
// with unsaved changes asks first.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ProfileLibrary *library, QWidget *parent = nullptr);

    // The profile being edited as stored ("" for a new, unsaved one).
    QString currentName() const { return m_loadedName; }
    // Selects and loads a stored profile (asking about unsaved changes).
    bool selectProfile(const QString &name);
    QString message() const;

    // Where "New" starts from: the current tab's settings (no source, or
    // none returned: the defaults).
    using SettingsSource = std::function<std::optional<ConnectionConfig>()>;
    void setCurrentSettings(SettingsSource source) { m_currentSettings = std::move(source); }

    ProfileEditor *editor() const { return m_editor; }
    QListWidget *profileList() const { return m_list; }
    QPushButton *button(const QString &name) const;

public Q_SLOTS:
    void newProfile();
    bool save();
    void revert();
    void duplicateProfile();
    void deleteProfile();
    void importProfile();
    void exportProfile();
    void useProfile();
    void reject() override;

Q_SIGNALS:
    // "Use in tab": load this stored profile into the current tab.
    void useRequested(const QString &name);

private:
    QPushButton *addButton(const QString &name, const QString &text, const QKeySequence &keys,
                           const QString &tip);
    void reloadList();
    void onCurrentRowChanged();
    void load(const QString &name);
    // True when there is nothing unsaved, or the user saved or discarded it.
    bool confirmLeave();
    void updateButtons();
    void setMessage(const QString &text, bool problem = false);

    QPointer<ProfileLibrary> m_library;
    SettingsSource m_currentSettings;
    QListWidget *m_list;
    ProfileEditor *m_editor;
    QLabel *m_message;
    QHash<QString, QPushButton *> m_buttons;
    QString m_loadedName;
    bool m_reloading = false;
};

} // namespace maxmon
