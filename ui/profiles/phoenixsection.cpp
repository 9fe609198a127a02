#include "profiles/phoenixsection.h"

#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace maxmon {

PhoenixSection::PhoenixSection(QWidget *parent)
    : ProfileSection(tr("Phoenix"), parent)
    , m_vsn(new QComboBox(this))
    , m_params(lineEdit(QStringLiteral("phoenix.params"), tr("{\"user_id\": 7}")))
    , m_heartbeat(millisecondsBox(QStringLiteral("phoenix.heartbeat_interval_ms"), 0))
    , m_timeout(millisecondsBox(QStringLiteral("phoenix.timeout_ms"), 1))
{
    m_vsn->addItem(tr("The URL's vsn, else 2.0.0"), QString());
    m_vsn->addItem(QStringLiteral("2.0.0"), QStringLiteral("2.0.0"));
    m_vsn->addItem(QStringLiteral("1.0.0"), QStringLiteral("1.0.0"));
    connect(m_vsn, &QComboBox::currentIndexChanged, this, &PhoenixSection::edited);
    m_heartbeat->setSpecialValueText(tr("no heartbeat"));
    addRow(tr("Protocol &version:"), m_vsn, QStringLiteral("phoenix.vsn"),
           tr("The vsn parameter: 2.0.0 (arrays, binary frames) or 1.0.0 (objects)"));
    addRow(tr("Socket &params:"), m_params, QStringLiteral("phoenix.params"),
           tr("A JSON object of strings, numbers and booleans, sent as query parameters of "
              "the socket URL (the JavaScript client's params). Stored in plain text: put "
              "tokens in Authentication."));
    addRow(tr("&Heartbeat every:"), m_heartbeat, QStringLiteral("phoenix.heartbeat_interval_ms"),
           tr("The \"phoenix\" \"heartbeat\" push; unanswered by the next one, the link is "
              "dead and the socket reconnects"));
    addRow(tr("&Timeout:"), m_timeout, QStringLiteral("phoenix.timeout_ms"),
           tr("How long joins, pushes and leaves wait for their reply"));
    m_note = new QLabel(
        tr("A Phoenix connection uses this heartbeat instead of the Heartbeat section, and "
           "reconnects after 10, 50, 100, 150, 200, 250, 500, 1000, 2000 ms, then every 5 s, "
           "as the JavaScript client does (Reconnect's on/off and attempts still apply)."),
        this);
    m_note->setWordWrap(true);
    form()->addRow(m_note);
}

void PhoenixSection::load(const ConnectionConfig &config)
{
    if (m_vsn->findData(config.phoenix.vsn) < 0) // as written, for validate() to name it
        m_vsn->addItem(config.phoenix.vsn, config.phoenix.vsn);
    m_vsn->setCurrentIndex(m_vsn->findData(config.phoenix.vsn));
    m_params->setText(config.phoenix.params.isEmpty()
                          ? QString()
                          : QString::fromUtf8(
                              QJsonDocument(config.phoenix.params).toJson(QJsonDocument::Compact)));
    m_heartbeat->setValue(config.phoenix.heartbeatIntervalMs);
    m_timeout->setValue(config.phoenix.timeoutMs);
}

void PhoenixSection::apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const
{
    config->phoenix.vsn = m_vsn->currentData().toString();
    config->phoenix.params = parseParams(issues);
    config->phoenix.heartbeatIntervalMs = m_heartbeat->value();
    config->phoenix.timeoutMs = m_timeout->value();
}

void PhoenixSection::updateEnabled(const ConnectionConfig &config)
{
    const bool phoenix = config.protocol == ConnectionConfig::Protocol::Phoenix;
    using Widgets = std::initializer_list<QWidget *>;
    for (QWidget *widget : Widgets { m_vsn, m_params, m_heartbeat, m_timeout, m_note })
        widget->setEnabled(phoenix);
}

QJsonObject PhoenixSection::parseParams(QList<ConfigIssue> *issues) const
{
    const QString text = m_params->text().trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QString problem;
    if (error.error != QJsonParseError::NoError)
        problem =
            tr("is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
    else if (!document.isObject())
        problem = tr("must be a JSON object, such as {\"user_id\": 7}");
    if (!problem.isEmpty()) {
        if (issues)
            issues->append(
                { ConfigIssue::Severity::Error, QStringLiteral("phoenix.params"), problem });
        return {};
    }
    return document.object();
}

} // namespace maxmon
