#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="maxmon.*.debug=true".
// Nothing logged here may contain a secret: log redacted values only.
Q_DECLARE_LOGGING_CATEGORY(lcWs)
Q_DECLARE_LOGGING_CATEGORY(lcHeartbeat)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcPhoenix)
