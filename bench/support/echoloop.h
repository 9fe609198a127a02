#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace maxmon {
class ConnectionRecorder;
class MessageLogModel;
class SessionStore;
class WebSocketClient;
} // namespace maxmon

namespace maxmon::bench {

// A pipelined echo loop against an /echo endpoint: start() puts `window`
// messages in flight and every echo that comes back sends the next one,
// until stop() (or the send limit). The same loop twice: MaxmonEchoLoop
// through WebSocketClient as the GUI wires it, BareEchoLoop on a plain
// QWebSocket (the baseline), so that the difference is maxmon's cost.
class EchoLoop : public QObject
{
    Q_OBJECT

public:
    explicit EchoLoop(QObject *parent = nullptr);

    // Connects and waits for it (false after timeoutMs).
    virtual bool open(const QUrl &url, int timeoutMs = 10000) = 0;
    // Closes and waits until closed.
    virtual void close() = 0;
    virtual QString name() const = 0;

    void setPayload(const QByteArray &payload, bool text);
    // Sends no more than this many messages in all (0: no limit).
    void setSendLimit(qint64 limit) { m_sendLimit = limit; }
    void start(int window);
    void stop() { m_sending = false; }
    bool isDrained() const { return m_inFlight == 0; }
    qint64 sent() const { return m_sent; }
    qint64 received() const { return m_received; }
    qint64 receivedBytes() const { return m_receivedBytes; }
    qint64 inFlight() const { return m_inFlight; }

protected:
    virtual void sendOne() = 0;
    // A data message came back (control frames are not echoes).
    void echoed(qint64 bytes);

    QByteArray m_payload;
    QString m_text; // the payload as text, built once: both sides send the same QString
    bool m_isText = true;

private:
    void send();

    qint64 m_sendLimit = 0;
    qint64 m_sent = 0;
    qint64 m_received = 0;
    qint64 m_receivedBytes = 0;
    qint64 m_inFlight = 0;
    bool m_sending = false;
};

// WebSocketClient as maxmon uses it: both directions into a MessageLogModel
// (as ConnectionTab does), the heartbeat on (1 s, fixed), and the
// diagnostics sampled once a second (as ChartPanel does for its rates).
// With a session file, the log is a window over a SessionStore recording
// every message, as a tab with recording on runs it.
class MaxmonEchoLoop : public EchoLoop
{
    Q_OBJECT

public:
    explicit MaxmonEchoLoop(int logCapacity = -1, QObject *parent = nullptr);
    // Records into this file (before open()).
    bool record(const QString &sessionPath);
    // No message log at all: WebSocketClient alone, to tell its cost from
    // the log's (a diagnostic figure, not how maxmon runs).
    void withoutLog();
    ~MaxmonEchoLoop() override;

    bool open(const QUrl &url, int timeoutMs = 10000) override;
    void close() override;
    QString name() const override
    {
        if (!m_logged)
            return QStringLiteral("maxmon without log");
        return m_store ? QStringLiteral("maxmon recording") : QStringLiteral("maxmon");
    }

    WebSocketClient *client() const { return m_client; }
    MessageLogModel *log() const { return m_log; }

protected:
    void sendOne() override;

private:
    WebSocketClient *m_client;
    MessageLogModel *m_log;
    SessionStore *m_store = nullptr;
    ConnectionRecorder *m_recorder = nullptr;
    QTimer m_statsTimer;
    qint64 m_statsSamples = 0;
    bool m_logged = true;
};

// The baseline: the same loop on a bare QWebSocket, no maxmon code.
class BareEchoLoop : public EchoLoop
{
    Q_OBJECT

public:
    explicit BareEchoLoop(QObject *parent = nullptr);
    ~BareEchoLoop() override;

    bool open(const QUrl &url, int timeoutMs = 10000) override;
    void close() override;
    QString name() const override { return QStringLiteral("bare QWebSocket"); }

protected:
    void sendOne() override;

private:
    QWebSocket *m_socket;
};

} // namespace maxmon::bench
