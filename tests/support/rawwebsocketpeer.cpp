#include "rawwebsocketpeer.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

namespace maxmon::test {

RawWebSocketPeer::RawWebSocketPeer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RawWebSocketPeer::onNewConnection);
}

RawWebSocketPeer::~RawWebSocketPeer() = default;

bool RawWebSocketPeer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl RawWebSocketPeer::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}

void RawWebSocketPeer::refuseWith(const QByteArray &response, int closeAfterMs)
{
    m_refusal = response;
    m_refusalCloseAfterMs = closeAfterMs;
}

void RawWebSocketPeer::send(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void RawWebSocketPeer::dropConnection()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

std::optional<FrameScanner::Frame> RawWebSocketPeer::clientCloseFrame() const
{
    for (const FrameScanner::Frame &frame : m_frames) {
        if (frame.opcode == 8)
            return frame;
    }
    return std::nullopt;
}

void RawWebSocketPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_socket)
            m_socket->abort();
        m_socket = socket;
        m_buffer.clear();
        m_upgraded = false;
        m_clientGone = false;
        m_frames.clear();
        m_scanner.emplace(FrameScanner::Sender::Client);
        m_scanner->setFrameHandler([this](const FrameScanner::Frame &frame) {
            m_frames.append(frame);
            Q_EMIT clientFrameReceived(frame);
        });
        connect(socket, &QTcpSocket::readyRead, this, &RawWebSocketPeer::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_socket)
                m_clientGone = true;
            socket->deleteLater();
        });
    }
}

void RawWebSocketPeer::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (m_upgraded) {
        m_scanner->feed(bytes);
        return;
    }
    m_buffer += bytes;
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray request = m_buffer.left(end + 4);
    const QByteArray rest = m_buffer.mid(end + 4);
    m_requests.append(request);
    if (m_answered >= 0 && m_requests.size() > m_answered)
        return;
    if (!m_refusal.isEmpty()) {
        m_socket->write(m_refusal);
        if (m_refusalCloseAfterMs >= 0)
            QTimer::singleShot(m_refusalCloseAfterMs, m_socket, [socket = m_socket] {
                if (socket)
                    socket->disconnectFromHost();
            });
        return;
    }
    QByteArray key;
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    }
    const QByteArray accept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                    + accept + "\r\n\r\n" + m_withHandshake);
    m_upgraded = true;
    Q_EMIT upgraded();
    if (!rest.isEmpty())
        m_scanner->feed(rest);
}

QByteArray RawWebSocketPeer::frame(const FrameSpec &spec)
{
    QByteArray out;
    out.append(
        static_cast<char>((spec.fin ? 0x80 : 0) | ((spec.rsv & 7) << 4) | (spec.opcode & 0x0F)));
    const auto length = static_cast<quint64>(spec.payload.size());
    int lengthBytes = spec.lengthBytes;
    if (lengthBytes < 0)
        lengthBytes = length < 126 ? 0 : length <= 0xFFFF ? 2 : 8;
    const char maskBit = spec.masked ? char(0x80) : char(0);
    if (lengthBytes == 0) {
        out.append(static_cast<char>(maskBit | static_cast<char>(length)));
    } else if (lengthBytes == 2) {
        out.append(static_cast<char>(maskBit | 126));
        char bytes[2];
        qToBigEndian<quint16>(static_cast<quint16>(length), bytes);
        out.append(bytes, 2);
    } else {
        out.append(static_cast<char>(maskBit | 127));
        char bytes[8];
        qToBigEndian<quint64>(length, bytes);
        out.append(bytes, 8);
    }
    QByteArray payload = spec.payload;
    if (spec.masked) {
        const char key[4] = { 0x12, 0x34, 0x56, 0x78 };
        out.append(key, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<char>(payload.at(i) ^ key[i % 4]);
    }
    return out + payload;
}

QByteArray RawWebSocketPeer::frame(int opcode, const QByteArray &payload)
{
    FrameSpec spec;
    spec.opcode = opcode;
    spec.payload = payload;
    return frame(spec);
}

QByteArray RawWebSocketPeer::closeFrame(int code, const QByteArray &reason)
{
    QByteArray payload;
    if (code != 0) {
        char bytes[2];
        qToBigEndian<quint16>(static_cast<quint16>(code), bytes);
        payload.append(bytes, 2);
        payload.append(reason);
    }
    return frame(8, payload);
}

} // namespace maxmon::test
