#pragma once

#include "server/demoserversettings.h"
#include "server/servertlsfiles.h"

#include <maxmon/result.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <optional>

namespace maxmon::cli {

// What serve runs: where it listens, the demo server's settings and its TLS files.
struct ServePlan
{
    QHostAddress address;
    quint16 port = 0;
    DemoServerSettings settings;
    std::optional<ServerTlsFiles> tls; // wss:// when set
    bool tokenGiven = false; // else the server makes one up, printed at start
    bool verbose = false;
};

// The options of maxmon-cli serve and the ServePlan they make; a usage error
// (InvalidConfig) names the offending option. Reading the TLS files is left
// to the command (a failure there is exit code 4, not a usage error).
class ServeOptions
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::ServeOptions)

public:
    ServeOptions();

    void addTo(QCommandLineParser *parser) const;
    Result<ServePlan> toPlan(const QCommandLineParser &parser) const;

private:
    Result<void> readLimits(const QCommandLineParser &parser, DemoServerSettings *settings) const;
    Result<void> readFaults(const QCommandLineParser &parser, DemoServerSettings *settings) const;
    Result<void> readAuth(const QCommandLineParser &parser, ServePlan *plan) const;
    Result<void> readTls(const QCommandLineParser &parser, ServePlan *plan) const;

    QCommandLineOption m_listen;
    QCommandLineOption m_port;
    QCommandLineOption m_tlsCert;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_tlsKeyPassphraseEnv;
    QCommandLineOption m_tlsClientCa;
    QCommandLineOption m_authToken;
    QCommandLineOption m_authTokenEnv;
    QCommandLineOption m_eventsRate;
    QCommandLineOption m_maxEventsRate;
    QCommandLineOption m_maxTotalEventsRate;
    QCommandLineOption m_maxConnections;
    QCommandLineOption m_maxMessageSize;
    QCommandLineOption m_closeAfter;
    QCommandLineOption m_closeCode;
    QCommandLineOption m_freezeAfter;
    QCommandLineOption m_delay;
    QCommandLineOption m_verbose;
};

} // namespace maxmon::cli
