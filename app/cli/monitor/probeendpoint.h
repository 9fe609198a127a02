#pragma once

#include "connectionprobe.h"
#include "monitorconfig.h"

#include <maxmon/result.h>

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QUrlQuery>

namespace maxmon::monitor {

class MetricsRegistry;

// /probe?target=URL&module=NAME, in blackbox_exporter's multi-target style:
// Prometheus passes each URL to probe as a parameter (relabeling
// __address__ into __param_target) and gets one probe's metrics back.
//
// start() checks the request and starts a ConnectionProbe with the module's
// settings, bounded by the scrape's timeout (Prometheus sends it as
// X-Prometheus-Scrape-Timeout-Seconds) less half a second; metricsOf() turns
// the outcome into the exposition: probe_success, probe_duration_seconds,
// the handshake, RTT figures, pings and loss, TLS (with blackbox's
// probe_ssl_earliest_cert_expiry), and on failure the error's code.
class ProbeEndpoint : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxRunning = 32;

    explicit ProbeEndpoint(QObject *parent = nullptr);

    void setModules(const QMap<QString, ProbeModule> &modules) { m_modules = modules; }
    int running() const { return m_running; }

    // A running probe (deleted after its finished(), by the caller's
    // deleteLater), or why the request is refused: the text of a 400
    // ("target: the scheme must be ws or wss, not http"), or a 503 when
    // maxRunning probes are running (Error::Code::QueueFull).
    Result<ConnectionProbe *> start(const QUrlQuery &query, double scrapeTimeoutSeconds);

    static void metricsOf(const ConnectionProbe &probe, MetricsRegistry *registry);

private:
    QMap<QString, ProbeModule> m_modules;
    int m_running = 0;
};

} // namespace maxmon::monitor
