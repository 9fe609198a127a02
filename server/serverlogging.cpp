#include "server/serverlogging.h"

namespace maxmon {

Q_LOGGING_CATEGORY(lcServer, "maxmon.server", QtInfoMsg)

} // namespace maxmon
