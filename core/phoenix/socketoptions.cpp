#include <maxmon/phoenix/socketoptions.h>

namespace maxmon::phoenix {

SocketOptions SocketOptions::fromConfig(const ConnectionConfig &config)
{
    SocketOptions options;
    // an unknown version is an error of the profile (validate()): the URL's then
    options.vsn = Serializer::versionFromString(config.phoenix.vsn);
    options.params = config.phoenix.queryParams();
    options.timeoutMs = config.phoenix.timeoutMs;
    options.heartbeat = phoenixHeartbeat(config.phoenix.heartbeatIntervalMs);
    return options;
}

} // namespace maxmon::phoenix
