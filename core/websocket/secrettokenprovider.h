#pragma once

#include <maxmon/authprovider.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/secretref.h>

#include <memory>

namespace maxmon {

class SecretStore;

/// A token read through the SecretStore from an environment variable, a file,
/// the output of a command, or the OS keychain. Renewing reads it again: a
/// token file rewritten by a login helper, or a command that logs in anew,
/// gives a fresh token.
class MAXMON_CORE_EXPORT SecretTokenProvider : public AuthProvider
{
public:
    /// Reads source through store, which must outlive the provider or
    /// fetches fail with SecretUnavailable.
    SecretTokenProvider(SecretRef source, SecretStore *store);
    ~SecretTokenProvider() override;

    /// Reads the source again, for Connect and Renew alike.
    void fetchToken(Reason reason, QObject *context, Callback done) override;
    /// True unless the source is an environment variable (it cannot change
    /// under a running process).
    bool canRenew() const override;
    /// The source, as SecretRef::describe() says it.
    QString describe() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
