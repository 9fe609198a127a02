#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionstate.h>
#include <maxmon/diagnostics.h>
#include <maxmon/error.h>
#include <maxmon/heartbeat.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/reconnectpolicy.h>
#include <maxmon/result.h>

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace maxmon {

class AuthProvider;
class ConnectionStateMachine;
class OutboundFlow;
class SecretStore;
class TlsGuard;

// One WebSocket connection: opens, tracks and closes it on a QStateMachine,
// sends and receives messages, and reports every failure as an Error.
//
// Each attempt first resolves the secrets the profile names (token, key
// passphrase, proxy password) through a SecretStore, then connects through
// the profile's proxy; wss:// runs under a TlsPolicy (see TlsGuard).
//
// When a connection fails or is lost for a reason that retrying can fix
// (ReconnectPolicy::isRetryable), the client goes to Reconnecting and tries
// again after the policy's backoff; a handshake refused with 401/403 is
// retried once at once with a fresh token from the AuthProvider.
//
// What the user sends is never reordered or silently dropped: see
// OutboundFlow. Messages sent while not connected wait in a bounded queue;
// messages written to a connection that then ends without proof of arrival
// are reported by messagesUnconfirmed().
//
// Counters (bytes and messages in and out) change too often to signal each
// change: poll diagnostics() for them. diagnosticsChanged() fires for
// everything else (state, addresses, close codes, errors).
class MAXMON_CORE_EXPORT WebSocketClient : public QObject
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
    // Connected -> Disconnecting -> Disconnected: what is queued is written,
    // a ping confirms everything written (bounded by closeTimeoutMs), then
    // the close frame. Connecting, Reconnecting or Error -> Disconnected at once.
    Result<void> close(int closeCode = 1000, const QString &reason = {});
    // Reconnecting -> Connecting now, without waiting for the backoff.
    Result<void> retryNow();
    // For application exit: closes with 1001 and waits, at most timeoutMs, for
    // the close to complete, spinning a local event loop. Safe in any state.
    void shutdown(int timeoutMs = 2000);

    // Sends an outgoing text, JSON or binary message as is and returns its id
    // (assigned when empty). It is written at once when connected and the
    // socket keeps up, otherwise queued (QueueFull when the queue is full) and
    // written in order later; messageSent() then carries the exact bytes
    // written. Refused before anything is queued when over
    // maxOutgoingMessageSize, or a text frame that is not valid UTF-8.
    Result<QString> send(const Message &message);
    Result<QString> sendText(const QString &text);
    Result<QString> sendBinary(const QByteArray &data);
    Result<QString> sendJson(const QJsonDocument &document);
    // Objects and arrays go out as JSON, scalars as their JSON text.
    Result<QString> sendJson(const QJsonValue &value);
    // Drops the messages waiting in the queue (not yet written) and returns
    // them, oldest first, for the caller to report: for a protocol layer whose
    // queued frames mean nothing on the next connection, or a user who
    // changed their mind. Counted in diagnostics().delivery.discarded.
    QList<Message> discardPending();

    State state() const;
    Diagnostics diagnostics() const;
    Error lastError() const { return m_diagnostics.lastError; }

    // For HeartbeatConfig::Strategy::Application: the protocol layer on top
    // (Phoenix) sends its own probe for `sequence` and reports the reply.
    // Used from the next time the connection opens.
    void setApplicationProbe(Heartbeat::ProbeSender sendProbe);
    void applicationProbeAnswered(quint64 sequence);

    // Replaces the token source the profile names (auth.token / auth.tokenSource).
    void setAuthProvider(std::shared_ptr<AuthProvider> provider);

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
    // Written to a connection that ended before the server confirmed them:
    // they may or may not have arrived. Never resent automatically.
    void messagesUnconfirmed(const QList<maxmon::Message> &messages);

private:
    void onStateEntered(State state);
    void enterConnecting();
    void enterConnected();
    void enterDisconnecting();
    void enterDisconnected();
    void enterReconnecting();
    void enterError();

    void fetchToken();
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
    void sendCloseFrame();

    // An attempt failed or an open connection was lost: retry or give up.
    void fail(const Error &error);
    // The retry decision for a failure, and the error as finally reported.
    bool scheduleRetryAfter(Error *error);
    void reportUnconfirmed(bool connectionLost);
    AuthProvider *authProvider();
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
    QTimer m_retryTimer { this };
    ReconnectPolicy m_reconnect;
    OutboundFlow *m_outbound;
    std::shared_ptr<AuthProvider> m_customAuth; // set by setAuthProvider()
    std::shared_ptr<AuthProvider> m_profileAuth; // built from the profile per open()
    bool m_renewToken = false; // the next attempt asks the AuthProvider for a fresh token
    bool m_tokenRenewed = false; // since the last successful connection
    bool m_draining = false; // Disconnecting: waiting for the pong that confirms all
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
