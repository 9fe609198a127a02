#pragma once

#include <maxmon/connectionconfig.h>

#include <QComboBox>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace maxmon {

// One section of a profile (General, Authentication, Heartbeat, ...) as a
// page of the ProfileEditor: it shows its part of a ConnectionConfig
// (load()), writes it back (apply()) with the problems only the form can see
// (a header line without a colon), words validate()'s issues about its
// fields in its own terms (describe()), and enables its fields by what the
// whole profile says (updateEnabled(): Phoenix turns the Heartbeat section's
// probes off). Every change the user makes emits edited().
//
// Each input's objectName is its field's JSON path ("heartbeat.interval_ms"),
// and the label under it, which shows the field's issues, is named
// path + "#error".
class ProfileSection : public QWidget
{
    Q_OBJECT

public:
    // A field the editor finds by its path and shows issues under.
    struct Field
    {
        QString path;
        QWidget *input = nullptr;
        QLabel *errorLabel = nullptr;
    };

    explicit ProfileSection(const QString &title, QWidget *parent = nullptr);

    // The tab's text.
    QString title() const { return m_title; }
    const QList<Field> &fields() const { return m_fields; }

    // Shows config's values of this section.
    virtual void load(const ConnectionConfig &config) = 0;
    // Writes the fields into *config; the form's own problems go into
    // *issues (may be nullptr).
    virtual void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const = 0;
    // Rewords an issue of ConnectionConfig::validate() about one of this
    // section's fields ("headers[1]" is line 3 of the Headers field); the
    // default leaves it as it is.
    virtual void describe(ConfigIssue *issue) const;
    // Enables the fields that config makes meaningful; the default enables all.
    virtual void updateEnabled(const ConnectionConfig &config);

Q_SIGNALS:
    // The user changed a field (also while load() runs: the editor ignores those).
    void edited();

protected:
    QFormLayout *form() const { return m_form; }
    // A row of the form: label, then the field with its error label under
    // it. input (default: field itself) is what gets the path as objectName,
    // the tip, the label's buddy and the focus for an issue.
    void addRow(const QString &label, QWidget *field, const QString &path, const QString &tip,
                QWidget *input = nullptr);
    // The field with its error label under it, registered under path: what
    // addRow() puts in the form, for a section that lays it out itself.
    QWidget *fieldCell(QWidget *field, const QString &path, const QString &tip,
                       QWidget *input = nullptr);
    // Inputs named path that emit edited().
    QSpinBox *spinBox(const QString &path, int min, int max, const QString &suffix = {});
    // A duration in milliseconds, from min up to a day.
    QSpinBox *millisecondsBox(const QString &path, int min);
    QLineEdit *lineEdit(const QString &path, const QString &placeholder = {});
    // edit with a "..." button that chooses a file for it.
    QWidget *fileField(QLineEdit *edit, const QString &caption, const QString &filter);
    // An issue at path when ref has a source but no name: it could not even
    // be saved and read back.
    static void checkSecretRef(const SecretRef &ref, const QString &path,
                               QList<ConfigIssue> *issues);

    // "a, b c" -> {"a", "b", "c"}
    static QStringList splitList(const QString &text);
    // The non-empty lines, trimmed.
    static QStringList nonEmptyLines(const QString &text);

    template<typename Enum>
    static void selectData(QComboBox *combo, Enum value)
    {
        combo->setCurrentIndex(combo->findData(int(value)));
    }
    template<typename Enum>
    static Enum currentData(const QComboBox *combo)
    {
        return static_cast<Enum>(combo->currentData().toInt());
    }

private:
    QString m_title;
    QFormLayout *m_form;
    QList<Field> m_fields;
};

} // namespace maxmon
