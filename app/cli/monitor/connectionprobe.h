#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/latencystats.h>
#include <maxmon/result.h>
#include <maxmon/tlssessioninfo.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace maxmon {
class WebSocketClient;
}

namespace maxmon::monitor {

// One probe of an endpoint: connect, send count WebSocket pings intervalMs
// apart (a ping without answer within timeoutMs is lost), close with 1000,
// and report the handshake time, the RTT statistics, the loss and the TLS
// session. What `maxmon-cli probe` checks and the monitor's /probe exports.
//
// It fails (Outcome::failed) when it cannot connect, when the link dies or
// the server closes before the last ping, or when deadlineMs passes first
// (the scrape's timeout, for /probe). Thresholds are the caller's business.
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int count = 5;
        int intervalMs = 500;
        int timeoutMs = 2000;
        int deadlineMs = 0; // 0: none
    };

    struct Outcome
    {
        bool connected = false; // the handshake completed
        bool failed = false;
        QString failure; // why, in words, when failed
        Error error; // the client's error behind the failure, if any
        double handshakeMs = -1;
        TlsSessionInfo tls;
        LatencyStats::Summary stats; // every ping of the probe (the window holds them all)
        double durationSeconds = 0; // from start() to the end
    };

    ConnectionProbe(const ConnectionConfig &config, const Settings &settings,
                    QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // The connection settings of a probe: a fixed heartbeat of the pings,
    // patient enough to count losses rather than give up, no reconnect.
    static ConnectionConfig probeConfig(ConnectionConfig config, const Settings &settings);

    // Refused (the config is invalid, say) before anything is sent.
    Result<void> start();
    bool isFinished() const { return m_finished; }
    const Outcome &outcome() const { return m_outcome; }
    const Settings &settings() const { return m_settings; }
    QString url() const { return m_url; }

Q_SIGNALS:
    void finished();

private:
    void onStateChanged();
    void onPingOutcome();
    qint64 pingsDone() const;
    void finish(const QString &failure, const Error &error = {});

    WebSocketClient *m_client;
    Settings m_settings;
    LatencyStats m_stats;
    Outcome m_outcome;
    QString m_url;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_finished = false;
};

} // namespace maxmon::monitor
