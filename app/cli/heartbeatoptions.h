#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/result.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace maxmon::cli {

// The heartbeat options of maxmon-cli connect: --heartbeat INTERVAL (a fixed
// interval, "off" to disable; RTTs are then printed), --heartbeat-timeout
// and --heartbeat-adaptive.
class HeartbeatOptions
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::HeartbeatOptions)

public:
    HeartbeatOptions();

    void addTo(QCommandLineParser *parser) const;
    // Sets config->heartbeat from the options; true when --heartbeat asked
    // for RTTs to be printed. A usage error (InvalidConfig) names the option.
    Result<bool> applyTo(const QCommandLineParser &parser, ConnectionConfig *config) const;

private:
    QCommandLineOption m_interval;
    QCommandLineOption m_timeout;
    QCommandLineOption m_adaptive;
};

} // namespace maxmon::cli
