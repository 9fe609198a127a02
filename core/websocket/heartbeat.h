#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionhealth.h>
#include <maxmon/error.h>
#include <maxmon/heartbeatstatus.h>
#include <maxmon/latencystats.h>
#include <maxmon/maxmon_core_export.h>

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace maxmon {

/// Probes a connection at an (adaptive) interval, measures each probe's
/// round-trip time and declares the link dead when probes go unanswered.
///
/// The heartbeat does not know the transport. Its owner supplies a
/// ProbeSender that puts probe number `sequence` on the wire and reports the
/// answer with probeAnswered(sequence):
///   - WebSocket ping frames (the default): send ping(pingPayload(sequence))
///     and hand every pong payload to pongReceived();
///   - an application-level probe (the Phoenix "phoenix"/"heartbeat" push):
///     the protocol layer sends its own message for `sequence` and calls
///     probeAnswered(sequence) when the reply arrives.
///
/// The owner also calls trafficReceived() for everything that arrives, so
/// that the heartbeat can tell a silent link from one whose probes are lost.
///
/// A probe is lost when its answer takes longer than timeoutMs. The link is
/// dead (linkDead()) when either
///   - maxMissed probes in a row were lost while the link was quiet (nothing
///     arrived within the timeout before each loss was counted), or
///   - a probe was lost and nothing at all arrived since it was sent: the
///     link stayed completely silent for the whole timeout.
///
/// A probe lost while data keeps arriving (within the last timeoutMs) counts
/// in the statistics and the health, but not towards maxMissed: the traffic
/// proves the link is alive, and the answer is queued behind data this
/// client has not read yet (a peer sending faster than it is read) or dropped
/// by an intermediary. HeartbeatStatus::lostWhileReceiving counts them.
///
/// Answers that do not match an outstanding probe (unsolicited, duplicate,
/// or after the probe was counted lost) are counted and otherwise ignored.
///
/// With adaptive on, the interval (between minIntervalMs and maxIntervalMs)
/// halves after a lost probe, drops by a third after a jump in RTT, and grows
/// by half after a run of steady answers; every change and its reason is
/// kept for diagnostics.
///
/// Idle cost: two single-shot timers, one event per probe and one per
/// outstanding deadline.
class MAXMON_CORE_EXPORT Heartbeat : public QObject
{
    Q_OBJECT

public:
    /// Puts probe number `sequence` on the wire.
    using ProbeSender = std::function<void(quint64 sequence)>;

    /// A stopped heartbeat; status() reports it as off until start().
    explicit Heartbeat(QObject *parent = nullptr);
    ~Heartbeat() override;

    /// Sets how probes are sent; used from the next start().
    void setProbeSender(ProbeSender sender);
    /// Whether a probe sender is set.
    bool hasProbeSender() const;

    /// Resets the statistics (the previous run goes to their history) and,
    /// when enabled and a sender is set, sends the first probe one interval later.
    void start(const HeartbeatConfig &config);
    /// No more probes, timeouts or signals; statistics stay readable.
    void stop();
    /// Whether probes are being sent.
    bool isRunning() const;

    /// The answer to probe \p sequence arrived.
    void probeAnswered(quint64 sequence);
    /// A WebSocket pong: answers the probe its payload names, if any.
    void pongReceived(const QByteArray &payload);
    /// Anything at all arrived on the connection.
    void trafficReceived();

    /// The probe interval now, after adaptation.
    int intervalMs() const;
    /// The round-trip times of this run.
    const LatencyStats &stats() const;
    /// The current verdict on the link's health.
    ConnectionHealth health() const;
    /// A snapshot for diagnostics: settings, counters, statistics, health.
    HeartbeatStatus status() const;

    /// The payload of ping \p sequence; at most 125 bytes, as RFC 6455
    /// allows for control frames.
    static QByteArray pingPayload(quint64 sequence);
    /// The sequence a pong payload answers, or nullopt when it is not one of ours.
    static std::optional<quint64> sequenceFromPingPayload(const QByteArray &payload);

Q_SIGNALS:
    /// Probe \p sequence went out.
    void probeSent(quint64 sequence);
    /// A probe was answered after \p rttMs milliseconds.
    void latencySampled(double rttMs);
    /// Probe \p sequence got no answer within the timeout.
    void probeLost(quint64 sequence);
    /// The adaptive interval changed to \p intervalMs, for \p reason.
    void intervalChanged(int intervalMs, const QString &reason);
    /// health() changed its level.
    void healthChanged();
    /// The heartbeat has stopped itself; the owner should abort the socket.
    void linkDead(const maxmon::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
