#include "base/logging.h"

namespace maxmon {

Q_LOGGING_CATEGORY(lcWs, "maxmon.ws", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "maxmon.heartbeat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "maxmon.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPhoenix, "maxmon.phoenix", QtInfoMsg)

} // namespace maxmon
