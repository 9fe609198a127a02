#include "websocket/credentialresolver.h"

#include <maxmon/secretstore.h>
#include <maxmon/secrettokenprovider.h>
#include <maxmon/statictokenprovider.h>

namespace maxmon {

CredentialResolver::CredentialResolver(QObject *parent)
    : QObject(parent)
    , m_store(new SecretStore(this))
{ }

CredentialResolver::~CredentialResolver() = default;

void CredentialResolver::setAuthProvider(std::shared_ptr<AuthProvider> provider)
{
    m_custom = std::move(provider);
}

void CredentialResolver::resetProfileProvider()
{
    m_fromProfile.reset();
}

AuthProvider *CredentialResolver::authProvider(const ConnectionConfig &config)
{
    if (m_custom)
        return m_custom.get();
    if (config.auth.mode == AuthConfig::Mode::None)
        return nullptr;
    if (!m_fromProfile) {
        if (!config.auth.token.isEmpty())
            m_fromProfile = std::make_shared<StaticTokenProvider>(config.auth.token);
        else if (config.auth.tokenSource.isSet())
            m_fromProfile = std::make_shared<SecretTokenProvider>(config.auth.tokenSource, m_store);
    }
    return m_fromProfile.get();
}

void CredentialResolver::resolve(const ConnectionConfig &config, AuthProvider::Reason reason,
                                 Done done)
{
    cancel();
    AuthProvider *provider = authProvider(config);
    if (!provider) {
        resolveStored(config, std::move(done));
        return;
    }
    provider->fetchToken(reason, this,
                         [this, config, done, serial = m_serial](Result<QString> token) {
                             if (serial != m_serial)
                                 return; // cancelled, or a newer attempt started meanwhile
                             if (!token) {
                                 done(failure(token.error()));
                                 return;
                             }
                             m_credentials.token = *token;
                             resolveStored(config, done);
                         });
}

void CredentialResolver::resolveStored(const ConnectionConfig &config, Done done)
{
    QList<SecretRef> refs;
    QList<QString Credentials::*> targets;
    if (config.url.scheme() == QLatin1String("wss") && config.tls.keyPassphrase.isSet()) {
        refs.append(config.tls.keyPassphrase);
        targets.append(&Credentials::keyPassphrase);
    }
    const bool explicitProxy = config.proxy.mode == ProxyConfig::Mode::Http
        || config.proxy.mode == ProxyConfig::Mode::Socks5;
    if (explicitProxy && config.proxy.password.isSet()) {
        refs.append(config.proxy.password);
        targets.append(&Credentials::proxyPassword);
    }
    QStringList variableNames;
    for (const ProfileVariable &variable : config.variables) {
        if (variable.isSecret()) {
            refs.append(variable.secret);
            variableNames.append(variable.name);
        }
    }
    if (refs.isEmpty()) {
        done(m_credentials);
        return;
    }
    m_store->resolveAll(refs, this,
                        [this, targets, variableNames, done = std::move(done),
                         serial = m_serial](Result<QStringList> values) {
                            if (serial != m_serial)
                                return;
                            if (!values) {
                                done(failure(values.error()));
                                return;
                            }
                            for (qsizetype i = 0; i < targets.size(); ++i)
                                m_credentials.*targets.at(i) = values->at(i);
                            for (qsizetype i = 0; i < variableNames.size(); ++i)
                                m_credentials.variables.append(
                                    { variableNames.at(i), values->at(targets.size() + i) });
                            done(m_credentials);
                        });
}

void CredentialResolver::cancel()
{
    ++m_serial;
    m_credentials = Credentials();
}

QStringList CredentialResolver::secrets(const ConnectionConfig &config) const
{
    QStringList known { config.auth.token, m_credentials.token, m_credentials.keyPassphrase,
                        m_credentials.proxyPassword };
    for (const auto &variable : m_credentials.variables)
        known.append(variable.second);
    return known;
}

} // namespace maxmon
