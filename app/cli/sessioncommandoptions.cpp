#include "sessioncommandoptions.h"

#include "commandline.h"
#include "exitcode.h"

namespace maxmon::cli {

void SessionCommandOptions::addTo(QCommandLineParser *parser) const
{
    m_connect.addTo(parser);
    m_heartbeat.addTo(parser);
    m_session.addTo(parser);
}

std::optional<SessionSetup> SessionCommandOptions::read(const CommandLine &commandLine,
                                                        int *exitCode) const
{
    const QCommandLineParser &parser = commandLine.parser();
    std::optional<ConnectionConfig> config =
        m_connect.read(commandLine, parser.positionalArguments().value(0), exitCode);
    if (!config)
        return std::nullopt;
    const Result<bool> printRtts = m_heartbeat.applyTo(parser, &*config);
    const Result<SessionPlan> plan = m_session.toPlan(parser);
    if (!printRtts || !plan) {
        commandLine.printUsageError((!printRtts ? printRtts.error() : plan.error()).message());
        *exitCode = Usage;
        return std::nullopt;
    }
    return SessionSetup { *config, *plan, *printRtts };
}

} // namespace maxmon::cli
