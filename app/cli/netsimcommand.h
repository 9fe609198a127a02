#pragma once

#include "server/faultproxy.h"

#include <QObject>
#include <QStringList>

namespace maxmon::cli {

class StdinReader;

// maxmon-cli netsim: a FaultProxy between a client and a real server, for
// reproducing bad networks (latency, jitter, a bandwidth cap, tiny writes,
// dropped or reset connections) against any TCP service. Faults come from
// the options and can be changed while it runs with commands on stdin
// ("blackhole on", "latency 300ms", "reset", "help").
class NetsimCommand : public QObject
{
    Q_OBJECT

public:
    static int run(const QStringList &arguments);

private:
    explicit NetsimCommand(FaultProxy::Direction direction);
    void onCommand(const QByteArray &line);
    QString status() const;

    FaultProxy *m_proxy;
    FaultProxy::Direction m_direction; // the default for faults with a direction
    StdinReader *m_input;
};

} // namespace maxmon::cli
