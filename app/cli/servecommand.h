#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maxmon::cli {

// maxmon-cli serve: runs the embedded demo server (DemoServer) until
// SIGINT or SIGTERM, then closes every connection with 1001 and exits 0.
// The one line on stdout is the /echo URL, for scripts; the endpoints, the
// /auth token (when made up), limits and faults go to stderr.
struct ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::ServeCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace maxmon::cli
