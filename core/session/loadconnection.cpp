#include "session/loadconnection.h"

#include <maxmon/websocketclient.h>

#include <QtEndian>

#include <cmath>

namespace maxmon {

namespace {
constexpr double nsPerSecond = 1e9;
constexpr int headerBytes = 8; // binary; text uses 16 hex digits
} // namespace

LoadConnection::LoadConnection(const ConnectionConfig &config, const Plan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    ConnectionConfig loadConfig = config;
    loadConfig.heartbeat.enabled = false; // no pings among the measured messages
    loadConfig.reconnect.enabled = false;
    m_client = new WebSocketClient(loadConfig, this);

    const int header = m_plan.text ? 2 * headerBytes : headerBytes;
    m_filler.resize(std::max(0, m_plan.messageSize - header));
    for (qsizetype i = 0; i < m_filler.size(); ++i)
        m_filler[i] = m_plan.text ? static_cast<char>('a' + i % 26) : static_cast<char>(i % 251);

    m_pacer.setSingleShot(true);
    m_pacer.setTimerType(Qt::PreciseTimer);
    connect(&m_pacer, &QTimer::timeout, this, &LoadConnection::pump);
    connect(m_client, &WebSocketClient::messageReceived, this, &LoadConnection::onMessage);
    connect(m_client, &WebSocketClient::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected) {
            m_handshakeMs = m_client->diagnostics().handshakeMs;
            Q_EMIT opened();
        } else if (state == ConnectionState::Error && !m_failed) {
            m_failed = true;
            m_error = m_client->lastError();
            m_pacer.stop();
            Q_EMIT failed(m_error);
            checkDone();
        }
        if (isClosed())
            Q_EMIT closed();
    });
}

bool LoadConnection::isClosed() const
{
    const ConnectionState state = m_client->state();
    return state == ConnectionState::Disconnected || state == ConnectionState::Error;
}

void LoadConnection::open()
{
    if (const Result<void> opened = m_client->open(); !opened) {
        m_failed = true;
        m_error = opened.error();
        Q_EMIT failed(m_error);
    }
}

bool LoadConnection::isOpen() const
{
    return m_client->state() == ConnectionState::Connected;
}

void LoadConnection::startSending()
{
    if (!isOpen())
        return;
    m_sending = true;
    m_startNs = Message::nowMonotonicNs();
    pump();
}

void LoadConnection::stopSending()
{
    m_stopped = true;
    m_pacer.stop();
    checkDone();
}

void LoadConnection::close()
{
    m_pacer.stop();
    if (isOpen())
        m_client->close(1000, QStringLiteral("bench done"));
}

bool LoadConnection::hasSentAll() const
{
    return m_failed || m_stopped || (m_plan.quota >= 0 && m_sent >= m_plan.quota);
}

bool LoadConnection::isDone() const
{
    return m_failed || (hasSentAll() && m_inFlight.isEmpty());
}

void LoadConnection::pump()
{
    if (!m_sending || m_stopped || m_failed)
        return;
    const qint64 now = Message::nowMonotonicNs();
    while ((m_plan.quota < 0 || m_sent < m_plan.quota) && m_inFlight.size() < m_plan.window) {
        if (m_plan.rate > 0) {
            const auto due = static_cast<qint64>(
                std::floor(static_cast<double>(now - m_startNs) * m_plan.rate / nsPerSecond) + 1);
            if (m_sent >= due) {
                const double nextNs = static_cast<double>(m_sent) * nsPerSecond / m_plan.rate;
                const auto waitMs = static_cast<int>(std::ceil(
                    (static_cast<double>(m_startNs) + nextNs - static_cast<double>(now)) / 1e6));
                m_pacer.start(std::max(0, waitMs));
                return;
            }
        }
        const quint64 sequence = m_nextSequence++;
        const QByteArray data = payload(sequence);
        const Message message = m_plan.text
            ? Message::fromText(Message::Direction::Outgoing, data)
            : Message::fromBinary(Message::Direction::Outgoing, data);
        m_inFlight.insert(sequence, Message::nowMonotonicNs());
        if (const Result<QString> sent = m_client->send(message); !sent) {
            // refused before anything was written (not connected, too large):
            // no point in trying the same again
            m_inFlight.remove(sequence);
            ++m_sendErrors;
            if (!m_error)
                m_error = sent.error();
            m_stopped = true;
            break;
        }
        ++m_sent;
    }
    checkDone();
}

void LoadConnection::onMessage(const Message &message)
{
    if (message.isControl())
        return;
    const qint64 now = Message::nowMonotonicNs();
    quint64 sequence = 0;
    const QByteArray data = message.payload();
    const auto sentAt =
        parseSequence(data, &sequence) ? m_inFlight.constFind(sequence) : m_inFlight.constEnd();
    if (sentAt == m_inFlight.constEnd() || data != payload(sequence)
        || message.isTextFrame() != m_plan.text) {
        ++m_mismatched;
        if (sentAt != m_inFlight.constEnd())
            m_inFlight.erase(sentAt);
    } else {
        const qint64 sentNs = sentAt.value();
        m_inFlight.erase(sentAt);
        ++m_received;
        Q_EMIT roundTrip(static_cast<double>(now - sentNs) / 1e6);
    }
    pump();
    checkDone(); // pump() does not when sending has stopped
}

void LoadConnection::checkDone()
{
    if (!m_doneSignalled && isDone()) {
        m_doneSignalled = true;
        Q_EMIT done();
    }
}

QByteArray LoadConnection::payload(quint64 sequence) const
{
    QByteArray header;
    if (m_plan.text) {
        header = QByteArray::number(sequence, 16).rightJustified(2 * headerBytes, '0');
    } else {
        header.resize(headerBytes);
        qToBigEndian(sequence, header.data());
    }
    return header + m_filler;
}

bool LoadConnection::parseSequence(const QByteArray &data, quint64 *sequence) const
{
    if (m_plan.text) {
        bool ok = false;
        *sequence = data.left(2 * headerBytes).toULongLong(&ok, 16);
        return ok && data.size() >= 2 * headerBytes;
    }
    if (data.size() < headerBytes)
        return false;
    *sequence = qFromBigEndian<quint64>(data.constData());
    return true;
}

} // namespace maxmon
