#include "session/loadconnection.h"

#include <maxmon/loadgenerator.h>
#include <maxmon/message.h>

#include <QList>
#include <QTimer>

namespace maxmon {

namespace {
constexpr int closeWaitMs = 2000;
} // namespace

struct LoadGenerator::Private
{
    Private(LoadGenerator *generator, const Settings &loadSettings);

    void onConnectionSettled();
    void startLoad();
    void onConnectionDone();
    void onReplyTimeout();
    void stopSending();
    void finish();
    void onConnectionClosed();
    void emitFinished();

    LoadGenerator *const q;
    const Settings settings;
    QList<LoadConnection *> connections;
    QList<LoadConnection *> active; // those that opened: they send
    LatencyStats roundTrips;
    LatencyStats connectTimes;
    qint64 lastReplyNs = 0;
    qint64 loadStartNs = 0;
    QTimer durationTimer;
    QTimer replyTimer; // restarted by every echo
    int settled = 0;
    bool loadStarted = false;
    bool finished = false;
    bool finishedEmitted = false;
};

QString LoadGenerator::Settings::validate() const
{
    if (connections < 1 || connections > 10000)
        return tr("connections: from 1 to 10000");
    if (count < 0 || (count == 0 && durationMs <= 0))
        return tr("a message count or a duration is needed");
    if (messageSize < LoadConnection::minMessageSize || messageSize > 64 * 1024 * 1024)
        return tr("message size: from %1 bytes to 64 MiB").arg(LoadConnection::minMessageSize);
    if (rate < 0)
        return tr("rate: 0 (unlimited) or more messages per second");
    if (window < 1 || window > 100000)
        return tr("window: from 1 to 100000 messages in flight");
    if (replyTimeoutMs < 1 || sampleLimit < 1)
        return tr("reply timeout and sample limit must be positive");
    return {};
}

LoadGenerator::Private::Private(LoadGenerator *generator, const Settings &loadSettings)
    : q(generator)
    , settings(loadSettings)
    , roundTrips(static_cast<int>(
          std::min<qint64>(loadSettings.count > 0 ? loadSettings.count : loadSettings.sampleLimit,
                           loadSettings.sampleLimit)))
    , connectTimes(std::max(1, loadSettings.connections))
    , durationTimer(generator)
    , replyTimer(generator)
{ }

LoadGenerator::LoadGenerator(const Settings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, settings))
{
    d->durationTimer.setSingleShot(true);
    connect(&d->durationTimer, &QTimer::timeout, this, [this] { d->stopSending(); });
    d->replyTimer.setSingleShot(true);
    connect(&d->replyTimer, &QTimer::timeout, this, [this] { d->onReplyTimeout(); });
}

LoadGenerator::~LoadGenerator() = default;

void LoadGenerator::start()
{
    const int connections = d->settings.connections;
    for (int i = 0; i < connections; ++i) {
        LoadConnection::Plan plan;
        plan.messageSize = d->settings.messageSize;
        plan.text = d->settings.text;
        plan.window = d->settings.window;
        plan.rate = d->settings.rate / connections;
        if (d->settings.count > 0)
            plan.quota =
                d->settings.count / connections + (i < d->settings.count % connections ? 1 : 0);
        auto *connection = new LoadConnection(d->settings.config, plan, this);
        d->connections.append(connection);
        connect(connection, &LoadConnection::opened, this, [this, connection] {
            d->connectTimes.addSample(connection->handshakeMs());
            d->onConnectionSettled();
        });
        connect(connection, &LoadConnection::failed, this, [this] {
            if (!d->loadStarted)
                d->onConnectionSettled();
        });
        connect(connection, &LoadConnection::roundTrip, this, [this](double ms) {
            d->roundTrips.addSample(ms);
            d->lastReplyNs = Message::nowMonotonicNs();
            d->replyTimer.start();
        });
        connect(connection, &LoadConnection::done, this, [this] { d->onConnectionDone(); });
    }
    for (LoadConnection *connection : std::as_const(d->connections))
        connection->open();
}

void LoadGenerator::Private::onConnectionSettled()
{
    if (++settled < connections.size())
        return;
    int opened = 0;
    for (const LoadConnection *connection : std::as_const(connections))
        opened += connection->isOpen() ? 1 : 0;
    Q_EMIT q->connected(opened, static_cast<int>(connections.size()) - opened);
    if (opened == 0) {
        finish();
        return;
    }
    startLoad();
}

void LoadGenerator::Private::startLoad()
{
    loadStarted = true;
    loadStartNs = Message::nowMonotonicNs();
    lastReplyNs = loadStartNs;
    if (settings.durationMs > 0)
        durationTimer.start(static_cast<int>(settings.durationMs));
    replyTimer.start(settings.replyTimeoutMs);
    // connections that never opened take no part
    for (LoadConnection *connection : std::as_const(connections)) {
        if (connection->isOpen())
            active.append(connection);
    }
    for (LoadConnection *connection : std::as_const(active))
        connection->startSending();
    onConnectionDone(); // all may be done already (a count smaller than the connections)
}

void LoadGenerator::Private::onConnectionDone()
{
    if (!loadStarted || finished)
        return;
    for (const LoadConnection *connection : std::as_const(active)) {
        if (!connection->isDone())
            return;
    }
    finish();
}

void LoadGenerator::Private::onReplyTimeout()
{
    for (const LoadConnection *connection : std::as_const(active)) {
        if (connection->inFlight() > 0) {
            finish(); // waited long enough: what is in flight is lost
            return;
        }
    }
    replyTimer.start(); // nothing outstanding: a slow rate, not a silent server
}

void LoadGenerator::Private::stopSending()
{
    for (LoadConnection *connection : std::as_const(active))
        connection->stopSending();
}

void LoadGenerator::stop()
{
    if (!d->loadStarted) {
        d->finish();
        return;
    }
    d->stopSending();
}

bool LoadGenerator::isFinished() const
{
    return d->finishedEmitted;
}

void LoadGenerator::Private::finish()
{
    if (finished)
        return;
    finished = true;
    durationTimer.stop();
    replyTimer.stop();
    for (LoadConnection *connection : std::as_const(connections)) {
        QObject::connect(connection, &LoadConnection::closed, q, [this] { onConnectionClosed(); });
        connection->close();
    }
    // the close frames go out before finished() (a process may exit on it), within reason
    QTimer::singleShot(closeWaitMs, q, [this] { emitFinished(); });
    onConnectionClosed();
}

void LoadGenerator::Private::onConnectionClosed()
{
    for (const LoadConnection *connection : std::as_const(connections)) {
        if (!connection->isClosed())
            return;
    }
    emitFinished();
}

void LoadGenerator::Private::emitFinished()
{
    if (finishedEmitted)
        return;
    finishedEmitted = true;
    Q_EMIT q->finished();
}

Error LoadGenerator::firstError() const
{
    for (const LoadConnection *connection : std::as_const(d->connections)) {
        if (connection->error())
            return connection->error();
    }
    return Error();
}

LoadReport LoadGenerator::report() const
{
    LoadReport report;
    report.connections = static_cast<int>(d->connections.size());
    report.messageSize = d->settings.messageSize;
    for (const LoadConnection *connection : std::as_const(d->connections)) {
        if (connection->handshakeMs() >= 0)
            ++report.connectionsOpened;
        if (connection->hasFailed())
            ++report.connectionsFailed;
        if (const Error error = connection->error()) {
            const QString code = error.codeName();
            ++report.errors[code];
            if (!report.errorMessages.contains(code))
                report.errorMessages.insert(code, error.message());
        }
        report.sent += connection->sent();
        report.received += connection->received();
        report.lost += connection->inFlight();
        report.mismatched += connection->mismatched();
        report.sendErrors += connection->sendErrors();
    }
    if (d->loadStarted)
        report.elapsedSeconds = static_cast<double>(d->lastReplyNs - d->loadStartNs) / 1e9;
    report.roundTrip = d->roundTrips.summary();
    report.connect = d->connectTimes.summary();
    return report;
}

} // namespace maxmon
