#include "netsimcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "netsimoptions.h"
#include "stdinreader.h"

#include <maxmon/units.h>

#include <QCoreApplication>

#include <cstdio>

namespace maxmon::cli {

namespace {

// what the command's status lines start with: "[netsim] ..."
constexpr const char *NetsimSource = "netsim";

using Direction = FaultProxy::Direction;

// "off" is 0 for every option that can be turned off
Result<qint64> durationOrOff(const QString &text)
{
    return text == QLatin1String("off") ? Result<qint64>(0) : parseDurationMs(text);
}

QString describe(const FaultProxy::LinkFaults &f)
{
    QStringList parts;
    if (f.latencyMs > 0 || f.jitterMs > 0)
        parts.append(NetsimCommand::tr("latency %1 ms +- %2 ms").arg(f.latencyMs).arg(f.jitterMs));
    if (f.bandwidthBytesPerSecond > 0)
        parts.append(NetsimCommand::tr("bandwidth %1 B/s").arg(f.bandwidthBytesPerSecond));
    if (f.blackhole)
        parts.append(NetsimCommand::tr("blackhole"));
    if (f.sliceMaxBytes > 0)
        parts.append(
            NetsimCommand::tr("writes of %1-%2 bytes").arg(f.sliceMinBytes).arg(f.sliceMaxBytes));
    if (f.closeDelayMs > 0)
        parts.append(NetsimCommand::tr("FIN delayed %1 ms").arg(f.closeDelayMs));
    return parts.isEmpty() ? NetsimCommand::tr("no faults") : parts.join(QLatin1String(", "));
}

QString helpText()
{
    return NetsimCommand::tr(
        "commands (an optional last word up|down|both picks the direction):\n"
        "  latency DURATION [JITTER]    bandwidth RATE|off     blackhole on|off\n"
        "  slice N|off                  close-delay DURATION|off\n"
        "  drop-after DURATION|off      reset [client|server|both]\n"
        "  refuse on|off                clear                  status    help");
}

} // namespace

int NetsimCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("netsim"),
        tr("Forward TCP connections to an upstream server through a bad network: latency, "
           "jitter, a bandwidth cap, tiny writes, dropped or reset connections. Commands on "
           "stdin change the faults while it runs.\n")
            + helpText());
    const NetsimOptions options;
    options.addTo(&commandLine.parser());
    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 0, Usage))
        return *stop;
    const Result<NetsimPlan> plan = options.toPlan(commandLine.parser());
    if (!plan) {
        commandLine.printUsageError(plan.error().message());
        return Usage;
    }

    NetsimCommand command(plan->direction);
    FaultProxy *proxy = command.m_proxy;
    if (plan->seed)
        proxy->setSeed(*plan->seed);
    proxy->setUpstream(plan->upstreamHost, plan->upstreamPort);
    proxy->setFaults(plan->direction, plan->faults);
    proxy->setDropAfter(plan->dropAfterMs);
    if (!proxy->listen(plan->address, plan->port)) {
        console::err(tr("maxmon-cli netsim: cannot listen on %1:%2: %3")
                         .arg(plan->address.toString())
                         .arg(plan->port)
                         .arg(proxy->errorString()));
        return Connection;
    }
    // The one line on stdout: scripts read the address from it.
    std::printf("%s:%u\n", qPrintable(proxy->address().toString()), proxy->port());
    std::fflush(stdout);
    console::err(tr("[netsim] forwarding to %1:%2; %3")
                     .arg(plan->upstreamHost)
                     .arg(plan->upstreamPort)
                     .arg(command.status()));
    return QCoreApplication::exec();
}

NetsimCommand::NetsimCommand(FaultProxy::Direction direction)
    : m_proxy(new FaultProxy(this))
    , m_direction(direction)
    , m_input(new StdinReader(this))
{
    connect(m_proxy, &FaultProxy::connectionAccepted, this, [this] {
        console::err(tr("[netsim] connection accepted (%1 open)").arg(m_proxy->connectionCount()));
    });
    connect(m_proxy, &FaultProxy::connectionClosed, this, [this] {
        console::err(tr("[netsim] connection closed (%1 open)").arg(m_proxy->connectionCount()));
    });
    // the proxy sees the raw frames: what breaks RFC 6455, Qt 6.4 or not
    connect(m_proxy, &FaultProxy::protocolViolation, this,
            [](Direction way, const FrameScanner::Violation &violation) {
                const QString text = violation.toleratedByQt()
                    ? tr("[netsim] %1: %2 Qt 6.4 does not check this.")
                    : tr("[netsim] %1: %2");
                console::err(text.arg(way == Direction::ClientToServer ? QStringLiteral("up")
                                                                       : QStringLiteral("down"),
                                      violation.describe()));
            });
    connect(m_input, &StdinReader::lineRead, this, &NetsimCommand::onCommand);
}

QString NetsimCommand::status() const
{
    return tr("up: %1; down: %2; %3 open, %4 accepted, %5 bytes up, %6 bytes down%7%8")
        .arg(describe(m_proxy->faults(Direction::ClientToServer)),
             describe(m_proxy->faults(Direction::ServerToClient)))
        .arg(m_proxy->connectionCount())
        .arg(m_proxy->acceptedCount())
        .arg(m_proxy->bytesForwarded(Direction::ClientToServer))
        .arg(m_proxy->bytesForwarded(Direction::ServerToClient))
        .arg(m_proxy->dropAfter() > 0 ? tr("; drop after %1 ms").arg(m_proxy->dropAfter())
                                      : QString())
        .arg(m_proxy->isRefusingConnections() ? tr("; refusing connections") : QString());
}

void NetsimCommand::onCommand(const QByteArray &line)
{
    QStringList words =
        QString::fromUtf8(line).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    Direction direction = m_direction;
    if (words.size() > 1 && NetsimOptions::parseDirection(words.constLast(), &direction))
        words.removeLast();
    const QString verb = words.takeFirst();
    const QString arg = words.value(0);
    auto fail = [&](const QString &why) {
        console::status(QStringLiteral("%1: %2").arg(QString::fromUtf8(line), why), NetsimSource);
    };

    if (verb == QLatin1String("help")) {
        console::err(helpText());
        return;
    } else if (verb == QLatin1String("status")) {
    } else if (verb == QLatin1String("clear")) {
        m_proxy->clearFaults();
        m_proxy->setDropAfter(0);
    } else if (verb == QLatin1String("latency")) {
        const Result<qint64> latency = durationOrOff(arg);
        const Result<qint64> jitter = words.size() > 1 ? durationOrOff(words.at(1)) : 0;
        if (!latency || !jitter)
            return fail((!latency ? latency : jitter).error().message());
        m_proxy->setLatency(static_cast<int>(*latency), static_cast<int>(*jitter), direction);
    } else if (verb == QLatin1String("bandwidth")) {
        const Result<qint64> rate =
            arg == QLatin1String("off") ? Result<qint64>(0) : parseByteRate(arg);
        if (!rate)
            return fail(rate.error().message());
        m_proxy->setBandwidth(*rate, direction);
    } else if (verb == QLatin1String("blackhole") || verb == QLatin1String("refuse")) {
        if (arg != QLatin1String("on") && arg != QLatin1String("off"))
            return fail(tr("on or off"));
        if (verb == QLatin1String("blackhole"))
            m_proxy->setBlackhole(arg == QLatin1String("on"), direction);
        else if (!m_proxy->setRefuseConnections(arg == QLatin1String("on")))
            return fail(m_proxy->errorString());
    } else if (verb == QLatin1String("slice")) {
        bool ok = arg == QLatin1String("off");
        const int bytes = ok ? 0 : arg.toInt(&ok);
        if (!ok || bytes < 0)
            return fail(tr("a number of bytes or off"));
        m_proxy->setSlicing(bytes > 0 ? 1 : 0, bytes, direction);
    } else if (verb == QLatin1String("close-delay") || verb == QLatin1String("drop-after")) {
        const Result<qint64> ms = durationOrOff(arg);
        if (!ms)
            return fail(ms.error().message());
        if (verb == QLatin1String("close-delay"))
            m_proxy->setCloseDelay(static_cast<int>(*ms), direction);
        else
            m_proxy->setDropAfter(static_cast<int>(*ms));
    } else if (verb == QLatin1String("reset")) {
        FaultProxy::Side side = FaultProxy::Side::Both;
        if (arg == QLatin1String("client"))
            side = FaultProxy::Side::Client;
        else if (arg == QLatin1String("server"))
            side = FaultProxy::Side::Server;
        else if (!arg.isEmpty() && arg != QLatin1String("both"))
            return fail(tr("client, server or both"));
        m_proxy->resetConnections(side);
    } else {
        return fail(tr("unknown command; type help"));
    }
    console::status(status(), NetsimSource);
}

} // namespace maxmon::cli
