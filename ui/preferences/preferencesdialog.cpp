#include "preferences/preferencesdialog.h"

#include "preferences/sessionpreferences.h"
#include "preferences/theme.h"

#include <maxmon/translationloader.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace maxmon {

namespace {

// A language in its own words ("Deutsch", "Русский"), as a user looking for
// it would recognise it.
QString nativeName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace

PreferencesDialog::PreferencesDialog(const QStringList &languages, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_sessions(new SessionPreferences(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default (%1)").arg(nativeName(QLocale::system().name())),
                        QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &language : languages)
        m_language->addItem(nativeName(language), language);

    m_theme->setObjectName(QStringLiteral("theme"));
    for (const Theme::Choice choice :
         { Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark })
        m_theme->addItem(Theme::text(choice), static_cast<int>(choice));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(Theme::stored())));
    m_theme->setToolTip(tr("The desktop's colours, or maxmon's own light or dark ones"));

    m_note->setObjectName(QStringLiteral("note"));
    m_note->setText(tr("maxmon shows the new language when it starts again."));
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_sessions);
    layout->addStretch();
    layout->addWidget(buttons);

    setLanguage(QSettings().value(TranslationLoader::settingsKey()).toString());
    m_sessions->setSettings(SessionSettings::load());
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    if (language().isEmpty())
        settings.remove(TranslationLoader::settingsKey());
    else
        settings.setValue(TranslationLoader::settingsKey(), language());
    m_sessions->settings().save();
    const auto theme = static_cast<Theme::Choice>(m_theme->currentData().toInt());
    if (theme != Theme::stored()) {
        Theme::store(theme);
        Theme::apply(theme);
    }
    QDialog::accept();
}

} // namespace maxmon
