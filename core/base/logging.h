#pragma once

#include <QLoggingCategory>

namespace maxmon {

// One category per area of the core; enable with
// QT_LOGGING_RULES="maxmon.*.debug=true". Nothing logged here may contain a
// secret: log redacted values only. The demo server has its own
// (server/serverlogging.h).
Q_DECLARE_LOGGING_CATEGORY(lcWs)
Q_DECLARE_LOGGING_CATEGORY(lcHeartbeat)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcPhoenix)

} // namespace maxmon
