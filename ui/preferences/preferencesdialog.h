#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace maxmon {

class SessionPreferences;

// File > Preferences: the theme (the desktop's, light or dark, applied at
// once: Theme), the language of maxmon's texts (the system's,
// English, or one maxmon has a translation for), kept in QSettings under
// TranslationLoader::settingsKey() and read at start, so a change applies
// after a restart, as the dialog says (--lang still wins over it); and the
// sessions on disk (SessionPreferences, SessionSettings), which apply to the
// next connection.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // languages: those with a translation (TranslationLoader::availableLanguages()).
    explicit PreferencesDialog(const QStringList &languages, QWidget *parent = nullptr);

    // The language chosen in the dialog: a locale name, or empty for the system's.
    QString language() const;
    void setLanguage(const QString &language);
    QComboBox *languageBox() const { return m_language; }
    // System, Light or Dark (Theme::Choice); applied on OK.
    QComboBox *themeBox() const { return m_theme; }
    QLabel *noteLabel() const { return m_note; }
    SessionPreferences *sessions() const { return m_sessions; }

    // Stores the choice, then closes.
    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_note;
    SessionPreferences *m_sessions;
};

} // namespace maxmon
