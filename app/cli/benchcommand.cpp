#include "benchcommand.h"

#include "commandline.h"
#include "connectoptions.h"
#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"

#include <maxmon/loadgenerator.h>
#include <maxmon/units.h>

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
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Message size in bytes, at least 16 (default 64; 1KiB, "
                                     "1MB ... allowed)."),
                                  QStringLiteral("bytes"), QStringLiteral("64"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   tr("Messages in all connections together (default 1000; 0 "
                                      "with --duration)."),
                                   QStringLiteral("N"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("Send for this long instead of a count, e.g. 10s."),
                                      QStringLiteral("duration"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  tr("Messages per second in all (default: as fast as the "
                                     "windows allow)."),
                                  QStringLiteral("N"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         tr("Parallel connections (default 1)."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    tr("Messages in flight per connection: 1 is request/response, "
                                       "more pipelines (default 1)."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("Send text messages instead of binary ones."));
    const QCommandLineOption replyTimeout(
        QStringLiteral("reply-timeout"),
        tr("Give up when no echo came back for this long while messages are in flight (default "
           "5s); those are lost."),
        QStringLiteral("duration"), QStringLiteral("5s"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the report as one JSON object."));
    parser.addOptions(
        { size, count, duration, rate, connections, window, text, replyTimeout, json });

    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 1, Usage))
        return *stop;
    const auto usageError = [&commandLine](const QString &message) {
        commandLine.printUsageError(message);
        return Usage;
    };

    int exitCode = Usage;
    std::optional<ConnectionConfig> config =
        connectOptions.read(commandLine, parser.positionalArguments().value(0), &exitCode);
    if (!config)
        return exitCode;

    LoadGenerator::Settings settings;
    settings.config = *config;
    bool ok = false;
    const Result<qint64> bytes = parseByteRate(parser.value(size));
    if (!bytes || *bytes > std::numeric_limits<int>::max())
        return usageError(QStringLiteral("--size: ")
                          + (bytes ? tr("too large") : bytes.error().message()));
    settings.messageSize = static_cast<int>(*bytes);
    if (parser.isSet(duration)) {
        const Result<qint64> ms = parseDurationMs(parser.value(duration));
        if (!ms || *ms <= 0 || *ms > std::numeric_limits<int>::max())
            return usageError(QStringLiteral("--duration: ")
                              + (ms ? tr("above 0 and at most 24 days") : ms.error().message()));
        settings.durationMs = *ms;
        settings.count = 0;
    }
    if (parser.isSet(count)) {
        settings.count = parser.value(count).toLongLong(&ok);
        if (!ok || settings.count < 0)
            return usageError(tr("--count: a number of messages, 0 or more."));
    }
    if (parser.isSet(rate)) {
        settings.rate = parser.value(rate).toDouble(&ok);
        if (!ok || !(settings.rate > 0))
            return usageError(tr("--rate: messages per second, above 0."));
    }
    settings.connections = parser.value(connections).toInt(&ok);
    if (!ok)
        settings.connections = 0;
    settings.window = parser.value(window).toInt(&ok);
    if (!ok)
        settings.window = 0;
    settings.text = parser.isSet(text);
    const Result<qint64> replyMs = parseDurationMs(parser.value(replyTimeout));
    if (!replyMs || *replyMs < 1 || *replyMs > std::numeric_limits<int>::max())
        return usageError(QStringLiteral("--reply-timeout: ")
                          + (replyMs ? tr("from 1ms to 24 days") : replyMs.error().message()));
    settings.replyTimeoutMs = static_cast<int>(*replyMs);
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return usageError(problem);

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
    if (parser.isSet(json))
        console::out(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    else
        console::out(report.toText().toUtf8());
    if (report.connectionsOpened == 0) // say why, as connect would
        return exitCodeFor(generator.firstError());
    return report.isClean() ? Ok : Incomplete;
}

} // namespace maxmon::cli
