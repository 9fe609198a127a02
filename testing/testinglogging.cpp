#include "testinglogging.h"

namespace maxmon::testing {

Q_LOGGING_CATEGORY(lcTesting, "maxmon.testing", QtInfoMsg)

} // namespace maxmon::testing
