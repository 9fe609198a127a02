#pragma once

#include "websocket/authprovider.h"

namespace maxmon {

// A token given as is (maxmon-cli --token, or set by the embedding program):
// there is nothing to renew it from.
class StaticTokenProvider : public AuthProvider
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
