#pragma once

#include "expositionwriter.h"
#include "monitorconfig.h"
#include "monitormetrics.h"

#include <maxmon/result.h>

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace maxmon::monitor {

class MetricsServer;
class ProbeEndpoint;
class TargetRunner;

// `maxmon-cli monitor` without the command line: a TargetRunner per target,
// their metrics, and the MetricsServer that serves them.
//
// apply() takes a config: the first one starts the listener; each later one
// is a reload, done in full or not at all (anything that can fail, such as
// the listener's secrets and TLS files, is read first):
//  - a target that is new starts;
//  - a target no longer there closes with 1001 and its series go;
//  - a target whose settings changed (profile, URL, labels, topics) closes
//    with 1001 and starts again with the new ones (its counters restart);
//  - an unchanged target keeps its connection and its counters.
// The listen address and TLS on or off take effect at the next start; basic
// auth, TLS certificate and key, and probe modules on every reload.
//
// Targets start in batches of startBatch every startSpacingMs, so that a
// thousand of them do not hit the servers (and the accept queues) at once.
class Monitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int startBatch = 50;
    static constexpr int startSpacingMs = 20;

    explicit Monitor(QObject *parent = nullptr);
    ~Monitor() override;

    // Every config applied from now on listens here, whatever its "listen"
    // says (maxmon-cli monitor --listen).
    void setListenOverride(const QHostAddress &address, quint16 port);

    // An error (nothing changed) when the listener cannot listen, or its
    // secrets or TLS files cannot be read.
    Result<void> apply(const MonitorConfig &config);
    // Reads the file and applies it, counting the reload in the metrics;
    // every issue found, warnings included, goes into *issues.
    Result<void> reload(const QString &file, QList<ConfigIssue> *issues);
    // Closes every target with 1001; finished() when all are closed, or after
    // timeoutMs at the latest.
    void shutdown(int timeoutMs = 5000);

    QByteArray scrape(ExpositionFormat format);
    quint16 port() const;
    // "http://127.0.0.1:9464": where /metrics is
    QString baseUrl() const;
    MonitorMetrics &metrics() { return m_metrics; }
    MetricsServer *server() const { return m_server; }
    QList<TargetRunner *> runners() const { return m_runners.values(); }
    TargetRunner *runner(const QString &name) const { return m_runners.value(name); }
    // Targets that are closing (removed or changed by a reload, or shut down).
    int closingCount() const { return static_cast<int>(m_closing.size()); }

Q_SIGNALS:
    void finished();

private:
    // the listener's secrets and TLS files, read
    struct PreparedListener
    {
        QString password;
        std::optional<QSslConfiguration> tls;
    };
    Result<PreparedListener> prepareListener(const ListenerConfig &listener) const;
    Result<void> applyListener(const ListenerConfig &listener, const PreparedListener &prepared);
    void applyTargets(const QList<TargetConfig> &targets);
    void close(TargetRunner *runner, const QString &reason);
    void startSome();
    void finishShutdown();

    MonitorMetrics m_metrics;
    ProbeEndpoint *m_probes;
    MetricsServer *m_server = nullptr;
    ListenerConfig m_listener;
    std::optional<std::pair<QHostAddress, quint16>> m_listenOverride;
    QMap<QString, TargetRunner *> m_runners;
    QSet<TargetRunner *> m_closing;
    QList<QPointer<TargetRunner>> m_toStart;
    QTimer m_startTimer;
    QTimer m_shutdownTimer;
    bool m_shuttingDown = false;
    bool m_finished = false;
    qsizetype m_lastScrapeSize = 0;
};

} // namespace maxmon::monitor
