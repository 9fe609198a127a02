#pragma once

#include <maxmon/framescanner.h>
#include <maxmon/maxmon_core_export.h>

#include <QList>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QWebSocket;

namespace maxmon {

// Watches the raw bytes a server sends to a connected client QWebSocket,
// frame by frame, before Qt's own parser reads them: what maxmon needs to
// say truthfully who closed a connection (Qt reports its own reason for a
// violation it found through closeReason(), as if the server had said it,
// and turns a close code that may not appear on the wire into "1002"), and to
// see the violations Qt 6.4 lets through (a server's masked frames).
//
// How: Qt 6.4's QWebSocket reads its TCP socket (a child) in a slot
// connected to readyRead() and parses frames with its data processor (a
// child QWebSocketDataProcessor whose process(QIODevice*) is a slot). The tap
// disconnects that slot, and on every readyRead() first scans the new bytes
// with a FrameScanner, then lets the data processor consume them exactly as
// Qt's slot would. When Qt's internals are not there (another Qt version),
// install() returns nullptr and maxmon falls back to what Qt reports.
class MAXMON_CORE_TEST_EXPORT ServerFrameTap : public QObject
{
    Q_OBJECT

public:
    // Call once the handshake is done (from QWebSocket::connected()); the tap
    // becomes the socket's child. Then connect to violationFound() and call
    // start(), before the event loop runs again.
    static ServerFrameTap *install(QWebSocket *socket);
    // Scans and processes the bytes that came with the handshake's answer.
    void start();

    const FrameScanner &scanner() const { return m_scanner; }
    // The server's close frame came first: Qt only answered it.
    bool serverClosedFirst() const;

Q_SIGNALS:
    // Every violation found, the ones Qt tolerates included.
    void violationFound(const maxmon::FrameScanner::Violation &violation);

private:
    ServerFrameTap(QWebSocket *socket, QTcpSocket *tcp, QObject *processor, int processMethod);
    void onReadyRead();
    void scan(qint64 available);
    void onAboutToClose();

    QPointer<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_tcp;
    QPointer<QObject> m_processor;
    int m_processMethod;
    FrameScanner m_scanner { FrameScanner::Sender::Server };
    qint64 m_head = 0; // stream offset of the first byte still in the TCP socket's buffer
    qint64 m_end = 0; // stream offset just past the bytes available in this readyRead()
    bool m_processing = false;
    qint64 m_qtCloseOffset = -1; // how far Qt had read when it sent its close frame; -1: not yet
};

} // namespace maxmon
