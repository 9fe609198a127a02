#include "base/logging.h"

#include <maxmon/heartbeat.h>
#include <maxmon/message.h>

#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <deque>

namespace maxmon {

namespace {

constexpr QByteArrayView pingPrefix("maxmon-hb:");
// Probes in flight at once: bounds memory when the interval is far below
// the timeout on a link that answers nothing.
constexpr size_t maxOutstanding = 64;
constexpr qsizetype maxIntervalChanges = 32;
// Adaptive interval
constexpr int stableRunLength = 4; // steady answers in a row before backing off
constexpr double backOffFactor = 1.5;
constexpr double jitterFloorMs = 20; // RTT jumps below this never count as jitter
constexpr double jitterShareOfMedian = 0.5; // ... nor those below half the median RTT

constexpr qint64 nsPerMs = 1000000;

double toMs(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

} // namespace

struct Heartbeat::Private
{
    struct Probe
    {
        quint64 sequence = 0;
        qint64 sentNs = 0;
        quint64 trafficMark = 0; // m_trafficCount when it was sent
    };
    struct Resolved
    {
        quint64 sequence = 0;
        bool lost = false;
    };

    explicit Private(Heartbeat *owner)
        : q(owner)
    { }

    void sendProbe();
    void onDeadline();
    void scheduleDeadline();
    void remember(quint64 sequence, bool lost);
    void ignoreAnswer(quint64 sequence);
    void adaptAfterLoss(const Probe &probe);
    void adaptAfterSample(double rttMs, double previousMs);
    void setInterval(int intervalMs, const QString &reason);
    void updateHealth();
    Error deadLinkError(const Probe &probe, bool silent, qint64 now) const;

    Heartbeat *q;
    HeartbeatConfig m_config;
    ProbeSender m_sender;
    QTimer m_probeTimer { q }; // parented: moves with the heartbeat to another thread
    QTimer m_deadlineTimer { q };
    bool m_running = false;
    QString m_note;

    std::deque<Probe> m_outstanding; // in send order, so deadlines are ordered too
    std::array<Resolved, 64> m_resolved {}; // recent outcomes, to tell late from duplicate
    size_t m_resolvedNext = 0;
    quint64 m_nextSequence = 1; // never reused, across restarts too
    quint64 m_trafficCount = 0;
    qint64 m_lastTrafficNs = 0;
    qint64 m_lastAnswerNs = 0;
    qint64 m_lastProbeNs = 0;

    int m_intervalMs = 0;
    int m_consecutiveLost = 0;
    int m_stableRun = 0;
    qint64 m_probesSent = 0;
    qint64 m_probesAnswered = 0;
    qint64 m_probesLost = 0;
    qint64 m_lostWhileReceiving = 0;
    qint64 m_unsolicited = 0;
    qint64 m_duplicates = 0;
    qint64 m_late = 0;
    QList<HeartbeatStatus::IntervalChange> m_intervalChanges;

    LatencyStats m_stats;
    ConnectionHealth m_health;
};

Heartbeat::Heartbeat(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->m_config.enabled = false; // status() reports "off" until the first start()
    d->m_probeTimer.setSingleShot(true);
    d->m_deadlineTimer.setSingleShot(true);
    connect(&d->m_probeTimer, &QTimer::timeout, this, [this] { d->sendProbe(); });
    connect(&d->m_deadlineTimer, &QTimer::timeout, this, [this] { d->onDeadline(); });
}

Heartbeat::~Heartbeat() = default;

void Heartbeat::setProbeSender(ProbeSender sender)
{
    d->m_sender = std::move(sender);
}

bool Heartbeat::hasProbeSender() const
{
    return static_cast<bool>(d->m_sender);
}

bool Heartbeat::isRunning() const
{
    return d->m_running;
}

int Heartbeat::intervalMs() const
{
    return d->m_intervalMs;
}

const LatencyStats &Heartbeat::stats() const
{
    return d->m_stats;
}

ConnectionHealth Heartbeat::health() const
{
    return d->m_health;
}

void Heartbeat::start(const HeartbeatConfig &config)
{
    stop();
    d->m_config = config;
    d->m_stats.reset();
    d->m_lastTrafficNs = d->m_lastProbeNs = Message::nowMonotonicNs();
    d->m_lastAnswerNs = 0;
    d->m_consecutiveLost = d->m_stableRun = 0;
    d->m_probesSent = d->m_probesAnswered = d->m_probesLost = d->m_lostWhileReceiving = 0;
    d->m_unsolicited = d->m_duplicates = d->m_late = 0;
    d->m_intervalChanges.clear();
    d->m_resolved.fill({});
    d->m_note.clear();
    d->m_intervalMs = config.adaptive
        ? std::clamp(config.intervalMs, config.minIntervalMs,
                     std::max(config.minIntervalMs, config.maxIntervalMs))
        : config.intervalMs;
    d->updateHealth();

    if (!config.enabled)
        return;
    if (!d->m_sender) {
        d->m_note = tr("No protocol layer supplies a heartbeat probe for the '%1' strategy; the "
                       "connection is not monitored.")
                        .arg(config.strategy == HeartbeatConfig::Strategy::Ping
                                 ? QStringLiteral("ping")
                                 : QStringLiteral("application"));
        qCWarning(lcHeartbeat).noquote() << d->m_note;
        return;
    }
    d->m_running = true;
    // like the Phoenix and most WebSocket clients: the first probe one
    // interval in, not at once (the handshake has just measured the link)
    d->m_probeTimer.start(d->m_intervalMs);
}

void Heartbeat::stop()
{
    d->m_running = false;
    d->m_probeTimer.stop();
    d->m_deadlineTimer.stop();
    d->m_outstanding.clear();
}

void Heartbeat::Private::sendProbe()
{
    if (!m_running)
        return;
    m_probeTimer.start(m_intervalMs);
    if (m_outstanding.size() >= maxOutstanding) {
        qCDebug(lcHeartbeat) << "probe skipped:" << m_outstanding.size() << "still unanswered";
        return;
    }
    const qint64 now = Message::nowMonotonicNs();
    const Probe probe { m_nextSequence++, now, m_trafficCount };
    m_outstanding.push_back(probe);
    m_lastProbeNs = now;
    ++m_probesSent;
    if (!m_deadlineTimer.isActive())
        scheduleDeadline();
    qCDebug(lcHeartbeat) << "probe" << probe.sequence << "sent";
    // The sender may answer at once, or fail and stop us: nothing after it
    // may assume the probe is still outstanding.
    m_sender(probe.sequence);
    Q_EMIT q->probeSent(probe.sequence);
}

void Heartbeat::Private::scheduleDeadline()
{
    if (m_outstanding.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 deadline = m_outstanding.front().sentNs + m_config.timeoutMs * nsPerMs;
    const qint64 remaining = deadline - Message::nowMonotonicNs();
    // round up: a timer that fires a little early just finds nothing due
    m_deadlineTimer.start(
        static_cast<int>(std::max<qint64>(0, (remaining + nsPerMs - 1) / nsPerMs)));
}

void Heartbeat::Private::onDeadline()
{
    if (!m_running)
        return;
    const qint64 now = Message::nowMonotonicNs();
    while (!m_outstanding.empty()
           && m_outstanding.front().sentNs + m_config.timeoutMs * nsPerMs <= now) {
        const Probe probe = m_outstanding.front();
        m_outstanding.pop_front();
        remember(probe.sequence, true);
        const bool silent = probe.trafficMark == m_trafficCount;
        // Data that arrived within the last timeout proves the link carries
        // traffic: the answer is queued behind that data (a peer sending
        // faster than this client reads) or dropped by an intermediary. The
        // loss counts in the statistics and the health, not towards death.
        const bool receiving = !silent && now - m_lastTrafficNs < m_config.timeoutMs * nsPerMs;
        ++m_probesLost;
        if (receiving)
            ++m_lostWhileReceiving;
        else
            ++m_consecutiveLost;
        m_stats.addLoss();
        qCInfo(lcHeartbeat) << "probe" << probe.sequence << "lost: no answer within"
                            << m_config.timeoutMs << "ms"
                            << (receiving ? "while data arrives" : "");
        Q_EMIT q->probeLost(probe.sequence);
        if (!m_running)
            return; // a slot stopped us

        if (silent || m_consecutiveLost >= m_config.maxMissed) {
            const Error error = deadLinkError(probe, silent, now);
            qCInfo(lcHeartbeat).noquote() << error.message();
            q->stop();
            updateHealth();
            Q_EMIT q->linkDead(error);
            return;
        }
        adaptAfterLoss(probe);
        updateHealth();
    }
    scheduleDeadline();
}

Error Heartbeat::Private::deadLinkError(const Probe &probe, bool silent, qint64 now) const
{
    const qint64 silentMs = (now - m_lastTrafficNs) / nsPerMs;
    Error error;
    if (silent) {
        error = Error(
            Error::Code::HeartbeatTimeout,
            Heartbeat::tr("The connection is dead: nothing at all was received for %1 ms, and "
                          "heartbeat probe %2 got no answer within %3 ms.")
                .arg(silentMs)
                .arg(probe.sequence)
                .arg(m_config.timeoutMs));
    } else {
        error = Error(
            Error::Code::HeartbeatTimeout,
            Heartbeat::tr("The connection is dead: %n heartbeat probe(s) in a row got no answer "
                          "within %1 ms each.",
                          nullptr, m_consecutiveLost)
                .arg(m_config.timeoutMs));
    }
    const QString lastAnswer = m_lastAnswerNs > 0
        ? Heartbeat::tr("the last answer came %1 ms ago").arg((now - m_lastAnswerNs) / nsPerMs)
        : Heartbeat::tr("no probe was ever answered on this connection");
    error.withDetail(
        Heartbeat::tr("Probes sent %1, answered %2, lost %3; %4; last traffic of any kind "
                      "%5 ms ago; last RTT %6.")
            .arg(m_probesSent)
            .arg(m_probesAnswered)
            .arg(m_probesLost)
            .arg(lastAnswer)
            .arg(silentMs)
            .arg(m_stats.last() < 0 ? Heartbeat::tr("n/a")
                                    : Heartbeat::tr("%1 ms").arg(m_stats.last(), 0, 'f', 1)));
    error.withHint(
        Heartbeat::tr("The peer or the network path stopped responding without closing the "
                      "connection (a half-open link); the socket was aborted."));
    error.withContext(QStringLiteral("rule"),
                      silent ? QStringLiteral("silence") : QStringLiteral("missed"));
    error.withContext(QStringLiteral("missedProbes"), m_consecutiveLost);
    error.withContext(QStringLiteral("timeoutMs"), m_config.timeoutMs);
    error.withContext(QStringLiteral("silentMs"), silentMs);
    return error;
}

void Heartbeat::probeAnswered(quint64 sequence)
{
    if (!d->m_running)
        return;
    const auto it =
        std::find_if(d->m_outstanding.begin(), d->m_outstanding.end(),
                     [sequence](const Private::Probe &p) { return p.sequence == sequence; });
    if (it == d->m_outstanding.end()) {
        d->ignoreAnswer(sequence);
        return;
    }
    const qint64 now = Message::nowMonotonicNs();
    const double rttMs = toMs(now - it->sentNs);
    const bool wasFirst = it == d->m_outstanding.begin();
    d->m_outstanding.erase(it);
    if (wasFirst)
        d->scheduleDeadline();
    d->remember(sequence, false);
    ++d->m_probesAnswered;
    d->m_consecutiveLost = 0;
    d->m_lastAnswerNs = now;

    const double previousMs = d->m_stats.last();
    d->m_stats.addSample(rttMs);
    qCDebug(lcHeartbeat) << "probe" << sequence << "answered in" << rttMs << "ms";
    Q_EMIT latencySampled(rttMs);
    if (!d->m_running)
        return;
    d->adaptAfterSample(rttMs, previousMs);
    d->updateHealth();
}

void Heartbeat::Private::ignoreAnswer(quint64 sequence)
{
    if (sequence == 0 || sequence >= m_nextSequence) {
        ++m_unsolicited;
        qCDebug(lcHeartbeat) << "unsolicited answer" << sequence << "ignored";
        return;
    }
    for (const Resolved &resolved : m_resolved) {
        if (resolved.sequence == sequence && !resolved.lost) {
            ++m_duplicates;
            qCDebug(lcHeartbeat) << "duplicate answer to probe" << sequence << "ignored";
            return;
        }
    }
    // counted lost already, or too old to remember: either way stale
    ++m_late;
    qCDebug(lcHeartbeat) << "late answer to probe" << sequence << "ignored";
}

void Heartbeat::pongReceived(const QByteArray &payload)
{
    if (!d->m_running)
        return;
    const std::optional<quint64> sequence = sequenceFromPingPayload(payload);
    if (!sequence) {
        ++d->m_unsolicited; // for example a peer's own keep-alive pong
        return;
    }
    probeAnswered(*sequence);
}

void Heartbeat::trafficReceived()
{
    ++d->m_trafficCount;
    // Called for every message received: the coarse clock (a few ms of
    // resolution, a fifth of the cost) is plenty for "last traffic N ms ago".
    timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
    d->m_lastTrafficNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void Heartbeat::Private::remember(quint64 sequence, bool lost)
{
    m_resolved[m_resolvedNext] = { sequence, lost };
    m_resolvedNext = (m_resolvedNext + 1) % m_resolved.size();
}

void Heartbeat::Private::adaptAfterLoss(const Probe &probe)
{
    if (!m_config.adaptive)
        return;
    m_stableRun = 0;
    setInterval(std::max(m_config.minIntervalMs, m_intervalMs / 2),
                Heartbeat::tr("probe %1 lost (no answer within %2 ms)")
                    .arg(probe.sequence)
                    .arg(m_config.timeoutMs));
}

void Heartbeat::Private::adaptAfterSample(double rttMs, double previousMs)
{
    if (!m_config.adaptive)
        return;
    if (previousMs >= 0) {
        const double jump = std::abs(rttMs - previousMs);
        const double limit = std::max(jitterFloorMs, jitterShareOfMedian * m_stats.percentile(50));
        if (jump > limit) {
            m_stableRun = 0;
            setInterval(std::max(m_config.minIntervalMs, m_intervalMs * 2 / 3),
                        Heartbeat::tr("jitter: RTT jumped %1 ms (from %2 to %3 ms; limit %4 ms)")
                            .arg(jump, 0, 'f', 1)
                            .arg(previousMs, 0, 'f', 1)
                            .arg(rttMs, 0, 'f', 1)
                            .arg(limit, 0, 'f', 1));
            return;
        }
    }
    if (++m_stableRun < stableRunLength)
        return;
    m_stableRun = 0;
    const int longer = static_cast<int>(std::ceil(m_intervalMs * backOffFactor));
    setInterval(std::min(m_config.maxIntervalMs, longer),
                Heartbeat::tr("stable: %n steady answer(s) in a row, jitter %1 ms", nullptr,
                              stableRunLength)
                    .arg(m_stats.jitter(), 0, 'f', 1));
}

void Heartbeat::Private::setInterval(int intervalMs, const QString &reason)
{
    if (intervalMs == m_intervalMs)
        return;
    m_intervalChanges.append({ Message::nowUs(), m_intervalMs, intervalMs, reason });
    if (m_intervalChanges.size() > maxIntervalChanges)
        m_intervalChanges.removeFirst();
    qCDebug(lcHeartbeat).noquote()
        << "interval" << m_intervalMs << "->" << intervalMs << "ms:" << reason;
    m_intervalMs = intervalMs;
    if (m_running) {
        // the next probe goes out one new interval after the last one
        const qint64 due = m_lastProbeNs + intervalMs * nsPerMs - Message::nowMonotonicNs();
        m_probeTimer.start(static_cast<int>(std::max<qint64>(0, due / nsPerMs)));
    }
    Q_EMIT q->intervalChanged(intervalMs, reason);
}

void Heartbeat::Private::updateHealth()
{
    const ConnectionHealth health =
        ConnectionHealth::evaluate(m_stats.summary(), m_consecutiveLost);
    if (health.level == m_health.level) {
        m_health.rule = health.rule; // same verdict, fresher numbers: no signal
        return;
    }
    qCInfo(lcHeartbeat).noquote() << "health" << ConnectionHealth::levelName(health.level) << "-"
                                  << health.rule;
    m_health = health;
    Q_EMIT q->healthChanged();
}

HeartbeatStatus Heartbeat::status() const
{
    HeartbeatStatus s;
    s.enabled = d->m_config.enabled;
    s.running = d->m_running;
    s.strategy = d->m_config.strategy == HeartbeatConfig::Strategy::Ping
        ? QStringLiteral("ping")
        : QStringLiteral("application");
    s.note = d->m_note;
    s.intervalMs = d->m_intervalMs;
    s.timeoutMs = d->m_config.timeoutMs;
    s.maxMissed = d->m_config.maxMissed;
    s.adaptive = d->m_config.adaptive;
    s.minIntervalMs = d->m_config.minIntervalMs;
    s.maxIntervalMs = d->m_config.maxIntervalMs;
    s.probesSent = d->m_probesSent;
    s.probesAnswered = d->m_probesAnswered;
    s.probesLost = d->m_probesLost;
    s.lostWhileReceiving = d->m_lostWhileReceiving;
    s.outstanding = static_cast<int>(d->m_outstanding.size());
    s.consecutiveLost = d->m_consecutiveLost;
    s.unsolicitedAnswers = d->m_unsolicited;
    s.duplicateAnswers = d->m_duplicates;
    s.lateAnswers = d->m_late;
    s.lastRttMs = d->m_stats.last();
    s.stats = d->m_stats.summary();
    s.history = d->m_stats.history();
    s.health = d->m_health;
    s.intervalChanges = d->m_intervalChanges;
    return s;
}

QByteArray Heartbeat::pingPayload(quint64 sequence)
{
    return pingPrefix.toByteArray() + QByteArray::number(sequence);
}

std::optional<quint64> Heartbeat::sequenceFromPingPayload(const QByteArray &payload)
{
    if (!payload.startsWith(pingPrefix))
        return std::nullopt;
    const QByteArrayView digits = QByteArrayView(payload).sliced(pingPrefix.size());
    if (digits.isEmpty() || digits.size() > 20)
        return std::nullopt;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 sequence = digits.toByteArray().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return sequence;
}

} // namespace maxmon
