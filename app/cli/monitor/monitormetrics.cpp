#include "monitormetrics.h"

namespace maxmon::monitor {

namespace {

QString text(const char *help)
{
    return QString::fromLatin1(help);
}

} // namespace

std::vector<double> MonitorMetrics::rttBuckets()
{
    return { 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
             0.05,   0.1,     0.25,   0.5,   1,      2.5,   5,    10 };
}

MonitorMetrics::MonitorMetrics()
{
    addMonitorFamilies();
    addTargetFamilies();
    addPhoenixFamilies();
}

void MonitorMetrics::addMonitorFamilies()
{
    using T = MetricType;
    MetricsRegistry &r = m_registry;
    buildInfo = r.add("maxmon_monitor_build", text("The monitor's version and Qt's."), T::Info);
    targets = r.add("maxmon_monitor_targets", text("Targets in the config in force."), T::Gauge);
    configReloads =
        r.add("maxmon_monitor_config_reloads",
              text("Config reloads (SIGHUP), by result: success or failure."), T::Counter);
    configLastReloadSuccessful =
        r.add("maxmon_monitor_config_last_reload_successful",
              text("1 if the last reload applied the config, 0 if it kept the old one."), T::Gauge);
    configLastReloadTimestamp = r.add(
        "maxmon_monitor_config_last_reload_success_timestamp_seconds",
        text("When a config was last applied (start or reload), Unix time."), T::Gauge, "seconds");
    processCpu =
        r.add("process_cpu_seconds", text("Total user and system CPU time spent in seconds."),
              T::Counter, "seconds");
    processResident = r.add("process_resident_memory_bytes", text("Resident memory size in bytes."),
                            T::Gauge, "bytes");
    processVirtual = r.add("process_virtual_memory_bytes", text("Virtual memory size in bytes."),
                           T::Gauge, "bytes");
    processOpenFds = r.add("process_open_fds", text("Number of open file descriptors."), T::Gauge);
    processMaxFds =
        r.add("process_max_fds", text("Maximum number of open file descriptors."), T::Gauge);
    processStartTime =
        r.add("process_start_time_seconds",
              text("Start time of the process since unix epoch in seconds."), T::Gauge, "seconds");
}

void MonitorMetrics::addTargetFamilies()
{
    using T = MetricType;
    MetricsRegistry &r = m_registry;
    targetInfo =
        r.add("maxmon_target",
              text("The target's URL (without credentials or query) and protocol."), T::Info);
    up = r.add("maxmon_up", text("1 while the target's connection is open, else 0."), T::Gauge);
    state = r.add("maxmon_state",
                  text("The connection's state: 1 for the current one (disconnected, "
                       "connecting, connected, disconnecting, reconnecting, error)."),
                  T::Gauge);
    stateSince = r.add("maxmon_last_state_change_timestamp_seconds",
                       text("When the connection entered its current state, Unix time."), T::Gauge,
                       "seconds");
    connects =
        r.add("maxmon_connects", text("Connections opened (handshake completed)."), T::Counter);
    connectFailures =
        r.add("maxmon_connect_failures",
              text("Connection attempts that failed, by reason (the error code)."), T::Counter);
    disconnects = r.add("maxmon_disconnects",
                        text("Open connections that ended, by reason (the error code, or "
                             "server_closed / client_closed for a clean close)."),
                        T::Counter);
    reconnectAttempts =
        r.add("maxmon_reconnect_attempts",
              text("Connection attempts after a failure or a lost connection."), T::Counter);
    rtt = r.add("maxmon_rtt_seconds",
                text("Heartbeat round-trip time: WebSocket ping to pong, or Phoenix heartbeat "
                     "to its reply."),
                T::Histogram, "seconds", rttBuckets());
    probesLost =
        r.add("maxmon_probes_lost",
              text("Heartbeat probes without an answer within their timeout."), T::Counter);
    messagesReceived =
        r.add("maxmon_messages_received", text("Data messages received."), T::Counter);
    messagesSent = r.add("maxmon_messages_sent", text("Data messages sent."), T::Counter);
    bytesReceived = r.add("maxmon_received_bytes", text("Payload bytes of the messages received."),
                          T::Counter, "bytes");
    bytesSent = r.add("maxmon_sent_bytes", text("Payload bytes of the messages sent."), T::Counter,
                      "bytes");
    lastCloseCode = r.add("maxmon_last_close_code",
                          text("The close code of the last connection that ended (1006: no "
                               "close frame), 0 before any."),
                          T::Gauge);
    handshakeDuration = r.add("maxmon_handshake_duration_seconds",
                              text("TCP, TLS and WebSocket handshake of the last connection."),
                              T::Gauge, "seconds");
    tlsInfo =
        r.add("maxmon_tls", text("The TLS version and cipher of the last connection."), T::Info);
    certNotAfter = r.add("maxmon_tls_cert_not_after_timestamp_seconds",
                         text("When the server's certificate (the leaf) expires, Unix time."),
                         T::Gauge, "seconds");
}

void MonitorMetrics::addPhoenixFamilies()
{
    using T = MetricType;
    MetricsRegistry &r = m_registry;
    channelJoined =
        r.add("maxmon_phoenix_channel_joined",
              text("1 while the Phoenix channel of the topic is joined, else 0."), T::Gauge);
    joins = r.add("maxmon_phoenix_joins", text("Successful joins and rejoins of the topic."),
                  T::Counter);
    joinFailures = r.add("maxmon_phoenix_join_failures",
                         text("Joins refused (reason: the server's, e.g. unauthorized) or not "
                              "answered (timeout)."),
                         T::Counter);
    channelCrashes =
        r.add("maxmon_phoenix_channel_crashes",
              text("phx_error from the server: the channel crashed there."), T::Counter);
    pushReplyDuration = r.add("maxmon_phoenix_push_reply_duration_seconds",
                              text("From a push (joins included) to its reply."), T::Histogram,
                              "seconds", rttBuckets());
    pushReplies = r.add("maxmon_phoenix_push_replies",
                        text("Push outcomes by status: ok, error, timeout, ..."), T::Counter);
}

} // namespace maxmon::monitor
