#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maxmon::cli {

// maxmon-cli bench URL: throughput and round-trip latency against an echo
// endpoint, run by maxmon::LoadGenerator (core/session), which the
// benchmarks in bench/ use as well. Prints msg/s, MB/s, round-trip and
// connect-time percentiles and errors, or one JSON object with --json.
//
// Exit codes: 0 when every message came back intact; the connect exit code
// of the first failure when no connection opened; 9 (Incomplete) when
// messages were lost or mismatched or a connection failed.
struct BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::BenchCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace maxmon::cli
