#include "server/httpupgraderequest.h"

#include <maxmon/testing/upgraderequest.h>

#include <QUrl>

namespace maxmon::testing {

namespace {

// The server's parser type knows how to read headers: one place for that.
HttpUpgradeRequest serverView(const UpgradeRequest &request)
{
    HttpUpgradeRequest view;
    view.method = request.method;
    view.path = request.path;
    view.query = request.query;
    view.headers = request.headers;
    return view;
}

} // namespace

QByteArray UpgradeRequest::header(const QByteArray &name) const
{
    return serverView(*this).header(name);
}

QList<QByteArray> UpgradeRequest::headerValues(const QByteArray &name) const
{
    return serverView(*this).headerValues(name);
}

bool UpgradeRequest::hasHeader(const QByteArray &name) const
{
    return !headerValues(name).isEmpty();
}

QString UpgradeRequest::bearerToken() const
{
    return serverView(*this).bearerToken();
}

QStringList UpgradeRequest::subprotocols() const
{
    return serverView(*this).subprotocols();
}

QString UpgradeRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace maxmon::testing
