#include "probecommand.h"

#include "commandline.h"
#include "connectoptions.h"
#include "console.h"

#include <maxmon/units.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace maxmon::cli {

namespace {

constexpr int maxCount = 10000;

const char *statusName(ProbeCommand::Status status)
{
    switch (status) {
    case ProbeCommand::Ok:
        return "OK";
    case ProbeCommand::Warning:
        return "WARNING";
    case ProbeCommand::Critical:
        return "CRITICAL";
    case ProbeCommand::Unknown:
        break;
    }
    return "UNKNOWN";
}

int unknown(const QString &message)
{
    // the Nagios way for bad arguments: UNKNOWN, one line on stdout
    console::out(QStringLiteral("UNKNOWN - %1").arg(message).toUtf8());
    return ProbeCommand::Unknown;
}

// "250", "0.5" (milliseconds) or a duration with a unit ("1s", "250ms")
bool parseMs(const QString &text, double *ms)
{
    bool ok = false;
    const double plain = text.toDouble(&ok);
    if (ok && plain >= 0) {
        *ms = plain;
        return true;
    }
    const Result<qint64> withUnit = parseDurationMs(text);
    if (!withUnit)
        return false;
    *ms = static_cast<double>(*withUnit);
    return true;
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

// 'label'=value[unit];warn;crit;min;max, as Nagios reads it
QString perfdata(const QString &label, double value, const QString &unit, double warn = -1,
                 double crit = -1, const QString &max = QString())
{
    QString text = QStringLiteral("%1=%2%3;%4;%5;0;%6")
                       .arg(label, number(value), unit, warn >= 0 ? number(warn) : QString(),
                            crit >= 0 ? number(crit) : QString(), max);
    while (text.endsWith(QLatin1Char(';'))) // empty fields at the end may be left out
        text.chop(1);
    return text;
}

} // namespace

int ProbeCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("probe"),
        tr("Connect, send --count pings --interval apart and report the handshake time, RTT "
           "percentiles (p50, p95, p99, max), loss and TLS details, for monitoring systems.\n"
           "Exit codes follow the Nagios plugin conventions, NOT those of the other commands: "
           "0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. --warn/--crit apply to the p95 RTT; no "
           "connection, a dead link or every ping lost is CRITICAL; bad arguments are "
           "UNKNOWN.\nThe first line is \"STATUS - summary|perfdata\"; details follow."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL"),
                                 QStringLiteral("[url]"));
    const ConnectOptions connectOptions;
    connectOptions.addTo(&parser);
    const QCommandLineOption count(QStringLiteral("count"), tr("Pings to send (default 5)."),
                                   QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Time between pings (default 500ms)."),
                                      QStringLiteral("duration"), QStringLiteral("500ms"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("A ping without answer after this is lost (default 2s)."),
                                     QStringLiteral("duration"), QStringLiteral("2s"));
    const QCommandLineOption warn(QStringLiteral("warn"),
                                  tr("WARNING when the p95 RTT is above this (ms, or 1s ...)."),
                                  QStringLiteral("MS"));
    const QCommandLineOption crit(QStringLiteral("crit"),
                                  tr("CRITICAL when the p95 RTT is above this."),
                                  QStringLiteral("MS"));
    const QCommandLineOption warnLoss(
        QStringLiteral("warn-loss"), tr("WARNING when more than this percentage of pings is lost."),
        QStringLiteral("PCT"));
    const QCommandLineOption critLoss(
        QStringLiteral("crit-loss"),
        tr("CRITICAL when more than this percentage is lost (default: only when all are)."),
        QStringLiteral("PCT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the result as one JSON object instead."));
    parser.addOptions({ count, interval, timeout, warn, crit, warnLoss, critLoss, json });

    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 1, Unknown))
        return *stop;

    QStringList warnings;
    Result<ConnectionConfig> config =
        connectOptions.toConfig(parser, parser.positionalArguments().value(0), &warnings);
    if (!config)
        return unknown(config.error().message());
    console::warnings(warnings);

    bool ok = false;
    const int pings = parser.value(count).toInt(&ok);
    if (!ok || pings < 1 || pings > maxCount)
        return unknown(tr("--count: from 1 to %1").arg(maxCount));
    double intervalMs = 0;
    double timeoutMs = 0;
    if (!parseMs(parser.value(interval), &intervalMs) || intervalMs < 1 || intervalMs > 3600000)
        return unknown(tr("--interval: a duration from 1ms to 1h, e.g. 500ms"));
    if (!parseMs(parser.value(timeout), &timeoutMs) || timeoutMs < 1 || timeoutMs > 3600000)
        return unknown(tr("--timeout: a duration from 1ms to 1h, e.g. 2s"));
    Thresholds thresholds;
    const std::pair<const QCommandLineOption *, double *> limits[] = {
        { &warn, &thresholds.warnMs },
        { &crit, &thresholds.critMs },
        { &warnLoss, &thresholds.warnLossPercent },
        { &critLoss, &thresholds.critLossPercent },
    };
    for (const auto &[option, target] : limits) {
        if (parser.isSet(*option) && !parseMs(parser.value(*option), target))
            return unknown(tr("--%1: a number, 0 or more").arg(option->names().constFirst()));
    }
    if (thresholds.warnLossPercent > 100 || thresholds.critLossPercent > 100)
        return unknown(tr("loss thresholds are percentages, at most 100"));

    monitor::ConnectionProbe::Settings settings;
    settings.count = pings;
    settings.intervalMs = static_cast<int>(std::lround(intervalMs));
    settings.timeoutMs = static_cast<int>(std::lround(timeoutMs));
    ProbeCommand probe(*config, settings, thresholds, parser.isSet(json));
    return probe.exec();
}

ProbeCommand::ProbeCommand(const ConnectionConfig &config,
                           const monitor::ConnectionProbe::Settings &settings,
                           const Thresholds &thresholds, bool json)
    : m_probe(new monitor::ConnectionProbe(config, settings, this))
    , m_thresholds(thresholds)
    , m_json(json)
{ }

int ProbeCommand::exec()
{
    connect(m_probe, &monitor::ConnectionProbe::finished, this, &ProbeCommand::onFinished);
    if (const Result<void> started = m_probe->start(); !started) {
        report(Unknown, started.error().message());
        return Unknown;
    }
    return m_done ? m_exitStatus : QCoreApplication::exec();
}

void ProbeCommand::onFinished()
{
    const monitor::ConnectionProbe::Outcome &outcome = m_probe->outcome();
    QString reason = outcome.failure;
    m_exitStatus = outcome.failed ? Critical : status(&reason);
    m_done = true;
    report(m_exitStatus, reason);
    QCoreApplication::exit(m_exitStatus);
}

ProbeCommand::Status ProbeCommand::status(QString *reason) const
{
    const LatencyStats::Summary &stats = m_probe->outcome().stats;
    const double p95 = stats.p95Ms;
    const double lossPercent = stats.lossRatio * 100;
    Status result = Ok;
    QStringList reasons;
    // above: "p95 RTT above %1", filled with the threshold passed
    const auto check = [&](double value, double warn, double crit, const QString &above) {
        if (crit >= 0 && value > crit) {
            result = Critical;
            reasons.append(above.arg(number(crit)));
        } else if (warn >= 0 && value > warn) {
            result = std::max(result, Warning);
            reasons.append(above.arg(number(warn)));
        }
    };
    if (stats.totalSamples > 0)
        check(p95, m_thresholds.warnMs, m_thresholds.critMs, tr("p95 RTT above %1"));
    check(lossPercent, m_thresholds.warnLossPercent,
          m_thresholds.critLossPercent >= 100 ? 99.999 : m_thresholds.critLossPercent,
          tr("loss above %1"));
    *reason = reasons.join(QLatin1String(", "));
    return result;
}

void ProbeCommand::report(Status result, const QString &reason) const
{
    const monitor::ConnectionProbe::Outcome &outcome = m_probe->outcome();
    const LatencyStats::Summary &summary = outcome.stats;
    const bool connected = outcome.connected;
    const double handshakeMs = outcome.handshakeMs;
    const TlsSessionInfo &tls = outcome.tls;
    const Error &error = outcome.error;
    const QString url = m_probe->url();
    const qint64 probes = summary.totalSamples + summary.totalLost;
    const double lossPercent = probes > 0 ? 100.0 * summary.totalLost / probes : 0;
    if (m_json) {
        QJsonObject object {
            { QStringLiteral("status"), QString::fromLatin1(statusName(result)) },
            { QStringLiteral("exit_code"), result },
            { QStringLiteral("url"), url },
            { QStringLiteral("reason"), reason },
            { QStringLiteral("connected"), connected },
            { QStringLiteral("handshake_ms"), handshakeMs },
            { QStringLiteral("pings"), probes },
            { QStringLiteral("answered"), summary.totalSamples },
            { QStringLiteral("lost"), summary.totalLost },
            { QStringLiteral("loss_percent"), lossPercent },
        };
        if (summary.totalSamples > 0) {
            object.insert(QStringLiteral("rtt_ms"),
                          QJsonObject { { QStringLiteral("min"), summary.minMs },
                                        { QStringLiteral("p50"), summary.p50Ms },
                                        { QStringLiteral("p95"), summary.p95Ms },
                                        { QStringLiteral("p99"), summary.p99Ms },
                                        { QStringLiteral("max"), summary.maxMs },
                                        { QStringLiteral("mean"), summary.meanMs },
                                        { QStringLiteral("jitter"), summary.jitterMs } });
        }
        if (tls.used)
            object.insert(QStringLiteral("tls"), tls.toJson());
        if (error.isError())
            object.insert(QStringLiteral("error"), error.toJson());
        console::out(QJsonDocument(object).toJson(QJsonDocument::Compact));
        return;
    }
    // what the server answered, or who closed and why, after the status line
    const QJsonObject context = error.context();
    const bool explained = context.contains(QLatin1String("handshakeResponse"))
        || context.contains(QLatin1String("close"));
    const QString details = explained ? error.detail() : QString();

    QString line = QStringLiteral("%1 - %2: ").arg(QString::fromLatin1(statusName(result)), url);
    if (!connected) {
        line += reason;
        console::out(line.toUtf8());
        if (!details.isEmpty())
            console::out(details.toUtf8());
        return;
    }
    line += tr("%1/%2 pings answered").arg(summary.totalSamples).arg(probes);
    if (summary.totalSamples > 0)
        line += tr(", RTT p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms")
                    .arg(number(summary.p50Ms), number(summary.p95Ms), number(summary.p99Ms),
                         number(summary.maxMs));
    line += tr(", loss %1%, handshake %2 ms")
                .arg(QString::number(lossPercent, 'f', 1), number(handshakeMs));
    if (!reason.isEmpty())
        line += QStringLiteral(" (%1)").arg(reason);
    QStringList perf { perfdata(QStringLiteral("handshake"), handshakeMs, QStringLiteral("ms")) };
    if (summary.totalSamples > 0) {
        perf << perfdata(QStringLiteral("rtt_p50"), summary.p50Ms, QStringLiteral("ms"))
             << perfdata(QStringLiteral("rtt_p95"), summary.p95Ms, QStringLiteral("ms"),
                         m_thresholds.warnMs, m_thresholds.critMs)
             << perfdata(QStringLiteral("rtt_p99"), summary.p99Ms, QStringLiteral("ms"))
             << perfdata(QStringLiteral("rtt_max"), summary.maxMs, QStringLiteral("ms"));
    }
    perf << perfdata(QStringLiteral("loss"), lossPercent, QStringLiteral("%"),
                     m_thresholds.warnLossPercent,
                     m_thresholds.critLossPercent < 100 ? m_thresholds.critLossPercent : -1,
                     QStringLiteral("100"));
    console::out((line + QLatin1Char('|') + perf.join(QLatin1Char(' '))).toUtf8());
    if (!details.isEmpty())
        console::out(details.toUtf8());
    if (tls.used)
        console::out(console::tlsSummary(tls).toUtf8());
}

} // namespace maxmon::cli
