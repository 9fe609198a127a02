// PreferencesDialog: the language choices, what it stores, and the whole
// path of a choice: stored in the dialog, read at the next start (or
// overridden by --lang), and the window's menus in that language. Settings
// live in a temporary directory; the .qm files are the build's (MAXMON_QM_DIR).
#include "colorcontrast.h"
#include "preferences/palettes.h"
#include "preferences/preferencesdialog.h"
#include "preferences/theme.h"
#include "temporarysettings.h"
#include "window/mainwindow.h"

#include <maxmon/translationloader.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using namespace maxmon;

namespace {

const QStringList translated { QStringLiteral("de"), QStringLiteral("ru") };

QString storedLanguage()
{
    return QSettings().value(TranslationLoader::settingsKey()).toString();
}

// What maxmon does at start: --lang, else the preference, else the system's.
QString firstMenuAfterStart(const QStringList &arguments)
{
    TranslationLoader translations({ QStringLiteral(MAXMON_QM_DIR) });
    translations.load(TranslationLoader::chosenLanguage(arguments, storedLanguage()));
    MainWindow window;
    window.setSettingsEnabled(false);
    return window.menuBar()->actions().constFirst()->text();
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void offersSystemEnglishAndTranslations();
    void storesTheChoice();
    void systemDefaultForgetsTheChoice();
    void cancelKeepsTheStoredChoice();
    void unknownStoredLanguageShowsSystemDefault();
    void windowOffersPreferences();
    void chosenLanguageAppliesAtTheNextStart();
    void themeIsOfferedAndApplied();
};

void TestPreferencesDialog::initTestCase()
{
    test::useTemporarySettings();
    // the system's language must not decide what the window shows here
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
}

void TestPreferencesDialog::offersSystemEnglishAndTranslations()
{
    PreferencesDialog dialog(translated);
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->count(), 4);
    QCOMPARE(box->itemData(0).toString(), QString());
    QVERIFY(box->itemText(0).contains(QLocale::system().nativeLanguageName(), Qt::CaseInsensitive));
    QCOMPARE(box->itemText(1), QStringLiteral("English"));
    QCOMPARE(box->itemData(1).toString(), QStringLiteral("en"));
    // each language in its own words
    QCOMPARE(box->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(box->itemData(2).toString(), QStringLiteral("de"));
    QCOMPARE(box->itemText(3), QStringLiteral("Русский"));
    QCOMPARE(box->itemData(3).toString(), QStringLiteral("ru"));
    QCOMPARE(dialog.language(), QString()); // nothing stored: the system's

    dialog.show();
    QVERIFY(dialog.noteLabel()->isVisible());
    QVERIFY(!dialog.noteLabel()->text().isEmpty());
}

void TestPreferencesDialog::storesTheChoice()
{
    {
        PreferencesDialog dialog(translated);
        dialog.setLanguage(QStringLiteral("de"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(storedLanguage(), QStringLiteral("de"));
    PreferencesDialog again(translated);
    QCOMPARE(again.language(), QStringLiteral("de"));
    QCOMPARE(again.languageBox()->currentText(), QStringLiteral("Deutsch"));
}

void TestPreferencesDialog::systemDefaultForgetsTheChoice()
{
    QSettings().setValue(TranslationLoader::settingsKey(), QStringLiteral("ru"));
    PreferencesDialog dialog(translated);
    QCOMPARE(dialog.language(), QStringLiteral("ru"));
    dialog.languageBox()->setCurrentIndex(0);
    dialog.accept();
    QVERIFY(!QSettings().contains(TranslationLoader::settingsKey()));
}

void TestPreferencesDialog::cancelKeepsTheStoredChoice()
{
    QSettings().setValue(TranslationLoader::settingsKey(), QStringLiteral("ru"));
    PreferencesDialog dialog(translated);
    dialog.setLanguage(QStringLiteral("en"));
    dialog.reject();
    QCOMPARE(storedLanguage(), QStringLiteral("ru"));
}

void TestPreferencesDialog::unknownStoredLanguageShowsSystemDefault()
{
    // a translation that is no longer installed
    QSettings().setValue(TranslationLoader::settingsKey(), QStringLiteral("fr"));
    PreferencesDialog dialog(translated);
    QCOMPARE(dialog.languageBox()->currentIndex(), 0);
    QCOMPARE(dialog.language(), QString());
}

void TestPreferencesDialog::windowOffersPreferences()
{
    MainWindow window;
    window.setSettingsEnabled(false);
    QAction *preferences = window.action(QStringLiteral("preferences"));
    QVERIFY(preferences);
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
    QVERIFY(!preferences->shortcut().isEmpty());
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file->actions().contains(preferences));
}

void TestPreferencesDialog::chosenLanguageAppliesAtTheNextStart()
{
    const QString app = QStringLiteral("maxmon");
    QCOMPARE(firstMenuAfterStart({ app }), QStringLiteral("&File"));

    PreferencesDialog dialog(translated);
    dialog.setLanguage(QStringLiteral("de"));
    dialog.accept();
    QCOMPARE(firstMenuAfterStart({ app }), QStringLiteral("&Datei"));
    // --lang wins over the preference
    QCOMPARE(firstMenuAfterStart({ app, QStringLiteral("--lang"), QStringLiteral("ru") }),
             QStringLiteral("&Файл"));
    QCOMPARE(firstMenuAfterStart({ app, QStringLiteral("--lang=en") }), QStringLiteral("&File"));
}

void TestPreferencesDialog::themeIsOfferedAndApplied()
{
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
    {
        PreferencesDialog dialog({});
        QComboBox *theme = dialog.themeBox();
        QCOMPARE(theme->count(), 3);
        QCOMPARE(theme->currentData().toInt(), int(Theme::Choice::System));
        theme->setCurrentIndex(theme->findData(int(Theme::Choice::Dark)));
        dialog.accept();
    }
    QCOMPARE(QSettings().value(Theme::settingsKey()).toString(), QStringLiteral("dark"));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             darkPalette().color(QPalette::Window));

    // a check box on the dark palette: its frame stands out from the window
    // (WCAG's 3:1 for the parts of a control), unchecked as checked
    for (const bool checked : { false, true }) {
        QCheckBox box(QStringLiteral("Auto-scroll"));
        box.setChecked(checked);
        box.resize(box.sizeHint());
        const QImage image = box.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator =
            box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        const QColor window = box.palette().color(QPalette::Window);
        double best = 1;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                best = std::max(best, test::contrast(image.pixelColor(x, y), window));
        }
        QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
    }

    // back to the desktop's colours
    PreferencesDialog dialog({});
    QCOMPARE(dialog.themeBox()->currentData().toInt(), int(Theme::Choice::Dark));
    dialog.themeBox()->setCurrentIndex(0);
    dialog.accept();
    QVERIFY(!QSettings().contains(Theme::settingsKey()));
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
