// maxmon: the desktop GUI. Everything but the command line lives in maxmon_ui.
#include "mainwindow.h"
#include "maxmonversion.h"
#include "screenshotscenario.h"
#include "selftest.h"
#include "server/demoserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("maxmon"));
    QApplication::setApplicationName(QStringLiteral("maxmon"));
    QApplication::setApplicationVersion(QStringLiteral(MAXMON_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Max Connection Monitor: debug WebSocket and Phoenix Channels connections."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QApplication::translate("main", "WebSocket URL to open (default: the demo server)"),
        QStringLiteral("[url]"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Connect to the demo server, send, await the echo, exit"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Show typical traffic, save the window as PNG, exit"),
        QStringLiteral("file"));
    parser.addOptions({ selfTest, screenshot });
    parser.process(app);

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

    auto report = [](int exitCode, const QString &text) {
        std::fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(text));
        QCoreApplication::exit(exitCode);
    };
    if (parser.isSet(selfTest) || parser.isSet(screenshot)) {
        window.setSettingsEnabled(false);
        window.resize(1280, 800);
    }
    if (parser.isSet(selfTest)) {
        auto *test = new maxmon::SelfTest(&window, demo.url(), &window);
        QObject::connect(test, &maxmon::SelfTest::finished, &app, report);
        QTimer::singleShot(0, test, [test] { test->start(); });
    } else if (parser.isSet(screenshot)) {
        auto *scenario =
            new maxmon::ScreenshotScenario(&window, demo.url(), parser.value(screenshot), &window);
        QObject::connect(scenario, &maxmon::ScreenshotScenario::finished, &app, report);
        QTimer::singleShot(0, scenario, [scenario] { scenario->start(); });
    } else {
        window.openTab(parser.positionalArguments().value(0, window.demoUrl().toString()));
    }
    window.show();
    return app.exec();
}
