#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace maxmon {

// The reconnect schedule, for diagnostics and the GUI's countdown.
struct MAXMON_CORE_EXPORT ReconnectStatus
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ReconnectStatus)

public:
    bool enabled = false;
    int attempt = 0; // retries scheduled since the connection last held
    int maxAttempts = 0; // 0 = unlimited
    int lastDelayMs = 0;
    qint64 nextAttemptAtUs = 0; // wall clock; 0 when none is scheduled
    qint64 nextAttemptAtMonotonicNs = 0; // for the countdown
    QString reason; // why the next attempt happens: the error, or "renewing the token"

    qint64 msUntilNextAttempt() const; // -1 when none is scheduled
    QJsonObject toJson() const;
    QStringList toTextLines() const;
};

} // namespace maxmon
