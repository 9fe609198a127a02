#pragma once

#include <maxmon/framescanner.h>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAbstractSocket;
class QTcpSocket;

namespace maxmon {

// The end of a connection as RFC 6455 section 7.1.1 wants it from a server:
// after its close frame (or HTTP refusal) the server keeps reading, and
// throws away, whatever the client still sends, until the client's close
// frame, the client's own end of the connection, or a timeout; only then
// does it shut down its side and close TCP. Closing while unread data is
// arriving makes the kernel answer with a reset, and a reset destroys what
// the client has not read yet: the close frame itself, often.
//
// Qt closes its socket at once (QWebSocket after its close frame); the
// closing handshake keeps the connection with a duplicate of the socket's
// descriptor (POSIX dup), so that Qt's close() ends only Qt's use of it, and
// reads the rest through its own socket. What Qt still had to write goes
// out first: the shutdown waits for Qt's socket to finish.
class ClosingHandshake : public QObject
{
    Q_OBJECT

public:
    // Call from `closing`'s aboutToClose(), before Qt closes it. `scanner`
    // has seen every byte of the client's frames so far (plain connections):
    // the shutdown waits for the client's close frame. Without one (an HTTP
    // refusal; TLS, whose frames it cannot see) it comes once Qt's socket has
    // written everything, and what arrives is drained until the client
    // closes or the timeout.
    // False when the descriptor cannot be taken over (Qt closes as usual).
    static bool takeOver(QTcpSocket *closing, std::optional<FrameScanner> scanner, int timeoutMs,
                         QObject *parent);

    ~ClosingHandshake() override;

Q_SIGNALS:
    void finished();

private:
    ClosingHandshake(QTcpSocket *closing, std::optional<FrameScanner> scanner, int timeoutMs,
                     QObject *parent);
    bool start(qintptr descriptor);
    void onReadyRead();
    void shutDownWhenWritten();
    void finish();

    // Qt's, while it writes what it has. QAbstractSocket, not QTcpSocket: it
    // emits disconnected() from its own destructor, when it is no QTcpSocket any
    // more, and QPointer<QTcpSocket> would downcast it (UBSan reports that).
    QPointer<QAbstractSocket> m_qtSocket;
    QTcpSocket *m_socket; // ours, on the duplicate descriptor
    std::optional<FrameScanner> m_scanner;
    QTimer m_timer;
    bool m_shutDown = false;
    bool m_finished = false;
};

} // namespace maxmon
