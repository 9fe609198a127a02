#pragma once

#include <maxmon/authprovider.h>
#include <maxmon/maxmon_core_export.h>

namespace maxmon {

/// A token given as is (maxmon-cli --token, or set by the embedding program):
/// there is nothing to renew it from.
class MAXMON_CORE_EXPORT StaticTokenProvider : public AuthProvider
{
public:
    /// Always hands out token.
    explicit StaticTokenProvider(QString token);

    /// Calls done with the token, from the event loop.
    void fetchToken(Reason reason, QObject *context, Callback done) override;
    /// false: the same token again would be refused again.
    bool canRenew() const override { return false; }
    /// "the token given directly", never the token.
    QString describe() const override;

private:
    QString m_token;
};

} // namespace maxmon
