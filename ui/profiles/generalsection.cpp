#include "profiles/generalsection.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace maxmon {

GeneralSection::GeneralSection(QWidget *parent)
    : ProfileSection(tr("General"), parent)
    , m_name(lineEdit(QStringLiteral("name"), tr("Staging EU")))
    , m_url(lineEdit(QStringLiteral("url"), tr("wss://max.example/socket/websocket?vsn=2.0.0")))
    , m_protocol(new QComboBox(this))
    , m_headers(new QPlainTextEdit(this))
    , m_subprotocols(lineEdit(QStringLiteral("subprotocols"), tr("phoenix, v1.json")))
    , m_connectTimeout(millisecondsBox(QStringLiteral("connect_timeout_ms"), 1))
    , m_closeTimeout(millisecondsBox(QStringLiteral("close_timeout_ms"), 1))
{
    m_protocol->addItem(tr("WebSocket (messages as they are)"),
                        int(ConnectionConfig::Protocol::WebSocket));
    m_protocol->addItem(tr("Phoenix Channels"), int(ConnectionConfig::Protocol::Phoenix));
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &GeneralSection::edited);
    m_headers->setPlaceholderText(tr("X-Client: maxmon\nX-Tenant: acme"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 5);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &GeneralSection::edited);
    addRow(tr("&Name:"), m_name, QStringLiteral("name"),
           tr("The profile's name, as the profile pickers show it"));
    addRow(tr("&URL:"), m_url, QStringLiteral("url"), tr("A ws:// or wss:// URL"));
    addRow(tr("P&rotocol:"), m_protocol, QStringLiteral("protocol"),
           tr("What is spoken over the WebSocket: Phoenix Channels adds joins, pushes, "
              "replies, presence and the Phoenix heartbeat (see the Phoenix section)"));
    addRow(tr("&Headers:"), m_headers, QStringLiteral("headers"),
           tr("Extra HTTP headers for the handshake, one \"Name: value\" per line. Put "
              "credentials in Authentication instead: they are never stored."));
    addRow(tr("&Subprotocols:"), m_subprotocols, QStringLiteral("subprotocols"),
           tr("Sec-WebSocket-Protocol values to offer, separated by commas"));
    addRow(tr("&Connect timeout:"), m_connectTimeout, QStringLiteral("connect_timeout_ms"),
           tr("Time allowed for TCP, TLS and the WebSocket handshake"));
    addRow(tr("C&lose timeout:"), m_closeTimeout, QStringLiteral("close_timeout_ms"),
           tr("How long to wait for the server's close frame before dropping the connection"));
}

void GeneralSection::load(const ConnectionConfig &config)
{
    m_name->setText(config.name);
    m_url->setText(webSocketUrlText(config.url));
    selectData(m_protocol, config.protocol);
    QStringList headerLines;
    for (const HttpHeader &header : config.headers)
        headerLines.append(header.name + QLatin1String(": ") + header.value);
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_subprotocols->setText(config.subprotocols.join(QLatin1String(", ")));
    m_connectTimeout->setValue(config.connectTimeoutMs);
    m_closeTimeout->setValue(config.closeTimeoutMs);
}

void GeneralSection::apply(ConnectionConfig *config, QList<ConfigIssue> *issues) const
{
    config->name = m_name->text().trimmed();
    if (issues && config->name.isEmpty())
        issues->append(
            { ConfigIssue::Severity::Error, QStringLiteral("name"), tr("a profile needs a name") });
    config->url = parseWebSocketUrl(m_url->text().trimmed());
    config->protocol = currentData<ConnectionConfig::Protocol>(m_protocol);
    config->headers = parseHeaders(issues, nullptr);
    config->subprotocols = splitList(m_subprotocols->text());
    config->connectTimeoutMs = m_connectTimeout->value();
    config->closeTimeoutMs = m_closeTimeout->value();
}

void GeneralSection::describe(ConfigIssue *issue) const
{
    // validate() counts the parsed headers; the reader counts lines
    static const QRegularExpression header(QStringLiteral("^headers\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = header.match(issue->path);
    if (!match.hasMatch())
        return;
    QList<int> headerLines;
    parseHeaders(nullptr, &headerLines);
    const int line = headerLines.value(match.captured(1).toInt(), 0);
    issue->path = QStringLiteral("headers");
    issue->message = tr("line %1: %2").arg(line).arg(issue->message);
}

QList<HttpHeader> GeneralSection::parseHeaders(QList<ConfigIssue> *issues,
                                               QList<int> *lineNumbers) const
{
    QList<HttpHeader> headers;
    const QStringList all = m_headers->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < all.size(); ++i) {
        const QString line = all.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            if (issues)
                issues->append({ ConfigIssue::Severity::Error, QStringLiteral("headers"),
                                 tr("line %1: write each header as \"Name: value\"").arg(i + 1) });
            continue;
        }
        headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        if (lineNumbers)
            lineNumbers->append(i + 1);
    }
    return headers;
}

} // namespace maxmon
