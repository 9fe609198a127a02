#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maxmon::cli {

// maxmon-cli record URL --out FILE: a connect session (stdin, --send,
// --count, --duration, signals alike) that writes every message, sent and
// received, to FILE: a session file (SessionStore: events and heartbeat
// samples too, secrets masked, committed every 50 ms) when FILE ends in
// .maxmon, else MessageRecord lines, each one written through to the
// operating system at once. stdout stays empty; status goes to stderr.
struct RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::RecordCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace maxmon::cli
