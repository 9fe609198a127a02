#pragma once

#include "server/faultproxy.h"

#include <maxmon/result.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <optional>

namespace maxmon::cli {

// What netsim runs: where it listens, where it forwards to, and the faults to start with.
struct NetsimPlan
{
    QHostAddress address;
    quint16 port = 0;
    QString upstreamHost;
    quint16 upstreamPort = 0;
    FaultProxy::Direction direction = FaultProxy::Direction::Both;
    FaultProxy::LinkFaults faults;
    int dropAfterMs = 0;
    std::optional<uint> seed;
};

// The options of maxmon-cli netsim and the NetsimPlan they make; a usage error
// (InvalidConfig) names the offending option.
class NetsimOptions
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::NetsimOptions)

public:
    NetsimOptions();

    void addTo(QCommandLineParser *parser) const;
    Result<NetsimPlan> toPlan(const QCommandLineParser &parser) const;

    // "both", "up" (client to server) or "down"; false for anything else.
    static bool parseDirection(const QString &text, FaultProxy::Direction *direction);

private:
    Result<int> durationMs(const QCommandLineParser &parser,
                           const QCommandLineOption &option) const;

    QCommandLineOption m_listen;
    QCommandLineOption m_listenAddress;
    QCommandLineOption m_upstream;
    QCommandLineOption m_latency;
    QCommandLineOption m_jitter;
    QCommandLineOption m_bandwidth;
    QCommandLineOption m_slice;
    QCommandLineOption m_closeDelay;
    QCommandLineOption m_dropAfter;
    QCommandLineOption m_direction;
    QCommandLineOption m_seed;
};

} // namespace maxmon::cli
