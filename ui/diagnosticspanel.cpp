#include "diagnosticspanel.h"

#include "session/messagelogmodel.h"
#include "websocket/websocketclient.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
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

} // namespace

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy all"), this))
{
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copy->setToolTip(tr("Copy the diagnostics as text, e.g. for a bug report"));
    m_copy->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsPanel::copyToClipboard);
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
    if (m_client)
        connect(m_client, &WebSocketClient::diagnosticsChanged, this, &DiagnosticsPanel::refresh);
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

void DiagnosticsPanel::refresh()
{
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
    lines.append(m_client->diagnostics().toText());

    lines.append(QString());
    lines.append(tr("Rates: %1 msg/s in, %2 msg/s out")
                     .arg(locale.toString(m_rateIn, 'f', 1), locale.toString(m_rateOut, 'f', 1)));
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
    lines.append(tr("Auth: %1").arg(AuthConfig::modeName(config.auth.mode)));
    lines.append(
        tr("Headers: %1")
            .arg(headerNames.isEmpty() ? tr("none") : headerNames.join(QStringLiteral(", "))));
    lines.append(tr("Subprotocols requested: %1")
                     .arg(config.subprotocols.isEmpty()
                              ? tr("none")
                              : config.subprotocols.join(QStringLiteral(", "))));
    lines.append(tr("Connect timeout: %1 ms, close timeout: %2 ms")
                     .arg(config.connectTimeoutMs)
                     .arg(config.closeTimeoutMs));
    lines.append(tr("Heartbeat: %1, every %2 ms, timeout %3 ms, %4 missed allowed")
                     .arg(onOff(config.heartbeat.enabled))
                     .arg(config.heartbeat.intervalMs)
                     .arg(config.heartbeat.timeoutMs)
                     .arg(config.heartbeat.maxMissed));
    lines.append(tr("Reconnect: %1, %2 to %3 ms, max attempts %4")
                     .arg(onOff(config.reconnect.enabled))
                     .arg(config.reconnect.initialDelayMs)
                     .arg(config.reconnect.maxDelayMs)
                     .arg(config.reconnect.maxAttempts == 0
                              ? tr("unlimited")
                              : QString::number(config.reconnect.maxAttempts)));
    lines.append(tr("Proxy: %1").arg(ProxyConfig::modeName(config.proxy.mode)));
    if (config.tls.allowInsecure)
        lines.append(tr("TLS: certificate errors allowed: %1")
                         .arg(config.tls.allowedErrors.join(QStringLiteral(", "))));
    lines.append(tr("Max message size: %1 in, %2 out")
                     .arg(locale.formattedDataSize(config.maxIncomingMessageSize),
                          locale.formattedDataSize(config.maxOutgoingMessageSize)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace maxmon
