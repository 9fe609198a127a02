#pragma once

#include "connectoptions.h"
#include "heartbeatoptions.h"
#include "sessionoptions.h"

#include <optional>

namespace maxmon::cli {

class CommandLine;

// What connect and record need to run a Session.
struct SessionSetup
{
    ConnectionConfig config;
    SessionPlan plan;
    bool printRtts = false;
};

// The option groups of the commands that run a Session (connect, record):
// ConnectOptions, HeartbeatOptions and SessionOptions, read together.
class SessionCommandOptions
{
public:
    void addTo(QCommandLineParser *parser) const;
    // The setup, with the profile's warnings printed; or the problem printed
    // as a usage error of the command and its exit code in *exitCode.
    std::optional<SessionSetup> read(const CommandLine &commandLine, int *exitCode) const;

private:
    ConnectOptions m_connect;
    HeartbeatOptions m_heartbeat;
    SessionOptions m_session;
};

} // namespace maxmon::cli
