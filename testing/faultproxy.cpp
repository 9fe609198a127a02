#include "server/faultproxy.h"

#include <maxmon/testing/faultproxy.h>

namespace maxmon::testing {

namespace {

maxmon::FaultProxy::Direction toServer(FaultProxy::Direction direction)
{
    switch (direction) {
    case FaultProxy::Direction::ClientToServer:
        return maxmon::FaultProxy::Direction::ClientToServer;
    case FaultProxy::Direction::ServerToClient:
        return maxmon::FaultProxy::Direction::ServerToClient;
    case FaultProxy::Direction::Both:
        break;
    }
    return maxmon::FaultProxy::Direction::Both;
}

maxmon::FaultProxy::Side toServer(FaultProxy::Side side)
{
    switch (side) {
    case FaultProxy::Side::Client:
        return maxmon::FaultProxy::Side::Client;
    case FaultProxy::Side::Server:
        return maxmon::FaultProxy::Side::Server;
    case FaultProxy::Side::Both:
        break;
    }
    return maxmon::FaultProxy::Side::Both;
}

Check refused(const QString &what, const QString &problem)
{
    return Check::fail(QStringLiteral("FaultProxy::%1 refused: %2").arg(what, problem));
}

} // namespace

struct FaultProxy::Private
{
    explicit Private(FaultProxy *owner)
        : proxy(new maxmon::FaultProxy(owner))
    { }

    maxmon::FaultProxy *proxy;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    connect(d->proxy, &maxmon::FaultProxy::connectionAccepted, this,
            &FaultProxy::connectionAccepted);
    connect(d->proxy, &maxmon::FaultProxy::connectionClosed, this, &FaultProxy::connectionClosed);
}

FaultProxy::~FaultProxy() = default;

Check FaultProxy::listen(quint16 upstreamPort, const QString &upstreamHost, quint16 listenPort)
{
    if (upstreamPort == 0)
        return refused(QStringLiteral("listen()"), QStringLiteral("upstream port 0"));
    d->proxy->setUpstream(upstreamHost, upstreamPort);
    if (!d->proxy->listen(QHostAddress::LocalHost, listenPort))
        return Check::fail(QStringLiteral("FaultProxy cannot listen on 127.0.0.1:%1: %2")
                               .arg(listenPort)
                               .arg(d->proxy->errorString()));
    return Check::pass();
}

void FaultProxy::setUpstream(quint16 port, const QString &host)
{
    d->proxy->setUpstream(host, port);
}

void FaultProxy::close()
{
    d->proxy->close();
}

bool FaultProxy::isListening() const
{
    return d->proxy->isListening();
}

quint16 FaultProxy::port() const
{
    return d->proxy->port();
}

QUrl FaultProxy::url(const QString &path) const
{
    return url(QStringLiteral("ws"), path);
}

QUrl FaultProxy::url(const QString &scheme, const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(path));
}

Check FaultProxy::setLatency(int latencyMs, int jitterMs, Direction direction)
{
    if (latencyMs < 0 || jitterMs < 0 || jitterMs > latencyMs)
        return refused(QStringLiteral("setLatency(%1, %2)").arg(latencyMs).arg(jitterMs),
                       QStringLiteral("latency and jitter are at least 0, and the jitter at "
                                      "most the latency"));
    d->proxy->setLatency(latencyMs, jitterMs, toServer(direction));
    return Check::pass();
}

Check FaultProxy::setBandwidth(qint64 bytesPerSecond, Direction direction)
{
    if (bytesPerSecond < 0)
        return refused(QStringLiteral("setBandwidth(%1)").arg(bytesPerSecond),
                       QStringLiteral("a negative bandwidth"));
    d->proxy->setBandwidth(bytesPerSecond, toServer(direction));
    return Check::pass();
}

void FaultProxy::setBlackhole(bool on, Direction direction)
{
    d->proxy->setBlackhole(on, toServer(direction));
}

Check FaultProxy::setSlicing(int minBytes, int maxBytes, Direction direction)
{
    const bool off = minBytes == 0 && maxBytes == 0;
    if (!off && (minBytes < 1 || maxBytes < minBytes))
        return refused(QStringLiteral("setSlicing(%1, %2)").arg(minBytes).arg(maxBytes),
                       QStringLiteral("slices need 1 <= minBytes <= maxBytes (0, 0: off)"));
    d->proxy->setSlicing(minBytes, maxBytes, toServer(direction));
    return Check::pass();
}

Check FaultProxy::setCloseDelay(int delayMs, Direction direction)
{
    if (delayMs < 0)
        return refused(QStringLiteral("setCloseDelay(%1)").arg(delayMs),
                       QStringLiteral("a negative delay"));
    d->proxy->setCloseDelay(delayMs, toServer(direction));
    return Check::pass();
}

void FaultProxy::clearFaults()
{
    d->proxy->clearFaults();
}

int FaultProxy::latencyMs(Direction direction) const
{
    return d->proxy->faults(toServer(direction)).latencyMs;
}

bool FaultProxy::isBlackholed(Direction direction) const
{
    return d->proxy->faults(toServer(direction)).blackhole;
}

void FaultProxy::resetConnections(Side side)
{
    d->proxy->resetConnections(toServer(side));
}

Check FaultProxy::setRefuseConnections(bool refuse)
{
    if (!d->proxy->setRefuseConnections(refuse))
        return Check::fail(QStringLiteral("FaultProxy cannot listen on port %1 again: %2")
                               .arg(d->proxy->port())
                               .arg(d->proxy->errorString()));
    return Check::pass();
}

bool FaultProxy::isRefusingConnections() const
{
    return d->proxy->isRefusingConnections();
}

Check FaultProxy::setDropAfter(int ms)
{
    if (ms < 0)
        return refused(QStringLiteral("setDropAfter(%1)").arg(ms),
                       QStringLiteral("a negative time"));
    d->proxy->setDropAfter(ms);
    return Check::pass();
}

void FaultProxy::setSeed(quint32 seed)
{
    d->proxy->setSeed(seed);
}

int FaultProxy::connectionCount() const
{
    return d->proxy->connectionCount();
}

qint64 FaultProxy::acceptedCount() const
{
    return d->proxy->acceptedCount();
}

qint64 FaultProxy::bytesForwarded(Direction direction) const
{
    return d->proxy->bytesForwarded(toServer(direction));
}

} // namespace maxmon::testing
