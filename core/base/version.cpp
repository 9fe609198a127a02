#include <maxmon/version.h>

namespace maxmon {

QString libraryVersion()
{
    return QStringLiteral(MAXMON_VERSION);
}

} // namespace maxmon
