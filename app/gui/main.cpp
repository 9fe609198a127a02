// maxmon: the desktop GUI. The window is maxmon_ui; its scripted modes (--self-test,
// --screenshot*) are maxmon_gui, next to this file.
#include "maxmonversion.h"
#include "preferences/theme.h"
#include "profiles/profilelibrary.h"
#include "recordingscreenshot.h"
#include "screenshotscenario.h"
#include "selftest.h"
#include "server/demoserver.h"
#include "window/applicationicon.h"
#include "window/mainwindow.h"

#include <maxmon/translationloader.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

// maxmon's options besides the URL, --help and --version. Made once the
// translation is loaded: their descriptions are the --help text.
struct Options
{
    const QCommandLineOption selfTest { QStringLiteral("self-test"),
                                        QApplication::translate(
                                            "main",
                                            "Connect to the demo server, send, await the echo, "
                                            "exit") };
    const QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Show typical traffic, save the window as PNG, exit"),
        QStringLiteral("file")
    };
    const QCommandLineOption screenshotProfiles {
        QStringLiteral("screenshot-profiles"),
        QApplication::translate("main", "Show the profiles dialog, save it as PNG, exit"),
        QStringLiteral("file")
    };
    const QCommandLineOption screenshotPhoenix {
        QStringLiteral("screenshot-phoenix"),
        QApplication::translate("main",
                                "Show the Phoenix demo (channels, presence, a push), save the "
                                "window as PNG, exit"),
        QStringLiteral("file")
    };
    const QCommandLineOption screenshotRecording {
        QStringLiteral("screenshot-recording"),
        QApplication::translate("main",
                                "Open an example recording for analysis, save the window as "
                                "PNG, exit"),
        QStringLiteral("file")
    };
    const QCommandLineOption dark { QStringLiteral("dark"),
                                    QApplication::translate(
                                        "main",
                                        "Use a dark palette (Fusion style), whatever the "
                                        "desktop's") };
    const QCommandLineOption lang {
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Show maxmon in this language (de, ru, en, ...) instead of the "
                                "one chosen in Preferences or the system's"),
        QStringLiteral("language")
    };
    const QCommandLineOption screenshotSize {
        QStringLiteral("screenshot-size"),
        QApplication::translate("main",
                                "The window's size for the screenshots, e.g. 1024x640 (default "
                                "1280x800)"),
        QStringLiteral("WxH"), QStringLiteral("1280x800")
    };

    QList<QCommandLineOption> all() const
    {
        return { selfTest,
                 screenshot,
                 screenshotProfiles,
                 screenshotPhoenix,
                 screenshotRecording,
                 screenshotSize,
                 dark,
                 lang };
    }
    // A mode that runs a script on the window and exits.
    bool isScripted(const QCommandLineParser &parser) const
    {
        return parser.isSet(selfTest) || parser.isSet(screenshot)
            || parser.isSet(screenshotProfiles) || parser.isSet(screenshotPhoenix)
            || parser.isSet(screenshotRecording);
    }
};

// The language of --lang, Preferences or the system; a word on stderr when
// there is no translation for it.
void loadTranslation(maxmon::TranslationLoader *translations)
{
    const QString language = maxmon::TranslationLoader::chosenLanguage(
        QApplication::arguments(),
        QSettings().value(maxmon::TranslationLoader::settingsKey()).toString());
    if (!translations->load(language) && !language.isEmpty()
        && !maxmon::TranslationLoader::isSourceLanguage(language)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("main",
                                        "maxmon: no translation for \"%1\" "
                                        "(there are: %2); using English")
                    .arg(language, translations->availableLanguages().join(QLatin1String(", ")))));
    }
}

// --self-test or one of the --screenshot modes on the window; it ends the
// application with its exit code and report.
void startScriptedMode(const QCommandLineParser &parser, const Options &options,
                       maxmon::MainWindow *window, const QUrl &echoUrl)
{
    window->setSettingsEnabled(false);
    const QStringList size = parser.value(options.screenshotSize).split(QLatin1Char('x'));
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    window->resize(width > 0 ? width : 1280, height > 0 ? height : 800);

    auto report = [](int exitCode, const QString &text) {
        std::fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(text));
        QCoreApplication::exit(exitCode);
    };
    if (parser.isSet(options.screenshotRecording)) {
        auto *scenario = new maxmon::RecordingScreenshot(
            window, parser.value(options.screenshotRecording), window);
        QObject::connect(scenario, &maxmon::RecordingScreenshot::finished, qApp, report);
        QTimer::singleShot(0, scenario, [scenario] { scenario->start(); });
    } else if (parser.isSet(options.selfTest)) {
        auto *test = new maxmon::SelfTest(window, echoUrl, window);
        QObject::connect(test, &maxmon::SelfTest::finished, qApp, report);
        QTimer::singleShot(0, test, [test] { test->start(); });
    } else {
        using Subject = maxmon::ScreenshotScenario::Subject;
        const Subject subject = parser.isSet(options.screenshotProfiles) ? Subject::ProfilesDialog
            : parser.isSet(options.screenshotPhoenix)                    ? Subject::Phoenix
                                                                         : Subject::Window;
        const QCommandLineOption &option = subject == Subject::ProfilesDialog
            ? options.screenshotProfiles
            : subject == Subject::Phoenix ? options.screenshotPhoenix
                                          : options.screenshot;
        auto *scenario =
            new maxmon::ScreenshotScenario(window, echoUrl, parser.value(option), subject, window);
        QObject::connect(scenario, &maxmon::ScreenshotScenario::finished, qApp, report);
        QTimer::singleShot(0, scenario, [scenario] { scenario->start(); });
    }
}

// The URL or file on the command line, else where the user left off, else
// the demo server.
void openFirstTab(const QCommandLineParser &parser, maxmon::MainWindow *window)
{
    if (!parser.positionalArguments().isEmpty()) {
        const QString argument = parser.positionalArguments().constFirst();
        if (QFileInfo(argument).isFile())
            window->openFile(argument);
        else
            window->openTab(argument);
    } else if (window->profiles()->contains(window->lastProfile())) {
        window->openProfileTab(window->lastProfile());
    } else {
        window->openTab(window->demoUrl().toString());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("maxmon"));
    QApplication::setApplicationName(QStringLiteral("maxmon"));
    QApplication::setApplicationVersion(QStringLiteral(MAXMON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MAXMON_APP_ID));
    QApplication::setWindowIcon(maxmon::applicationIcon());

    // Before any text is made, the --help output included.
    maxmon::TranslationLoader translations;
    loadTranslation(&translations);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Max Connection Monitor: debug WebSocket and Phoenix Channels connections."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QApplication::translate("main",
                                "WebSocket URL to open (default: the last profile used, or "
                                "the demo server), or a session file, recording or support "
                                "bundle to open read-only"),
        QStringLiteral("[url|file]"));
    const Options options;
    parser.addOptions(options.all());
    parser.process(app);
    // --dark wins over the theme chosen in Preferences
    const maxmon::Theme::Choice theme =
        parser.isSet(options.dark) ? maxmon::Theme::Choice::Dark : maxmon::Theme::stored();
    if (theme != maxmon::Theme::Choice::System)
        maxmon::Theme::apply(theme);

    // The embedded demo server: a live connection on the first run.
    maxmon::DemoServer demo;
    if (!demo.listen()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main",
                                                        "maxmon: the demo server could "
                                                        "not start: %1")
                                    .arg(demo.errorString())));
    }
    maxmon::MainWindow window;
    window.setDemoUrl(demo.url(QStringLiteral("/events"))); // live traffic from the start
    window.setPhoenixDemo(demo.url(QStringLiteral("/socket")), demo.authToken());
    if (options.isScripted(parser))
        startScriptedMode(parser, options, &window, demo.url());
    else
        openFirstTab(parser, &window);
    window.show();
    return app.exec();
}
