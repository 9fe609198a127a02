#include "recordcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "session.h"
#include "sessioncommandoptions.h"

#include <maxmon/messagerecorder.h>

namespace maxmon::cli {

int RecordCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("record"),
        tr("Connect like 'connect' and record every message, sent and received (close frames "
           "included), as JSON lines (MessageRecord) in --out. Each line reaches the file as it "
           "is written, so a crash loses nothing. Replay it with 'maxmon-cli replay'.\n"
           "Exit codes: as 'connect'."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL"),
                                 QStringLiteral("[url]"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to record to (created or truncated)."),
                                 QStringLiteral("FILE.jsonl"));
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

    MessageRecorder recorder;
    if (const Result<void> opened = recorder.open(parser.value(out)); !opened) {
        console::err(QStringLiteral("[maxmon] ") + tr("error: %1").arg(opened.error().message()));
        return Config;
    }
    Session session(setup->config, setup->plan);
    session.setRecorder(&recorder);
    session.setPrintRtts(setup->printRtts);
    return session.exec();
}

} // namespace maxmon::cli
