#include "connectcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "session.h"
#include "sessioncommandoptions.h"

namespace maxmon::cli {

int ConnectCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("connect"),
        tr("Connect to a WebSocket server: stdin lines (and --send) are sent, received messages "
           "are printed on stdout; status and errors go to stderr.\n"
           "On a terminal (or with --interactive) every message is shown with its time and "
           "direction (< in, > out); in a pipe stdout holds nothing but the received data, one "
           "message per line, binary ones in base64 (or hex).\n"
           "SIGINT closes with 1000, SIGTERM with 1001; a second signal exits at once (130).\n"
           "Exit codes: 0 closed normally, 1 other failure, 2 usage, 3 connection, 4 TLS, "
           "5 authentication, 6 timeout, 7 protocol, 8 configuration."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL"),
                                 QStringLiteral("[url]"));
    const SessionCommandOptions sessionOptions;
    sessionOptions.addTo(&parser);
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print every message, received and sent, as one JSON record per line (see "
           "docs/message-records.md)."));
    const QCommandLineOption interactive(
        QStringLiteral("interactive"),
        tr("Show times and directions even when stdout is not a terminal."));
    parser.addOptions({ json, interactive });

    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 1, Usage))
        return *stop;
    if (parser.isSet(json) && parser.isSet(interactive)) {
        commandLine.printUsageError(tr("Use either --json or --interactive, not both."));
        return Usage;
    }
    int exitCode = Usage;
    const std::optional<SessionSetup> setup = sessionOptions.read(commandLine, &exitCode);
    if (!setup)
        return exitCode;

    MessagePrinter::Mode mode = MessagePrinter::Mode::Pipe;
    if (parser.isSet(json))
        mode = MessagePrinter::Mode::Records;
    else if (parser.isSet(interactive) || console::stdoutIsTerminal())
        mode = MessagePrinter::Mode::Interactive;
    Session session(setup->config, setup->plan);
    session.setPrinter(MessagePrinter(mode, setup->plan.hexBinary));
    session.setPrintRtts(setup->printRtts);
    return session.exec();
}

} // namespace maxmon::cli
