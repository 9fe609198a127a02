#pragma once

#include <QLoggingCategory>

namespace maxmon::testing {

// What the testing kit has to say about a test's own mistakes (a scripted
// route or a handler that cannot answer, a missing PKI file):
// QT_LOGGING_RULES="maxmon.testing.warning=false" silences it.
Q_DECLARE_LOGGING_CATEGORY(lcTesting)

} // namespace maxmon::testing
