#include "server/clientstreamwatch.h"

#include <QTcpSocket>

namespace maxmon {

ClientStreamWatch::ClientStreamWatch(QTcpSocket *socket, const QByteArray &request)
    : QObject(socket)
    , m_socket(socket)
    , m_request(request)
    , m_seen(request.size())
{
    m_scanner.setViolationHandler(
        [this](const FrameScanner::Violation &violation) { Q_EMIT violationFound(violation); });
    connect(socket, &QIODevice::readyRead, this, &ClientStreamWatch::beforeQt);
    beforeQt(); // frames that came with the request
}

void ClientStreamWatch::attachAfterQt()
{
    if (!m_socket)
        return;
    m_handshakeAnswered = true;
    m_seen = m_socket->bytesAvailable();
    connect(m_socket, &QIODevice::readyRead, this, [this] { m_seen = m_socket->bytesAvailable(); });
}

void ClientStreamWatch::beforeQt()
{
    const qint64 available = m_socket->bytesAvailable();
    const QByteArray buffered = m_socket->peek(available);
    if (!m_handshakeAnswered && !buffered.startsWith(m_request)) {
        // Qt has answered the handshake and removed the request
        m_handshakeAnswered = true;
        m_seen -= m_request.size();
    }
    if (available > m_seen)
        m_scanner.feed(QByteArrayView(buffered).sliced(m_seen));
    m_seen = available;
}

} // namespace maxmon
