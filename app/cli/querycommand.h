#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maxmon::cli {

// maxmon-cli query FILE: the messages (and with --events the events) of a
// session file, a recording or a support bundle, filtered like the window's
// log, one per line ("seq time dir kind size preview") or as JSON records
// with --json, like tshark -r. A session's full-text index serves --search.
struct QueryCommand
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::QueryCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace maxmon::cli
