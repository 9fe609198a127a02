#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace maxmon {

/// The reconnect schedule, for diagnostics and the GUI's countdown.
struct MAXMON_CORE_EXPORT ReconnectStatus
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ReconnectStatus)

public:
    bool enabled = false; ///< the profile enables reconnecting
    int attempt = 0; ///< retries scheduled since the connection last held
    int maxAttempts = 0; ///< 0 = unlimited
    int lastDelayMs = 0; ///< the delay before the latest attempt
    qint64 nextAttemptAtUs = 0; ///< wall clock; 0 when none is scheduled
    qint64 nextAttemptAtMonotonicNs = 0; ///< monotonic, for the countdown
    QString reason; ///< why the next attempt happens: the error, or "renewing the token"

    /// Milliseconds until the next attempt; -1 when none is scheduled.
    qint64 msUntilNextAttempt() const;
    /// Every field, for exports and support bundles.
    QJsonObject toJson() const;
    /// "key: value" lines in the style of Diagnostics::toText().
    QStringList toTextLines() const;
};

} // namespace maxmon
