#pragma once

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/socket.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace maxmon::phoenix {
class Push;
}

// A small client of a Max-like Phoenix service, as an application would
// write one on maxmon's library: it connects with a token, joins one
// channel, keeps it joined through server restarts and network outages
// (maxmon's socket reconnects and rejoins), and reports the round-trip
// latency its heartbeat measures.
class MaxClient : public QObject
{
    Q_OBJECT

public:
    // url: the Phoenix socket URL (ws://host/socket); token: sent as the
    // authToken subprotocol, as Phoenix's JavaScript client does.
    MaxClient(const QUrl &url, const QString &token, QObject *parent = nullptr);
    ~MaxClient() override;

    // A CA file for wss:// servers with a private CA.
    void setCaFile(const QString &path);
    // Heartbeat period; it also bounds how long a dead link goes unnoticed.
    void setHeartbeatIntervalMs(int ms);

    // Connects and joins topic; ready() once joined, again after every rejoin.
    bool start(const QString &topic);
    void stop();

    bool isReady() const;
    QString lastError() const { return m_lastError; }
    // The newest heartbeat round trip, -1 before the first.
    double latencyMs() const { return m_latencyMs; }
    // Pushes an event to the channel; nullptr when not started.
    maxmon::phoenix::Push *send(const QString &event, const QJsonObject &payload);

    maxmon::phoenix::Socket &socket() { return m_socket; }
    maxmon::phoenix::Channel *channel() const { return m_channel; }

Q_SIGNALS:
    void ready();
    void lost();
    void latencyMeasured(double ms);
    void eventReceived(const QString &event, const QJsonValue &payload);

private:
    maxmon::phoenix::Socket m_socket;
    QPointer<maxmon::phoenix::Channel> m_channel;
    QString m_lastError;
    double m_latencyMs = -1;
};
