#include "channelkeeper.h"

#include "monitorlog.h"
#include "targetmetrics.h"

#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>

namespace maxmon::monitor {

ChannelKeeper::ChannelKeeper(phoenix::Socket *socket, const TopicConfig &topic,
                             TargetMetrics *metrics, const QString &targetName, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_topic(topic)
    , m_metrics(metrics)
    , m_target(targetName)
{
    m_rejoinTimer.setSingleShot(true);
    connect(&m_rejoinTimer, &QTimer::timeout, this, &ChannelKeeper::join);
    connect(&m_pushTimer, &QTimer::timeout, this, &ChannelKeeper::sendPush);
    join();
}

ChannelKeeper::~ChannelKeeper()
{
    // the channel belongs to the socket: it must not report to a keeper that is gone
    if (m_channel)
        m_channel->disconnect(this);
}

void ChannelKeeper::join()
{
    if (m_channel) { // closed by the server: the socket no longer routes to it
        m_channel->disconnect(this);
        m_channel->deleteLater();
    }
    m_channel = m_socket->channel(m_topic.topic, m_topic.params);
    connect(m_channel, &phoenix::Channel::stateChanged, this, &ChannelKeeper::onStateChanged);
    connect(m_channel, &phoenix::Channel::joined, this, &ChannelKeeper::onJoined);
    connect(m_channel, &phoenix::Channel::errorOccurred, this, &ChannelKeeper::onError);
    connect(m_channel, &phoenix::Channel::closed, this, &ChannelKeeper::onClosed);
    m_joinClock.start();
    if (const Result<phoenix::Push *> push = m_channel->join(); !push)
        report(tr("cannot join: %1").arg(push.error().message()), true);
}

void ChannelKeeper::onStateChanged(phoenix::Channel::State state)
{
    if (state == phoenix::Channel::State::Joining)
        m_joinClock.start();
    if (state != phoenix::Channel::State::Joined) {
        m_metrics->setChannelJoined(m_topic.topic, false);
        m_pushTimer.stop();
    }
}

double ChannelKeeper::joinSeconds() const
{
    return static_cast<double>(m_joinClock.nsecsElapsed()) / 1e9;
}

void ChannelKeeper::onJoined()
{
    m_rejoinTries = 0;
    m_metrics->setChannelJoined(m_topic.topic, true);
    m_metrics->joined(m_topic.topic);
    m_metrics->pushReplied(m_topic.topic, QStringLiteral("phx_join"), QStringLiteral("ok"),
                           joinSeconds());
    report(tr("joined"), false);
    if (!m_topic.pushEvent.isEmpty())
        m_pushTimer.start(m_topic.pushIntervalMs);
}

void ChannelKeeper::onError(const Error &error)
{
    const QJsonObject context = error.context();
    if (error.code() == Error::Code::JoinRefused) {
        m_metrics->joinFailed(m_topic.topic, context.value(QLatin1String("reason")).toString());
        m_metrics->pushReplied(m_topic.topic, QStringLiteral("phx_join"), QStringLiteral("error"),
                               joinSeconds());
    } else if (context.contains(QLatin1String("timeoutMs"))) {
        m_metrics->joinFailed(m_topic.topic, QStringLiteral("timeout"));
        m_metrics->pushReplied(m_topic.topic, QStringLiteral("phx_join"), QStringLiteral("timeout"),
                               joinSeconds());
    } else if (context.value(QLatin1String("event")).toString() == QLatin1String("phx_error")) {
        m_metrics->channelCrashed(m_topic.topic);
    }
    report(error.message(), true);
}

void ChannelKeeper::onClosed()
{
    report(tr("closed by the server; joining again"), true);
    const QList<int> schedule = m_socket->options().rejoinAfterMs;
    const int delay = schedule.isEmpty()
        ? 10000
        : schedule.value(std::min<qsizetype>(m_rejoinTries, schedule.size() - 1));
    ++m_rejoinTries;
    m_rejoinTimer.start(delay);
}

void ChannelKeeper::sendPush()
{
    if (!m_channel || m_channel->state() != phoenix::Channel::State::Joined)
        return;
    const Result<phoenix::Push *> push = m_channel->push(m_topic.pushEvent, m_topic.pushPayload);
    if (!push) {
        report(tr("push %1 not sent: %2").arg(m_topic.pushEvent, push.error().message()), true);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    connect(*push, &phoenix::Push::received, this, [this, clock](const QString &status) {
        m_metrics->pushReplied(m_topic.topic, m_topic.pushEvent, status,
                               static_cast<double>(clock.nsecsElapsed()) / 1e9);
    });
}

void ChannelKeeper::report(const QString &outcome, bool problem)
{
    if (outcome == m_lastOutcome)
        return;
    m_lastOutcome = outcome;
    const QString line = QStringLiteral("%1: %2: %3").arg(m_target, m_topic.topic, outcome);
    if (problem)
        monitorlog::warning(line);
    else
        monitorlog::info(line);
}

} // namespace maxmon::monitor
