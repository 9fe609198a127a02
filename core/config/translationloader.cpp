#include <maxmon/translationloader.h>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <optional>
#include <utility>

namespace maxmon {

namespace {

const QLatin1String applicationBaseName("maxmon");

} // namespace

struct TranslationLoader::Private
{
    void unload();
    bool loadApplication(const QLocale &locale);

    QStringList directories;
    // the default QLocale before load() changed it, restored by unload()
    std::optional<QLocale> previousLocale;
    QTranslator application;
    QTranslator qt;
    QString applicationFile;
    QString qtFile;
};

TranslationLoader::TranslationLoader(const QStringList &directories)
    : d(std::make_unique<Private>())
{
    d->directories = directories;
}

TranslationLoader::~TranslationLoader()
{
    d->unload();
}

QStringList TranslationLoader::defaultDirectories()
{
    return { QDir::cleanPath(QCoreApplication::applicationDirPath()
                             + QLatin1String("/../share/maxmon/translations")) };
}

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("general/language");
}

QString TranslationLoader::languageArgument(const QStringList &arguments)
{
    const QLatin1String option("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

QString TranslationLoader::chosenLanguage(const QStringList &arguments, const QString &preference)
{
    const QString argument = languageArgument(arguments);
    return argument.isEmpty() ? preference : argument;
}

bool TranslationLoader::isSourceLanguage(const QString &language)
{
    // An unknown name also makes a C locale: only "C" and "POSIX" mean it.
    if (language == QLatin1String("C") || language == QLatin1String("POSIX"))
        return true;
    return QLocale(language).language() == QLocale::English;
}

QStringList TranslationLoader::availableLanguages() const
{
    QStringList languages;
    const QString prefix = applicationBaseName + QLatin1Char('_');
    for (const QString &directory : d->directories) {
        const QStringList files =
            QDir(directory).entryList({ prefix + QLatin1String("*.qm") }, QDir::Files);
        for (const QString &file : files) {
            const QString language = file.mid(prefix.size()).chopped(3); // ".qm"
            // maxmon_en.qm holds English plural forms, not a translation
            if (!isSourceLanguage(language) && !languages.contains(language))
                languages.append(language);
        }
    }
    languages.sort();
    return languages;
}

bool TranslationLoader::load(const QString &language)
{
    d->unload();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // Numbers, sizes and durations follow the language the texts are in.
    d->previousLocale = QLocale();
    QLocale::setDefault(locale);
    // English is what the sources say: only its plural forms ("1 message",
    // "2 messages") come from a file, and Qt's own texts need none.
    if (!language.isEmpty() && isSourceLanguage(language)) {
        d->loadApplication(QLocale(QLocale::English));
        return false;
    }

    // Qt first: QCoreApplication asks the translator installed last first,
    // so maxmon's own texts win where both translate the same context.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (d->qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory)) {
        QCoreApplication::installTranslator(&d->qt);
        d->qtFile = d->qt.filePath();
    }
    // QTranslator falls back from "de_AT" to "de"; an English system locale
    // finds maxmon_en.qm, which has only plural forms.
    const bool translated = d->loadApplication(locale) && !isSourceLanguage(locale.name());
    // No translation ("fr", "C"): the texts stay English, with English plurals.
    if (!translated && d->applicationFile.isEmpty())
        d->loadApplication(QLocale(QLocale::English));
    return translated;
}

QString TranslationLoader::applicationFile() const
{
    return d->applicationFile;
}

QString TranslationLoader::qtFile() const
{
    return d->qtFile;
}

bool TranslationLoader::Private::loadApplication(const QLocale &locale)
{
    for (const QString &directory : std::as_const(directories)) {
        if (application.load(locale, applicationBaseName, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(&application);
            applicationFile = application.filePath();
            return true;
        }
    }
    return false;
}

void TranslationLoader::Private::unload()
{
    if (previousLocale)
        QLocale::setDefault(*previousLocale);
    previousLocale.reset();
    if (!applicationFile.isEmpty())
        QCoreApplication::removeTranslator(&application);
    if (!qtFile.isEmpty())
        QCoreApplication::removeTranslator(&qt);
    applicationFile.clear();
    qtFile.clear();
}

} // namespace maxmon
