#include <maxmon/statictokenprovider.h>

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace maxmon {

StaticTokenProvider::StaticTokenProvider(QString token)
    : m_token(std::move(token))
{ }

void StaticTokenProvider::fetchToken(Reason, QObject *context, Callback done)
{
    // from the event loop, as the interface promises
    QMetaObject::invokeMethod(
        context, [token = m_token, done = std::move(done)] { done(token); }, Qt::QueuedConnection);
}

QString StaticTokenProvider::describe() const
{
    return QCoreApplication::translate("maxmon::StaticTokenProvider", "the token given directly");
}

} // namespace maxmon
