// maxmon-cli: the command-line face of maxmon_core, for scripts and CI.
#include "benchcommand.h"
#include "connectcommand.h"
#include "exitcode.h"
#include "maxmonversion.h"
#include "netsimcommand.h"
#include "phoenixcommand.h"
#include "probecommand.h"
#include "recordcommand.h"
#include "replaycommand.h"
#include "servecommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {

void printUsage(FILE *out)
{
    std::fputs("Usage: maxmon-cli <command> [options]\n"
               "\n"
               "Commands:\n"
               "  connect URL           send stdin lines, print received messages\n"
               "  probe URL             handshake time, ping RTT and loss, for monitoring\n"
               "  record URL --out F    connect and write every message to F (JSON lines)\n"
               "  replay F URL          send a recording's messages again, with their timing\n"
               "  bench URL             throughput and latency against an echo endpoint\n"
               "  phoenix URL --join T  Phoenix Channels: join, push, print replies, events\n"
               "  serve                 run the embedded demo server (/echo, /events, /auth)\n"
               "  netsim                forward TCP through a bad network (latency, caps, resets)\n"
               "\n"
               "Run 'maxmon-cli <command> --help' for the options of a command.\n"
               "Options: --help, --version\n"
               "\n"
               "Exit codes (probe: the Nagios ones, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):\n"
               "  0 ok  1 other failure  2 usage  3 connection  4 TLS  5 authentication\n"
               "  6 timeout  7 protocol  8 configuration  9 incomplete (replay, bench)\n"
               "  10 join failed  11 push failed (phoenix)\n",
               out);
}

} // namespace

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
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("maxmon-cli %s\n", MAXMON_VERSION);
        return maxmon::cli::Ok;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? maxmon::cli::Usage : maxmon::cli::Ok;
    }
    arguments.removeAt(1); // "maxmon-cli connect URL" -> parser sees "maxmon-cli URL"
    using namespace maxmon::cli;
    const std::pair<const char *, int (*)(const QStringList &)> commands[] = {
        { "connect", &ConnectCommand::run }, { "probe", &ProbeCommand::run },
        { "record", &RecordCommand::run },   { "replay", &ReplayCommand::run },
        { "bench", &BenchCommand::run },     { "serve", &ServeCommand::run },
        { "netsim", &NetsimCommand::run },   { "phoenix", &PhoenixCommand::run },
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return run(arguments);
    }
    std::fprintf(stderr, "maxmon-cli: unknown command '%s'\n\n", qPrintable(command));
    printUsage(stderr);
    return Usage;
}
