#pragma once

#include "profiles/profilesection.h"

class QCheckBox;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace maxmon {

class SecretRefEdit;

// The profile's variables for {{name}}: a table of name, value and Secret.
// A plain variable is saved with its value; a secret one only as where its
// value lives (keychain, environment variable, file, command), read when
// connecting. Names are checked as they are typed (Variables::isValidName(),
// no name twice); an issue names the row.
class VariablesSection : public ProfileSection
{
    Q_OBJECT

public:
    explicit VariablesSection(QWidget *parent = nullptr);

    void load(const ConnectionConfig &config) override;
    void apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const override;
    void describe(ConfigIssue *issue) const override;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    // The widgets of a row.
    QLineEdit *nameEdit(int row) const;
    QLineEdit *valueEdit(int row) const;
    QCheckBox *secretCheck(int row) const;
    SecretRefEdit *secretEdit(int row) const;
    QToolButton *removeButton(int row) const;

private:
    enum Column { NameColumn, ValueColumn, SecretColumn, RemoveColumn };

    void appendVariable(const ProfileVariable &variable);
    void removeRowOf(const QWidget *removeButton);
    // A row's issue, shown under the table: "row 2: ..."
    static QString rowMessage(int row, const QString &message);
    static void addRowIssue(QList<ConfigIssue> *issues, int row, const QString &message);
    // The row's widget of column, as T.
    template<typename T>
    T *cell(int row, Column column) const;

    QTableWidget *m_table;
    QPushButton *m_add;
};

} // namespace maxmon
