#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace maxmon {

namespace {

const QLatin1String applicationBaseName("maxmon");

} // namespace

TranslationLoader::TranslationLoader(const QStringList &directories)
    : m_directories(directories)
{ }

TranslationLoader::~TranslationLoader()
{
    unload();
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
    for (const QString &directory : m_directories) {
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
    unload();
    // English is what the sources say: nothing to install, not even Qt's.
    if (!language.isEmpty() && isSourceLanguage(language))
        return false;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);

    // Qt first: QCoreApplication asks the translator installed last first,
    // so maxmon's own texts win where both translate the same context.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory)) {
        QCoreApplication::installTranslator(&m_qt);
        m_qtFile = m_qt.filePath();
    }
    for (const QString &directory : m_directories) {
        if (m_application.load(locale, applicationBaseName, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(&m_application);
            m_applicationFile = m_application.filePath();
            return true;
        }
    }
    return false;
}

void TranslationLoader::unload()
{
    if (!m_applicationFile.isEmpty())
        QCoreApplication::removeTranslator(&m_application);
    if (!m_qtFile.isEmpty())
        QCoreApplication::removeTranslator(&m_qt);
    m_applicationFile.clear();
    m_qtFile.clear();
}

} // namespace maxmon
