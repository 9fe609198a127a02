#include "send/sendpanel.h"

#include "send/templatebutton.h"

#include <maxmon/websocketclient.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace maxmon {

namespace {

// a message's size: below 2 GiB, as QWebSocket allows no more
QString bytesText(qint64 bytes)
{
    return SendPanel::tr("%Ln byte(s)", nullptr, static_cast<int>(bytes));
}

// why the panel cannot send in a state other than Connected, a whole sentence each
QString notConnectedText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return SendPanel::tr("Cannot send while disconnected: connect first.");
    case ConnectionState::Connecting:
        return SendPanel::tr("Cannot send while connecting: wait until connected.");
    case ConnectionState::Reconnecting:
        return SendPanel::tr("Cannot send while reconnecting: wait until connected.");
    case ConnectionState::Disconnecting:
        return SendPanel::tr("Cannot send while disconnecting: connect first.");
    case ConnectionState::Error:
        return SendPanel::tr("Cannot send after a connection error: connect first.");
    case ConnectionState::Connected:
        break;
    }
    return QString();
}

} // namespace

SendPanel::SendPanel(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_format(new QToolButton(this))
    , m_templates(new TemplateButton(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QPlainTextEdit(m_stack))
    , m_filePath(new QLineEdit(this))
    , m_fileAsText(new QCheckBox(tr("Send as text"), this))
    , m_status(new QLabel(this))
    , m_repeat(new QCheckBox(tr("Repeat"), this))
    , m_repeatCount(new QSpinBox(this))
    , m_repeatInterval(new QSpinBox(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setUpModeChoice();
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_stack->addWidget(m_editor);
    QToolButton *browse = addFilePage();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setUpRepeat();
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    layOut();
    connectControls(browse);
    onModeChanged();
}

void SendPanel::setUpModeChoice()
{
    m_mode->addItem(tr("Text"), int(Mode::Text));
    m_mode->addItem(tr("JSON"), int(Mode::Json));
    m_mode->addItem(tr("Binary"), int(Mode::Binary));
    m_mode->addItem(tr("File"), int(Mode::File));
    m_mode->setToolTip(tr("What to send: a text frame, JSON (checked as you type), bytes typed "
                          "as hex or base64, or a file"));
    m_encoding->addItem(tr("Hex"), int(BinaryEncoding::Hex));
    m_encoding->addItem(tr("Base64"), int(BinaryEncoding::Base64));
    m_encoding->setToolTip(tr("How the bytes are typed"));
    m_format->setText(tr("Format"));
    m_format->setToolTip(tr("Indent the JSON"));
}

QToolButton *SendPanel::addFilePage()
{
    auto *filePage = new QWidget(m_stack);
    auto *browse = new QToolButton(filePage);
    browse->setText(tr("Browse..."));
    browse->setToolTip(tr("Choose the file to send"));
    m_filePath->setPlaceholderText(tr("Path of the file to send"));
    m_filePath->setClearButtonEnabled(true);
    m_fileAsText->setToolTip(tr("Send the file as a text frame (it must be UTF-8) instead of "
                                "a binary one"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_fileAsText);
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addLayout(fileRow);
    fileLayout->addStretch(1);
    m_stack->addWidget(filePage);
    return browse;
}

void SendPanel::setUpRepeat()
{
    m_repeat->setToolTip(tr("Send the message several times at a fixed interval"));
    m_repeatCount->setRange(2, 1000000);
    m_repeatCount->setValue(10);
    m_repeatCount->setSuffix(tr(" times"));
    m_repeatCount->setToolTip(tr("How many times to send"));
    m_repeatInterval->setRange(0, 3600 * 1000);
    m_repeatInterval->setValue(1000);
    m_repeatInterval->setPrefix(tr("every "));
    m_repeatInterval->setSuffix(tr(" ms"));
    m_repeatInterval->setSingleStep(100);
    m_repeatInterval->setToolTip(tr("Time between two sends"));
    m_repeatCount->setEnabled(false);
    m_repeatInterval->setEnabled(false);
}

void SendPanel::layOut()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addWidget(m_encoding);
    top->addWidget(m_format);
    top->addWidget(m_templates);
    top->addStretch(1);
    top->addWidget(m_repeat);
    top->addWidget(m_repeatCount);
    top->addWidget(m_repeatInterval);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
}

void SendPanel::connectControls(QToolButton *browse)
{
    m_repeatTimer.setSingleShot(false);
    connect(&m_repeatTimer, &QTimer::timeout, this, &SendPanel::sendOne);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SendPanel::onModeChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &SendPanel::onModeChanged);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &SendPanel::onInputChanged);
    connect(m_filePath, &QLineEdit::textChanged, this, &SendPanel::onInputChanged);
    connect(m_format, &QToolButton::clicked, this, &SendPanel::formatJson);
    connect(browse, &QToolButton::clicked, this, &SendPanel::browseFile);
    connect(m_templates, &TemplateButton::insertRequested, this, &SendPanel::applyTemplate);
    connect(m_templates, &TemplateButton::saveRequested, this, &SendPanel::promptSaveTemplate);
    connect(m_templates, &TemplateButton::removeRequested, this,
            &SendPanel::templateRemoveRequested);
    connect(m_send, &QPushButton::clicked, this, &SendPanel::send);
    connect(m_repeatCount, &QSpinBox::valueChanged, this, &SendPanel::updateState);
    connect(m_repeat, &QCheckBox::toggled, this, [this](bool on) {
        m_repeatCount->setEnabled(on);
        m_repeatInterval->setEnabled(on);
        updateState();
    });
}

SendPanel::~SendPanel() = default;

void SendPanel::setClient(WebSocketClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    stopRepeat();
    m_client = client;
    if (m_client) {
        connect(m_client, &WebSocketClient::stateChanged, this, [this](ConnectionState state) {
            if (state != ConnectionState::Connected) {
                stopRepeat();
                m_result.clear(); // the connection's state is the news now
            }
            updateState();
        });
    }
    updateState();
}

SendPanel::Mode SendPanel::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void SendPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

SendPanel::BinaryEncoding SendPanel::binaryEncoding() const
{
    return static_cast<BinaryEncoding>(m_encoding->currentData().toInt());
}

void SendPanel::setBinaryEncoding(BinaryEncoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

QString SendPanel::input() const
{
    return m_editor->toPlainText();
}

void SendPanel::setInput(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

QString SendPanel::filePath() const
{
    return m_filePath->text().trimmed();
}

void SendPanel::setFilePath(const QString &path)
{
    m_filePath->setText(path);
}

void SendPanel::setFileAsText(bool asText)
{
    m_fileAsText->setChecked(asText);
}

void SendPanel::setRepeat(bool enabled, int count, int intervalMs)
{
    m_repeat->setChecked(enabled);
    m_repeatCount->setValue(count);
    m_repeatInterval->setValue(intervalMs);
}

Result<Message> SendPanel::buildMessage() const
{
    if (!m_inputProblem.isEmpty())
        return failure(Error(Error::Code::InvalidPayload, m_inputProblem));
    if (mode() != Mode::File)
        return m_draftMessage; // built by validate() from the editor's text
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(Error(Error::Code::InvalidPayload,
                             tr("Cannot read %1: %2").arg(filePath(), file.errorString())));
    }
    const QByteArray contents = file.readAll();
    const auto out = Message::Direction::Outgoing;
    return m_fileAsText->isChecked() ? Message::fromText(out, contents)
                                     : Message::fromBinary(out, contents);
}

bool SendPanel::canSend() const
{
    return m_client && m_client->state() == ConnectionState::Connected && m_inputProblem.isEmpty();
}

QString SendPanel::statusText() const
{
    return m_status->text();
}

void SendPanel::send()
{
    if (isRepeating()) {
        stopRepeat();
        return;
    }
    if (!canSend()) {
        updateState(); // the status line already says why
        return;
    }
    const Result<Message> message = buildMessage();
    if (!message) {
        setResult(message.error().message());
        Q_EMIT sendFailed(message.error());
        return;
    }
    m_repeatMessage = *message;
    m_repeatEntry = currentEntry();
    m_repeatSent = 0;
    m_repeatTotal = m_repeat->isChecked() ? m_repeatCount->value() : 1;
    m_repeatRemaining = m_repeatTotal;
    sendOne();
    if (m_repeatRemaining > 0)
        m_repeatTimer.start(m_repeatInterval->value());
}

void SendPanel::sendOne()
{
    if (m_repeatRemaining <= 0 || !m_client)
        return;
    const Result<QString> sent = m_client->send(m_repeatMessage);
    if (!sent) {
        stopRepeat();
        setResult(tr("Not sent: %1").arg(sent.error().message()));
        Q_EMIT sendFailed(sent.error());
        return;
    }
    if (m_repeatSent == 0)
        m_history.add(m_repeatEntry);
    ++m_repeatSent;
    --m_repeatRemaining;
    if (m_repeatTotal > 1) {
        setResult(tr("Sent %1 of %2 (%3 each)")
                      .arg(QLocale().toString(m_repeatSent), QLocale().toString(m_repeatTotal),
                           bytesText(m_repeatMessage.size())));
    } else {
        setResult(tr("Sent %1.").arg(bytesText(m_repeatMessage.size())));
    }
    if (m_repeatRemaining == 0)
        stopRepeat();
}

void SendPanel::stopRepeat()
{
    m_repeatTimer.stop();
    m_repeatRemaining = 0;
    m_repeatMessage = Message();
    updateState();
}

void SendPanel::focusEditor()
{
    if (mode() == Mode::File)
        m_filePath->setFocus(Qt::ShortcutFocusReason);
    else
        m_editor->setFocus(Qt::ShortcutFocusReason);
}

void SendPanel::updateState()
{
    const bool connected = m_client && m_client->state() == ConnectionState::Connected;
    QString status;
    if (isRepeating()) {
        m_send->setText(tr("Stop (%1/%2)").arg(m_repeatSent).arg(m_repeatTotal));
        m_send->setEnabled(true);
        m_send->setToolTip(tr("Stop repeating"));
        status = m_result;
    } else {
        m_send->setText(m_repeat->isChecked()
                            ? tr("Send %Ln time(s)", nullptr, m_repeatCount->value())
                            : tr("Send"));
        if (!m_client)
            status = tr("No connection to send on.");
        else if (!connected)
            // what a template action just did beats the standing reason
            status = !m_result.isEmpty() ? m_result : notConnectedText(m_client->state());
        else if (!m_inputProblem.isEmpty())
            status = m_inputProblem;
        else if (!m_result.isEmpty())
            status = m_result;
        else
            status = tr("Ctrl+Enter sends; Up and Down recall earlier messages.");
        m_send->setEnabled(connected && m_inputProblem.isEmpty());
        m_send->setToolTip(m_send->isEnabled() ? tr("Send the message (Ctrl+Enter)") : status);
    }
    m_status->setText(status);
}

void SendPanel::browseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("File to send"), filePath());
    if (!path.isEmpty())
        setFilePath(path);
}

void SendPanel::setResult(const QString &text)
{
    m_result = text;
    updateState();
}

} // namespace maxmon
