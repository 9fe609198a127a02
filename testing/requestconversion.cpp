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

bool isDiagnostic(const HttpUpgradeRequest &request)
{
    return !request.header(QByteArrayLiteral("X-Maxmon-Diagnostic")).isEmpty();
}

QList<UpgradeRequest> toUpgradeRequests(const QList<HttpUpgradeRequest> &requests, bool diagnostic)
{
    QList<UpgradeRequest> copies;
    for (const HttpUpgradeRequest &request : requests) {
        if (isDiagnostic(request) == diagnostic)
            copies.append(toUpgradeRequest(request));
    }
    return copies;
}

} // namespace maxmon::testing
