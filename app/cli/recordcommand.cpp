#include "recordcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "session.h"
#include "sessioncommandoptions.h"

#include <maxmon/logexporter.h>
#include <maxmon/messagerecorder.h>
#include <maxmon/sessionfile.h>
#include <maxmon/sessionstore.h>

namespace maxmon::cli {

int RecordCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("record"),
        tr("Connect like 'connect' and record every message, sent and received (close frames "
           "included), in --out. A FILE ending in .maxmon becomes a session file (SQLite): "
           "messages, state changes, errors and heartbeat round trips, secrets masked as in the "
           "exports, written at least every 50 ms, so a killed process loses at most the last "
           "quarter second. Any other FILE gets JSON lines (MessageRecord), each line written "
           "through at once. Replay a recording with 'maxmon-cli replay'; read a session with "
           "'maxmon-cli query'.\n"
           "Exit codes: as 'connect'."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL"),
                                 QStringLiteral("[url]"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to record to (created or truncated): FILE.maxmon "
                                    "for a session file, anything else for JSON lines."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    const SessionCommandOptions sessionOptions;
    sessionOptions.addTo(&parser);

    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 1, Usage))
        return *stop;
    if (parser.value(out).isEmpty()) {
        commandLine.printUsageError(tr("--out FILE is required."));
        return Usage;
    }
    int exitCode = Usage;
    const std::optional<SessionSetup> setup = sessionOptions.read(commandLine, &exitCode);
    if (!setup)
        return exitCode;

    const QString path = parser.value(out);
    Session session(setup->config, setup->plan);
    session.setPrintRtts(setup->printRtts);
    MessageRecorder recorder;
    SessionStore store;
    if (SessionFile::formatForPath(path) == SessionFile::Format::Session) {
        LogExporter secrets;
        secrets.setSecrets(setup->plan.variables.secretValues());
        secrets.addSecretsOf(setup->config);
        store.setRedaction(secrets);
        if (const Result<void> created = store.create(path); !created) {
            console::status(tr("error: %1").arg(created.error().toString()));
            return Config;
        }
        session.setSessionStore(&store);
    } else {
        if (const Result<void> opened = recorder.open(path); !opened) {
            console::status(tr("error: %1").arg(opened.error().message()));
            return Config;
        }
        session.setRecorder(&recorder);
    }
    return session.exec();
}

} // namespace maxmon::cli
