#include "netsimoptions.h"

#include "commandline.h"

#include <maxmon/units.h>

#include <limits>

namespace maxmon::cli {

namespace {

bool parseHostPort(const QString &text, QString *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString name = text.left(colon);
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number == 0 || number > 65535 || name.isEmpty())
        return false;
    *host = name;
    *port = static_cast<quint16>(number);
    return true;
}

} // namespace

NetsimOptions::NetsimOptions()
    : m_listen(QStringLiteral("listen"), tr("Port to listen on (default 0: any free port)."),
               QStringLiteral("port"), QStringLiteral("0"))
    , m_listenAddress(QStringLiteral("listen-address"),
                      tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
                      QStringLiteral("127.0.0.1"))
    , m_upstream(QStringLiteral("upstream"), tr("The server to forward to (required)."),
                 QStringLiteral("host:port"))
    , m_latency(QStringLiteral("latency"), tr("Delay each way, e.g. 200ms."),
                QStringLiteral("duration"))
    , m_jitter(QStringLiteral("jitter"), tr("Random +- added to the latency, e.g. 50ms."),
               QStringLiteral("duration"))
    , m_bandwidth(QStringLiteral("bandwidth"), tr("Cap each way, e.g. 20KB/s or 1Mbit/s."),
                  QStringLiteral("rate"))
    , m_slice(QStringLiteral("slice"), tr("Write in random chunks of 1 to N bytes."),
              QStringLiteral("N"))
    , m_closeDelay(QStringLiteral("close-delay"), tr("Forward a side's FIN this much later."),
                   QStringLiteral("duration"))
    , m_dropAfter(QStringLiteral("drop-after"),
                  tr("Reset every connection this long after it opened."),
                  QStringLiteral("duration"))
    , m_direction(QStringLiteral("direction"),
                  tr("Where latency, bandwidth, slicing and close delay apply: both (default), up "
                     "(client to server) or down."),
                  QStringLiteral("both|up|down"), QStringLiteral("both"))
    , m_seed(QStringLiteral("seed"), tr("Seed for jitter and slice sizes, for repeatable runs."),
             QStringLiteral("number"))
{ }

void NetsimOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_listen, m_listenAddress, m_upstream, m_latency, m_jitter, m_bandwidth,
                         m_slice, m_closeDelay, m_dropAfter, m_direction, m_seed });
}

bool NetsimOptions::parseDirection(const QString &text, FaultProxy::Direction *direction)
{
    using Direction = FaultProxy::Direction;
    if (text == QLatin1String("both"))
        *direction = Direction::Both;
    else if (text == QLatin1String("up"))
        *direction = Direction::ClientToServer;
    else if (text == QLatin1String("down"))
        *direction = Direction::ServerToClient;
    else
        return false;
    return true;
}

// 0 when the option is not given
Result<int> NetsimOptions::durationMs(const QCommandLineParser &parser,
                                      const QCommandLineOption &option) const
{
    if (!parser.isSet(option))
        return 0;
    const Result<qint64> value = parseDurationMs(parser.value(option));
    if (!value || *value > std::numeric_limits<int>::max()) {
        return failure(usage(QStringLiteral("--%1: %2")
                                 .arg(option.names().constFirst(),
                                      value ? tr("too long") : value.error().message())));
    }
    return static_cast<int>(*value);
}

Result<NetsimPlan> NetsimOptions::toPlan(const QCommandLineParser &parser) const
{
    NetsimPlan plan;
    if (!parseHostPort(parser.value(m_upstream), &plan.upstreamHost, &plan.upstreamPort))
        return failure(usage(tr("--upstream needs host:port.")));
    plan.address = QHostAddress(parser.value(m_listenAddress));
    bool portOk = false;
    const uint port = parser.value(m_listen).toUInt(&portOk);
    if (plan.address.isNull() || !portOk || port > 65535)
        return failure(usage(tr("invalid --listen or --listen-address.")));
    plan.port = static_cast<quint16>(port);
    if (!parseDirection(parser.value(m_direction), &plan.direction))
        return failure(usage(tr("--direction is both, up or down.")));

    for (const auto &[option, target] : { std::pair(&m_latency, &plan.faults.latencyMs),
                                          std::pair(&m_jitter, &plan.faults.jitterMs),
                                          std::pair(&m_closeDelay, &plan.faults.closeDelayMs),
                                          std::pair(&m_dropAfter, &plan.dropAfterMs) }) {
        const Result<int> ms = durationMs(parser, *option);
        if (!ms)
            return failure(ms.error());
        *target = *ms;
    }
    if (parser.isSet(m_bandwidth)) {
        const Result<qint64> rate = parseByteRate(parser.value(m_bandwidth));
        if (!rate || *rate <= 0)
            return failure(usage(QStringLiteral("--bandwidth: ")
                                 + (rate ? tr("must be above 0") : rate.error().message())));
        plan.faults.bandwidthBytesPerSecond = *rate;
    }
    if (parser.isSet(m_slice)) {
        bool ok = false;
        const int bytes = parser.value(m_slice).toInt(&ok);
        if (!ok || bytes < 1)
            return failure(usage(tr("--slice needs a number of bytes, 1 or more.")));
        plan.faults.sliceMinBytes = 1;
        plan.faults.sliceMaxBytes = bytes;
    }
    if (parser.isSet(m_seed))
        plan.seed = parser.value(m_seed).toUInt();
    return plan;
}

} // namespace maxmon::cli
