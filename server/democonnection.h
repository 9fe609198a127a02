#pragma once

#include "server/demofaults.h"
#include "server/demoserversettings.h"
#include "server/httpupgraderequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include <deque>

namespace maxmon {

// One connection to the demo server, as its endpoint sees it: messages in,
// sends out, and the connection's faults applied in one place so that
// every endpoint (echo, events, a Phoenix endpoint later) gets them alike.
//
//   delay   every send waits delayMs, in order, then goes out
//   close   closeAfterMs after the handshake the server closes with closeCode
//   freeze  freezeAfterMs after the handshake the server stops reading and
//           writing, as a hung process would. QWebSocket answers pings by
//           itself as it reads frames, so the only real way to stop pongs
//           is to stop reading: the QWebSocket's TCP socket is cut off from
//           it (its readyRead is disconnected from the QWebSocket) and the
//           socket's read buffer is capped at 64 KiB, so the kernel's
//           buffers fill and TCP flow control pushes back on the client.
//           Pings, messages and the close handshake then go unanswered;
//           nothing is sent. A frozen connection cannot thaw; it is aborted
//           after DemoServerSettings::frozenLimitMs.
//
// Sends are bounded: a send that would take the bytes waiting to go out
// (delayed ones plus the socket's write buffer) past maxPendingBytes closes
// the connection with 1008 (the client is not reading). Producers that can
// wait (/events) ask hasRoom() first and resume on drained().
//
// It goes away (deleteLater) when the socket disconnects.
class DemoConnection : public QObject
{
    Q_OBJECT

public:
    DemoConnection(QWebSocket *socket, const HttpUpgradeRequest &request, const DemoFaults &faults,
                   const DemoServerSettings &settings, QObject *parent = nullptr);
    ~DemoConnection() override;

    QWebSocket *socket() const { return m_socket; }
    const HttpUpgradeRequest &request() const { return m_request; }
    const DemoFaults &faults() const { return m_faults; }
    QString peer() const { return m_peer; } // "127.0.0.1:53422"

    bool isOpen() const;
    // Open, not frozen, not closing, and below half the pending limit.
    bool hasRoom();
    qint64 pendingBytes() const;

    // After the connection's delay, in order; dropped once closing or frozen.
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    // Closes once what was sent before has gone out (after its delay).
    void close(int code, const QString &reason = {});
    // Closes now, dropping delayed sends.
    void closeNow(int code, const QString &reason = {});
    void freeze();

Q_SIGNALS:
    void textReceived(const QString &text);
    void binaryReceived(const QByteArray &data);
    // hasRoom() said no earlier and now says yes.
    void drained();
    void closed();

private:
    struct Pending
    {
        enum class Kind { Text, Binary, Close };
        Kind kind = Kind::Text;
        qint64 dueNs = 0;
        QString text; // Text, or the close reason
        QByteArray data; // Binary
        int closeCode = 0;
    };

    void enqueue(Pending pending, qint64 bytes);
    void flushDue();
    void write(const Pending &pending);
    void onBytesWritten();
    void onDisconnected();

    QPointer<QWebSocket> m_socket;
    HttpUpgradeRequest m_request;
    DemoFaults m_faults;
    qint64 m_maxPendingBytes;
    qint64 m_frozenLimitMs;
    QString m_peer;
    std::deque<Pending> m_delayed;
    qint64 m_delayedBytes = 0;
    QTimer m_delayTimer { this };
    QTimer m_closeTimer { this };
    QTimer m_freezeTimer { this };
    bool m_frozen = false;
    bool m_closing = false;
    bool m_waitingForRoom = false;
    bool m_closedEmitted = false;
};

} // namespace maxmon
