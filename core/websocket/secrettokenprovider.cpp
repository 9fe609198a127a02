#include <maxmon/secretstore.h>
#include <maxmon/secrettokenprovider.h>

#include <QCoreApplication>

namespace maxmon {

SecretTokenProvider::SecretTokenProvider(SecretRef source, SecretStore *store)
    : m_source(std::move(source))
    , m_store(store)
{ }

void SecretTokenProvider::fetchToken(Reason, QObject *context, Callback done)
{
    if (!m_store) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done(failure(Error(Error::Code::SecretUnavailable,
                                   QCoreApplication::translate("maxmon::SecretTokenProvider",
                                                               "No secret store to read the token "
                                                               "from."))));
            },
            Qt::QueuedConnection);
        return;
    }
    // Every fetch reads the source again, so Renew and Connect do the same.
    m_store->resolve(m_source, context, std::move(done));
}

bool SecretTokenProvider::canRenew() const
{
    // An environment variable cannot change under a running process.
    return m_source.source != SecretRef::Source::Env;
}

} // namespace maxmon
