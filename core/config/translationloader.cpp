#include <maxmon/translationloader.h>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace maxmon {

namespace {

const QLatin1String applicationBaseName("maxmon");

} // namespace

struct TranslationLoader::Private
{
    void unload();

    QStringList directories;
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
            if (!languages.contains(language))
                languages.append(language);
        }
    }
    languages.sort();
    return languages;
}

bool TranslationLoader::load(const QString &language)
{
    d->unload();
    // English is what the sources say: nothing to install, not even Qt's.
    if (!language.isEmpty() && isSourceLanguage(language))
        return false;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);

    // Qt first: QCoreApplication asks the translator installed last first,
    // so maxmon's own texts win where both translate the same context.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (d->qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory)) {
        QCoreApplication::installTranslator(&d->qt);
        d->qtFile = d->qt.filePath();
    }
    for (const QString &directory : d->directories) {
        if (d->application.load(locale, applicationBaseName, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(&d->application);
            d->applicationFile = d->application.filePath();
            return true;
        }
    }
    return false;
}

QString TranslationLoader::applicationFile() const
{
    return d->applicationFile;
}

QString TranslationLoader::qtFile() const
{
    return d->qtFile;
}

void TranslationLoader::Private::unload()
{
    if (!applicationFile.isEmpty())
        QCoreApplication::removeTranslator(&application);
    if (!qtFile.isEmpty())
        QCoreApplication::removeTranslator(&qt);
    applicationFile.clear();
    qtFile.clear();
}

} // namespace maxmon
