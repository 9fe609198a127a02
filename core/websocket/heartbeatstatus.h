#pragma once

#include <maxmon/connectionhealth.h>
#include <maxmon/latencystats.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace maxmon {

/// A snapshot of a Heartbeat for diagnostics: settings in force, counters,
/// latency statistics, health, and why the probe interval last changed.
struct MAXMON_CORE_EXPORT HeartbeatStatus
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::HeartbeatStatus)

public:
    /// One change of the adaptive probe interval.
    struct IntervalChange
    {
        qint64 timeUs = 0; ///< when, wall clock
        int fromMs = 0; ///< the interval before
        int toMs = 0; ///< the interval after
        QString reason; ///< why, for people

        /// Every field.
        QJsonObject toJson() const;
    };

    bool enabled = false; ///< the profile enables the heartbeat
    bool running = false; ///< probes are being sent now
    QString strategy; ///< "ping" or "application"
    QString note; ///< why it is not running although enabled, for example
    int intervalMs = 0; ///< the probe interval now, after adaptation
    int timeoutMs = 0; ///< a probe without answer after this is lost
    int maxMissed = 0; ///< consecutive lost probes that declare the link dead
    bool adaptive = false; ///< the interval follows the link's quality
    int minIntervalMs = 0; ///< the shortest adaptive interval
    int maxIntervalMs = 0; ///< the longest adaptive interval

    qint64 probesSent = 0; ///< since the heartbeat started on this connection
    qint64 probesAnswered = 0; ///< answered within the timeout
    qint64 probesLost = 0; ///< not answered within the timeout
    /// Of probesLost, those lost while data kept arriving: they do not count towards maxMissed.
    qint64 lostWhileReceiving = 0;
    int outstanding = 0; ///< sent, not yet answered or lost
    int consecutiveLost = 0; ///< the latest probes lost in a row
    /// Ignored answers (they leave the statistics alone): not ours, or for a probe never sent.
    qint64 unsolicitedAnswers = 0;
    qint64 duplicateAnswers = 0; ///< ignored: a probe answered twice
    qint64 lateAnswers = 0; ///< ignored: after the probe was counted lost
    double lastRttMs = -1; ///< the latest round trip; -1 before the first

    LatencyStats::Summary stats; ///< the round trips of this connection
    QList<LatencyStats::Summary> history; ///< earlier connections, oldest first
    ConnectionHealth health; ///< the verdict on stats
    QList<IntervalChange> intervalChanges; ///< the most recent, oldest first

    /// Every field, for exports and support bundles.
    QJsonObject toJson() const;
    /// "key: value" lines in the style of Diagnostics::toText().
    QStringList toTextLines() const;
};

} // namespace maxmon
