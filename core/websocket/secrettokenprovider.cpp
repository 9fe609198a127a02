#include <maxmon/secretstore.h>
#include <maxmon/secrettokenprovider.h>

#include <QCoreApplication>
#include <QPointer>

namespace maxmon {

struct SecretTokenProvider::Private
{
    SecretRef source;
    QPointer<SecretStore> store;
};

SecretTokenProvider::SecretTokenProvider(SecretRef source, SecretStore *store)
    : d(std::make_unique<Private>(Private { std::move(source), store }))
{ }

SecretTokenProvider::~SecretTokenProvider() = default;

QString SecretTokenProvider::describe() const
{
    return d->source.describe();
}

void SecretTokenProvider::fetchToken(Reason, QObject *context, Callback done)
{
    if (!d->store) {
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
    d->store->resolve(d->source, context, std::move(done));
}

bool SecretTokenProvider::canRenew() const
{
    // An environment variable cannot change under a running process.
    return d->source.source != SecretRef::Source::Env;
}

} // namespace maxmon
