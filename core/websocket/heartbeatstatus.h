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

// A snapshot of a Heartbeat for diagnostics: settings in force, counters,
// latency statistics, health, and why the probe interval last changed.
struct MAXMON_CORE_EXPORT HeartbeatStatus
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::HeartbeatStatus)

public:
    struct IntervalChange
    {
        qint64 timeUs = 0; // wall clock
        int fromMs = 0;
        int toMs = 0;
        QString reason;

        QJsonObject toJson() const;
    };

    bool enabled = false;
    bool running = false;
    QString strategy; // "ping" or "application"
    QString note; // why it is not running although enabled, for example
    int intervalMs = 0; // current, after adaptation
    int timeoutMs = 0;
    int maxMissed = 0;
    bool adaptive = false;
    int minIntervalMs = 0;
    int maxIntervalMs = 0;

    qint64 probesSent = 0; // since the heartbeat started on this connection
    qint64 probesAnswered = 0;
    qint64 probesLost = 0;
    int outstanding = 0; // sent, not yet answered or lost
    int consecutiveLost = 0;
    // answers that were ignored and left the statistics alone
    qint64 unsolicitedAnswers = 0; // not ours, or a probe never sent
    qint64 duplicateAnswers = 0; // a probe answered twice
    qint64 lateAnswers = 0; // after the probe was counted lost
    double lastRttMs = -1;

    LatencyStats::Summary stats;
    QList<LatencyStats::Summary> history; // earlier connections, oldest first
    ConnectionHealth health;
    QList<IntervalChange> intervalChanges; // the most recent, oldest first

    QJsonObject toJson() const;
    // "key: value" lines in the style of Diagnostics::toText()
    QStringList toTextLines() const;
};

} // namespace maxmon
