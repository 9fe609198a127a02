#pragma once

#include <maxmon/configissue.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QLabel;
class QTabWidget;

namespace maxmon {

// Shows ConfigIssues next to the fields they are about: each field
// registers the label under it with its JSON path, and show() puts every
// issue's message under the field its path names ("heartbeat.min_interval_ms"
// exactly, "headers[2].name" under "headers" as "line 3: ..."). Issues no field
// claims go to the general label. A tab holding an error gets a warning icon.
class InlineIssues
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::InlineIssues)

public:
    InlineIssues(QTabWidget *sections, QLabel *general);

    void addField(const QString &path, QLabel *label, int section);
    void show(const QList<ConfigIssue> &issues);
    // What the label of a field (or of the field an indexed path lands on) shows.
    QString text(const QString &path) const;

    // The registered field an issue's path lands on ("" for none), and the
    // words to put before its message ("line 3: ").
    QString fieldFor(const QString &issuePath, QString *prefix = nullptr) const;
    int sectionOf(const QString &field) const { return m_sectionOf.value(field, 0); }

private:
    QTabWidget *m_sections;
    QLabel *m_general;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, int> m_sectionOf;
};

} // namespace maxmon
