#include "websocket/outboundflow.h"

#include "websocket/messageaccess.h"

#include <QCoreApplication>
#include <QWebSocket>

namespace maxmon {

namespace {
// Probes answered out of order or never: old marks must not pile up.
constexpr int maxProbeMarks = 256;
// "maxmon-confirm:<last write sequence>": tells our pongs from the heartbeat's
const QByteArray confirmPrefix = QByteArrayLiteral("maxmon-confirm:");
} // namespace

OutboundFlow::OutboundFlow(QObject *parent)
    : QObject(parent)
{
    m_confirmTimer.setSingleShot(true);
    connect(&m_confirmTimer, &QTimer::timeout, this, [this] {
        if (!m_confirmationOutstanding && m_queue.unconfirmedCount() > 0)
            requestConfirmation();
    });
}

void OutboundFlow::configure(int queueCapacity, qint64 highWaterBytes)
{
    m_queue.setCapacity(queueCapacity);
    m_highWaterBytes = highWaterBytes;
}

void OutboundFlow::attach(QWebSocket *socket)
{
    detach();
    m_socket = socket;
    connect(socket, &QWebSocket::bytesWritten, this, [this] { flush(false); });
    flush(false);
}

void OutboundFlow::detach()
{
    if (m_socket)
        m_socket->disconnect(this);
    m_socket.clear();
    m_probeMarks.clear();
    m_confirmTimer.stop();
    m_confirmationOutstanding = false;
    m_bytesSinceRequest = 0;
}

qint64 OutboundFlow::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool OutboundFlow::canWriteNow() const
{
    return m_socket && m_socket->bytesToWrite() < m_highWaterBytes;
}

void OutboundFlow::setWrittenHandler(std::function<void(const Message &)> handler)
{
    m_onWritten = std::move(handler);
}

Result<void> OutboundFlow::submit(Message message)
{
    // Order: nothing overtakes what is already waiting.
    if (!m_queue.hasPending() && canWriteNow()) {
        write(std::move(message));
        return {};
    }
    return m_queue.enqueue(std::move(message));
}

void OutboundFlow::flushAll()
{
    flush(true);
}

void OutboundFlow::flush(bool ignoreHighWater)
{
    while (m_socket && m_queue.hasPending() && (ignoreHighWater || canWriteNow()))
        write(m_queue.takeNextPending());
}

void OutboundFlow::write(Message message)
{
    // stamped when it leaves, not when it was queued: the time is the send time
    MessageAccess::stampNow(message);
    // the text as given, else text(), which keeps a leading U+FEFF that
    // QString::fromUtf8 would drop
    const qint64 written = message.isTextFrame()
        ? m_socket->sendTextMessage(MessageAccess::wireText(message))
        : m_socket->sendBinaryMessage(message.payload());
    if (written != message.size()) {
        Q_EMIT writeFailed(
            message,
            Error(Error::Code::NetworkError,
                  QCoreApplication::translate("maxmon::OutboundFlow",
                                              "Message %1 could not be written to the socket.")
                      .arg(message.id()),
                  m_socket->errorString()));
        return;
    }
    const quint64 sequence = m_queue.recordWritten(message);
    m_bytesSinceRequest += written;
    if (sequence - m_lastRequested >= confirmEveryMessages
        || m_bytesSinceRequest >= confirmEveryBytes)
        requestConfirmation();
    else
        scheduleConfirmation();
    if (m_onWritten)
        m_onWritten(message);
}

void OutboundFlow::scheduleConfirmation()
{
    if (!m_confirmationOutstanding && !m_confirmTimer.isActive())
        m_confirmTimer.start(confirmIntervalMs);
}

void OutboundFlow::requestConfirmation()
{
    if (!m_socket)
        return;
    m_confirmationOutstanding = true;
    m_lastRequested = m_queue.lastWrittenSequence();
    m_bytesSinceRequest = 0;
    m_confirmTimer.stop();
    m_socket->ping(confirmPrefix + QByteArray::number(m_lastRequested));
}

bool OutboundFlow::handlePong(const QByteArray &payload)
{
    if (!payload.startsWith(confirmPrefix))
        return false;
    bool ok = false;
    const quint64 sequence = payload.mid(confirmPrefix.size()).toULongLong(&ok);
    if (ok) {
        m_confirmationOutstanding = false;
        confirmUpTo(sequence);
        if (m_queue.unconfirmedCount() > 0)
            scheduleConfirmation();
    }
    return true;
}

void OutboundFlow::confirmUpTo(quint64 sequence)
{
    const bool wasWaiting = m_queue.unconfirmedCount() > 0;
    m_queue.confirmUpTo(sequence);
    if (wasWaiting && m_queue.unconfirmedCount() == 0)
        Q_EMIT allConfirmed();
}

void OutboundFlow::probeSent(quint64 probe)
{
    if (m_probeMarks.size() >= maxProbeMarks)
        m_probeMarks.clear(); // only unanswered probes are left in there
    m_probeMarks.insert(probe, m_queue.lastWrittenSequence());
}

void OutboundFlow::probeAnswered(quint64 probe)
{
    const auto mark = m_probeMarks.constFind(probe);
    if (mark == m_probeMarks.constEnd())
        return;
    const quint64 sequence = *mark;
    m_probeMarks.erase(mark);
    confirmUpTo(sequence);
}

QList<Message> OutboundFlow::takeUnconfirmed()
{
    m_probeMarks.clear();
    m_confirmTimer.stop();
    return m_queue.takeUnconfirmed();
}

QList<Message> OutboundFlow::discardPending()
{
    return m_queue.discardPending();
}

} // namespace maxmon
