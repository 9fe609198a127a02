#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionhealth.h>
#include <maxmon/error.h>
#include <maxmon/heartbeatstatus.h>
#include <maxmon/latencystats.h>
#include <maxmon/maxmon_core_export.h>

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <array>
#include <deque>
#include <functional>
#include <optional>

namespace maxmon {

// Probes a connection at an (adaptive) interval, measures each probe's
// round-trip time and declares the link dead when probes go unanswered.
//
// The heartbeat does not know the transport. Its owner supplies a
// ProbeSender that puts probe number `sequence` on the wire and reports the
// answer with probeAnswered(sequence):
//   - WebSocket ping frames (the default): send ping(pingPayload(sequence))
//     and hand every pong payload to pongReceived();
//   - an application-level probe (the Phoenix "phoenix"/"heartbeat" push):
//     the protocol layer sends its own message for `sequence` and calls
//     probeAnswered(sequence) when the reply arrives.
// The owner also calls trafficReceived() for everything that arrives, so
// that the heartbeat can tell a silent link from one whose probes are lost.
//
// A probe is lost when its answer takes longer than timeoutMs. The link is
// dead (linkDead) when either
//   - maxMissed probes in a row were lost, or
//   - a probe was lost and nothing at all arrived since it was sent: the
//     link stayed completely silent for the whole timeout.
// Answers that do not match an outstanding probe (unsolicited, duplicate,
// or after the probe was counted lost) are counted and otherwise ignored.
//
// With adaptive on, the interval (between minIntervalMs and maxIntervalMs)
// halves after a lost probe, drops by a third after a jump in RTT, and grows
// by half after a run of steady answers; every change and its reason is
// kept for diagnostics.
//
// Idle cost: two single-shot timers, one event per probe and one per
// outstanding deadline.
class MAXMON_CORE_EXPORT Heartbeat : public QObject
{
    Q_OBJECT

public:
    using ProbeSender = std::function<void(quint64 sequence)>;

    explicit Heartbeat(QObject *parent = nullptr);
    ~Heartbeat() override;

    void setProbeSender(ProbeSender sender);
    bool hasProbeSender() const { return static_cast<bool>(m_sender); }

    // Resets the statistics (the previous run goes to their history) and,
    // when enabled and a sender is set, sends the first probe one interval later.
    void start(const HeartbeatConfig &config);
    // No more probes, timeouts or signals; statistics stay readable.
    void stop();
    bool isRunning() const { return m_running; }

    void probeAnswered(quint64 sequence);
    // A WebSocket pong: answers the probe its payload names, if any.
    void pongReceived(const QByteArray &payload);
    void trafficReceived();

    int intervalMs() const { return m_intervalMs; }
    const LatencyStats &stats() const { return m_stats; }
    ConnectionHealth health() const { return m_health; }
    HeartbeatStatus status() const;

    // At most 125 bytes, as RFC 6455 allows for control frames.
    static QByteArray pingPayload(quint64 sequence);
    static std::optional<quint64> sequenceFromPingPayload(const QByteArray &payload);

Q_SIGNALS:
    void probeSent(quint64 sequence);
    void latencySampled(double rttMs);
    void probeLost(quint64 sequence);
    void intervalChanged(int intervalMs, const QString &reason);
    void healthChanged();
    // The heartbeat has stopped itself; the owner should abort the socket.
    void linkDead(const maxmon::Error &error);

private:
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

    HeartbeatConfig m_config;
    ProbeSender m_sender;
    QTimer m_probeTimer { this }; // parented: moves with us to another thread
    QTimer m_deadlineTimer { this };
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
    qint64 m_unsolicited = 0;
    qint64 m_duplicates = 0;
    qint64 m_late = 0;
    QList<HeartbeatStatus::IntervalChange> m_intervalChanges;

    LatencyStats m_stats;
    ConnectionHealth m_health;
};

} // namespace maxmon
