#pragma once

#include <maxmon/framescanner.h>

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace maxmon {

// What a client sends on an accepted connection, scanned frame by frame
// beside the server's QWebSocket, which parses the same bytes: for the rules
// Qt 6.4 does not check (a client's unmasked frames), and so that the
// closing handshake can find the client's close frame after Qt has let go
// of the socket (ClosingHandshake).
//
// It reads nothing: it peeks. Its first slot is connected to the socket's
// readyRead() before Qt's own (created before the socket is handed to
// QWebSocketServer), so it sees every byte before Qt consumes it; a second
// slot, connected once the QWebSocket exists (attachAfterQt()), notes what
// Qt left in the buffer, so the next readyRead() tells the new bytes apart.
class ClientStreamWatch : public QObject
{
    Q_OBJECT

public:
    // `request` is the upgrade request exactly as it is at the start of the
    // socket's buffer; Qt removes it when it answers the handshake.
    ClientStreamWatch(QTcpSocket *socket, const QByteArray &request);

    // Once the QWebSocket that reads the socket exists.
    void attachAfterQt();
    const FrameScanner &scanner() const { return m_scanner; }

Q_SIGNALS:
    void violationFound(const maxmon::FrameScanner::Violation &violation);

private:
    void beforeQt();

    QPointer<QTcpSocket> m_socket;
    QByteArray m_request;
    bool m_handshakeAnswered = false;
    qint64 m_seen = 0; // bytes at the head of the socket's buffer already scanned (or the request)
    FrameScanner m_scanner { FrameScanner::Sender::Client };
};

} // namespace maxmon
