#include <maxmon/testing/check.h>

namespace maxmon::testing {

Check Check::pass()
{
    return {};
}

Check Check::fail(const QString &message)
{
    Check check;
    check.m_passed = false;
    check.m_message = message;
    return check;
}

} // namespace maxmon::testing
