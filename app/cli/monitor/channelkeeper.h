#pragma once

#include "targetconfig.h"

#include <maxmon/error.h>
#include <maxmon/phoenix/channel.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace maxmon::phoenix {
class Socket;
}

namespace maxmon::monitor {

class TargetMetrics;

// Keeps one topic of a Phoenix target joined, and its metrics current:
// joined or not, joins, refusals by reason, crashes, and the reply latency
// of the join and of the optional periodic push.
//
// The channel itself rejoins after errors and reconnects (phoenix::Channel);
// a channel the server closed (phx_close) cannot, so the keeper makes a new
// one after the socket's rejoin schedule (1, 2, 5, then every 10 s).
class ChannelKeeper : public QObject
{
    Q_OBJECT

public:
    ChannelKeeper(phoenix::Socket *socket, const TopicConfig &topic, TargetMetrics *metrics,
                  const QString &targetName, QObject *parent = nullptr);
    ~ChannelKeeper() override;

    phoenix::Channel *channel() const { return m_channel; }

private:
    void join();
    void onStateChanged(phoenix::Channel::State state);
    void onJoined();
    void onError(const Error &error);
    void onClosed();
    void sendPush();
    // A log line when what happens to the channel changes, not at every retry.
    void report(const QString &outcome, bool problem);
    double joinSeconds() const;

    phoenix::Socket *m_socket;
    TopicConfig m_topic;
    TargetMetrics *m_metrics;
    QString m_target;
    QPointer<phoenix::Channel> m_channel;
    QTimer m_rejoinTimer;
    QTimer m_pushTimer;
    QElapsedTimer m_joinClock; // since the channel last went to joining
    int m_rejoinTries = 0;
    QString m_lastOutcome;
};

} // namespace maxmon::monitor
