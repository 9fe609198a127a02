#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QObject>
#include <QString>

#include <functional>

namespace maxmon {

/// Where the client gets the token it authenticates with. The client asks
/// before every connection attempt; after a handshake refused with 401/403 it
/// asks once more with Reason::Renew, retries, and treats a second refusal as
/// a terminal authentication error.
///
/// Implement it to hand the client tokens from your own source (a login
/// service, a test fixture); StaticTokenProvider and SecretTokenProvider are
/// the two maxmon brings.
class MAXMON_CORE_EXPORT AuthProvider
{
public:
    /// Why the client asks.
    enum class Reason {
        Connect, ///< the token for a new attempt
        Renew, ///< the server refused the last one: fetch a fresh token if possible
    };
    /// What fetchToken() calls with the token, or the Error that prevented it.
    using Callback = std::function<void(Result<QString>)>;

    virtual ~AuthProvider() = default;

    /// Fetches a token. Must call done exactly once, from the event loop,
    /// unless context is destroyed first.
    virtual void fetchToken(Reason reason, QObject *context, Callback done) = 0;
    /// Whether Renew can give a different token than the one that was refused.
    virtual bool canRenew() const = 0;
    /// "environment variable MAX_TOKEN": names the source, never the token.
    virtual QString describe() const = 0;
};

} // namespace maxmon
