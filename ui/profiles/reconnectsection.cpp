#include "profiles/reconnectsection.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace maxmon {

ReconnectSection::ReconnectSection(QWidget *parent)
    : ProfileSection(tr("Reconnect"), parent)
    , m_enabled(new QCheckBox(tr("Reconnect after a lost connection"), this))
    , m_initialDelay(millisecondsBox(QStringLiteral("reconnect.initial_delay_ms"), 1))
    , m_maxDelay(millisecondsBox(QStringLiteral("reconnect.max_delay_ms"), 1))
    , m_multiplier(new QDoubleSpinBox(this))
    , m_jitter(new QDoubleSpinBox(this))
    , m_maxAttempts(spinBox(QStringLiteral("reconnect.max_attempts"), 0, 1000000))
    , m_resetAfter(millisecondsBox(QStringLiteral("reconnect.reset_after_ms"), 0))
{
    connect(m_enabled, &QCheckBox::toggled, this, &ReconnectSection::edited);
    m_multiplier->setRange(1.0, 100.0);
    m_multiplier->setSingleStep(0.5);
    connect(m_multiplier, &QDoubleSpinBox::valueChanged, this, &ReconnectSection::edited);
    m_jitter->setRange(0.0, 1.0);
    m_jitter->setSingleStep(0.05);
    connect(m_jitter, &QDoubleSpinBox::valueChanged, this, &ReconnectSection::edited);
    m_maxAttempts->setSpecialValueText(tr("unlimited"));
    addRow(QString(), m_enabled, QStringLiteral("reconnect.enabled"),
           tr("Try again with a growing delay when the connection is lost or cannot be opened"));
    addRow(tr("&First delay:"), m_initialDelay, QStringLiteral("reconnect.initial_delay_ms"),
           tr("The wait before the first retry"));
    addRow(tr("&Longest delay:"), m_maxDelay, QStringLiteral("reconnect.max_delay_ms"),
           tr("The delay grows up to this"));
    addRow(tr("&Multiplier:"), m_multiplier, QStringLiteral("reconnect.multiplier"),
           tr("Each delay is the previous one times this"));
    addRow(tr("&Jitter:"), m_jitter, QStringLiteral("reconnect.jitter"),
           tr("Each delay varies randomly by up to this fraction"));
    addRow(tr("Max &attempts:"), m_maxAttempts, QStringLiteral("reconnect.max_attempts"),
           tr("Give up after this many attempts in a row (0: never)"));
    addRow(tr("&Reset after:"), m_resetAfter, QStringLiteral("reconnect.reset_after_ms"),
           tr("Attempts count from 1 again after being connected this long"));
}

void ReconnectSection::load(const ConnectionConfig &config)
{
    m_enabled->setChecked(config.reconnect.enabled);
    m_initialDelay->setValue(config.reconnect.initialDelayMs);
    m_maxDelay->setValue(config.reconnect.maxDelayMs);
    m_multiplier->setValue(config.reconnect.multiplier);
    m_jitter->setValue(config.reconnect.jitter);
    m_maxAttempts->setValue(config.reconnect.maxAttempts);
    m_resetAfter->setValue(config.reconnect.resetAfterMs);
}

void ReconnectSection::apply(ConnectionConfig *config, QList<ConfigIssue> *) const
{
    config->reconnect.enabled = m_enabled->isChecked();
    config->reconnect.initialDelayMs = m_initialDelay->value();
    config->reconnect.maxDelayMs = m_maxDelay->value();
    config->reconnect.multiplier = m_multiplier->value();
    config->reconnect.jitter = m_jitter->value();
    config->reconnect.maxAttempts = m_maxAttempts->value();
    config->reconnect.resetAfterMs = m_resetAfter->value();
}

void ReconnectSection::updateEnabled(const ConnectionConfig &config)
{
    // Phoenix brings its own reconnect schedule (SocketOptions); on/off and
    // the attempts still apply
    const bool phoenix = config.protocol == ConnectionConfig::Protocol::Phoenix;
    m_maxAttempts->setEnabled(config.reconnect.enabled);
    using Widgets = std::initializer_list<QWidget *>;
    for (QWidget *widget :
         Widgets { m_initialDelay, m_maxDelay, m_multiplier, m_jitter, m_resetAfter })
        widget->setEnabled(config.reconnect.enabled && !phoenix);
}

} // namespace maxmon
