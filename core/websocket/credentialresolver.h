#pragma once

#include <maxmon/authprovider.h>
#include <maxmon/connectionconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace maxmon {

class SecretStore;

// The secrets one connection attempt needs, resolved afresh for every
// attempt (a token, a key passphrase or a proxy password may have rotated):
// the token from the AuthProvider (the one set by the embedding program, or
// the one the profile names), then the key passphrase (wss:// only), the
// proxy password (explicit proxies only) and the secret profile variables
// through the SecretStore.
//
// Every resolve() starts a new attempt with its own serial; an answer that
// arrives after cancel() or after a newer resolve() is dropped, so a slow
// keychain can never hand an old attempt's secrets to a new one.
class MAXMON_CORE_TEST_EXPORT CredentialResolver : public QObject
{
    Q_OBJECT

public:
    struct Credentials
    {
        QString token;
        QString keyPassphrase;
        QString proxyPassword;
        // the profile's secret variables, by name, from their SecretRef
        QList<QPair<QString, QString>> variables;
    };
    using Done = std::function<void(Result<Credentials>)>;

    explicit CredentialResolver(QObject *parent = nullptr);
    ~CredentialResolver() override;

    // Replaces the token source the profile names (nullptr: the profile's again).
    void setAuthProvider(std::shared_ptr<AuthProvider> provider);
    // Forgets the provider built from the profile: open() may follow a profile change.
    void resetProfileProvider();
    // The set provider, else one for the profile's auth.token / auth.tokenSource;
    // nullptr when the profile sends no token.
    AuthProvider *authProvider(const ConnectionConfig &config);

    // Resolves everything `config` needs for a new attempt and calls done
    // once, from the event loop or at once, unless cancelled first.
    void resolve(const ConnectionConfig &config, AuthProvider::Reason reason, Done done);
    // Drops the current attempt's late answers and forgets its secrets.
    void cancel();
    // What the current attempt resolved so far.
    const Credentials &credentials() const { return m_credentials; }
    // Every secret that must never be shown: the profile's token and the resolved ones.
    QStringList secrets(const ConnectionConfig &config) const;

private:
    void resolveStored(const ConnectionConfig &config, Done done);

    SecretStore *m_store;
    std::shared_ptr<AuthProvider> m_custom; // set by setAuthProvider()
    std::shared_ptr<AuthProvider> m_fromProfile; // built from the profile on demand
    quint64 m_serial = 0; // tells a late answer from the current attempt's
    Credentials m_credentials;
};

} // namespace maxmon
