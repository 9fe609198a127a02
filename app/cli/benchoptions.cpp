#include "benchoptions.h"

#include "commandline.h"

#include <maxmon/units.h>

#include <limits>

namespace maxmon::cli {

BenchOptions::BenchOptions()
    : m_size(QStringLiteral("size"),
             tr("Message size in bytes, at least 16 (default 64; 1KiB, 1MB ... allowed)."),
             QStringLiteral("bytes"), QStringLiteral("64"))
    , m_count(QStringLiteral("count"),
              tr("Messages in all connections together (default 1000; 0 with --duration)."),
              QStringLiteral("N"))
    , m_duration(QStringLiteral("duration"), tr("Send for this long instead of a count, e.g. 10s."),
                 QStringLiteral("duration"))
    , m_rate(QStringLiteral("rate"),
             tr("Messages per second in all (default: as fast as the windows allow)."),
             QStringLiteral("N"))
    , m_connections(QStringLiteral("connections"), tr("Parallel connections (default 1)."),
                    QStringLiteral("N"), QStringLiteral("1"))
    , m_window(QStringLiteral("window"),
               tr("Messages in flight per connection: 1 is request/response, more pipelines "
                  "(default 1)."),
               QStringLiteral("N"), QStringLiteral("1"))
    , m_text(QStringLiteral("text"), tr("Send text messages instead of binary ones."))
    , m_replyTimeout(QStringLiteral("reply-timeout"),
                     tr("Give up when no echo came back for this long while messages are in "
                        "flight (default 5s); those are lost."),
                     QStringLiteral("duration"), QStringLiteral("5s"))
    , m_json(QStringLiteral("json"), tr("Print the report as one JSON object."))
{ }

void BenchOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_size, m_count, m_duration, m_rate, m_connections, m_window, m_text,
                         m_replyTimeout, m_json });
}

// How much it sends: the size, and a count or a duration.
Result<void> BenchOptions::readAmount(const QCommandLineParser &parser,
                                      LoadGenerator::Settings *settings) const
{
    const Result<qint64> bytes = parseByteRate(parser.value(m_size));
    if (!bytes || *bytes > std::numeric_limits<int>::max())
        return failure(usage(QStringLiteral("--size: ")
                             + (bytes ? tr("too large") : bytes.error().message())));
    settings->messageSize = static_cast<int>(*bytes);
    if (parser.isSet(m_duration)) {
        const Result<qint64> ms = parseDurationMs(parser.value(m_duration));
        if (!ms || *ms <= 0 || *ms > std::numeric_limits<int>::max())
            return failure(
                usage(QStringLiteral("--duration: ")
                      + (ms ? tr("above 0 and at most 24 days") : ms.error().message())));
        settings->durationMs = *ms;
        settings->count = 0;
    }
    if (parser.isSet(m_count)) {
        bool ok = false;
        settings->count = parser.value(m_count).toLongLong(&ok);
        if (!ok || settings->count < 0)
            return failure(usage(tr("--count: a number of messages, 0 or more.")));
    }
    return {};
}

Result<BenchPlan> BenchOptions::toPlan(const QCommandLineParser &parser) const
{
    BenchPlan plan;
    LoadGenerator::Settings &settings = plan.settings;
    if (const Result<void> amount = readAmount(parser, &settings); !amount)
        return failure(amount.error());
    bool ok = false;
    if (parser.isSet(m_rate)) {
        settings.rate = parser.value(m_rate).toDouble(&ok);
        if (!ok || !(settings.rate > 0))
            return failure(usage(tr("--rate: messages per second, above 0.")));
    }
    // not numbers: 0, which validate() refuses with its own words
    settings.connections = parser.value(m_connections).toInt(&ok);
    if (!ok)
        settings.connections = 0;
    settings.window = parser.value(m_window).toInt(&ok);
    if (!ok)
        settings.window = 0;
    settings.text = parser.isSet(m_text);
    const Result<qint64> replyMs = parseDurationMs(parser.value(m_replyTimeout));
    if (!replyMs || *replyMs < 1 || *replyMs > std::numeric_limits<int>::max())
        return failure(usage(QStringLiteral("--reply-timeout: ")
                             + (replyMs ? tr("from 1ms to 24 days") : replyMs.error().message())));
    settings.replyTimeoutMs = static_cast<int>(*replyMs);
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return failure(usage(problem));
    plan.json = parser.isSet(m_json);
    return plan;
}

} // namespace maxmon::cli
