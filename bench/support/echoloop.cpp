#include "echoloop.h"

#include "benchutil.h"

#include <maxmon/connectionrecorder.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionstore.h>
#include <maxmon/websocketclient.h>

#include <QTimer>
#include <QWebSocket>

namespace maxmon::bench {

EchoLoop::EchoLoop(QObject *parent)
    : QObject(parent)
{ }

void EchoLoop::setPayload(const QByteArray &payload, bool text)
{
    m_payload = payload;
    m_isText = text;
    m_text = text ? QString::fromUtf8(payload) : QString();
}

void EchoLoop::start(int window)
{
    m_sending = true;
    while (m_inFlight < window && m_sending)
        send();
}

void EchoLoop::send()
{
    if (m_sendLimit > 0 && m_sent >= m_sendLimit) {
        m_sending = false;
        return;
    }
    ++m_sent;
    ++m_inFlight;
    sendOne();
}

void EchoLoop::echoed(qint64 bytes)
{
    ++m_received;
    m_receivedBytes += bytes;
    --m_inFlight;
    if (m_sending)
        send();
}

MaxmonEchoLoop::MaxmonEchoLoop(int logCapacity, QObject *parent)
    : EchoLoop(parent)
    , m_client(new WebSocketClient(this))
    , m_log(logCapacity > 0 ? new MessageLogModel(logCapacity, this) : new MessageLogModel(this))
{
    connect(m_client, &WebSocketClient::messageReceived, m_log, &MessageLogModel::append);
    connect(m_client, &WebSocketClient::messageSent, m_log, &MessageLogModel::append);
    connect(m_client, &WebSocketClient::messageReceived, this, [this](const Message &message) {
        if (!message.isControl())
            echoed(message.size());
    });
    m_statsTimer.setInterval(1000); // ChartPanel::SampleIntervalMs
    connect(&m_statsTimer, &QTimer::timeout, this,
            [this] { m_statsSamples += m_client->diagnostics().messagesIn; });
}

MaxmonEchoLoop::~MaxmonEchoLoop()
{
    delete m_recorder;
    m_log->setStore(nullptr);
    delete m_store;
}

bool MaxmonEchoLoop::record(const QString &sessionPath)
{
    m_store = new SessionStore(this);
    m_store->setMaxFileBytes(0);
    if (!m_store->create(sessionPath))
        return false;
    m_log->setStore(m_store);
    m_recorder = new ConnectionRecorder(m_client, m_store, this);
    m_recorder->setLog(m_log);
    m_recorder->setMessagesRecorded(false);
    return true;
}

void MaxmonEchoLoop::withoutLog()
{
    m_logged = false;
    disconnect(m_client, nullptr, m_log, nullptr);
}

bool MaxmonEchoLoop::open(const QUrl &url, int timeoutMs)
{
    ConnectionConfig config;
    config.url = url;
    config.heartbeat.enabled = true;
    config.heartbeat.intervalMs = 1000;
    config.heartbeat.adaptive = false;
    config.reconnect.enabled = false; // a lost connection must show, not heal
    if (!m_client->setConfig(config) || !m_client->open())
        return false;
    m_statsTimer.start();
    return waitUntil([this] { return m_client->state() == ConnectionState::Connected; }, timeoutMs);
}

void MaxmonEchoLoop::close()
{
    m_statsTimer.stop();
    if (m_client->state() == ConnectionState::Connected)
        static_cast<void>(m_client->close());
    waitUntil(
        [this] {
            return m_client->state() == ConnectionState::Disconnected
                || m_client->state() == ConnectionState::Error;
        },
        5000);
}

void MaxmonEchoLoop::sendOne()
{
    if (m_isText)
        static_cast<void>(m_client->sendText(m_text));
    else
        static_cast<void>(m_client->sendBinary(m_payload));
}

BareEchoLoop::BareEchoLoop(QObject *parent)
    : EchoLoop(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    m_socket->setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { echoed(text.size()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &data) { echoed(data.size()); });
}

BareEchoLoop::~BareEchoLoop()
{
    m_socket->abort();
}

bool BareEchoLoop::open(const QUrl &url, int timeoutMs)
{
    m_socket->open(url);
    return waitUntil([this] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                     timeoutMs);
}

void BareEchoLoop::close()
{
    m_socket->close();
    waitUntil([this] { return m_socket->state() == QAbstractSocket::UnconnectedState; }, 5000);
}

void BareEchoLoop::sendOne()
{
    if (m_isText)
        m_socket->sendTextMessage(m_text);
    else
        m_socket->sendBinaryMessage(m_payload);
}

} // namespace maxmon::bench
