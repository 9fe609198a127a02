#include "probeendpoint.h"

#include "metricsregistry.h"
#include "targetmetrics.h"

#include <cmath>

namespace maxmon::monitor {

ProbeEndpoint::ProbeEndpoint(QObject *parent)
    : QObject(parent)
{ }

Result<ConnectionProbe *> ProbeEndpoint::start(const QUrlQuery &query, double scrapeTimeoutSeconds)
{
    const auto badRequest = [](const QString &message) {
        return failure(Error(Error::Code::InvalidConfig, message));
    };
    const QString target = query.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded);
    if (target.isEmpty())
        return badRequest(tr("target: missing; /probe?target=wss://host/path&module=NAME"));
    if (const QList<ConfigIssue> issues = validateWebSocketUrl(target, QStringLiteral("target"));
        !issues.isEmpty())
        return badRequest(issues.constFirst().toString());
    QString moduleName = query.queryItemValue(QStringLiteral("module"), QUrl::FullyDecoded);
    if (moduleName.isEmpty())
        moduleName = QStringLiteral("default");
    const auto module = m_modules.constFind(moduleName);
    if (module == m_modules.constEnd())
        return badRequest(tr("module: no module \"%1\" in the config (there are: %2)")
                              .arg(moduleName, m_modules.keys().join(QLatin1String(", "))));
    if (m_running >= maxRunning)
        return failure(Error(Error::Code::QueueFull,
                             tr("%1 probes are running already; try again later").arg(maxRunning)));

    ConnectionConfig connection = module->connection;
    connection.url = QUrl(target.trimmed(), QUrl::StrictMode);
    ConnectionProbe::Settings settings;
    settings.count = module->count;
    settings.intervalMs = module->intervalMs;
    settings.timeoutMs = module->timeoutMs;
    if (scrapeTimeoutSeconds > 0)
        settings.deadlineMs =
            std::max(100, static_cast<int>(std::lround((scrapeTimeoutSeconds - 0.5) * 1000)));
    auto *probe = new ConnectionProbe(connection, settings, this);
    ++m_running;
    connect(probe, &ConnectionProbe::finished, this, [this] { --m_running; });
    if (const Result<void> started = probe->start(); !started) {
        delete probe;
        --m_running;
        return badRequest(tr("target: %1").arg(started.error().message()));
    }
    return probe;
}

void ProbeEndpoint::metricsOf(const ConnectionProbe &probe, MetricsRegistry *registry)
{
    using T = MetricType;
    const ConnectionProbe::Outcome &outcome = probe.outcome();
    const LatencyStats::Summary &stats = outcome.stats;
    const auto gauge = [registry](const char *name, const char *help, double value,
                                  const QByteArray &unit = {}) {
        registry->add(name, QString::fromLatin1(help), T::Gauge, unit)->series({})->set(value);
    };
    const bool success = outcome.connected && !outcome.failed && stats.totalSamples > 0;
    gauge("probe_success", "1 if the endpoint connected and answered pings to the end.",
          success ? 1 : 0);
    gauge("probe_duration_seconds", "How long the probe took.", outcome.durationSeconds, "seconds");
    if (outcome.connected)
        gauge("maxmon_probe_handshake_duration_seconds", "TCP, TLS and WebSocket handshake.",
              outcome.handshakeMs / 1000.0, "seconds");
    gauge("maxmon_probe_pings_answered", "Pings answered.",
          static_cast<double>(stats.totalSamples));
    gauge("maxmon_probe_pings_lost", "Pings without an answer in time.",
          static_cast<double>(stats.totalLost));
    if (stats.totalSamples > 0) {
        MetricFamily *rtt = registry->add(
            "maxmon_probe_rtt_seconds",
            QStringLiteral("Ping round-trip times of the probe: min, p50, p95, p99, max, mean."),
            T::Gauge, "seconds");
        const std::pair<const char *, double> figures[] = {
            { "min", stats.minMs }, { "p50", stats.p50Ms }, { "p95", stats.p95Ms },
            { "p99", stats.p99Ms }, { "max", stats.maxMs }, { "mean", stats.meanMs },
        };
        for (const auto &[name, ms] : figures)
            rtt->series({ { QStringLiteral("stat"), QString::fromLatin1(name) } })
                ->set(ms / 1000.0);
    }
    if (outcome.tls.used) {
        registry
            ->add("maxmon_probe_tls", QStringLiteral("The TLS version and cipher negotiated."),
                  T::Info)
            ->series({ { QStringLiteral("version"), outcome.tls.protocol },
                       { QStringLiteral("cipher"), outcome.tls.cipher } });
        if (!outcome.tls.peerChain.isEmpty()) {
            gauge(
                "maxmon_probe_tls_cert_not_after_timestamp_seconds",
                "When the server's certificate (the leaf) expires, Unix time.",
                static_cast<double>(outcome.tls.peerChain.constFirst().notAfter.toSecsSinceEpoch()),
                "seconds");
            qint64 earliest = outcome.tls.peerChain.constFirst().notAfter.toSecsSinceEpoch();
            for (const CertificateInfo &certificate : outcome.tls.peerChain)
                earliest = std::min(earliest, certificate.notAfter.toSecsSinceEpoch());
            gauge("probe_ssl_earliest_cert_expiry",
                  "The earliest expiry of the chain the server sent, Unix time (as "
                  "blackbox_exporter names it).",
                  static_cast<double>(earliest));
        }
    }
    if (outcome.failed && outcome.error) {
        registry
            ->add("maxmon_probe_error", QStringLiteral("Why the probe failed: the error's code."),
                  T::Info)
            ->series(
                { { QStringLiteral("code"), TargetMetrics::reasonName(outcome.error.code()) } });
    }
}

} // namespace maxmon::monitor
