// maxmon-cli: the command-line face of maxmon_core, for scripts and CI.
#include "benchcommand.h"
#include "connectcommand.h"
#include "console.h"
#include "convertcommand.h"
#include "exitcode.h"
#include "maxmonversion.h"
#include "monitorcommand.h"
#include "netsimcommand.h"
#include "phoenixcommand.h"
#include "probecommand.h"
#include "querycommand.h"
#include "recordcommand.h"
#include "replaycommand.h"
#include "servecommand.h"

#include <maxmon/translationloader.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace maxmon::cli {
namespace {

void printUsage(FILE *out)
{
    const std::pair<const char *, QString> commands[] = {
        { "connect URL", Console::tr("send stdin lines, print received messages") },
        { "probe URL", Console::tr("handshake time, ping RTT and loss, for monitoring") },
        { "record URL --out F",
          Console::tr("connect and record every message in F (.maxmon session, or JSON lines)") },
        { "query F", Console::tr("print a session's, recording's or bundle's messages, filtered") },
        { "convert IN OUT", Console::tr("convert between .maxmon, .jsonl and .csv") },
        { "replay F URL", Console::tr("send a recording's messages again, with their timing") },
        { "bench URL", Console::tr("throughput and latency against an echo endpoint") },
        { "phoenix URL --join T",
          Console::tr("Phoenix Channels: join, push, print replies, events") },
        { "serve", Console::tr("run the embedded demo server (/echo, /events, /auth, /socket)") },
        { "netsim", Console::tr("forward TCP through a bad network (latency, caps, resets)") },
        { "monitor --config F",
          Console::tr("hold many connections, export their health to Prometheus") },
    };
    QString text = Console::tr("Usage: maxmon-cli [--lang LANGUAGE] <command> [options]")
        + QLatin1String("\n\n") + Console::tr("Commands:") + QLatin1Char('\n');
    for (const auto &[command, description] : commands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(command), -20).arg(description);
    text += QLatin1Char('\n')
        + Console::tr("Run 'maxmon-cli <command> --help' for the options of a command.")
        + QLatin1Char('\n')
        + Console::tr("Options: --help, --version, --lang LANGUAGE (de, ru, en, ...; default: the "
                      "system's)")
        + QLatin1String("\n\n")
        + Console::tr(
                "Exit codes (probe: the Nagios ones, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):\n"
                "  0 ok  1 other failure  2 usage  3 connection  4 TLS  5 authentication\n"
                "  6 timeout  7 protocol  8 configuration  9 incomplete (replay, bench)\n"
                "  10 join failed  11 push failed (phoenix)")
        + QLatin1Char('\n');
    std::fputs(text.toLocal8Bit().constData(), out);
}

} // namespace
} // namespace maxmon::cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("maxmon-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAXMON_VERSION));
    // The commands print their own status lines; the library's info logs would
    // say the same things twice. QT_LOGGING_RULES (e.g. "maxmon.*.debug=true")
    // still turns them on, as it takes precedence over these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("maxmon.*.info=false"));

    QStringList arguments = QCoreApplication::arguments();
    // --lang before the command: the commands' own parsers never see it.
    maxmon::TranslationLoader translations;
    QString language = QString();
    if (arguments.value(1) == QLatin1String("--lang")) {
        language = arguments.value(2);
        arguments.remove(1, qMin<qsizetype>(2, arguments.size() - 1));
    } else if (arguments.value(1).startsWith(QLatin1String("--lang="))) {
        language = arguments.takeAt(1).mid(7);
    }
    if (!translations.load(language) && !language.isEmpty()
        && !maxmon::TranslationLoader::isSourceLanguage(language)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                maxmon::cli::Console::tr("maxmon-cli: no translation for \"%1\" (there are: %2); "
                                         "using English")
                    .arg(language, translations.availableLanguages().join(QLatin1String(", ")))));
    }
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("maxmon-cli %s\n", MAXMON_VERSION);
        return maxmon::cli::Ok;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        maxmon::cli::printUsage(command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? maxmon::cli::Usage : maxmon::cli::Ok;
    }
    arguments.removeAt(1); // "maxmon-cli connect URL" -> parser sees "maxmon-cli URL"
    using namespace maxmon::cli;
    const std::pair<const char *, int (*)(const QStringList &)> commands[] = {
        { "connect", &ConnectCommand::run }, { "probe", &ProbeCommand::run },
        { "record", &RecordCommand::run },   { "replay", &ReplayCommand::run },
        { "bench", &BenchCommand::run },     { "serve", &ServeCommand::run },
        { "netsim", &NetsimCommand::run },   { "phoenix", &PhoenixCommand::run },
        { "query", &QueryCommand::run },     { "convert", &ConvertCommand::run },
        { "monitor", &MonitorCommand::run },
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return run(arguments);
    }
    std::fprintf(
        stderr, "%s\n\n",
        qPrintable(maxmon::cli::Console::tr("maxmon-cli: unknown command '%1'").arg(command)));
    maxmon::cli::printUsage(stderr);
    return Usage;
}
