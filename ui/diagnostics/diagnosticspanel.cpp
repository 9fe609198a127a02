#include "diagnostics/diagnosticspanel.h"

#include "diagnostics/healthbadge.h"
#include "diagnostics/rttfigures.h"

#include <maxmon/localeformat.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/websocketclient.h>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace maxmon {

namespace {

QString onOff(bool on)
{
    return on ? DiagnosticsPanel::tr("on") : DiagnosticsPanel::tr("off");
}

QString timeOfDay(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString intervalText(const HeartbeatStatus &heartbeat)
{
    if (!heartbeat.enabled)
        return DiagnosticsPanel::tr("heartbeat off");
    QString text = heartbeat.adaptive
        ? DiagnosticsPanel::tr("every %1 (adaptive, %2 to %3)")
              .arg(LocaleFormat::milliseconds(heartbeat.intervalMs, 0),
                   LocaleFormat::milliseconds(heartbeat.minIntervalMs, 0),
                   LocaleFormat::milliseconds(heartbeat.maxIntervalMs, 0))
        : DiagnosticsPanel::tr("every %1").arg(LocaleFormat::milliseconds(heartbeat.intervalMs, 0));
    if (!heartbeat.intervalChanges.isEmpty()) {
        const HeartbeatStatus::IntervalChange &last = heartbeat.intervalChanges.constLast();
        text += DiagnosticsPanel::tr("; at %1 from %2: %3")
                    .arg(timeOfDay(last.timeUs), LocaleFormat::milliseconds(last.fromMs, 0),
                         last.reason);
    }
    return text;
}

QString tlsText(const TlsSessionInfo &tls)
{
    if (!tls.used)
        return DiagnosticsPanel::tr("not used (ws://)");
    QStringList parts { tls.protocol, tls.cipher };
    parts.append(tls.chainVerified ? DiagnosticsPanel::tr("chain verified")
                                   : DiagnosticsPanel::tr("chain NOT verified (%1)")
                                         .arg(tls.acceptedErrors.join(QLatin1String("; "))));
    if (tls.pinCheck == TlsSessionInfo::PinCheck::Matched)
        parts.append(DiagnosticsPanel::tr("pin matched"));
    QStringList chain;
    for (const CertificateInfo &certificate : tls.peerChain)
        chain.append(DiagnosticsPanel::tr("%1 (until %2)")
                         .arg(certificate.subject,
                              certificate.notAfter.toString(QStringLiteral("yyyy-MM-dd"))));
    if (!chain.isEmpty())
        parts.append(DiagnosticsPanel::tr("peer: %1").arg(chain.join(QStringLiteral(" \u2190 "))));
    return parts.join(QStringLiteral(" \u00b7 "));
}

// The profile's modes in words: AuthConfig::modeName() is the JSON token.
QString authText(AuthConfig::Mode mode)
{
    switch (mode) {
    case AuthConfig::Mode::None:
        return DiagnosticsPanel::tr("none");
    case AuthConfig::Mode::BearerHeader:
        return DiagnosticsPanel::tr("bearer token in the Authorization header");
    case AuthConfig::Mode::QueryParameter:
        return DiagnosticsPanel::tr("token in a query parameter");
    case AuthConfig::Mode::PhoenixSubprotocol:
        return DiagnosticsPanel::tr("token in the Phoenix subprotocol");
    }
    return AuthConfig::modeName(mode);
}

QString proxyText(ProxyConfig::Mode mode)
{
    switch (mode) {
    case ProxyConfig::Mode::System:
        return DiagnosticsPanel::tr("the system's settings");
    case ProxyConfig::Mode::None:
        return DiagnosticsPanel::tr("none (direct connection)");
    case ProxyConfig::Mode::Http:
        return DiagnosticsPanel::tr("HTTP (CONNECT)");
    case ProxyConfig::Mode::Socks5:
        return DiagnosticsPanel::tr("SOCKS5");
    }
    return ProxyConfig::modeName(mode);
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_warnings(new QLabel(this))
    , m_health(new HealthBadge(this))
    , m_text(new QPlainTextEdit(this))
    , m_bundle(new QPushButton(tr("Export Support &Bundle..."), this))
    , m_copy(new QPushButton(tr("Copy all"), this))
{
    m_warnings->setObjectName(QStringLiteral("diagnosticsWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setMargin(4);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background-color: #c62828; color: white; "
                                             "font-weight: bold; border-radius: 3px; }"));
    m_warnings->hide();
    m_bundle->setToolTip(tr("One JSON file with versions, the profile, these diagnostics and the "
                            "log, secrets masked: for a support request (Ctrl+Shift+B)"));
    m_bundle->setAutoDefault(false);

    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copy->setToolTip(tr("Copy the diagnostics as text, e.g. for a bug report"));
    m_copy->setAutoDefault(false);

    auto *summary = new QFormLayout;
    summary->setContentsMargins(2, 2, 2, 2);
    summary->setVerticalSpacing(2);
    auto *healthRow = new QHBoxLayout;
    healthRow->addWidget(m_health, 0, Qt::AlignTop);
    QLabel *rule = addSummaryValue(QStringLiteral("health"));
    healthRow->addWidget(rule, 1);
    summary->addRow(tr("Health:"), healthRow);
    const std::pair<const char *, const char *> rows[] = {
        { "latency", QT_TR_NOOP("Latency:") },
        { "interval", QT_TR_NOOP("Interval:") },
        { "tls", QT_TR_NOOP("TLS:") },
        { "proxy", QT_TR_NOOP("Proxy:") },
    };
    for (const auto &row : rows)
        summary->addRow(tr(row.second), addSummaryValue(QLatin1String(row.first)));
    m_summary.value(QStringLiteral("latency"))
        ->setToolTip(tr("Heartbeat round-trip times over the recent probes"));
    m_summary.value(QStringLiteral("interval"))
        ->setToolTip(tr("How often the heartbeat probes, and why it last changed"));
    m_summary.value(QStringLiteral("tls"))
        ->setToolTip(tr("Protocol, cipher, whether the server's chain was verified, and the "
                        "chain it sent"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_bundle);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_warnings);
    layout->addLayout(summary);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsPanel::copyToClipboard);
    connect(m_bundle, &QPushButton::clicked, this, &DiagnosticsPanel::supportBundleRequested);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Leave a selection alone so that part of the text can be copied.
        if (!m_text->textCursor().hasSelection())
            refresh();
    });
    m_timer.start();
    refresh();
}

void DiagnosticsPanel::setClient(WebSocketClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (m_client) {
        connect(m_client, &WebSocketClient::diagnosticsChanged, this, &DiagnosticsPanel::refresh);
        connect(m_client, &WebSocketClient::stateChanged, this, &DiagnosticsPanel::refresh);
    }
    refresh();
}

void DiagnosticsPanel::setLogModel(MessageLogModel *model)
{
    m_log = model;
    refresh();
}

void DiagnosticsPanel::setRates(double incomingPerSecond, double outgoingPerSecond)
{
    m_rateIn = incomingPerSecond;
    m_rateOut = outgoingPerSecond;
}

QString DiagnosticsPanel::text() const
{
    return m_text->toPlainText();
}

QLabel *DiagnosticsPanel::addSummaryValue(const QString &key)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("summary.") + key);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary.insert(key, value);
    return value;
}

QString DiagnosticsPanel::summary(const QString &key) const
{
    const QLabel *label = m_summary.value(key);
    return label ? label->text() : QString();
}

void DiagnosticsPanel::refreshSummary()
{
    if (!m_client) {
        m_warnings->hide();
        for (QLabel *label : std::as_const(m_summary))
            label->clear();
        return;
    }
    const Diagnostics diagnostics = m_client->diagnostics();
    QStringList warnings;
    for (const QString &warning : diagnostics.warnings)
        warnings.append(QStringLiteral("\u26a0 ") + warning);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    const HeartbeatStatus &heartbeat = diagnostics.heartbeat;
    const bool live = m_client->state() == ConnectionState::Connected;
    m_health->setHealth(heartbeat.health);
    m_health->setLive(live);
    // figures of a connection that is gone are labelled as the last connection's
    QString rule = heartbeat.health.rule;
    if (!live && heartbeat.health.level != ConnectionHealth::Level::Unknown)
        rule = tr("Last connection: %1").arg(heartbeat.health.toText());
    else if (!live)
        rule.clear();
    m_summary.value(QStringLiteral("health"))->setText(rule);
    m_summary.value(QStringLiteral("latency"))
        ->setText(heartbeat.stats.isEmpty() ? tr("no probe answered yet")
                                            : RttFigures::text(heartbeat, live));
    m_summary.value(QStringLiteral("interval"))->setText(intervalText(heartbeat));
    m_summary.value(QStringLiteral("tls"))->setText(tlsText(diagnostics.tls));
    m_summary.value(QStringLiteral("proxy"))
        ->setText(diagnostics.proxy.isEmpty() ? tr("none") : diagnostics.proxy);
}

void DiagnosticsPanel::refresh()
{
    refreshSummary();
    const QString text = buildText();
    if (text == m_text->toPlainText())
        return;
    // Keep the reader's place while the numbers change under it.
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(text);
    m_text->verticalScrollBar()->setValue(scroll);
}

void DiagnosticsPanel::copyToClipboard()
{
    refresh();
    QApplication::clipboard()->setText(text());
}

QString DiagnosticsPanel::buildText() const
{
    if (!m_client)
        return tr("No connection.");
    const QLocale locale;
    QStringList lines;
    const Diagnostics diagnostics = m_client->diagnostics();
    lines.append(diagnostics.toText());

    if (!diagnostics.heartbeat.intervalChanges.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Heartbeat interval changes"));
        for (const HeartbeatStatus::IntervalChange &change : diagnostics.heartbeat.intervalChanges)
            lines.append(tr("%1  %2 -> %3: %4")
                             .arg(timeOfDay(change.timeUs),
                                  LocaleFormat::milliseconds(change.fromMs, 0),
                                  LocaleFormat::milliseconds(change.toMs, 0), change.reason));
    }

    lines.append(QString());
    lines.append(
        tr("Rates: %1 in, %2 out")
            .arg(LocaleFormat::messageRate(m_rateIn), LocaleFormat::messageRate(m_rateOut)));
    if (m_log) {
        lines.append(
            tr("Log: %1 of %2 kept, %3 seen, %4 dropped")
                .arg(locale.toString(m_log->rowCount()), locale.toString(m_log->capacity()),
                     locale.toString(m_log->totalCount()), locale.toString(m_log->evictedCount())));
    }

    // The settings in use; header values may hold secrets, so only names.
    const ConnectionConfig config = m_client->config();
    QStringList headerNames;
    for (const HttpHeader &header : config.headers)
        headerNames.append(header.name);
    lines.append(QString());
    lines.append(tr("Settings"));
    lines.append(tr("Authentication: %1").arg(authText(config.auth.mode)));
    lines.append(
        tr("Headers: %1")
            .arg(headerNames.isEmpty() ? tr("none") : headerNames.join(QStringLiteral(", "))));
    lines.append(tr("Subprotocols requested: %1")
                     .arg(config.subprotocols.isEmpty()
                              ? tr("none")
                              : config.subprotocols.join(QStringLiteral(", "))));
    lines.append(tr("Connect timeout: %1, close timeout: %2")
                     .arg(LocaleFormat::milliseconds(config.connectTimeoutMs, 0),
                          LocaleFormat::milliseconds(config.closeTimeoutMs, 0)));
    lines.append(tr("Heartbeat: %1, every %2, timeout %3, %4 missed allowed")
                     .arg(onOff(config.heartbeat.enabled),
                          LocaleFormat::milliseconds(config.heartbeat.intervalMs, 0),
                          LocaleFormat::milliseconds(config.heartbeat.timeoutMs, 0),
                          LocaleFormat::number(config.heartbeat.maxMissed)));
    lines.append(tr("Reconnect: %1, %2 to %3, max attempts %4")
                     .arg(onOff(config.reconnect.enabled),
                          LocaleFormat::milliseconds(config.reconnect.initialDelayMs, 0),
                          LocaleFormat::milliseconds(config.reconnect.maxDelayMs, 0),
                          config.reconnect.maxAttempts == 0
                              ? tr("unlimited")
                              : LocaleFormat::number(config.reconnect.maxAttempts)));
    lines.append(tr("Proxy: %1").arg(proxyText(config.proxy.mode)));
    if (config.tls.allowInsecure)
        lines.append(tr("TLS: certificate errors allowed: %1")
                         .arg(config.tls.allowedErrors.join(QStringLiteral(", "))));
    lines.append(tr("Max message size: %1 in, %2 out")
                     .arg(LocaleFormat::dataSize(config.maxIncomingMessageSize),
                          LocaleFormat::dataSize(config.maxOutgoingMessageSize)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace maxmon
