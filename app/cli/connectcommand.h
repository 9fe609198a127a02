#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maxmon::cli {

// maxmon-cli connect URL: like websocat. Lines from stdin (and --send) are
// sent, received messages go to stdout: pure data when stdout is a pipe,
// with the time and direction on a terminal (or --interactive), as
// MessageRecord lines with --json. State changes and errors go to stderr.
// Ends with the exit code of the way the connection ended (see exitcode.h).
struct ConnectCommand
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::ConnectCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace maxmon::cli
