#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>

#include <QHash>
#include <QObject>
#include <QTimer>

namespace maxmon {

class WebSocketClient;

// One connection of a LoadGenerator: sends numbered messages to an echo
// endpoint and times each one until its echo comes back.
//
// Each payload starts with the message's sequence number (8 bytes big
// endian for binary messages, 16 hex digits for text) and is filled up to
// the message size with a fixed pattern; an echo is matched by that number
// and must come back byte for byte, or it counts as mismatched. At most
// `window` messages are in flight; with a rate, sends follow a fixed
// schedule from the start (a full window delays them: the latency is
// measured from the actual send).
class MAXMON_CORE_TEST_EXPORT LoadConnection : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        int messageSize = 64;
        bool text = false;
        int window = 1;
        double rate = 0; // messages per second on this connection; 0 = as fast as the window allows
        qint64 quota = -1; // messages to send; -1 = until stopSending()
    };

    static constexpr int minMessageSize = 16;

    LoadConnection(const ConnectionConfig &config, const Plan &plan, QObject *parent = nullptr);

    void open();
    void startSending();
    void stopSending();
    void close();

    bool isOpen() const;
    bool isClosed() const; // never opened, failed, or closed
    // Everything it will send is sent, and nothing is in flight (or it failed).
    bool isDone() const;
    // It will send nothing more: its quota is sent, it was stopped, or it failed.
    bool hasSentAll() const;
    bool hasFailed() const { return m_failed; }
    qint64 sent() const { return m_sent; }
    qint64 received() const { return m_received; }
    qint64 inFlight() const { return m_inFlight.size(); }
    qint64 mismatched() const { return m_mismatched; }
    qint64 sendErrors() const { return m_sendErrors; }
    double handshakeMs() const { return m_handshakeMs; }
    // Why it failed, or why a send was refused (it then stops sending).
    Error error() const { return m_error; }

Q_SIGNALS:
    void opened();
    void failed(const maxmon::Error &error);
    void roundTrip(double ms);
    void done(); // isDone() became true
    void closed(); // isClosed() became true

private:
    void pump();
    void onMessage(const Message &message);
    void checkDone();
    QByteArray payload(quint64 sequence) const;
    bool parseSequence(const QByteArray &payload, quint64 *sequence) const;

    WebSocketClient *m_client;
    Plan m_plan;
    QByteArray m_filler;
    QHash<quint64, qint64> m_inFlight; // sequence -> monotonic ns when sent
    QTimer m_pacer { this };
    qint64 m_startNs = 0;
    quint64 m_nextSequence = 0;
    qint64 m_sent = 0;
    qint64 m_received = 0;
    qint64 m_mismatched = 0;
    qint64 m_sendErrors = 0;
    double m_handshakeMs = -1;
    bool m_sending = false;
    bool m_stopped = false;
    bool m_failed = false;
    bool m_doneSignalled = false;
    Error m_error;
};

} // namespace maxmon
