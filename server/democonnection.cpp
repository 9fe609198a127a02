#include "server/democonnection.h"

#include "server/monotonictime.h"
#include "server/serverlogging.h"

#include <maxmon/message.h>

#include <QTcpSocket>
#include <QWebSocket>

namespace maxmon {

namespace {

constexpr qint64 frozenReadBuffer = 64 * 1024;

} // namespace

DemoConnection::DemoConnection(QWebSocket *socket, const HttpUpgradeRequest &request,
                               const DemoFaults &faults, const DemoServerSettings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_request(request)
    , m_faults(faults)
    , m_maxPendingBytes(settings.maxPendingBytes)
    , m_frozenLimitMs(settings.frozenLimitMs)
    , m_peer(QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()))
{
    const auto maxMessage = static_cast<quint64>(settings.maxMessageSize);
    socket->setMaxAllowedIncomingMessageSize(maxMessage);
    socket->setMaxAllowedIncomingFrameSize(maxMessage);

    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        if (!m_frozen)
            Q_EMIT textReceived(text);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        if (!m_frozen)
            Q_EMIT binaryReceived(data);
    });
    connect(socket, &QWebSocket::bytesWritten, this, &DemoConnection::onBytesWritten);
    connect(socket, &QWebSocket::disconnected, this, &DemoConnection::onDisconnected);
    connect(socket, &QObject::destroyed, this, &DemoConnection::onDisconnected);

    m_delayTimer.setSingleShot(true);
    m_delayTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_delayTimer, &QTimer::timeout, this, &DemoConnection::flushDue);

    if (m_faults.closes()) {
        m_closeTimer.setSingleShot(true);
        connect(&m_closeTimer, &QTimer::timeout, this,
                [this] { closeNow(m_faults.closeCode, m_faults.closeReason); });
        m_closeTimer.start(static_cast<int>(m_faults.closeAfterMs));
    }
    if (m_faults.freezes()) {
        m_freezeTimer.setSingleShot(true);
        connect(&m_freezeTimer, &QTimer::timeout, this, &DemoConnection::freeze);
        m_freezeTimer.start(static_cast<int>(m_faults.freezeAfterMs));
    }
}

DemoConnection::~DemoConnection() = default;

bool DemoConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 DemoConnection::pendingBytes() const
{
    return m_delayedBytes + (m_socket ? m_socket->bytesToWrite() : 0);
}

bool DemoConnection::hasRoom()
{
    const bool room = isOpen() && !m_frozen && !m_closing && pendingBytes() < m_maxPendingBytes / 2;
    if (!room && isOpen() && !m_frozen && !m_closing)
        m_waitingForRoom = true;
    return room;
}

void DemoConnection::sendText(const QString &text)
{
    Pending pending;
    pending.text = text;
    enqueue(std::move(pending), text.size() * 3); // at most 3 UTF-8 bytes per UTF-16 unit
}

void DemoConnection::sendBinary(const QByteArray &data)
{
    Pending pending;
    pending.kind = Pending::Kind::Binary;
    pending.data = data;
    enqueue(std::move(pending), data.size());
}

void DemoConnection::close(int code, const QString &reason)
{
    Pending pending;
    pending.kind = Pending::Kind::Close;
    pending.closeCode = code;
    pending.text = reason;
    enqueue(std::move(pending), 0);
    m_closing = true;
}

void DemoConnection::closeNow(int code, const QString &reason)
{
    if (m_frozen || !isOpen())
        return;
    m_delayed.clear();
    m_delayedBytes = 0;
    m_delayTimer.stop();
    m_closing = true;
    Pending pending;
    pending.kind = Pending::Kind::Close;
    pending.closeCode = code;
    pending.text = reason;
    write(pending);
}

void DemoConnection::enqueue(Pending pending, qint64 bytes)
{
    if (m_frozen || m_closing || !isOpen())
        return;
    if (pendingBytes() + bytes > m_maxPendingBytes) {
        qCInfo(lcServer).noquote() << "client" << m_peer << "is not reading; closing";
        closeNow(1008, QStringLiteral("too many unread messages"));
        return;
    }
    if (m_faults.delayMs <= 0 && m_delayed.empty()) {
        write(pending);
        return;
    }
    pending.dueNs = Message::nowMonotonicNs() + m_faults.delayMs * nsPerMs;
    m_delayedBytes += bytes;
    m_delayed.push_back(std::move(pending));
    if (!m_delayTimer.isActive())
        flushDue();
}

void DemoConnection::flushDue()
{
    const qint64 now = Message::nowMonotonicNs();
    while (!m_delayed.empty() && m_delayed.front().dueNs <= now) {
        const Pending pending = std::move(m_delayed.front());
        m_delayed.pop_front();
        m_delayedBytes -=
            pending.kind == Pending::Kind::Text ? pending.text.size() * 3 : pending.data.size();
        write(pending);
    }
    if (!m_delayed.empty()) {
        const qint64 waitNs = m_delayed.front().dueNs - now;
        m_delayTimer.start(static_cast<int>((waitNs + nsPerMs - 1) / nsPerMs));
    }
}

void DemoConnection::write(const Pending &pending)
{
    if (!m_socket || m_frozen)
        return;
    switch (pending.kind) {
    case Pending::Kind::Text:
        m_socket->sendTextMessage(pending.text);
        break;
    case Pending::Kind::Binary:
        m_socket->sendBinaryMessage(pending.data);
        break;
    case Pending::Kind::Close:
        m_delayed.clear();
        m_delayedBytes = 0;
        m_delayTimer.stop();
        // keep the code an int until the call: 4000 is outside the enum's range
        m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(pending.closeCode),
                        pending.text);
        break;
    }
}

void DemoConnection::onBytesWritten()
{
    if (m_waitingForRoom && hasRoom()) {
        m_waitingForRoom = false;
        Q_EMIT drained();
    }
}

void DemoConnection::freeze()
{
    if (m_frozen || !m_socket)
        return;
    m_frozen = true;
    m_delayed.clear();
    m_delayedBytes = 0;
    m_delayTimer.stop();
    m_closeTimer.stop();
    // The front door makes the TCP socket a child of its QWebSocket.
    auto *tcp = m_socket->findChild<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (tcp) {
        disconnect(tcp, &QIODevice::readyRead, m_socket, nullptr);
        tcp->setReadBufferSize(frozenReadBuffer);
    } else {
        qCWarning(lcServer).noquote()
            << "client" << m_peer << ": no TCP socket found, pings are still answered";
    }
    qCInfo(lcServer).noquote() << "client" << m_peer << "frozen";
    QTimer::singleShot(static_cast<int>(m_frozenLimitMs), this, [this] {
        if (m_socket)
            m_socket->abort();
    });
}

void DemoConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_delayTimer.stop();
    m_closeTimer.stop();
    m_freezeTimer.stop();
    Q_EMIT closed();
    deleteLater();
}

} // namespace maxmon
