#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>

#include <functional>
#include <optional>

namespace maxmon {

// When to try again after a connection failed or was lost: exponential
// backoff with jitter, capped, with an optional limit on attempts. The
// random source and the clock are injectable so tests are deterministic.
//
// The attempt count starts again from 1 once a connection has stayed up for
// resetAfterMs: a link that flaps every few minutes retries quickly each time,
// one that never holds backs off.
class MAXMON_CORE_EXPORT ReconnectPolicy
{
public:
    using RandomSource = std::function<double()>; // uniform in [0, 1)
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit ReconnectPolicy(const ReconnectConfig &config = {}, RandomSource random = {},
                             Clock clock = {});

    // Whether a failure with this error is worth retrying at all (see the
    // table in the README): transient network and server trouble is, while
    // refused credentials, missing endpoints, TLS certificate problems and
    // invalid settings are not, since retrying cannot fix them.
    static bool isRetryable(const Error &error);

    // The delay before the next attempt, counting it; nullopt when disabled
    // or when maxAttempts is used up.
    std::optional<int> nextDelayMs();
    // The delay without jitter for attempt n (1-based): initial * multiplier^(n-1), capped.
    int baseDelayMs(int attempt) const;

    int attempt() const { return m_attempt; } // attempts scheduled since the last reset
    bool isEnabled() const { return m_config.enabled; }
    const ReconnectConfig &config() const { return m_config; }

    void connectionEstablished();
    // Call when an established connection ends; resets the attempt count if
    // it lasted at least resetAfterMs.
    void connectionLost();
    void reset();

private:
    ReconnectConfig m_config;
    RandomSource m_random;
    Clock m_clock;
    int m_attempt = 0;
    qint64 m_connectedAtMs = -1;
};

} // namespace maxmon
