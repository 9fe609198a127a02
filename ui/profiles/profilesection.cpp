#include "profiles/profilesection.h"

#include "widgets/filechooser.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace maxmon {

ProfileSection::ProfileSection(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_form(new QFormLayout)
{
    auto *column = new QVBoxLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(m_form);
    column->addStretch(1); // rows keep their height; the space goes below them
}

void ProfileSection::describe(ConfigIssue *) const
{ }

void ProfileSection::updateEnabled(const ConnectionConfig &)
{ }

QWidget *ProfileSection::fieldCell(QWidget *field, const QString &path, const QString &tip,
                                   QWidget *input)
{
    if (!input)
        input = field;
    input->setObjectName(path);
    input->setToolTip(tip);
    auto *error = new QLabel(this);
    error->setObjectName(path + QLatin1String("#error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    m_fields.append({ path, input, error });

    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addWidget(field);
    column->addWidget(error);
    return cell;
}

void ProfileSection::addRow(const QString &label, QWidget *field, const QString &path,
                            const QString &tip, QWidget *input)
{
    QWidget *cell = fieldCell(field, path, tip, input);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(m_fields.constLast().input);
    m_form->addRow(labelWidget, cell);
}

QSpinBox *ProfileSection::spinBox(const QString &path, int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setObjectName(path);
    connect(spin, &QSpinBox::valueChanged, this, &ProfileSection::edited);
    return spin;
}

QSpinBox *ProfileSection::millisecondsBox(const QString &path, int min)
{
    constexpr int dayMs = 24 * 3600 * 1000;
    return spinBox(path, min, dayMs, tr(" ms"));
}

QLineEdit *ProfileSection::lineEdit(const QString &path, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(path);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &ProfileSection::edited);
    return edit;
}

QWidget *ProfileSection::fileField(QLineEdit *edit, const QString &caption, const QString &filter)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(box);
    browse->setText(tr("..."));
    browse->setToolTip(caption);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, caption, filter] {
        const QString path = FileChooser::openFileName(this, caption, filter, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return box;
}

void ProfileSection::checkSecretRef(const SecretRef &ref, const QString &path,
                                    QList<ConfigIssue> *issues)
{
    if (issues && ref.isSet() && ref.reference.isEmpty())
        issues->append({ ConfigIssue::Severity::Error, path,
                         tr("name the variable, file, command or entry") });
}

QStringList ProfileSection::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList ProfileSection::nonEmptyLines(const QString &text)
{
    QStringList result;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

} // namespace maxmon
