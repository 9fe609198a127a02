#include "convertcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "sessioninput.h"

#include <maxmon/sessionreader.h>

#include <QDir>

namespace maxmon::cli {

int ConvertCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("convert"),
        tr("Convert between a session file (.maxmon), a recording (JSON lines, .jsonl) and CSV "
           "(.csv, as output only): the format is OUT's extension; IN may be any of them or a "
           "support bundle. Every message is kept byte for byte; events (state changes, "
           "errors, gaps) go along into session files and JSON lines.\n"
           "Exit codes: 0 written, 2 usage, 8 IN cannot be read or OUT written."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("in"), tr("The file to read."));
    parser.addPositionalArgument(QStringLiteral("out"),
                                 tr("The file to write: .maxmon, .jsonl or .csv."));
    if (const std::optional<int> stop = commandLine.parse(arguments, 2, 2, Usage))
        return *stop;
    const QString in = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("maxmon") && suffix != QLatin1String("jsonl")
        && suffix != QLatin1String("csv")) {
        commandLine.printUsageError(
            tr("OUT must end in .maxmon, .jsonl or .csv, not \"%1\".").arg(out));
        return Usage;
    }
    SessionInput input;
    SessionReader reader;
    Result<void> opened = input.open(in);
    if (opened)
        opened = reader.open(input.sessionPath());
    if (!opened) {
        console::err(console::errorText(opened.error()));
        return Config;
    }
    SessionFilter everything;
    everything.setEventsShown(true);
    const Result<qint64> written =
        SessionFile::write(reader, out, SessionFile::formatForPath(out), everything);
    if (!written) {
        console::err(console::errorText(written.error()));
        return Config;
    }
    console::status(tr("%Ln message(s) and %1 of %2 written to %3", nullptr,
                       static_cast<int>(reader.messageCount()))
                        .arg(tr("%Ln event(s)", nullptr, static_cast<int>(reader.eventCount())), in,
                             QDir::toNativeSeparators(out)));
    return Ok;
}

} // namespace maxmon::cli
