#include "requestconversion.h"

namespace maxmon::testing {

UpgradeRequest toUpgradeRequest(const HttpUpgradeRequest &request)
{
    UpgradeRequest copy;
    copy.method = request.method;
    copy.path = request.path;
    copy.query = request.query;
    copy.headers = request.headers;
    return copy;
}

QList<UpgradeRequest> toUpgradeRequests(const QList<HttpUpgradeRequest> &requests)
{
    QList<UpgradeRequest> copies;
    copies.reserve(requests.size());
    for (const HttpUpgradeRequest &request : requests)
        copies.append(toUpgradeRequest(request));
    return copies;
}

} // namespace maxmon::testing
