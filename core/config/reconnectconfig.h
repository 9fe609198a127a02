#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace maxmon {

class JsonObjectReader;

/// When a lost connection is opened again: the "reconnect" section of a
/// profile, run by ReconnectPolicy.
///
/// The defaults are in the spirit of the Phoenix JavaScript client: quick
/// first retries, capped at a few seconds, retrying forever.
///
/// JSON: `{"enabled": true, "initial_delay_ms": 100, "max_delay_ms": 5000, "multiplier": 2,
/// "jitter": 0.2, "max_attempts": 0, "reset_after_ms": 10000, "schedule_ms": []}`
struct MAXMON_CORE_EXPORT ReconnectConfig
{
    // Messages in ConnectionConfig's translation context: they are a profile's.
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    /// Whether a lost connection is opened again at all.
    bool enabled = true;
    /// The delay before the first attempt.
    int initialDelayMs = 100;
    /// The longest delay between attempts.
    int maxDelayMs = 5000;
    /// Each delay is the previous one times this, up to maxDelayMs.
    double multiplier = 2.0;
    /// Each delay varies randomly by up to this share of it (0.2: +-20 %).
    double jitter = 0.2;
    /// Attempts before giving up; 0 = unlimited.
    int maxAttempts = 0;
    /// Attempts count from 1 again after this long connected.
    int resetAfterMs = 10000;
    /// When set, the delays themselves instead of initial/multiplier/max:
    /// attempt n waits scheduleMs[n-1], the last entry repeating (the Phoenix
    /// JavaScript client's reconnectAfterMs is 10, 50, 100, 150, 200, 250,
    /// 500, 1000, 2000, then 5000).
    QList<int> scheduleMs;

    /// The section as a profile stores it.
    QJsonObject toJson() const;
    /// Reads the fields of the section's object; the reader records every
    /// wrong value and unknown key with its path.
    static ReconnectConfig fromJson(JsonObjectReader &reader);
    /// Every problem, with paths under prefix ("reconnect.jitter").
    QList<ConfigIssue> validate(const QString &prefix = QStringLiteral("reconnect")) const;

    /// Equal in every field.
    friend bool operator==(const ReconnectConfig &a, const ReconnectConfig &b)
    {
        return a.enabled == b.enabled && a.initialDelayMs == b.initialDelayMs
            && a.maxDelayMs == b.maxDelayMs && a.multiplier == b.multiplier && a.jitter == b.jitter
            && a.maxAttempts == b.maxAttempts && a.resetAfterMs == b.resetAfterMs
            && a.scheduleMs == b.scheduleMs;
    }
    /// Not equal in some field.
    friend bool operator!=(const ReconnectConfig &a, const ReconnectConfig &b) { return !(a == b); }
};

} // namespace maxmon
