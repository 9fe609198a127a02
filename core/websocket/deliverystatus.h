#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace maxmon {

/// What happened to the messages the user sent, for diagnostics. Totals
/// count over the client's lifetime; pending and unconfirmed are now.
struct MAXMON_CORE_EXPORT DeliveryStatus
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::DeliveryStatus)

public:
    int pending = 0; ///< accepted, waiting to be written (not connected, or back-pressure)
    int unconfirmed = 0; ///< written on this connection, not yet proven received
    /// How long the oldest of the unconfirmed messages has waited for its
    /// proof, in ms (0 when none waits). A confirmation normally comes
    /// within 100 ms and a round trip: more means the peer is slow or gone.
    qint64 oldestUnconfirmedMs = 0;
    int queueCapacity = 0; ///< the most messages that may be pending (messageQueueSize)
    qint64 bytesToWrite = 0; ///< in the socket's write buffer
    qint64 highWaterBytes = 0; ///< bytesToWrite above this holds messages back
    qint64 queued = 0; ///< ever put in the pending queue
    qint64 written = 0; ///< handed to a socket
    qint64 confirmed = 0; ///< proven received (the pong to a later ping)
    qint64 lost = 0; ///< reported unconfirmed when a connection ended
    qint64 rejected = 0; ///< refused: the queue was full
    qint64 discarded = 0; ///< taken out of the queue unsent (discardPending)

    /// Every field, for diagnostics and support bundles.
    QJsonObject toJson() const;
    /// Lines for people, translated: "Queued now: 3 of 1000", ...
    QStringList toTextLines() const;
};

} // namespace maxmon
