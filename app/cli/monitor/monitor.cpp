#include "monitor.h"

#include "metricsserver.h"
#include "monitorlog.h"
#include "probeendpoint.h"
#include "processmetrics.h"
#include "server/servertlsfiles.h"
#include "targetrunner.h"

#include <maxmon/message.h>
#include <maxmon/secretstore.h>
#include <maxmon/version.h>

namespace maxmon::monitor {

namespace {

Result<QString> readSecret(const SecretRef &ref)
{
    return ref.source == SecretRef::Source::Env ? SecretStore::readEnvironment(ref.reference)
                                                : SecretStore::readFile(ref.reference);
}

} // namespace

Monitor::Monitor(QObject *parent)
    : QObject(parent)
    , m_probes(new ProbeEndpoint(this))
{
    m_metrics.buildInfo->series(
        { { QStringLiteral("version"), libraryVersion() },
          { QStringLiteral("qt_version"), QString::fromLatin1(qVersion()) } });
    m_metrics.targets->series({})->set(0);
    m_metrics.configReloads->series({ { QStringLiteral("result"), QStringLiteral("success") } });
    m_metrics.configReloads->series({ { QStringLiteral("result"), QStringLiteral("failure") } });
    m_metrics.configLastReloadSuccessful->series({})->set(1);
    m_startTimer.setInterval(startSpacingMs);
    connect(&m_startTimer, &QTimer::timeout, this, &Monitor::startSome);
    m_shutdownTimer.setSingleShot(true);
    connect(&m_shutdownTimer, &QTimer::timeout, this, &Monitor::finishShutdown);
}

Monitor::~Monitor()
{
    // the runners' clients go with them; nothing of theirs may reach the metrics after
    qDeleteAll(m_runners);
    qDeleteAll(m_closing);
}

Result<Monitor::PreparedListener> Monitor::prepareListener(const ListenerConfig &listener) const
{
    PreparedListener prepared;
    if (!listener.basicAuthUser.isEmpty()) {
        const Result<QString> password = readSecret(listener.basicAuthPassword);
        if (!password)
            return failure(Error(Error::Code::SecretUnavailable,
                                 tr("basic_auth.password: %1").arg(password.error().message())));
        prepared.password = *password;
    }
    if (listener.tlsEnabled()) {
        ServerTlsFiles files;
        files.certificateFile = listener.tlsCertFile;
        files.keyFile = listener.tlsKeyFile;
        files.clientCaFile = listener.tlsClientCaFile;
        files.certificateName = QStringLiteral("tls.cert_file");
        files.keyName = QStringLiteral("tls.key_file");
        files.clientCaName = QStringLiteral("tls.client_ca_file");
        if (listener.tlsKeyPassphrase.isSet()) {
            const Result<QString> passphrase = readSecret(listener.tlsKeyPassphrase);
            if (!passphrase)
                return failure(
                    Error(Error::Code::SecretUnavailable,
                          tr("tls.key_passphrase: %1").arg(passphrase.error().message())));
            files.keyPassphrase = passphrase->toUtf8();
        }
        const Result<QSslConfiguration> tls = files.load();
        if (!tls)
            return failure(tls.error());
        prepared.tls = *tls;
    }
    return prepared;
}

Result<void> Monitor::applyListener(const ListenerConfig &listener,
                                    const PreparedListener &prepared)
{
    if (!m_server) {
        auto *server = new MetricsServer([this](ExpositionFormat format) { return scrape(format); },
                                         m_probes, this);
        if (!server->listen(listener.address, listener.port, prepared.tls)) {
            const Error error(Error::Code::NetworkError,
                              tr("cannot listen on %1: %2")
                                  .arg(listener.baseUrl(listener.port), server->errorString()));
            delete server;
            return failure(error);
        }
        m_server = server;
    } else if (listener.address != m_listener.address || listener.port != m_listener.port
               || listener.tlsEnabled() != m_listener.tlsEnabled()) {
        monitorlog::warning(tr("\"listen\" and turning \"tls\" on or off take effect at the next "
                               "start; still serving on %1")
                                .arg(baseUrl()));
    }
    m_server->setBasicAuth(listener.basicAuthUser, prepared.password);
    if (prepared.tls) // renewed files; a listener without TLS ignores it
        m_server->setTlsConfiguration(*prepared.tls);
    m_listener = listener;
    return {};
}

void Monitor::setListenOverride(const QHostAddress &address, quint16 port)
{
    m_listenOverride = std::make_pair(address, port);
}

Result<void> Monitor::apply(const MonitorConfig &config)
{
    ListenerConfig listener = config.listener;
    if (m_listenOverride) {
        listener.address = m_listenOverride->first;
        listener.port = m_listenOverride->second;
    }
    const Result<PreparedListener> prepared = prepareListener(listener);
    if (!prepared)
        return failure(prepared.error());
    if (Result<void> listening = applyListener(listener, *prepared); !listening)
        return listening;
    m_probes->setModules(config.probeModules);
    applyTargets(config.targets);
    m_metrics.configLastReloadTimestamp->series({})->set(static_cast<double>(Message::nowUs())
                                                         / 1e6);
    return {};
}

Result<void> Monitor::reload(const QString &file, QList<ConfigIssue> *issues)
{
    const MonitorConfig config = MonitorConfig::fromFile(file, issues);
    Result<void> applied;
    if (ConfigIssue::hasErrors(*issues))
        applied = failure(Error(Error::Code::InvalidConfig,
                                tr("%1 has errors: the config in force stays").arg(file)));
    else
        applied = apply(config);
    const QString result = applied ? QStringLiteral("success") : QStringLiteral("failure");
    m_metrics.configReloads->series({ { QStringLiteral("result"), result } })->inc();
    m_metrics.configLastReloadSuccessful->series({})->set(applied ? 1 : 0);
    return applied;
}

void Monitor::applyTargets(const QList<TargetConfig> &targets)
{
    QSet<QString> names;
    for (const TargetConfig &target : targets)
        names.insert(target.name);
    const QList<TargetRunner *> current = m_runners.values();
    for (TargetRunner *runner : current) {
        if (!names.contains(runner->config().name))
            close(runner, QStringLiteral("removed from the monitor's config"));
    }
    int added = 0;
    int changed = 0;
    for (const TargetConfig &target : targets) {
        TargetRunner *existing = m_runners.value(target.name);
        if (existing && existing->config() == target)
            continue;
        if (existing) {
            close(existing, QStringLiteral("the monitor's config changed"));
            ++changed;
        } else {
            ++added;
        }
        // the old runner's series are gone: the new ones take their labels
        auto *runner = new TargetRunner(target, &m_metrics, this);
        m_runners.insert(target.name, runner);
        m_toStart.append(runner);
    }
    m_metrics.targets->series({})->set(m_runners.size());
    monitorlog::info(tr("%n target(s): %1 new, %2 changed, %3 closing", nullptr,
                        static_cast<int>(m_runners.size()))
                         .arg(added)
                         .arg(changed)
                         .arg(m_closing.size()));
    if (!m_toStart.isEmpty() && !m_startTimer.isActive()) {
        startSome();
        m_startTimer.start();
    }
}

void Monitor::startSome()
{
    int started = 0;
    while (!m_toStart.isEmpty() && started < startBatch) {
        if (TargetRunner *runner = m_toStart.takeFirst()) {
            runner->start();
            ++started;
        }
    }
    if (m_toStart.isEmpty())
        m_startTimer.stop();
}

void Monitor::close(TargetRunner *runner, const QString &reason)
{
    m_runners.remove(runner->config().name);
    m_toStart.removeAll(runner);
    m_closing.insert(runner);
    connect(runner, &TargetRunner::stopped, this, [this, runner] {
        m_closing.remove(runner);
        runner->deleteLater();
        if (m_shuttingDown && m_closing.isEmpty())
            finishShutdown();
    });
    runner->stop(1001, reason);
}

void Monitor::shutdown(int timeoutMs)
{
    m_shuttingDown = true;
    m_startTimer.stop();
    m_toStart.clear();
    const QList<TargetRunner *> all = m_runners.values();
    for (TargetRunner *runner : all)
        close(runner, QStringLiteral("the monitor is shutting down"));
    m_metrics.targets->series({})->set(0);
    if (m_closing.isEmpty())
        QTimer::singleShot(0, this, &Monitor::finishShutdown);
    else
        m_shutdownTimer.start(timeoutMs);
}

void Monitor::finishShutdown()
{
    if (m_finished)
        return;
    m_finished = true;
    m_shutdownTimer.stop();
    // Connections still closing after the timeout go now: a client left alive
    // would wait for its close once more when the application quits.
    const QSet<TargetRunner *> closing = std::exchange(m_closing, {});
    qDeleteAll(closing);
    Q_EMIT finished();
}

QByteArray Monitor::scrape(ExpositionFormat format)
{
    processmetrics::update(&m_metrics);
    QByteArray text = ExpositionWriter(format).write(m_metrics.registry(), m_lastScrapeSize + 4096);
    m_lastScrapeSize = text.size();
    return text;
}

quint16 Monitor::port() const
{
    return m_server ? m_server->port() : 0;
}

QString Monitor::baseUrl() const
{
    return m_listener.baseUrl(port());
}

} // namespace maxmon::monitor
