#pragma once

#include "targetconfig.h"

#include <maxmon/connectionstate.h>
#include <maxmon/reconnectpolicy.h>

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace maxmon {
class WebSocketClient;
namespace phoenix {
class Socket;
}
} // namespace maxmon

namespace maxmon::monitor {

class ChannelKeeper;
class MonitorMetrics;
class TargetMetrics;

// Holds one target's connection open, forever: a WebSocketClient, or a
// phoenix::Socket with its topics joined (ChannelKeeper), and feeds the
// target's metrics from their signals.
//
// The client reconnects by itself after what its profile's reconnect policy
// calls retryable. What the client treats as final (a 404 or 401 handshake,
// a rejected certificate, max_attempts used up, a clean close by the server)
// does not end monitoring: the runner opens again after 1 s (or the
// profile's initial delay if longer), doubling up to 5 minutes, with jitter.
// State changes are logged, a failure once until the state changes again.
class TargetRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxRestartDelayMs = 5 * 60 * 1000;

    TargetRunner(const TargetConfig &config, MonitorMetrics *metrics, QObject *parent = nullptr);
    ~TargetRunner() override;

    const TargetConfig &config() const { return m_config; }
    WebSocketClient *client() const { return m_client; }
    ConnectionState state() const;
    QList<ChannelKeeper *> channels() const { return m_channels; }

    void start();
    // Closes the connection with closeCode (1001: the monitor goes away or
    // drops the target) and removes the target's series from the metrics at
    // once; stopped() follows when the connection is closed (at once when
    // none is open).
    void stop(int closeCode, const QString &reason);

Q_SIGNALS:
    void stopped();

private:
    void open();
    void onStateChanged(ConnectionState state);
    void countEnd(ConnectionState previous, ConnectionState state);
    void scheduleRestart();
    void logState(ConnectionState state);

    TargetConfig m_config;
    std::unique_ptr<TargetMetrics> m_metrics;
    phoenix::Socket *m_socket = nullptr;
    WebSocketClient *m_client = nullptr;
    QList<ChannelKeeper *> m_channels;
    ReconnectPolicy m_restart;
    QTimer m_restartTimer;
    ConnectionState m_state = ConnectionState::Disconnected;
    bool m_restarting = false; // the next Connecting is the runner's own retry
    QString m_lastProblem; // the failure last logged
};

} // namespace maxmon::monitor
