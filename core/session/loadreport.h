#pragma once

#include <maxmon/latencystats.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace maxmon {

/// What a LoadGenerator run measured. Round trips are messages sent and
/// echoed back (matched by their sequence number); throughput counts them
/// over the load phase, from the first send to the last reply. Connect times
/// are the handshake times (TCP + TLS + WebSocket) of the connections.
struct MAXMON_CORE_EXPORT LoadReport
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::LoadReport)

public:
    int connections = 0; ///< connections asked for
    int connectionsOpened = 0; ///< connections that opened
    int connectionsFailed = 0; ///< never opened, or lost during the run
    int messageSize = 0; ///< bytes per message
    qint64 sent = 0; ///< messages sent
    qint64 received = 0; ///< matched echoes: the round trips
    qint64 lost = 0; ///< sent, never came back
    qint64 mismatched = 0; ///< came back changed, or unknown
    qint64 sendErrors = 0; ///< refused by the client before anything was written
    double elapsedSeconds = 0; ///< the load phase: first send to last reply
    LatencyStats::Summary roundTrip; ///< round-trip times, ms
    LatencyStats::Summary connect; ///< handshake times, ms
    QMap<QString, int> errors; ///< Error code name -> how many
    QMap<QString, QString> errorMessages; ///< Error code name -> the first message

    /// Round trips per second over the load phase.
    double messagesPerSecond() const;
    /// Payload bytes of the round trips per second, each way, in MB (10^6).
    double megabytesPerSecond() const;
    /// Whether nothing was lost, mismatched, refused or failed.
    bool isClean() const;
    /// Every field, for maxmon-cli bench --json.
    QJsonObject toJson() const;
    /// A few lines for people: throughput, latency, connect times, errors.
    QString toText() const;
};

} // namespace maxmon
