#pragma once

#include "server/httpupgraderequest.h"

#include <maxmon/testing/upgraderequest.h>

#include <QList>

namespace maxmon::testing {

// The public copy of the server's parsed upgrade request. Internal to the kit.
UpgradeRequest toUpgradeRequest(const HttpUpgradeRequest &request);
QList<UpgradeRequest> toUpgradeRequests(const QList<HttpUpgradeRequest> &requests);

} // namespace maxmon::testing
