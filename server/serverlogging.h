#pragma once

#include <QLoggingCategory>

namespace maxmon {

// The demo server, the fault proxy and the Phoenix hub:
// QT_LOGGING_RULES="maxmon.server.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcServer)

} // namespace maxmon
