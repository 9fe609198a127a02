#include "targetmetrics.h"

#include "monitormetrics.h"
#include "targetconfig.h"

#include <maxmon/diagnostics.h>

#include <cmath>

namespace maxmon::monitor {

namespace {

constexpr std::array<ConnectionState, 6> allStates {
    ConnectionState::Disconnected,  ConnectionState::Connecting,   ConnectionState::Connected,
    ConnectionState::Disconnecting, ConnectionState::Reconnecting, ConnectionState::Error,
};

QString label(const char *name)
{
    return QString::fromLatin1(name);
}

// Milliseconds as seconds, rounded to the nanosecond: 9.958769 ms is
// 0.009958769 s, not 0.009958769000000001.
double secondsOf(double ms)
{
    return std::round(ms * 1e6) / 1e9;
}

} // namespace

TargetMetrics::TargetMetrics(MonitorMetrics *metrics, const TargetConfig &config)
    : m_metrics(metrics)
    , m_labels(config.metricLabels())
{
    // what identifies the endpoint, never a credential: no user info, no query
    const QUrl url = config.connection.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                                    | QUrl::RemoveFragment);
    own(metrics->targetInfo,
        { { label("url"), url.toString() },
          { label("protocol"), ConnectionConfig::protocolName(config.connection.protocol) } });
    m_up = own(metrics->up);
    for (size_t i = 0; i < allStates.size(); ++i)
        m_states[i] = own(metrics->state,
                          { { label("state"), connectionStateName(allStates[i]).toLower() } });
    m_stateSince = own(metrics->stateSince);
    m_connects = own(metrics->connects);
    m_reconnects = own(metrics->reconnectAttempts);
    m_rtt = own(metrics->rtt);
    m_probesLost = own(metrics->probesLost);
    m_messagesIn = own(metrics->messagesReceived);
    m_messagesOut = own(metrics->messagesSent);
    m_bytesIn = own(metrics->bytesReceived);
    m_bytesOut = own(metrics->bytesSent);
    m_closeCode = own(metrics->lastCloseCode);
    if (config.connection.protocol == ConnectionConfig::Protocol::Phoenix) {
        for (const TopicConfig &topic : config.topics) {
            setChannelJoined(topic.topic, false);
            own(metrics->joins, { { label("topic"), topic.topic } });
        }
    }
}

TargetMetrics::~TargetMetrics()
{
    for (auto it = m_owned.cbegin(); it != m_owned.cend(); ++it)
        it.value()->remove(it.key());
}

MetricSeries *TargetMetrics::own(MetricFamily *family, const Labels &extra)
{
    MetricSeries *series = family->series(m_labels + extra);
    m_owned.insert(series, family);
    return series;
}

void TargetMetrics::drop(MetricSeries *series)
{
    if (MetricFamily *family = m_owned.take(series))
        family->remove(series);
}

void TargetMetrics::setState(ConnectionState state, qint64 sinceUs)
{
    for (size_t i = 0; i < allStates.size(); ++i)
        m_states[i]->set(allStates[i] == state ? 1 : 0);
    m_up->set(state == ConnectionState::Connected ? 1 : 0);
    m_stateSince->set(static_cast<double>(sinceUs) / 1e6);
}

void TargetMetrics::connected(const Diagnostics &diagnostics)
{
    m_connects->inc();
    if (!m_handshake)
        m_handshake = own(m_metrics->handshakeDuration);
    m_handshake->set(secondsOf(diagnostics.handshakeMs));
    if (!diagnostics.tls.used)
        return;
    MetricSeries *tls = own(m_metrics->tlsInfo,
                            { { label("version"), diagnostics.tls.protocol },
                              { label("cipher"), diagnostics.tls.cipher } });
    if (m_tls && m_tls != tls)
        drop(m_tls);
    m_tls = tls;
    if (!diagnostics.tls.peerChain.isEmpty()) {
        if (!m_certNotAfter)
            m_certNotAfter = own(m_metrics->certNotAfter);
        m_certNotAfter->set(static_cast<double>(
            diagnostics.tls.peerChain.constFirst().notAfter.toSecsSinceEpoch()));
    }
}

void TargetMetrics::connectFailed(const QString &reason)
{
    own(m_metrics->connectFailures, { { label("reason"), reason } })->inc();
}

void TargetMetrics::disconnected(const QString &reason, int closeCode)
{
    own(m_metrics->disconnects, { { label("reason"), reason } })->inc();
    m_closeCode->set(closeCode);
}

void TargetMetrics::reconnectAttempt()
{
    m_reconnects->inc();
}

void TargetMetrics::rttSample(double rttMs)
{
    m_rtt->observe(secondsOf(rttMs));
}

void TargetMetrics::probeLost()
{
    m_probesLost->inc();
}

void TargetMetrics::messageReceived(qint64 bytes)
{
    m_messagesIn->inc();
    m_bytesIn->inc(static_cast<double>(bytes));
}

void TargetMetrics::messageSent(qint64 bytes)
{
    m_messagesOut->inc();
    m_bytesOut->inc(static_cast<double>(bytes));
}

void TargetMetrics::setChannelJoined(const QString &topic, bool joined)
{
    own(m_metrics->channelJoined, { { label("topic"), topic } })->set(joined ? 1 : 0);
}

void TargetMetrics::joined(const QString &topic)
{
    own(m_metrics->joins, { { label("topic"), topic } })->inc();
}

void TargetMetrics::joinFailed(const QString &topic, const QString &serverReason)
{
    QString reason = sanitizedReason(serverReason);
    const Labels labels { { label("topic"), topic }, { label("reason"), reason } };
    if (!m_metrics->joinFailures->find(m_labels + labels)) {
        if (m_joinReasons >= maxJoinReasons)
            reason = QStringLiteral("other");
        else
            ++m_joinReasons;
    }
    own(m_metrics->joinFailures, { { label("topic"), topic }, { label("reason"), reason } })->inc();
}

void TargetMetrics::channelCrashed(const QString &topic)
{
    own(m_metrics->channelCrashes, { { label("topic"), topic } })->inc();
}

void TargetMetrics::pushReplied(const QString &topic, const QString &event, const QString &status,
                                double seconds)
{
    const Labels labels { { label("topic"), topic }, { label("event"), event } };
    if (seconds >= 0)
        own(m_metrics->pushReplyDuration, labels)->observe(seconds);
    // the protocol's statuses; anything else a server makes up counts as one
    const bool known = status == QLatin1String("ok") || status == QLatin1String("error")
        || status == QLatin1String("timeout");
    own(m_metrics->pushReplies,
        labels + Labels { { label("status"), known ? status : QStringLiteral("other") } })
        ->inc();
}

QString TargetMetrics::reasonName(Error::Code code)
{
    const QString name = Error::codeName(code);
    QString snake;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isUpper() && i > 0)
            snake += QLatin1Char('_');
        snake += name.at(i).toLower();
    }
    return snake;
}

QString TargetMetrics::sanitizedReason(const QString &text)
{
    QString reason;
    for (const QChar c : text.left(64).toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        reason += plain ? c : QLatin1Char('_');
    }
    return reason.isEmpty() ? QStringLiteral("unknown") : reason;
}

} // namespace maxmon::monitor
