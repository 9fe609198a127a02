#include "profiles/profileeditor.h"

#include "filechooser.h"
#include "secretrefedit.h"
#include "templatelist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace maxmon {

namespace {

constexpr int dayMs = 24 * 3600 * 1000;
constexpr int oneGiB = 1024 * 1024 * 1024;

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList lines(const QString &text)
{
    QStringList result;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

template<typename Enum>
void selectData(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

template<typename Enum>
Enum currentData(const QComboBox *combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_sections(new QTabWidget(this))
    , m_generalError(new QLabel(this))
    , m_inline(m_sections, m_generalError)
{
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->setObjectName(QStringLiteral("#error"));
    m_generalError->hide();
    // every section in sight: no tab behind scroll arrows, none elided; the
    // editor is as wide as its tabs need (the dialog grows to fit)
    m_sections->setUsesScrollButtons(false);
    m_sections->tabBar()->setElideMode(Qt::ElideNone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generalError);
    layout->addWidget(m_sections, 1);

    buildGeneral();
    buildAuth();
    buildHeartbeat();
    buildReconnect();
    buildPhoenix();
    buildTls();
    buildProxy();
    buildLimits();
    buildTemplates();
    setConfig(ConnectionConfig());
}

QFormLayout *ProfileEditor::addSection(const QString &title)
{
    auto *page = new QWidget(m_sections);
    auto *column = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(form);
    column->addStretch(1); // rows keep their height; the space goes below them
    m_sections->addTab(page, title);
    return form;
}

void ProfileEditor::addRow(QFormLayout *form, const QString &label, QWidget *field,
                           const QString &path, const QString &tip)
{
    QWidget *input = m_fields.value(path, field);
    input->setObjectName(path);
    input->setToolTip(tip);
    m_fields.insert(path, input);
    auto *error = new QLabel(form->parentWidget());
    error->setObjectName(path + QLatin1String("#error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    m_inline.addField(path, error, m_sections->count() - 1);

    auto *cell = new QWidget(form->parentWidget());
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addWidget(field);
    column->addWidget(error);
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(input);
    form->addRow(labelWidget, cell);
}

QSpinBox *ProfileEditor::spinBox(const QString &path, int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setObjectName(path);
    connect(spin, &QSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    return spin;
}

QLineEdit *ProfileEditor::lineEdit(const QString &path, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(path);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::onEdited);
    return edit;
}

QWidget *ProfileEditor::fileField(QLineEdit *edit, const QString &caption, const QString &filter)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(box);
    browse->setText(tr("..."));
    browse->setToolTip(caption);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    m_fields.insert(edit->objectName(), edit);
    connect(browse, &QToolButton::clicked, this, [this, edit, caption, filter] {
        const QString path = FileChooser::openFileName(this, caption, filter, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return box;
}

void ProfileEditor::buildGeneral()
{
    QFormLayout *form = addSection(tr("General"));
    m_name = lineEdit(QStringLiteral("name"), tr("Staging EU"));
    m_url = lineEdit(QStringLiteral("url"), tr("wss://max.example/socket/websocket?vsn=2.0.0"));
    m_protocol = new QComboBox(this);
    m_protocol->addItem(tr("WebSocket (messages as they are)"),
                        int(ConnectionConfig::Protocol::WebSocket));
    m_protocol->addItem(tr("Phoenix Channels"), int(ConnectionConfig::Protocol::Phoenix));
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    m_headers = new QPlainTextEdit(this);
    m_headers->setPlaceholderText(tr("X-Client: maxmon\nX-Tenant: acme"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 5);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &ProfileEditor::onEdited);
    m_subprotocols = lineEdit(QStringLiteral("subprotocols"), tr("phoenix, v1.json"));
    m_connectTimeout = spinBox(QStringLiteral("connect_timeout_ms"), 1, dayMs, tr(" ms"));
    m_closeTimeout = spinBox(QStringLiteral("close_timeout_ms"), 1, dayMs, tr(" ms"));
    addRow(form, tr("&Name:"), m_name, QStringLiteral("name"),
           tr("The profile's name, as the profile pickers show it"));
    addRow(form, tr("&URL:"), m_url, QStringLiteral("url"), tr("A ws:// or wss:// URL"));
    addRow(form, tr("P&rotocol:"), m_protocol, QStringLiteral("protocol"),
           tr("What is spoken over the WebSocket: Phoenix Channels adds joins, pushes, "
              "replies, presence and the Phoenix heartbeat (see the Phoenix section)"));
    addRow(form, tr("&Headers:"), m_headers, QStringLiteral("headers"),
           tr("Extra HTTP headers for the handshake, one \"Name: value\" per line. Put "
              "credentials in Authentication instead: they are never stored."));
    addRow(form, tr("&Subprotocols:"), m_subprotocols, QStringLiteral("subprotocols"),
           tr("Sec-WebSocket-Protocol values to offer, separated by commas"));
    addRow(form, tr("&Connect timeout:"), m_connectTimeout, QStringLiteral("connect_timeout_ms"),
           tr("Time allowed for TCP, TLS and the WebSocket handshake"));
    addRow(form, tr("C&lose timeout:"), m_closeTimeout, QStringLiteral("close_timeout_ms"),
           tr("How long to wait for the server's close frame before dropping the connection"));
}

void ProfileEditor::buildAuth()
{
    using Mode = AuthConfig::Mode;
    QFormLayout *form = addSection(tr("Authentication"));
    m_authMode = new QComboBox(this);
    m_authMode->addItem(tr("None"), int(Mode::None));
    m_authMode->addItem(tr("Bearer header (Authorization: Bearer ...)"), int(Mode::BearerHeader));
    m_authMode->addItem(tr("Query parameter (?token=...)"), int(Mode::QueryParameter));
    m_authMode->addItem(tr("Phoenix subprotocol (authToken)"), int(Mode::PhoenixSubprotocol));
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    m_queryParameter = lineEdit(QStringLiteral("auth.query_parameter"), tr("token"));
    m_token = new SecretRefEdit(this);
    connect(m_token, &SecretRefEdit::changed, this, &ProfileEditor::onEdited);
    m_fields.insert(QStringLiteral("auth.token"), m_token->referenceEdit());
    addRow(form, tr("&Mode:"), m_authMode, QStringLiteral("auth.mode"),
           tr("How the token reaches the server"));
    addRow(form, tr("&Query parameter:"), m_queryParameter, QStringLiteral("auth.query_parameter"),
           tr("The name of the URL query parameter that carries the token"));
    addRow(form, tr("&Token from:"), m_token, QStringLiteral("auth.token"),
           tr("Where the token is read when connecting: it is never stored in the profile"));
    auto *note = new QLabel(tr("The token itself is never stored in a profile, and it is masked "
                               "in every log, export and support bundle."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
}

void ProfileEditor::buildPhoenix()
{
    QFormLayout *form = addSection(tr("Phoenix"));
    m_vsn = new QComboBox(this);
    m_vsn->addItem(tr("The URL's vsn, else 2.0.0"), QString());
    m_vsn->addItem(QStringLiteral("2.0.0"), QStringLiteral("2.0.0"));
    m_vsn->addItem(QStringLiteral("1.0.0"), QStringLiteral("1.0.0"));
    connect(m_vsn, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    m_phoenixParams = lineEdit(QStringLiteral("phoenix.params"), tr("{\"user_id\": 7}"));
    m_phoenixHeartbeat =
        spinBox(QStringLiteral("phoenix.heartbeat_interval_ms"), 0, dayMs, tr(" ms"));
    m_phoenixHeartbeat->setSpecialValueText(tr("no heartbeat"));
    m_phoenixTimeout = spinBox(QStringLiteral("phoenix.timeout_ms"), 1, dayMs, tr(" ms"));
    addRow(form, tr("Protocol &version:"), m_vsn, QStringLiteral("phoenix.vsn"),
           tr("The vsn parameter: 2.0.0 (arrays, binary frames) or 1.0.0 (objects)"));
    addRow(form, tr("Socket &params:"), m_phoenixParams, QStringLiteral("phoenix.params"),
           tr("A JSON object of strings, numbers and booleans, sent as query parameters of "
              "the socket URL (the JavaScript client's params). Stored in plain text: put "
              "tokens in Authentication."));
    addRow(form, tr("&Heartbeat every:"), m_phoenixHeartbeat,
           QStringLiteral("phoenix.heartbeat_interval_ms"),
           tr("The \"phoenix\" \"heartbeat\" push; unanswered by the next one, the link is "
              "dead and the socket reconnects"));
    addRow(form, tr("&Timeout:"), m_phoenixTimeout, QStringLiteral("phoenix.timeout_ms"),
           tr("How long joins, pushes and leaves wait for their reply"));
    m_phoenixNote = new QLabel(
        tr("A Phoenix connection uses this heartbeat instead of the Heartbeat section, and "
           "reconnects after 10, 50, 100, 150, 200, 250, 500, 1000, 2000 ms, then every 5 s, "
           "as the JavaScript client does (Reconnect's on/off and attempts still apply)."),
        this);
    m_phoenixNote->setWordWrap(true);
    form->addRow(m_phoenixNote);
}

void ProfileEditor::buildHeartbeat()
{
    QFormLayout *form = addSection(tr("Heartbeat"));
    m_heartbeatEnabled = new QCheckBox(tr("Send heartbeat probes"), this);
    connect(m_heartbeatEnabled, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
    m_strategy = new QComboBox(this);
    m_strategy->addItem(tr("WebSocket ping"), int(HeartbeatConfig::Strategy::Ping));
    m_strategy->addItem(tr("Application (Phoenix heartbeat)"),
                        int(HeartbeatConfig::Strategy::Application));
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    m_interval = spinBox(QStringLiteral("heartbeat.interval_ms"), 1, dayMs, tr(" ms"));
    m_timeout = spinBox(QStringLiteral("heartbeat.timeout_ms"), 1, dayMs, tr(" ms"));
    m_maxMissed = spinBox(QStringLiteral("heartbeat.max_missed"), 1, 1000);
    m_adaptive = new QCheckBox(tr("Adapt the interval to the link"), this);
    connect(m_adaptive, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
    m_minInterval = spinBox(QStringLiteral("heartbeat.min_interval_ms"), 1, dayMs, tr(" ms"));
    m_maxInterval = spinBox(QStringLiteral("heartbeat.max_interval_ms"), 1, dayMs, tr(" ms"));
    addRow(form, QString(), m_heartbeatEnabled, QStringLiteral("heartbeat.enabled"),
           tr("Measure the round-trip time and detect a dead link"));
    addRow(form, tr("&Probe:"), m_strategy, QStringLiteral("heartbeat.strategy"),
           tr("WebSocket ping frames, or the protocol's own heartbeat message"));
    addRow(form, tr("&Interval:"), m_interval, QStringLiteral("heartbeat.interval_ms"),
           tr("Time between two probes"));
    addRow(form, tr("&Timeout:"), m_timeout, QStringLiteral("heartbeat.timeout_ms"),
           tr("A probe without answer after this long is lost"));
    addRow(form, tr("&Dead after:"), m_maxMissed, QStringLiteral("heartbeat.max_missed"),
           tr("Lost probes in a row that declare the link dead"));
    addRow(form, QString(), m_adaptive, QStringLiteral("heartbeat.adaptive"),
           tr("Probe more often when the link degrades, less often when it is steady"));
    addRow(form, tr("Mi&nimum interval:"), m_minInterval,
           QStringLiteral("heartbeat.min_interval_ms"),
           tr("The adaptive interval never goes below this"));
    addRow(form, tr("Ma&ximum interval:"), m_maxInterval,
           QStringLiteral("heartbeat.max_interval_ms"),
           tr("The adaptive interval never goes above this"));
}

void ProfileEditor::buildReconnect()
{
    QFormLayout *form = addSection(tr("Reconnect"));
    m_reconnectEnabled = new QCheckBox(tr("Reconnect after a lost connection"), this);
    connect(m_reconnectEnabled, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
    m_initialDelay = spinBox(QStringLiteral("reconnect.initial_delay_ms"), 1, dayMs, tr(" ms"));
    m_maxDelay = spinBox(QStringLiteral("reconnect.max_delay_ms"), 1, dayMs, tr(" ms"));
    m_multiplier = new QDoubleSpinBox(this);
    m_multiplier->setRange(1.0, 100.0);
    m_multiplier->setSingleStep(0.5);
    connect(m_multiplier, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    m_jitter = new QDoubleSpinBox(this);
    m_jitter->setRange(0.0, 1.0);
    m_jitter->setSingleStep(0.05);
    connect(m_jitter, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    m_maxAttempts = spinBox(QStringLiteral("reconnect.max_attempts"), 0, 1000000);
    m_maxAttempts->setSpecialValueText(tr("unlimited"));
    m_resetAfter = spinBox(QStringLiteral("reconnect.reset_after_ms"), 0, dayMs, tr(" ms"));
    addRow(form, QString(), m_reconnectEnabled, QStringLiteral("reconnect.enabled"),
           tr("Try again with a growing delay when the connection is lost or cannot be opened"));
    addRow(form, tr("&First delay:"), m_initialDelay, QStringLiteral("reconnect.initial_delay_ms"),
           tr("The wait before the first retry"));
    addRow(form, tr("&Longest delay:"), m_maxDelay, QStringLiteral("reconnect.max_delay_ms"),
           tr("The delay grows up to this"));
    addRow(form, tr("&Multiplier:"), m_multiplier, QStringLiteral("reconnect.multiplier"),
           tr("Each delay is the previous one times this"));
    addRow(form, tr("&Jitter:"), m_jitter, QStringLiteral("reconnect.jitter"),
           tr("Each delay varies randomly by up to this fraction"));
    addRow(form, tr("Max &attempts:"), m_maxAttempts, QStringLiteral("reconnect.max_attempts"),
           tr("Give up after this many attempts in a row (0: never)"));
    addRow(form, tr("&Reset after:"), m_resetAfter, QStringLiteral("reconnect.reset_after_ms"),
           tr("Attempts count from 1 again after being connected this long"));
}

void ProfileEditor::buildTls()
{
    QFormLayout *form = addSection(tr("TLS"));
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_caFile = lineEdit(QStringLiteral("tls.ca_file"), tr("/etc/max/ca.pem"));
    m_certificateFile = lineEdit(QStringLiteral("tls.client_certificate_file"));
    m_keyFile = lineEdit(QStringLiteral("tls.client_key_file"));
    m_keyPassphrase = new SecretRefEdit(this);
    connect(m_keyPassphrase, &SecretRefEdit::changed, this, &ProfileEditor::onEdited);
    m_fields.insert(QStringLiteral("tls.key_passphrase"), m_keyPassphrase->referenceEdit());
    m_pins = new QPlainTextEdit(this);
    m_pins->setPlaceholderText(tr("base64 SHA-256 of a SubjectPublicKeyInfo, one per line"));
    m_pins->setTabChangesFocus(true);
    m_pins->setMaximumHeight(m_pins->fontMetrics().lineSpacing() * 4);
    connect(m_pins, &QPlainTextEdit::textChanged, this, &ProfileEditor::onEdited);
    m_allowInsecure = new QCheckBox(tr("Accept the certificate errors listed below"), this);
    connect(m_allowInsecure, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
    m_insecureWarning = new QLabel(
        tr("\u26a0 Insecure: a server with these certificate errors is accepted, so anyone on "
           "the network path could read and change this connection, token included. Use it "
           "only against test servers."),
        this);
    m_insecureWarning->setObjectName(QStringLiteral("tls.insecure_warning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setStyleSheet(QStringLiteral(
        "QLabel { background-color: #c62828; color: white; padding: 4px; border-radius: 3px; }"));
    m_allowedErrors = lineEdit(QStringLiteral("tls.allowed_errors"),
                               tr("SelfSignedCertificate, HostNameMismatch"));
    addRow(form, tr("&CA file:"), fileField(m_caFile, tr("CA bundle"), pem),
           QStringLiteral("tls.ca_file"),
           tr("Extra trusted CA certificates (PEM), added to the system's"));
    addRow(form, tr("Client ce&rtificate:"),
           fileField(m_certificateFile, tr("Client certificate"), pem),
           QStringLiteral("tls.client_certificate_file"),
           tr("Sent when the server asks for one (PEM)"));
    addRow(form, tr("Client &key:"), fileField(m_keyFile, tr("Client key"), pem),
           QStringLiteral("tls.client_key_file"), tr("The client certificate's private key (PEM)"));
    addRow(form, tr("Key &passphrase from:"), m_keyPassphrase, QStringLiteral("tls.key_passphrase"),
           tr("Where the passphrase of an encrypted key is read; never stored"));
    addRow(form, tr("&Pins:"), m_pins, QStringLiteral("tls.spki_pins"),
           tr("Refuse a server unless one of its certificates has one of these keys"));
    addRow(form, QString(), m_allowInsecure, QStringLiteral("tls.allow_insecure"),
           tr("Never the default: only the certificate errors named below are accepted"));
    form->addRow(m_insecureWarning);
    addRow(form, tr("Accepted &errors:"), m_allowedErrors, QStringLiteral("tls.allowed_errors"),
           tr("QSslError names, separated by commas"));
}

void ProfileEditor::buildProxy()
{
    using Mode = ProxyConfig::Mode;
    QFormLayout *form = addSection(tr("Proxy"));
    m_proxyMode = new QComboBox(this);
    m_proxyMode->addItem(tr("System settings"), int(Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(Mode::None));
    m_proxyMode->addItem(tr("HTTP (CONNECT)"), int(Mode::Http));
    m_proxyMode->addItem(tr("SOCKS5"), int(Mode::Socks5));
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    m_proxyHost = lineEdit(QStringLiteral("proxy.host"), tr("proxy.example"));
    m_proxyPort = spinBox(QStringLiteral("proxy.port"), 0, 65535);
    m_proxyUser = lineEdit(QStringLiteral("proxy.user"));
    m_proxyPassword = new SecretRefEdit(this);
    connect(m_proxyPassword, &SecretRefEdit::changed, this, &ProfileEditor::onEdited);
    m_fields.insert(QStringLiteral("proxy.password"), m_proxyPassword->referenceEdit());
    addRow(form, tr("&Proxy:"), m_proxyMode, QStringLiteral("proxy.mode"),
           tr("The system's proxy (environment, desktop settings), none, or one of your own"));
    addRow(form, tr("&Host:"), m_proxyHost, QStringLiteral("proxy.host"), tr("The proxy's host"));
    addRow(form, tr("P&ort:"), m_proxyPort, QStringLiteral("proxy.port"), tr("The proxy's port"));
    addRow(form, tr("&User:"), m_proxyUser, QStringLiteral("proxy.user"),
           tr("For a proxy that asks for credentials"));
    addRow(form, tr("Pass&word from:"), m_proxyPassword, QStringLiteral("proxy.password"),
           tr("Where the proxy password is read; never stored"));
}

void ProfileEditor::buildLimits()
{
    QFormLayout *form = addSection(tr("Limits"));
    m_queueSize = spinBox(QStringLiteral("message_queue_size"), 1, 10000000, tr(" messages"));
    m_highWater = spinBox(QStringLiteral("outbound_high_water_bytes"), 1, oneGiB, tr(" bytes"));
    m_maxIncoming = spinBox(QStringLiteral("max_incoming_message_size"), 1, oneGiB, tr(" bytes"));
    m_maxOutgoing = spinBox(QStringLiteral("max_outgoing_message_size"), 1, oneGiB, tr(" bytes"));
    addRow(form, tr("Out&bound queue:"), m_queueSize, QStringLiteral("message_queue_size"),
           tr("Messages that may wait to be sent"));
    addRow(form, tr("&High-water mark:"), m_highWater, QStringLiteral("outbound_high_water_bytes"),
           tr("Hold messages back while more than this waits in the socket"));
    addRow(form, tr("Largest &incoming:"), m_maxIncoming,
           QStringLiteral("max_incoming_message_size"),
           tr("A larger incoming message closes the connection with 1009"));
    addRow(form, tr("Largest &outgoing:"), m_maxOutgoing,
           QStringLiteral("max_outgoing_message_size"),
           tr("A larger message is refused before it is sent"));
    m_record = new QCheckBox(tr("Record connections in session files"), this);
    connect(m_record, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
    addRow(form, QString(), m_record, QStringLiteral("record"),
           tr("Keep every message of this profile's connections on disk, for the time set in "
              "Preferences (when recording is on there)"));
}

void ProfileEditor::buildTemplates()
{
    QFormLayout *form = addSection(tr("Templates"));
    m_templates = new TemplateList(this);
    connect(m_templates, &TemplateList::changed, this, &ProfileEditor::onEdited);
    m_fields.insert(QStringLiteral("templates"), m_templates->list());
    addRow(form, tr("&Saved:"), m_templates, QStringLiteral("templates"),
           tr("Messages saved from the send panel with this profile"));
}

void ProfileEditor::startNew(const ConnectionConfig &config)
{
    setConfig(config);
    m_quiet = true;
    refresh();
}

void ProfileEditor::revealIssues()
{
    m_quiet = false;
    refresh();
}

void ProfileEditor::setConfig(const ConnectionConfig &config)
{
    m_quiet = false;
    m_loading = true;
    m_base = config;
    m_external.clear();
    m_name->setText(config.name);
    m_url->setText(webSocketUrlText(config.url));
    selectData(m_protocol, config.protocol);
    if (m_vsn->findData(config.phoenix.vsn) < 0) // as written, for validate() to name it
        m_vsn->addItem(config.phoenix.vsn, config.phoenix.vsn);
    m_vsn->setCurrentIndex(m_vsn->findData(config.phoenix.vsn));
    m_phoenixParams->setText(
        config.phoenix.params.isEmpty()
            ? QString()
            : QString::fromUtf8(
                QJsonDocument(config.phoenix.params).toJson(QJsonDocument::Compact)));
    m_phoenixHeartbeat->setValue(config.phoenix.heartbeatIntervalMs);
    m_phoenixTimeout->setValue(config.phoenix.timeoutMs);
    QStringList headerLines;
    for (const HttpHeader &header : config.headers)
        headerLines.append(header.name + QLatin1String(": ") + header.value);
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_subprotocols->setText(config.subprotocols.join(QLatin1String(", ")));
    m_connectTimeout->setValue(config.connectTimeoutMs);
    m_closeTimeout->setValue(config.closeTimeoutMs);
    selectData(m_authMode, config.auth.mode);
    m_queryParameter->setText(config.auth.queryParameter);
    m_token->setRef(config.auth.tokenSource);
    m_heartbeatEnabled->setChecked(config.heartbeat.enabled);
    selectData(m_strategy, config.heartbeat.strategy);
    m_interval->setValue(config.heartbeat.intervalMs);
    m_timeout->setValue(config.heartbeat.timeoutMs);
    m_maxMissed->setValue(config.heartbeat.maxMissed);
    m_adaptive->setChecked(config.heartbeat.adaptive);
    m_minInterval->setValue(config.heartbeat.minIntervalMs);
    m_maxInterval->setValue(config.heartbeat.maxIntervalMs);
    m_reconnectEnabled->setChecked(config.reconnect.enabled);
    m_initialDelay->setValue(config.reconnect.initialDelayMs);
    m_maxDelay->setValue(config.reconnect.maxDelayMs);
    m_multiplier->setValue(config.reconnect.multiplier);
    m_jitter->setValue(config.reconnect.jitter);
    m_maxAttempts->setValue(config.reconnect.maxAttempts);
    m_resetAfter->setValue(config.reconnect.resetAfterMs);
    m_caFile->setText(config.tls.caFile);
    m_certificateFile->setText(config.tls.clientCertificateFile);
    m_keyFile->setText(config.tls.clientKeyFile);
    m_keyPassphrase->setRef(config.tls.keyPassphrase);
    m_pins->setPlainText(config.tls.spkiPins.join(QLatin1Char('\n')));
    m_allowInsecure->setChecked(config.tls.allowInsecure);
    m_allowedErrors->setText(config.tls.allowedErrors.join(QLatin1String(", ")));
    selectData(m_proxyMode, config.proxy.mode);
    m_proxyHost->setText(config.proxy.host);
    m_proxyPort->setValue(config.proxy.port);
    m_proxyUser->setText(config.proxy.user);
    m_proxyPassword->setRef(config.proxy.password);
    m_queueSize->setValue(config.messageQueueSize);
    m_highWater->setValue(int(std::min<qint64>(config.outboundHighWaterBytes, oneGiB)));
    m_maxIncoming->setValue(int(std::min<qint64>(config.maxIncomingMessageSize, oneGiB)));
    m_maxOutgoing->setValue(int(std::min<qint64>(config.maxOutgoingMessageSize, oneGiB)));
    m_record->setChecked(config.record);
    m_templates->setTemplates(config.templates);
    m_loading = false;
    m_modified = false;
    refresh();
}

QList<HttpHeader> ProfileEditor::parseHeaders(QList<ConfigIssue> *issues,
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

QJsonObject ProfileEditor::parsePhoenixParams(QList<ConfigIssue> *issues) const
{
    const QString text = m_phoenixParams->text().trimmed();
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

ConnectionConfig ProfileEditor::config() const
{
    ConnectionConfig config = m_base;
    config.name = m_name->text().trimmed();
    config.url = parseWebSocketUrl(m_url->text().trimmed());
    config.protocol = currentData<ConnectionConfig::Protocol>(m_protocol);
    config.phoenix.vsn = m_vsn->currentData().toString();
    config.phoenix.params = parsePhoenixParams(nullptr);
    config.phoenix.heartbeatIntervalMs = m_phoenixHeartbeat->value();
    config.phoenix.timeoutMs = m_phoenixTimeout->value();
    config.headers = parseHeaders(nullptr, nullptr);
    config.subprotocols = splitList(m_subprotocols->text());
    config.connectTimeoutMs = m_connectTimeout->value();
    config.closeTimeoutMs = m_closeTimeout->value();
    config.auth.mode = currentData<AuthConfig::Mode>(m_authMode);
    config.auth.queryParameter = m_queryParameter->text().trimmed();
    config.auth.tokenSource = m_token->ref();
    config.heartbeat.enabled = m_heartbeatEnabled->isChecked();
    config.heartbeat.strategy = currentData<HeartbeatConfig::Strategy>(m_strategy);
    config.heartbeat.intervalMs = m_interval->value();
    config.heartbeat.timeoutMs = m_timeout->value();
    config.heartbeat.maxMissed = m_maxMissed->value();
    config.heartbeat.adaptive = m_adaptive->isChecked();
    config.heartbeat.minIntervalMs = m_minInterval->value();
    config.heartbeat.maxIntervalMs = m_maxInterval->value();
    config.reconnect.enabled = m_reconnectEnabled->isChecked();
    config.reconnect.initialDelayMs = m_initialDelay->value();
    config.reconnect.maxDelayMs = m_maxDelay->value();
    config.reconnect.multiplier = m_multiplier->value();
    config.reconnect.jitter = m_jitter->value();
    config.reconnect.maxAttempts = m_maxAttempts->value();
    config.reconnect.resetAfterMs = m_resetAfter->value();
    config.tls.caFile = m_caFile->text().trimmed();
    config.tls.clientCertificateFile = m_certificateFile->text().trimmed();
    config.tls.clientKeyFile = m_keyFile->text().trimmed();
    config.tls.keyPassphrase = m_keyPassphrase->ref();
    config.tls.spkiPins = lines(m_pins->toPlainText());
    config.tls.allowInsecure = m_allowInsecure->isChecked();
    config.tls.allowedErrors = splitList(m_allowedErrors->text());
    config.proxy.mode = currentData<ProxyConfig::Mode>(m_proxyMode);
    config.proxy.host = m_proxyHost->text().trimmed();
    config.proxy.port = m_proxyPort->value();
    config.proxy.user = m_proxyUser->text().trimmed();
    config.proxy.password = m_proxyPassword->ref();
    config.messageQueueSize = m_queueSize->value();
    config.outboundHighWaterBytes = m_highWater->value();
    config.maxIncomingMessageSize = m_maxIncoming->value();
    config.maxOutgoingMessageSize = m_maxOutgoing->value();
    config.record = m_record->isChecked();
    config.templates = m_templates->templates();
    return config;
}

QList<ConfigIssue> ProfileEditor::issues() const
{
    QList<ConfigIssue> issues;
    auto error = [&issues](const QString &path, const QString &message) {
        issues.append({ ConfigIssue::Severity::Error, path, message });
    };
    if (m_name->text().trimmed().isEmpty())
        error(QStringLiteral("name"), tr("a profile needs a name"));
    QList<int> headerLines;
    parseHeaders(&issues, &headerLines);
    parsePhoenixParams(&issues);
    const ConnectionConfig current = config();
    for (ConfigIssue issue : current.validate()) {
        // validate() counts the parsed headers; the reader counts lines
        static const QRegularExpression header(QStringLiteral("^headers\\[(\\d+)\\]"));
        const QRegularExpressionMatch match = header.match(issue.path);
        if (match.hasMatch()) {
            const int line = headerLines.value(match.captured(1).toInt(), 0);
            issue.path = QStringLiteral("headers");
            issue.message = tr("line %1: %2").arg(line).arg(issue.message);
        }
        issues.append(issue);
    }
    // a reference without a name could not even be saved and read back
    const std::pair<const SecretRef &, const char *> secrets[] = {
        { current.auth.tokenSource, "auth.token" },
        { current.tls.keyPassphrase, "tls.key_passphrase" },
        { current.proxy.password, "proxy.password" },
    };
    for (const auto &secret : secrets) {
        if (secret.first.isSet() && secret.first.reference.isEmpty())
            error(QLatin1String(secret.second), tr("name the variable, file, command or entry"));
    }
    if (current.auth.mode != AuthConfig::Mode::None && !current.auth.tokenSource.isSet())
        issues.append({ ConfigIssue::Severity::Warning, QStringLiteral("auth.token"),
                        tr("no source: no token will be sent") });
    return issues + m_external;
}

QString ProfileEditor::errorText(const QString &path) const
{
    return m_inline.text(path);
}

void ProfileEditor::showIssue(const ConfigIssue &issue)
{
    m_external.append(issue);
    refresh();
    const QString path = m_inline.fieldFor(issue.path);
    if (QWidget *input = field(path)) {
        m_sections->setCurrentIndex(m_inline.sectionOf(path));
        input->setFocus(Qt::OtherFocusReason);
    }
}

QWidget *ProfileEditor::field(const QString &path) const
{
    return m_fields.value(path);
}

void ProfileEditor::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    m_quiet = false;
    m_external.clear();
    refresh();
    Q_EMIT changed();
}

void ProfileEditor::refresh()
{
    updateEnabled();
    m_inline.show(m_quiet ? QList<ConfigIssue>() : issues());
}

void ProfileEditor::updateEnabled()
{
    using Widgets = std::initializer_list<QWidget *>;
    const auto auth = currentData<AuthConfig::Mode>(m_authMode);
    m_queryParameter->setEnabled(auth == AuthConfig::Mode::QueryParameter);
    m_token->setEnabled(auth != AuthConfig::Mode::None);
    // Phoenix brings its own heartbeat and reconnect schedule (SocketOptions)
    const bool phoenix =
        currentData<ConnectionConfig::Protocol>(m_protocol) == ConnectionConfig::Protocol::Phoenix;
    for (QWidget *widget : Widgets { m_vsn, m_phoenixParams, m_phoenixHeartbeat, m_phoenixTimeout })
        widget->setEnabled(phoenix);
    m_phoenixNote->setEnabled(phoenix);
    m_heartbeatEnabled->setEnabled(!phoenix);
    const bool heartbeat = m_heartbeatEnabled->isChecked() && !phoenix;
    for (QWidget *widget : Widgets { m_strategy, m_interval, m_timeout, m_maxMissed, m_adaptive })
        widget->setEnabled(heartbeat);
    m_minInterval->setEnabled(heartbeat && m_adaptive->isChecked());
    m_maxInterval->setEnabled(heartbeat && m_adaptive->isChecked());
    m_maxAttempts->setEnabled(m_reconnectEnabled->isChecked());
    for (QWidget *widget :
         Widgets { m_initialDelay, m_maxDelay, m_multiplier, m_jitter, m_resetAfter })
        widget->setEnabled(m_reconnectEnabled->isChecked() && !phoenix);
    m_insecureWarning->setVisible(m_allowInsecure->isChecked());
    const auto proxy = currentData<ProxyConfig::Mode>(m_proxyMode);
    const bool ownProxy = proxy == ProxyConfig::Mode::Http || proxy == ProxyConfig::Mode::Socks5;
    for (QWidget *widget : Widgets { m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword })
        widget->setEnabled(ownProxy);
}

} // namespace maxmon
