// TranslationLoader: which language (--lang, the preference, the system),
// where the .qm files are found, and that maxmon's and Qt's translations are
// installed and removed again. Uses the .qm files the build made from
// translations/*.ts (MAXMON_QM_DIR).
#include <maxmon/translationloader.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;

namespace {

const QString qmDir = QStringLiteral(MAXMON_QM_DIR);

QString fileMenu()
{
    return QCoreApplication::translate("maxmon::MainWindow", "&File");
}

} // namespace

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void languageArgument_data();
    void languageArgument();
    void argumentWinsOverPreference();
    void sourceLanguage_data();
    void sourceLanguage();
    void defaultDirectoryIsNextToTheBinary();
    void availableLanguages();
    void loadsMaxmonAndQtTranslations();
    void regionFallsBackToLanguage();
    void systemLocaleWhenNoneIsChosen();
    void englishInstallsOnlyPluralForms();
    void defaultLocaleFollowsTheLanguage();
    void unknownLanguageGetsEnglishPlurals();
    void firstDirectoryWins();
    void loadingAgainReplaces();
    void destructionRemovesTranslations();
};

void TestTranslationLoader::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestTranslationLoader::languageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");

    const QString app = QStringLiteral("maxmon");
    QTest::newRow("none") << QStringList { app } << QString();
    QTest::newRow("separate value")
        << QStringList { app, QStringLiteral("--lang"), QStringLiteral("de") }
        << QStringLiteral("de");
    QTest::newRow("with =") << QStringList { app, QStringLiteral("--lang=ru_RU") }
                            << QStringLiteral("ru_RU");
    QTest::newRow("among others") << QStringList { app, QStringLiteral("--dark"),
                                                   QStringLiteral("--lang"), QStringLiteral("de"),
                                                   QStringLiteral("ws://host/") }
                                  << QStringLiteral("de");
    QTest::newRow("missing value") << QStringList { app, QStringLiteral("--lang") } << QString();
    QTest::newRow("after --") << QStringList { app, QStringLiteral("--"), QStringLiteral("--lang"),
                                               QStringLiteral("de") }
                              << QString();
    QTest::newRow("program name only counts as argument 0")
        << QStringList { QStringLiteral("--lang=de") } << QString();
    QTest::newRow("similar option")
        << QStringList { app, QStringLiteral("--language=de") } << QString();
}

void TestTranslationLoader::languageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(TranslationLoader::languageArgument(arguments), language);
}

void TestTranslationLoader::argumentWinsOverPreference()
{
    const QString app = QStringLiteral("maxmon");
    QCOMPARE(TranslationLoader::chosenLanguage(
                 { app, QStringLiteral("--lang"), QStringLiteral("ru") }, QStringLiteral("de")),
             QStringLiteral("ru"));
    QCOMPARE(TranslationLoader::chosenLanguage({ app }, QStringLiteral("de")),
             QStringLiteral("de"));
    QCOMPARE(TranslationLoader::chosenLanguage({ app }, QString()), QString());
}

void TestTranslationLoader::sourceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("source");

    QTest::newRow("en") << QStringLiteral("en") << true;
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << true;
    QTest::newRow("en-US") << QStringLiteral("en-US") << true;
    QTest::newRow("C") << QStringLiteral("C") << true;
    QTest::newRow("de") << QStringLiteral("de") << false;
    QTest::newRow("ru_RU") << QStringLiteral("ru_RU") << false;
    QTest::newRow("unknown") << QStringLiteral("xx") << false;
}

void TestTranslationLoader::sourceLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, source);
    QCOMPARE(TranslationLoader::isSourceLanguage(language), source);
}

void TestTranslationLoader::defaultDirectoryIsNextToTheBinary()
{
    const QStringList directories = TranslationLoader::defaultDirectories();
    QCOMPARE(directories.size(), 1);
    QCOMPARE(directories.constFirst(),
             QDir::cleanPath(QCoreApplication::applicationDirPath()
                             + QStringLiteral("/../share/maxmon/translations")));
}

void TestTranslationLoader::availableLanguages()
{
    QCOMPARE(TranslationLoader({ qmDir }).availableLanguages(),
             (QStringList { QStringLiteral("de"), QStringLiteral("ru") }));

    QTemporaryDir other;
    QVERIFY(QFile::copy(qmDir + QStringLiteral("/maxmon_de.qm"),
                        other.filePath(QStringLiteral("maxmon_de.qm"))));
    QVERIFY(QFile::copy(qmDir + QStringLiteral("/maxmon_de.qm"),
                        other.filePath(QStringLiteral("maxmon_fr.qm"))));
    QFile unrelated(other.filePath(QStringLiteral("qtbase_it.qm")));
    QVERIFY(unrelated.open(QIODevice::WriteOnly));
    QCOMPARE(TranslationLoader({ other.path(), qmDir }).availableLanguages(),
             (QStringList { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ru") }));

    QTemporaryDir empty;
    QVERIFY(TranslationLoader({ empty.path() }).availableLanguages().isEmpty());
}

void TestTranslationLoader::loadsMaxmonAndQtTranslations()
{
    TranslationLoader loader({ qmDir });
    QVERIFY(loader.load(QStringLiteral("de")));
    QCOMPARE(loader.applicationFile(), qmDir + QStringLiteral("/maxmon_de.qm"));
    QCOMPARE(fileMenu(), QStringLiteral("&Datei"));

    const QString qtBase =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtBase))
        QSKIP("qtbase_de.qm is missing: scripts/deps installs qt6-translations-l10n");
    QCOMPARE(loader.qtFile(), qtBase);
    // a text of Qt's own, from qtbase_de.qm
    const QString help = QStringLiteral("Displays help on commandline options.");
    QVERIFY2(QCoreApplication::translate("QCommandLineParser", help.toUtf8().constData()) != help,
             "Qt's own strings stay English");
}

void TestTranslationLoader::regionFallsBackToLanguage()
{
    TranslationLoader loader({ qmDir });
    QVERIFY(loader.load(QStringLiteral("de_AT")));
    QCOMPARE(loader.applicationFile(), qmDir + QStringLiteral("/maxmon_de.qm"));
}

void TestTranslationLoader::systemLocaleWhenNoneIsChosen()
{
    // QTranslator follows the default locale, which is the system's unless set
    QLocale::setDefault(QLocale(QStringLiteral("ru_RU")));
    TranslationLoader loader({ qmDir });
    QVERIFY(loader.load(QString()));
    QCOMPARE(loader.applicationFile(), qmDir + QStringLiteral("/maxmon_ru.qm"));
    QCOMPARE(fileMenu(), QStringLiteral("&Файл"));
}

void TestTranslationLoader::englishInstallsOnlyPluralForms()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    TranslationLoader loader({ qmDir });
    QVERIFY(!loader.load(QStringLiteral("en")));
    QCOMPARE(loader.applicationFile(), qmDir + QStringLiteral("/maxmon_en.qm"));
    QVERIFY(loader.qtFile().isEmpty());
    QCOMPARE(fileMenu(), QStringLiteral("&File"));
    // the plural forms: "1 message", "84 messages", never "message(s)"
    const auto count = [](int n) {
        return QCoreApplication::translate("maxmon::StatusSummary", "%Ln message(s)", nullptr, n);
    };
    QCOMPARE(count(1), QStringLiteral("1 message"));
    QCOMPARE(count(84), QStringLiteral("84 messages"));
    QCOMPARE(count(10000), QStringLiteral("10,000 messages"));
}

void TestTranslationLoader::defaultLocaleFollowsTheLanguage()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    {
        TranslationLoader loader({ qmDir });
        QVERIFY(loader.load(QStringLiteral("de")));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(10000), QStringLiteral("10.000"));
        QVERIFY(loader.load(QStringLiteral("ru")));
        QCOMPARE(QLocale().language(), QLocale::Russian);
        QVERIFY(!loader.load(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
    // the loader gone, the earlier default is back
    QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
}

void TestTranslationLoader::unknownLanguageGetsEnglishPlurals()
{
    TranslationLoader loader({ qmDir });
    QVERIFY(!loader.load(QStringLiteral("xx")));
    // English texts, and their plural forms
    QCOMPARE(loader.applicationFile(), qmDir + QStringLiteral("/maxmon_en.qm"));
    QCOMPARE(fileMenu(), QStringLiteral("&File"));
}

void TestTranslationLoader::firstDirectoryWins()
{
    QTemporaryDir first;
    const QString copy = first.filePath(QStringLiteral("maxmon_de.qm"));
    QVERIFY(QFile::copy(qmDir + QStringLiteral("/maxmon_de.qm"), copy));
    TranslationLoader loader({ first.path(), qmDir });
    QVERIFY(loader.load(QStringLiteral("de")));
    QCOMPARE(loader.applicationFile(), copy);

    // a directory without the language is passed over
    TranslationLoader ruLoader({ first.path(), qmDir });
    QVERIFY(ruLoader.load(QStringLiteral("ru")));
    QCOMPARE(ruLoader.applicationFile(), qmDir + QStringLiteral("/maxmon_ru.qm"));
}

void TestTranslationLoader::loadingAgainReplaces()
{
    TranslationLoader loader({ qmDir });
    QVERIFY(loader.load(QStringLiteral("de")));
    QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
    QVERIFY(loader.load(QStringLiteral("ru")));
    QCOMPARE(fileMenu(), QStringLiteral("&Файл"));
    QVERIFY(!loader.load(QStringLiteral("en")));
    QCOMPARE(fileMenu(), QStringLiteral("&File"));
}

void TestTranslationLoader::destructionRemovesTranslations()
{
    {
        TranslationLoader loader({ qmDir });
        QVERIFY(loader.load(QStringLiteral("de")));
        QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
    }
    QCOMPARE(fileMenu(), QStringLiteral("&File"));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
