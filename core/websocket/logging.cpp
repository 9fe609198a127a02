#include "websocket/logging.h"

Q_LOGGING_CATEGORY(lcWs, "maxmon.ws", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "maxmon.heartbeat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "maxmon.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "maxmon.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPhoenix, "maxmon.phoenix", QtInfoMsg)
