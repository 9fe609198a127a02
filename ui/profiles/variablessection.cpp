#include "profiles/variablessection.h"

#include "profiles/secretrefedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace maxmon {

namespace {

const QLatin1String variablesPath("variables");

} // namespace

VariablesSection::VariablesSection(QWidget *parent)
    : ProfileSection(tr("Variables"), parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(tr("&Add Variable"), this))
{
    auto *hint = new QLabel(
        tr("Use {{name}} in the URL, headers and messages. A session variable of the same name "
           "(Connection > Session Secrets...) comes first, then these, then the environment "
           "variable MAXMON_<NAME>. A secret variable is saved only as where its value lives, "
           "read when connecting and masked in every export."),
        this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    form()->addRow(hint);

    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value"), tr("Secret"), QString() });
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    // the Remove buttons are cell widgets, which ResizeToContents does not
    // measure: appendVariable() widens the column to them
    header->setSectionResizeMode(RemoveColumn, QHeaderView::Fixed);
    header->resizeSection(NameColumn, m_table->fontMetrics().averageCharWidth() * 18);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Profile variables"));
    m_add->setToolTip(tr("Add a variable to this profile"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        appendVariable({});
        nameEdit(m_table->rowCount() - 1)->setFocus(Qt::OtherFocusReason);
        Q_EMIT edited();
    });

    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    column->addLayout(buttons);
    form()->addRow(fieldCell(box, variablesPath,
                             tr("Variables saved with this profile, for {{name}}"), m_table));
}

void VariablesSection::load(const ConnectionConfig &config)
{
    m_table->setRowCount(0);
    for (const ProfileVariable &variable : config.variables)
        appendVariable(variable);
}

void VariablesSection::apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const
{
    QList<ProfileVariable> variables;
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ProfileVariable variable;
        variable.name = nameEdit(row)->text().trimmed();
        if (variable.name.isEmpty()) {
            addRowIssue(issues, row, tr("a variable needs a name"));
            continue;
        }
        if (names.contains(variable.name)) {
            addRowIssue(issues, row, tr("\"%1\" is set twice").arg(variable.name));
            continue;
        }
        names.append(variable.name);
        if (secretCheck(row)->isChecked()) {
            variable.secret = secretEdit(row)->ref();
            if (variable.secret.reference.isEmpty())
                addRowIssue(issues, row, tr("name the variable, file, command or entry"));
        } else {
            variable.value = valueEdit(row)->text();
        }
        // an invalid name stays: validate() explains it (see describe())
        variables.append(variable);
    }
    config->variables = variables;
}

void VariablesSection::describe(ConfigIssue *issue) const
{
    // validate() names a variable by its name ("variables.a-b"): say which row
    const QString prefix = variablesPath + QLatin1Char('.');
    if (!issue->path.startsWith(prefix))
        return;
    const QString name = issue->path.mid(prefix.size());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (nameEdit(row)->text().trimmed() == name) {
            issue->path = variablesPath;
            issue->message = rowMessage(row, issue->message);
            return;
        }
    }
}

QString VariablesSection::rowMessage(int row, const QString &message)
{
    return tr("row %1: %2").arg(row + 1).arg(message);
}

void VariablesSection::addRowIssue(QList<ConfigIssue> *issues, int row, const QString &message)
{
    if (issues)
        issues->append({ ConfigIssue::Severity::Error, variablesPath, rowMessage(row, message) });
}

template<typename T>
T *VariablesSection::cell(int row, Column column) const
{
    return qobject_cast<T *>(m_table->cellWidget(row, column));
}

QLineEdit *VariablesSection::nameEdit(int row) const
{
    return cell<QLineEdit>(row, NameColumn);
}

QLineEdit *VariablesSection::valueEdit(int row) const
{
    auto *stack = cell<QStackedWidget>(row, ValueColumn);
    return stack ? qobject_cast<QLineEdit *>(stack->widget(0)) : nullptr;
}

SecretRefEdit *VariablesSection::secretEdit(int row) const
{
    auto *stack = cell<QStackedWidget>(row, ValueColumn);
    return stack ? qobject_cast<SecretRefEdit *>(stack->widget(1)) : nullptr;
}

QCheckBox *VariablesSection::secretCheck(int row) const
{
    auto *centre = cell<QWidget>(row, SecretColumn);
    return centre ? centre->findChild<QCheckBox *>() : nullptr;
}

QToolButton *VariablesSection::removeButton(int row) const
{
    return cell<QToolButton>(row, RemoveColumn);
}

void VariablesSection::appendVariable(const ProfileVariable &variable)
{
    auto *name = new QLineEdit(variable.name);
    name->setPlaceholderText(tr("user"));
    name->setAccessibleName(tr("Variable name"));
    auto *value = new QLineEdit(variable.value);
    value->setAccessibleName(tr("Variable value"));
    auto *reference = new SecretRefEdit;
    // a secret lives somewhere: "none" is the unticked Secret box
    reference->sourceCombo()->removeItem(
        reference->sourceCombo()->findData(int(SecretRef::Source::None)));
    if (variable.isSecret())
        reference->setRef(variable.secret);
    auto *values = new QStackedWidget;
    values->addWidget(value);
    values->addWidget(reference);
    values->setCurrentWidget(variable.isSecret() ? static_cast<QWidget *>(reference) : value);
    auto *secret = new QCheckBox;
    secret->setChecked(variable.isSecret());
    secret->setAccessibleName(tr("Secret"));
    secret->setToolTip(tr("Save only where the value lives (keychain, environment variable, "
                          "file, command), never the value; masked in exports, session files "
                          "and support bundles"));
    // centred in its cell: a check box takes clicks on its box only
    auto *centre = new QWidget;
    auto *centring = new QHBoxLayout(centre);
    centring->setContentsMargins(0, 0, 0, 0);
    centring->addWidget(secret, 0, Qt::AlignCenter);
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this variable from the profile"));

    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCellWidget(row, NameColumn, name);
    m_table->setCellWidget(row, ValueColumn, values);
    m_table->setCellWidget(row, SecretColumn, centre);
    m_table->setCellWidget(row, RemoveColumn, remove);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(RemoveColumn,
                          std::max(header->sectionSize(RemoveColumn), remove->sizeHint().width()));
    connect(name, &QLineEdit::textChanged, this, &VariablesSection::edited);
    connect(value, &QLineEdit::textChanged, this, &VariablesSection::edited);
    connect(reference, &SecretRefEdit::changed, this, &VariablesSection::edited);
    connect(secret, &QCheckBox::toggled, this, [this, values](bool checked) {
        values->setCurrentIndex(checked ? 1 : 0);
        Q_EMIT edited();
    });
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeRowOf(remove); });
}

void VariablesSection::removeRowOf(const QWidget *removeButton)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->cellWidget(row, RemoveColumn) == removeButton) {
            m_table->removeRow(row);
            Q_EMIT edited();
            return;
        }
    }
}

} // namespace maxmon
