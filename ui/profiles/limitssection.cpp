#include "profiles/limitssection.h"

#include <QCheckBox>
#include <QSpinBox>

#include <algorithm>

namespace maxmon {

namespace {

// A spin box holds an int; the sizes above this are shown as this.
constexpr int oneGiB = 1024 * 1024 * 1024;

int clampedSize(qint64 bytes)
{
    return int(std::min<qint64>(bytes, oneGiB));
}

} // namespace

LimitsSection::LimitsSection(QWidget *parent)
    : ProfileSection(tr("Limits"), parent)
    , m_queueSize(spinBox(QStringLiteral("message_queue_size"), 1, 10000000, tr(" messages")))
    , m_highWater(spinBox(QStringLiteral("outbound_high_water_bytes"), 1, oneGiB, tr(" bytes")))
    , m_maxIncoming(spinBox(QStringLiteral("max_incoming_message_size"), 1, oneGiB, tr(" bytes")))
    , m_maxOutgoing(spinBox(QStringLiteral("max_outgoing_message_size"), 1, oneGiB, tr(" bytes")))
    , m_record(new QCheckBox(tr("Record connections in session files"), this))
{
    addRow(tr("Out&bound queue:"), m_queueSize, QStringLiteral("message_queue_size"),
           tr("Messages that may wait to be sent"));
    addRow(tr("&High-water mark:"), m_highWater, QStringLiteral("outbound_high_water_bytes"),
           tr("Hold messages back while more than this waits in the socket"));
    addRow(tr("Largest &incoming:"), m_maxIncoming, QStringLiteral("max_incoming_message_size"),
           tr("A larger incoming message closes the connection with 1009"));
    addRow(tr("Largest &outgoing:"), m_maxOutgoing, QStringLiteral("max_outgoing_message_size"),
           tr("A larger message is refused before it is sent"));
    connect(m_record, &QCheckBox::toggled, this, &LimitsSection::edited);
    addRow(QString(), m_record, QStringLiteral("record"),
           tr("Keep every message of this profile's connections on disk, for the time set in "
              "Preferences (when recording is on there)"));
}

void LimitsSection::load(const ConnectionConfig &config)
{
    m_queueSize->setValue(config.messageQueueSize);
    m_highWater->setValue(clampedSize(config.outboundHighWaterBytes));
    m_maxIncoming->setValue(clampedSize(config.maxIncomingMessageSize));
    m_maxOutgoing->setValue(clampedSize(config.maxOutgoingMessageSize));
    m_record->setChecked(config.record);
}

void LimitsSection::apply(ConnectionConfig *config, QList<ConfigIssue> *) const
{
    config->messageQueueSize = m_queueSize->value();
    config->outboundHighWaterBytes = m_highWater->value();
    config->maxIncomingMessageSize = m_maxIncoming->value();
    config->maxOutgoingMessageSize = m_maxOutgoing->value();
    config->record = m_record->isChecked();
}

} // namespace maxmon
