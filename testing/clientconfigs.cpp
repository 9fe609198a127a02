#include <maxmon/testing/clientconfigs.h>

namespace maxmon::testing {

ConnectionConfig plainConfig(const QUrl &url, int connectTimeoutMs)
{
    ConnectionConfig config;
    config.url = url;
    config.reconnect.enabled = false;
    config.heartbeat.enabled = false;
    config.connectTimeoutMs = connectTimeoutMs;
    return config;
}

ConnectionConfig phoenixConfig(const QUrl &url)
{
    ConnectionConfig config;
    config.url = url;
    config.connectTimeoutMs = 2000;
    config.closeTimeoutMs = 500;
    return config;
}

phoenix::SocketOptions fastSocketOptions()
{
    phoenix::SocketOptions options;
    options.timeoutMs = 1000;
    options.heartbeat = phoenix::SocketOptions::phoenixHeartbeat(0);
    options.reconnectAfterMs = { 20 };
    options.rejoinAfterMs = { 50, 100 };
    return options;
}

} // namespace maxmon::testing
