#pragma once

#include <maxmon/framescanner.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace maxmon::test {

// A WebSocket server written by hand on a QTcpServer (RFC 6455 spoken byte
// by byte), for tests that need a peer which breaks the rules on purpose:
// it answers the upgrade with 101 (or with any raw HTTP answer the test
// gives), then sends exactly the bytes the test gives, and records what the
// client sent, frame by frame.
class RawWebSocketPeer : public QObject
{
    Q_OBJECT

public:
    explicit RawWebSocketPeer(QObject *parent = nullptr);
    ~RawWebSocketPeer() override;

    bool listen();
    QUrl url(const QString &path = QStringLiteral("/raw")) const;

    // Instead of 101: this whole answer (status line, headers, blank line,
    // body), then the connection is closed after closeAfterMs (-1: kept open).
    void refuseWith(const QByteArray &response, int closeAfterMs = 0);
    // Connections after the first `count` get no answer at all (-1: all answered).
    void setAnsweredConnections(int count) { m_answered = count; }
    // Sent in the same write as the 101 answer.
    void setBytesWithHandshake(const QByteArray &bytes) { m_withHandshake = bytes; }
    // Sent to the connected client now.
    void send(const QByteArray &bytes);
    // Closes the TCP connection without a close frame.
    void dropConnection();

    // The raw upgrade requests, one per connection.
    QList<QByteArray> requests() const { return m_requests; }
    int connectionCount() const { return m_requests.size(); }
    bool isUpgraded() const { return m_upgraded; }
    // The frames the client sent since the last upgrade, payloads unmasked
    // for control frames.
    QList<FrameScanner::Frame> clientFrames() const { return m_frames; }
    std::optional<FrameScanner::Frame> clientCloseFrame() const;
    bool clientDisconnected() const { return m_clientGone; }

    // One frame as a server sends it, with every field under the test's control.
    struct FrameSpec
    {
        int opcode = 1;
        QByteArray payload;
        bool fin = true;
        int rsv = 0;
        bool masked = false;
        int lengthBytes = -1; // 0, 2 or 8 extended length bytes; -1: the minimal encoding
    };
    static QByteArray frame(const FrameSpec &spec);
    static QByteArray frame(int opcode, const QByteArray &payload);
    // A close frame; code 0 gives an empty payload.
    static QByteArray closeFrame(int code, const QByteArray &reason = {});

Q_SIGNALS:
    void upgraded();
    void clientFrameReceived(const maxmon::FrameScanner::Frame &frame);

private:
    void onNewConnection();
    void onReadyRead();

    QTcpServer *m_server;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QList<QByteArray> m_requests;
    QByteArray m_refusal;
    int m_refusalCloseAfterMs = 0;
    int m_answered = -1;
    QByteArray m_withHandshake;
    bool m_upgraded = false;
    bool m_clientGone = false;
    std::optional<FrameScanner> m_scanner;
    QList<FrameScanner::Frame> m_frames;
};

} // namespace maxmon::test
