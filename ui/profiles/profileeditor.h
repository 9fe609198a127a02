#pragma once

#include "profiles/inlineissues.h"

#include <maxmon/connectionconfig.h>

#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace maxmon {

class ProfileSection;

// Every field of a ConnectionConfig in a form, one tab per section
// (ProfileSection: General, Authentication, ..., Variables), checked as it is
// edited: each ConfigIssue from ConnectionConfig::validate() (and the few the
// sections themselves find, such as a header line without a colon) is shown
// in words right under the field its path names, and the section holding it
// gets a warning icon. Secrets appear only as references (SecretRefEdit).
//
// Each input's objectName is its field's JSON path ("url",
// "heartbeat.min_interval_ms", "tls.allow_insecure"), and the label under it
// is named path + "#error", so tests and errors find fields the same way.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    // Shows config; nothing is modified afterwards.
    void setConfig(const ConnectionConfig &config);
    // A profile the user is about to fill in: its problems (an empty URL)
    // are not shown until the user edits a field or revealIssues().
    void startNew(const ConnectionConfig &config);
    void revealIssues();
    // The config the fields describe.
    ConnectionConfig config() const;
    // validate()'s issues plus the form's own, errors and warnings.
    QList<ConfigIssue> issues() const;
    bool hasErrors() const { return ConfigIssue::hasErrors(issues()); }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    // What is shown under the field of a path ("" when nothing); paths with
    // an index ("headers[1].name") land on their list's field.
    QString errorText(const QString &path) const;
    // An issue from outside the form (saving failed: "name exists"), shown
    // until the next edit.
    void showIssue(const ConfigIssue &issue);
    QWidget *field(const QString &path) const;
    QTabWidget *sections() const { return m_sections; }
    // Wide enough for every tab, one of them with its warning icon.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed();

private:
    void addSection(ProfileSection *section);
    // The config and, when issues is not nullptr, every issue of it.
    ConnectionConfig collect(QList<ConfigIssue> *issues) const;
    void onEdited();
    void refresh();

    ConnectionConfig m_base;
    bool m_modified = false;
    bool m_loading = false;
    bool m_quiet = false; // a new profile, not edited yet
    QTabWidget *m_sections;
    QLabel *m_generalError;
    InlineIssues m_inline;
    QList<ProfileSection *> m_sectionList;
    QHash<QString, QWidget *> m_fields;
    QList<ConfigIssue> m_external;
};

} // namespace maxmon
