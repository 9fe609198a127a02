// maxmon-cli: the command-line face of maxmon_core, for scripts and CI.
#include "connectcommand.h"
#include "exitcode.h"
#include "maxmonversion.h"
#include "netsimcommand.h"
#include "servecommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printUsage(FILE *out)
{
    std::fputs("Usage: maxmon-cli <command> [options]\n"
               "\n"
               "Commands:\n"
               "  connect URL   send stdin lines, print received messages\n"
               "  netsim        forward TCP through a bad network (latency, caps, resets)\n"
               "  serve         run the embedded demo server\n"
               "\n"
               "Run 'maxmon-cli <command> --help' for the options of a command.\n"
               "Options: --help, --version\n",
               out);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("maxmon-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAXMON_VERSION));

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
    if (command == QLatin1String("connect"))
        return maxmon::cli::ConnectCommand::run(arguments);
    if (command == QLatin1String("serve"))
        return maxmon::cli::ServeCommand::run(arguments);
    if (command == QLatin1String("netsim"))
        return maxmon::cli::NetsimCommand::run(arguments);

    std::fprintf(stderr, "maxmon-cli: unknown command '%s'\n\n", qPrintable(command));
    printUsage(stderr);
    return maxmon::cli::Usage;
}
