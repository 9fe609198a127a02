#pragma once

#include <maxmon/authprovider.h>
#include <maxmon/maxmon_core_export.h>

namespace maxmon {

// A token given as is (maxmon-cli --token, or set by the embedding program):
// there is nothing to renew it from.
class MAXMON_CORE_EXPORT StaticTokenProvider : public AuthProvider
{
public:
    explicit StaticTokenProvider(QString token);

    void fetchToken(Reason reason, QObject *context, Callback done) override;
    bool canRenew() const override { return false; }
    QString describe() const override;

private:
    QString m_token;
};

} // namespace maxmon
