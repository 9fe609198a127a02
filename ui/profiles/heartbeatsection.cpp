#include "profiles/heartbeatsection.h"

#include <QCheckBox>
#include <QSpinBox>

namespace maxmon {

HeartbeatSection::HeartbeatSection(QWidget *parent)
    : ProfileSection(tr("Heartbeat"), parent)
    , m_enabled(new QCheckBox(tr("Send heartbeat probes"), this))
    , m_strategy(new QComboBox(this))
    , m_interval(millisecondsBox(QStringLiteral("heartbeat.interval_ms"), 1))
    , m_timeout(millisecondsBox(QStringLiteral("heartbeat.timeout_ms"), 1))
    , m_maxMissed(spinBox(QStringLiteral("heartbeat.max_missed"), 1, 1000))
    , m_adaptive(new QCheckBox(tr("Adapt the interval to the link"), this))
    , m_minInterval(millisecondsBox(QStringLiteral("heartbeat.min_interval_ms"), 1))
    , m_maxInterval(millisecondsBox(QStringLiteral("heartbeat.max_interval_ms"), 1))
{
    connect(m_enabled, &QCheckBox::toggled, this, &HeartbeatSection::edited);
    m_strategy->addItem(tr("WebSocket ping"), int(HeartbeatConfig::Strategy::Ping));
    m_strategy->addItem(tr("Application (Phoenix heartbeat)"),
                        int(HeartbeatConfig::Strategy::Application));
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &HeartbeatSection::edited);
    connect(m_adaptive, &QCheckBox::toggled, this, &HeartbeatSection::edited);
    addRow(QString(), m_enabled, QStringLiteral("heartbeat.enabled"),
           tr("Measure the round-trip time and detect a dead link"));
    addRow(tr("&Probe:"), m_strategy, QStringLiteral("heartbeat.strategy"),
           tr("WebSocket ping frames, or the protocol's own heartbeat message"));
    addRow(tr("&Interval:"), m_interval, QStringLiteral("heartbeat.interval_ms"),
           tr("Time between two probes"));
    addRow(tr("&Timeout:"), m_timeout, QStringLiteral("heartbeat.timeout_ms"),
           tr("A probe without answer after this long is lost"));
    addRow(tr("&Dead after:"), m_maxMissed, QStringLiteral("heartbeat.max_missed"),
           tr("Lost probes in a row that declare the link dead"));
    addRow(QString(), m_adaptive, QStringLiteral("heartbeat.adaptive"),
           tr("Probe more often when the link degrades, less often when it is steady"));
    addRow(tr("Mi&nimum interval:"), m_minInterval, QStringLiteral("heartbeat.min_interval_ms"),
           tr("The adaptive interval never goes below this"));
    addRow(tr("Ma&ximum interval:"), m_maxInterval, QStringLiteral("heartbeat.max_interval_ms"),
           tr("The adaptive interval never goes above this"));
}

void HeartbeatSection::load(const ConnectionConfig &config)
{
    m_enabled->setChecked(config.heartbeat.enabled);
    selectData(m_strategy, config.heartbeat.strategy);
    m_interval->setValue(config.heartbeat.intervalMs);
    m_timeout->setValue(config.heartbeat.timeoutMs);
    m_maxMissed->setValue(config.heartbeat.maxMissed);
    m_adaptive->setChecked(config.heartbeat.adaptive);
    m_minInterval->setValue(config.heartbeat.minIntervalMs);
    m_maxInterval->setValue(config.heartbeat.maxIntervalMs);
}

void HeartbeatSection::apply(ConnectionConfig *config, QList<ConfigIssue> *) const
{
    config->heartbeat.enabled = m_enabled->isChecked();
    config->heartbeat.strategy = currentData<HeartbeatConfig::Strategy>(m_strategy);
    config->heartbeat.intervalMs = m_interval->value();
    config->heartbeat.timeoutMs = m_timeout->value();
    config->heartbeat.maxMissed = m_maxMissed->value();
    config->heartbeat.adaptive = m_adaptive->isChecked();
    config->heartbeat.minIntervalMs = m_minInterval->value();
    config->heartbeat.maxIntervalMs = m_maxInterval->value();
}

void HeartbeatSection::updateEnabled(const ConnectionConfig &config)
{
    // Phoenix brings its own heartbeat (the Phoenix section)
    const bool phoenix = config.protocol == ConnectionConfig::Protocol::Phoenix;
    m_enabled->setEnabled(!phoenix);
    const bool probing = config.heartbeat.enabled && !phoenix;
    using Widgets = std::initializer_list<QWidget *>;
    for (QWidget *widget : Widgets { m_strategy, m_interval, m_timeout, m_maxMissed, m_adaptive })
        widget->setEnabled(probing);
    m_minInterval->setEnabled(probing && config.heartbeat.adaptive);
    m_maxInterval->setEnabled(probing && config.heartbeat.adaptive);
}

} // namespace maxmon
