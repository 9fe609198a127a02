#pragma once

#include "server/httpupgraderequest.h"

#include <maxmon/testing/upgraderequest.h>

#include <QList>

namespace maxmon::testing {

// The public copy of the server's parsed upgrade request. Internal to the kit.
UpgradeRequest toUpgradeRequest(const HttpUpgradeRequest &request);
// Whether the request is maxmon's diagnostic request for a refused
// handshake's answer (X-Maxmon-Diagnostic), not a connection attempt.
bool isDiagnostic(const HttpUpgradeRequest &request);
// The connection attempts among requests, or (diagnostic) the others.
QList<UpgradeRequest> toUpgradeRequests(const QList<HttpUpgradeRequest> &requests,
                                        bool diagnostic = false);

} // namespace maxmon::testing
