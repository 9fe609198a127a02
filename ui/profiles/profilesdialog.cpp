#include "profiles/profilesdialog.h"

#include "profiles/profileeditor.h"
#include "profiles/profilelibrary.h"
#include "widgets/filechooser.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace maxmon {

namespace {

const QColor problemColour(0xe5, 0x39, 0x35);

QString errorText(const Error &error)
{
    return error.detail().isEmpty() ? error.message()
                                    : error.message() + QLatin1Char('\n') + error.detail();
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileLibrary *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Connection Profiles"));
    m_list->setToolTip(
        tr("Stored profiles (in %1)")
            .arg(QDir::toNativeSeparators(m_library ? m_library->directory() : QString())));
    m_list->setAccessibleName(tr("Profiles"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *listButtons = new QGridLayout;
    listButtons->addWidget(addButton(QStringLiteral("new"), tr("&New"), QKeySequence::New,
                                     tr("Start a new profile (Ctrl+N)")),
                           0, 0);
    listButtons->addWidget(addButton(QStringLiteral("duplicate"), tr("D&uplicate"),
                                     QKeySequence(Qt::CTRL | Qt::Key_D),
                                     tr("Copy the selected profile under a new name (Ctrl+D)")),
                           0, 1);
    listButtons->addWidget(addButton(QStringLiteral("delete"), tr("De&lete"),
                                     QKeySequence(Qt::CTRL | Qt::Key_Delete),
                                     tr("Delete the selected profile (Ctrl+Del)")),
                           1, 0);
    listButtons->addWidget(addButton(QStringLiteral("import"), tr("&Import..."),
                                     QKeySequence(Qt::CTRL | Qt::Key_O),
                                     tr("Add a profile from a JSON file (Ctrl+O)")),
                           2, 0);
    listButtons->addWidget(addButton(QStringLiteral("export"), tr("E&xport..."),
                                     QKeySequence(Qt::CTRL | Qt::Key_E),
                                     tr("Write the selected profile to a JSON file, without "
                                        "secrets (Ctrl+E)")),
                           2, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 640 });
    splitter->setChildrenCollapsible(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(addButton(QStringLiteral("revert"), tr("&Revert"), QKeySequence(),
                                tr("Undo the changes since the profile was last saved")));
    bottom->addWidget(addButton(QStringLiteral("save"), tr("&Save"), QKeySequence::Save,
                                tr("Save the profile (Ctrl+S)")));
    bottom->addWidget(addButton(QStringLiteral("use"), tr("Use in &Tab"),
                                QKeySequence(Qt::CTRL | Qt::Key_Return),
                                tr("Save, then load the profile into the current tab "
                                   "(Ctrl+Enter)")));
    bottom->addWidget(addButton(QStringLiteral("close"), tr("Close"), QKeySequence(),
                                tr("Close this window (Esc)")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(button(QStringLiteral("new")), &QPushButton::clicked, this,
            &ProfilesDialog::newProfile);
    connect(button(QStringLiteral("duplicate")), &QPushButton::clicked, this,
            &ProfilesDialog::duplicateProfile);
    connect(button(QStringLiteral("delete")), &QPushButton::clicked, this,
            &ProfilesDialog::deleteProfile);
    connect(button(QStringLiteral("import")), &QPushButton::clicked, this,
            &ProfilesDialog::importProfile);
    connect(button(QStringLiteral("export")), &QPushButton::clicked, this,
            &ProfilesDialog::exportProfile);
    connect(button(QStringLiteral("revert")), &QPushButton::clicked, this, &ProfilesDialog::revert);
    connect(button(QStringLiteral("save")), &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(button(QStringLiteral("use")), &QPushButton::clicked, this,
            &ProfilesDialog::useProfile);
    connect(button(QStringLiteral("close")), &QPushButton::clicked, this, &ProfilesDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::onCurrentRowChanged);
    connect(m_editor, &ProfileEditor::changed, this, &ProfilesDialog::updateButtons);
    if (m_library)
        connect(m_library, &ProfileLibrary::changed, this, &ProfilesDialog::reloadList);

    resize(std::max(900, minimumSizeHint().width()), 620);
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
}

QPushButton *ProfilesDialog::addButton(const QString &name, const QString &text,
                                       const QKeySequence &keys, const QString &tip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    if (!keys.isEmpty()) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    m_buttons.insert(name, button);
    return button;
}

QPushButton *ProfilesDialog::button(const QString &name) const
{
    return m_buttons.value(name);
}

QString ProfilesDialog::message() const
{
    return m_message->text();
}

void ProfilesDialog::setMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(
        problem ? QStringLiteral("QLabel { color: %1; }").arg(problemColour.name()) : QString());
    m_message->setText(text);
}

void ProfilesDialog::reloadList()
{
    if (!m_library)
        return;
    m_reloading = true;
    m_list->clear();
    m_list->addItems(m_library->names());
    const QList<QListWidgetItem *> current = m_list->findItems(m_loadedName, Qt::MatchExactly);
    m_list->setCurrentItem(current.isEmpty() ? nullptr : current.constFirst());
    m_reloading = false;
    updateButtons();
}

void ProfilesDialog::onCurrentRowChanged()
{
    if (m_reloading)
        return;
    QListWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->text() : QString();
    if (name == m_loadedName && !name.isEmpty())
        return;
    if (!confirmLeave()) {
        // stay on the profile being edited
        reloadList();
        return;
    }
    if (!name.isEmpty())
        load(name);
}

bool ProfilesDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    m_list->setCurrentItem(items.constFirst());
    return m_loadedName == name;
}

void ProfilesDialog::load(const QString &name)
{
    QList<ConfigIssue> issues;
    const Result<ConnectionConfig> config = m_library->load(name, &issues);
    if (!config) {
        setMessage(errorText(config.error()), true);
        return;
    }
    m_loadedName = name;
    m_editor->setConfig(*config);
    setMessage(QString());
    updateButtons();
}

bool ProfilesDialog::confirmLeave()
{
    if (!m_editor->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The profile \"%1\" has unsaved changes.")
                        .arg(m_loadedName.isEmpty() ? tr("(new)") : m_loadedName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_editor->setModified(false);
        return true;
    default:
        return false;
    }
}

void ProfilesDialog::newProfile()
{
    if (!confirmLeave())
        return;
    // from the current tab's URL and settings, secrets only as references
    const std::optional<ConnectionConfig> current =
        m_currentSettings ? m_currentSettings() : std::nullopt;
    ConnectionConfig config = current.value_or(ConnectionConfig());
    config.auth.token.clear();
    config.name = tr("New profile");
    for (int n = 2; m_library && m_library->contains(config.name); ++n)
        config.name = tr("New profile %1").arg(n);
    m_loadedName.clear();
    m_reloading = true;
    m_list->setCurrentItem(nullptr);
    m_reloading = false;
    m_editor->startNew(config);
    setMessage(current ? tr("A new profile from the current tab's settings: name it, then save "
                            "it (Ctrl+S).")
                       : tr("A new profile: fill in the URL, then save it (Ctrl+S)."));
    updateButtons();
    if (QWidget *url = m_editor->field(QStringLiteral("url")))
        url->setFocus(Qt::OtherFocusReason);
}

bool ProfilesDialog::save()
{
    if (!m_library)
        return false;
    if (m_editor->hasErrors()) {
        m_editor->revealIssues();
        setMessage(tr("Not saved: correct the fields marked in red first."), true);
        return false;
    }
    const ConnectionConfig config = m_editor->config();
    if (config.name != m_loadedName && m_library->contains(config.name)) {
        m_editor->showIssue({ ConfigIssue::Severity::Error, QStringLiteral("name"),
                              tr("another profile has this name") });
        setMessage(tr("Not saved: a profile named \"%1\" exists already.").arg(config.name), true);
        return false;
    }
    const Result<void> saved = m_library->save(config, m_loadedName);
    if (!saved) {
        setMessage(tr("Not saved: %1").arg(errorText(saved.error())), true);
        return false;
    }
    m_loadedName = config.name;
    m_editor->setModified(false);
    reloadList();
    setMessage(tr("Saved \"%1\".").arg(config.name));
    return true;
}

void ProfilesDialog::revert()
{
    m_editor->setModified(false);
    if (m_loadedName.isEmpty())
        newProfile();
    else
        load(m_loadedName);
    setMessage(tr("Changes undone."));
}

void ProfilesDialog::duplicateProfile()
{
    if (m_loadedName.isEmpty() || !confirmLeave())
        return;
    const Result<QString> copy = m_library->duplicate(m_loadedName);
    if (!copy) {
        setMessage(errorText(copy.error()), true);
        return;
    }
    load(*copy);
    reloadList();
    setMessage(tr("Copied to \"%1\".").arg(*copy));
}

void ProfilesDialog::deleteProfile()
{
    if (m_loadedName.isEmpty())
        return;
    const QString name = m_loadedName;
    const auto answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile \"%1\"? Its file is removed; this cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_list->currentRow();
    const Result<void> removed = m_library->remove(name);
    if (!removed) {
        setMessage(errorText(removed.error()), true);
        return;
    }
    m_editor->setModified(false);
    m_loadedName.clear();
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    else
        newProfile();
    setMessage(tr("Deleted \"%1\".").arg(name));
}

void ProfilesDialog::importProfile()
{
    if (!confirmLeave())
        return;
    const QString path = FileChooser::openFileName(this, tr("Import Profile"),
                                                   tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QList<ConfigIssue> issues;
    const Result<QString> imported = m_library->importFile(path, &issues);
    if (!imported) {
        setMessage(errorText(imported.error()), true);
        return;
    }
    load(*imported);
    reloadList();
    QStringList notes;
    for (const ConfigIssue &issue : std::as_const(issues))
        notes.append(issue.toString());
    setMessage(
        notes.isEmpty()
            ? tr("Imported \"%1\".").arg(*imported)
            : tr("Imported \"%1\", with notes:\n%2").arg(*imported, notes.join(QLatin1Char('\n'))));
}

void ProfilesDialog::exportProfile()
{
    if (m_loadedName.isEmpty())
        return;
    if (m_editor->isModified()) {
        setMessage(tr("Save the profile before exporting it."), true);
        return;
    }
    const QString path = FileChooser::saveFileName(
        this, tr("Export Profile"), QDir::home().filePath(ProfileStore::fileNameFor(m_loadedName)),
        tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<void> exported = m_library->exportFile(m_loadedName, path);
    if (!exported) {
        setMessage(errorText(exported.error()), true);
        return;
    }
    setMessage(tr("Exported \"%1\" to %2 (without secrets).")
                   .arg(m_loadedName, QDir::toNativeSeparators(path)));
}

void ProfilesDialog::useProfile()
{
    if (m_editor->isModified() && !save())
        return;
    if (m_loadedName.isEmpty())
        return;
    Q_EMIT useRequested(m_loadedName);
    accept();
}

void ProfilesDialog::reject()
{
    if (confirmLeave())
        QDialog::reject();
}

void ProfilesDialog::updateButtons()
{
    const bool stored = !m_loadedName.isEmpty();
    button(QStringLiteral("duplicate"))->setEnabled(stored);
    button(QStringLiteral("delete"))->setEnabled(stored);
    button(QStringLiteral("export"))->setEnabled(stored);
    button(QStringLiteral("revert"))->setEnabled(m_editor->isModified());
    button(QStringLiteral("save"))->setEnabled(m_editor->isModified() || !stored);
    button(QStringLiteral("use"))->setEnabled(stored || m_editor->isModified());
}

} // namespace maxmon
