#pragma once

#include "config/connectionconfig.h"
#include "websocket/connectionstate.h"
#include "websocket/diagnostics.h"
#include "websocket/error.h"
#include "websocket/heartbeat.h"
#include "websocket/message.h"
#include "websocket/result.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace maxmon {

class ConnectionStateMachine;
class SecretStore;
class TlsGuard;

// One WebSocket connection: opens, tracks and closes it on a QStateMachine,
// sends and receives messages, and reports every failure as an Error.
//
// Each attempt first resolves the secrets the profile names (token, key
// passphrase, proxy password) through a SecretStore, then connects through
// the profile's proxy; wss:// runs under a TlsPolicy (see TlsGuard).
//
// Counters (bytes and messages in and out) change too often to signal each
// change: poll diagnostics() for them. diagnosticsChanged() fires for
// everything else (state, addresses, close codes, errors).
class WebSocketClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(maxmon::ConnectionState state READ state NOTIFY stateChanged)

public:
    using State = ConnectionState;

    explicit WebSocketClient(QObject *parent = nullptr);
    explicit WebSocketClient(const ConnectionConfig &config, QObject *parent = nullptr);
    ~WebSocketClient() override;

    ConnectionConfig config() const { return m_config; }
    // Only while Disconnected or Error: a live connection keeps its settings.
    Result<void> setConfig(const ConnectionConfig &config);

    // Disconnected or Error -> Connecting. Refused, state unchanged, when the
    // config is invalid or a connection is already open or under way.
    Result<void> open();
    // Connected -> Disconnecting -> Disconnected, with a close frame and a
    // bounded wait; Connecting, Reconnecting or Error -> Disconnected at once.
    Result<void> close(int closeCode = 1000, const QString &reason = {});

    // Sends an outgoing text, JSON or binary message as is and returns its id
    // (assigned when empty). messageSent() then carries the exact bytes
    // written. Refused before anything is written when not connected, over
    // maxOutgoingMessageSize, or a text frame that is not valid UTF-8.
    Result<QString> send(const Message &message);
    Result<QString> sendText(const QString &text);
    Result<QString> sendBinary(const QByteArray &data);
    Result<QString> sendJson(const QJsonDocument &document);
    // Objects and arrays go out as JSON, scalars as their JSON text.
    Result<QString> sendJson(const QJsonValue &value);

    State state() const;
    Diagnostics diagnostics() const;
    Error lastError() const { return m_diagnostics.lastError; }

    // For HeartbeatConfig::Strategy::Application: the protocol layer on top
    // (Phoenix) sends its own probe for `sequence` and reports the reply.
    // Used from the next time the connection opens.
    void setApplicationProbe(Heartbeat::ProbeSender sendProbe);
    void applicationProbeAnswered(quint64 sequence);

Q_SIGNALS:
    void stateChanged(maxmon::ConnectionState state);
    void messageReceived(const maxmon::Message &message);
    void messageSent(const maxmon::Message &message);
    void errorOccurred(const maxmon::Error &error);
    void diagnosticsChanged();
    // Heartbeat: one RTT sample per answered probe, one probeLost() per
    // probe without answer in time; health() in diagnostics().heartbeat.
    void latencySampled(double rttMs);
    void probeLost();
    void healthChanged();

private:
    void onStateEntered(State state);
    void enterConnecting();
    void enterConnected();
    void enterDisconnecting();
    void enterDisconnected();
    void enterError();

    void resolveSecrets();
    void startAttempt();
    void createSocket();
    void releaseSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onSocketError(QAbstractSocket::SocketError socketError);
    void onConnectTimeout();
    void onCloseTimeout();
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void onPong(quint64 elapsedMs, const QByteArray &payload);
    void startHeartbeat();

    // An attempt failed or an open connection was lost.
    void fail(const Error &error);
    void recordIncoming(const Message &message);
    void recordClose(int code, const QString &reason, const QString &closedBy);
    QStringList secrets() const;
    ConnectionConfig attemptConfig() const; // m_config with the secrets resolved for this attempt
    void refreshWarnings();

    ConnectionConfig m_config;
    ConnectionStateMachine *m_machine;
    QWebSocket *m_socket = nullptr;
    QTimer m_connectTimer { this };
    QTimer m_closeTimer { this };
    Heartbeat *m_heartbeat = new Heartbeat(this);
    Heartbeat::ProbeSender m_applicationProbe;
    Diagnostics m_diagnostics;
    qint64 m_attemptStartNs = 0;
    bool m_socketFailed = false; // Qt may report several errors for one failure
    int m_pendingCloseCode = 1000;
    QString m_pendingCloseReason;
    SecretStore *m_secretStore;
    quint64 m_attemptSerial = 0; // tells a late secret answer from the current attempt's
    struct ResolvedSecrets
    {
        QString token;
        QString keyPassphrase;
        QString proxyPassword;
    } m_resolved;
    QPointer<TlsGuard> m_tlsGuard; // wss:// only; a child of m_socket
};

} // namespace maxmon
