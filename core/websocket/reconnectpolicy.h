#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>

#include <QString>

#include <functional>
#include <optional>

namespace maxmon {

class AuthProvider;

/// When, and whether, to try again after a connection failed or was lost.
///
/// Exponential backoff with jitter, capped, with an optional limit on
/// attempts; the random source and the clock are injectable so tests are
/// deterministic. The attempt count starts again from 1 once a connection
/// has stayed up for ReconnectConfig::resetAfterMs: a link that flaps every
/// few minutes retries quickly each time, one that never holds backs off.
///
/// decide() is the whole retry decision WebSocketClient makes after a
/// failure: which errors are worth retrying (isRetryable()), the delay, the
/// attempt limit, and the token rule: a handshake refused with 401 or 403 is
/// retried once, at once, with a fresh token when the token source can renew
/// it; a second refusal before a connection succeeds is final.
class MAXMON_CORE_EXPORT ReconnectPolicy
{
public:
    /// A uniform random number in [0, 1).
    using RandomSource = std::function<double()>;
    /// Monotonic milliseconds.
    using Clock = std::function<qint64()>;

    /// What to do after a failure: the result of decide().
    struct Decision
    {
        /// Whether another attempt follows.
        enum class Action {
            GiveUp, ///< no retry: the error is final
            Retry, ///< try again after delayMs
        };
        Action action = Action::GiveUp; ///< give up or retry
        int delayMs = 0; ///< the wait before the next attempt (Retry only)
        bool renewToken = false; ///< the next attempt asks the AuthProvider for a fresh token
        QString reason; ///< why the next attempt happens, for diagnostics (Retry only)
        Error error; ///< the failure as it should be reported (may explain the decision)

        /// Whether another attempt follows.
        bool retries() const { return action == Action::Retry; }
    };

    /// A policy for \p config; \p random and \p clock default to the
    /// system's random generator and steady clock.
    explicit ReconnectPolicy(const ReconnectConfig &config = {}, RandomSource random = {},
                             Clock clock = {});

    /// Whether a failure with this error is worth retrying at all (see the
    /// table in docs/architecture.md): transient network and server trouble is, while
    /// refused credentials, missing endpoints, TLS certificate problems and
    /// invalid settings are not, since retrying cannot fix them.
    static bool isRetryable(const Error &error);

    /// The retry decision for a failure with \p error: counts the attempt
    /// when it retries. \p tokenSource is where the token comes from (nullptr
    /// when the connection sends none): a 401 or 403 is retried at once with
    /// a fresh token if it can renew one, once per successful connection;
    /// a second refusal becomes an Error::Code::AuthFailed that names the
    /// source. When the attempts are used up, the error's detail says so.
    Decision decide(const Error &error, const AuthProvider *tokenSource);

    /// The delay before the next attempt, counting it; nullopt when disabled
    /// or when maxAttempts is used up.
    std::optional<int> nextDelayMs();
    /// The delay without jitter for attempt \p attempt (1-based):
    /// initial * multiplier^(attempt-1), capped.
    int baseDelayMs(int attempt) const;

    /// Attempts scheduled since the last reset.
    int attempt() const { return m_attempt; }
    /// Whether reconnecting is on at all.
    bool isEnabled() const { return m_config.enabled; }
    /// The settings this policy follows.
    const ReconnectConfig &config() const { return m_config; }

    /// Call when a connection is established: starts the clock for
    /// resetAfterMs and allows one more token renewal.
    void connectionEstablished();
    /// Call when an established connection ends; resets the attempt count if
    /// it lasted at least resetAfterMs.
    void connectionLost();
    /// Back to the first attempt, as after open().
    void reset();

private:
    ReconnectConfig m_config;
    RandomSource m_random;
    Clock m_clock;
    int m_attempt = 0;
    qint64 m_connectedAtMs = -1;
    bool m_tokenRenewed = false; // since the last successful connection
};

} // namespace maxmon
