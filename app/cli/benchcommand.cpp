#include "benchcommand.h"

#include "benchoptions.h"
#include "commandline.h"
#include "connectoptions.h"
#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"

#include <maxmon/loadgenerator.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace maxmon::cli {

int BenchCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("bench"),
        tr("Load an echo endpoint (e.g. the demo server's /echo) from several connections and "
           "measure throughput and round-trip latency. Each message carries a sequence number "
           "at its start; an echo is matched by it and must come back unchanged.\n"
           "Exit codes: 0 all messages came back intact, 9 messages lost or mismatched or a "
           "connection failed, 2 usage; when no connection opened, the connect exit code."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("ws:// or wss:// URL of an echo endpoint"),
                                 QStringLiteral("[url]"));
    const ConnectOptions connectOptions;
    connectOptions.addTo(&parser);
    const BenchOptions benchOptions;
    benchOptions.addTo(&parser);
    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 1, Usage))
        return *stop;

    int exitCode = Usage;
    const std::optional<ConnectionConfig> config =
        connectOptions.read(commandLine, parser.positionalArguments().value(0), &exitCode);
    if (!config)
        return exitCode;
    const Result<BenchPlan> plan = benchOptions.toPlan(parser);
    if (!plan) {
        commandLine.printUsageError(plan.error().message());
        return Usage;
    }
    LoadGenerator::Settings settings = plan->settings;
    settings.config = *config;

    LoadGenerator generator(settings);
    QObject::connect(&generator, &LoadGenerator::connected, &generator, [](int opened, int failed) {
        console::err(
            tr("[bench] %n connection(s) open, %1 failed; sending", nullptr, opened).arg(failed));
    });
    QObject::connect(&generator, &LoadGenerator::finished, &generator,
                     [] { QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); }); });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &generator,
                     [&generator](int signals) {
                         if (signals > 1)
                             QCoreApplication::exit(130);
                         else
                             generator.stop();
                     });
    console::err(tr("[bench] %n connection(s) to %1", nullptr, settings.connections)
                     .arg(config->displayUrl()));
    QTimer::singleShot(0, &generator, &LoadGenerator::start);
    if (const int interrupted = QCoreApplication::exec(); interrupted != 0)
        return interrupted;

    const LoadReport report = generator.report();
    if (plan->json)
        console::out(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    else
        console::out(report.toText().toUtf8());
    if (report.connectionsOpened == 0) // say why, as connect would
        return exitCodeFor(generator.firstError());
    return report.isClean() ? Ok : Incomplete;
}

} // namespace maxmon::cli
