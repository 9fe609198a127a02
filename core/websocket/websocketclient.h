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
#include <maxmon/variables.h>

#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QObject>

#include <memory>

namespace maxmon {

class AuthProvider;

/// One WebSocket connection: opens, tracks and closes it on a QStateMachine,
/// sends and receives messages, and reports every failure as an Error.
///
/// Each attempt first resolves the secrets the profile names (token, key
/// passphrase, proxy password) through a SecretStore, then connects through
/// the profile's proxy; wss:// runs under a TlsPolicy.
///
/// When a connection fails or is lost for a reason that retrying can fix
/// (ReconnectPolicy::isRetryable()), the client goes to Reconnecting and tries
/// again after the policy's backoff; a handshake refused with 401/403 is
/// retried once at once with a fresh token from the AuthProvider (see
/// ReconnectPolicy::decide()).
///
/// What the user sends is never reordered or silently dropped. Messages sent
/// while not connected wait in a bounded queue; messages written to a
/// connection that then ends without proof of arrival are reported by
/// messagesUnconfirmed().
///
/// Counters (bytes and messages in and out) change too often to signal each
/// change: poll diagnostics() for them. diagnosticsChanged() fires for
/// everything else (state, addresses, close codes, errors).
class MAXMON_CORE_EXPORT WebSocketClient : public QObject
{
    Q_OBJECT
    /// The lifecycle state; see stateChanged().
    Q_PROPERTY(maxmon::ConnectionState state READ state NOTIFY stateChanged)

public:
    /// The lifecycle states: Disconnected, Connecting, Connected,
    /// Reconnecting, Disconnecting, Error.
    using State = ConnectionState;

    /// A client with the default settings (no URL yet: set one with setConfig()).
    explicit WebSocketClient(QObject *parent = nullptr);
    /// A client for \p config; nothing happens until open().
    explicit WebSocketClient(const ConnectionConfig &config, QObject *parent = nullptr);
    /// Closes a live connection with 1001 (Going away) as far as the socket
    /// takes it without an event loop; use shutdown() to wait for the close.
    ~WebSocketClient() override;

    /// The settings in force.
    ConnectionConfig config() const;
    /// Replaces the settings; only while Disconnected or Error: a live
    /// connection keeps its settings. InvalidState otherwise.
    Result<void> setConfig(const ConnectionConfig &config);

    /// Disconnected or Error -> Connecting. Refused, state unchanged, when the
    /// config is invalid or a connection is already open or under way.
    Result<void> open();
    /// Connected -> Disconnecting -> Disconnected: what is queued is written,
    /// a ping confirms everything written (bounded by closeTimeoutMs), then
    /// the close frame with \p closeCode and \p reason. Connecting,
    /// Reconnecting or Error -> Disconnected at once. Refused for a code a
    /// client may not send (use 1000, 1001, 3000-3999 or 4000-4999).
    Result<void> close(int closeCode = 1000, const QString &reason = {});
    /// Reconnecting -> Connecting now, without waiting for the backoff.
    Result<void> retryNow();
    /// For application exit: closes with 1001 and waits, at most \p timeoutMs,
    /// for the close to complete, spinning a local event loop. Safe in any state.
    void shutdown(int timeoutMs = 2000);

    /// Sends an outgoing text, JSON or binary message as is and returns its id
    /// (assigned when empty). It is written at once when connected and the
    /// socket keeps up, otherwise queued (QueueFull when the queue is full) and
    /// written in order later; messageSent() then carries the exact bytes
    /// written. Refused before anything is queued when over
    /// maxOutgoingMessageSize, or a text frame that is not valid UTF-8.
    Result<QString> send(const Message &message);
    /// Sends \p text as a text message; see send().
    Result<QString> sendText(const QString &text);
    /// Sends \p data as a binary message; see send().
    Result<QString> sendBinary(const QByteArray &data);
    /// Sends \p document as a JSON text message; see send().
    Result<QString> sendJson(const QJsonDocument &document);
    /// Sends \p value as a JSON text message: objects and arrays go out as
    /// JSON, scalars as their JSON text; see send().
    Result<QString> sendJson(const QJsonValue &value);
    /// Drops the messages waiting in the queue (not yet written) and returns
    /// them, oldest first, for the caller to report: for a protocol layer whose
    /// queued frames mean nothing on the next connection, or a user who
    /// changed their mind. Counted in diagnostics().delivery.discarded.
    QList<Message> discardPending();

    /// The lifecycle state now (the target state as soon as a transition is decided).
    State state() const;
    /// A snapshot of everything known about the connection, safe to show and export.
    Diagnostics diagnostics() const;
    /// The last failure reported by errorOccurred() that ended an attempt or
    /// a connection; cleared when a connection succeeds.
    Error lastError() const;

    /// For HeartbeatConfig::Strategy::Application: the protocol layer on top
    /// (Phoenix) sends its own probe for a sequence number with \p sendProbe
    /// and reports the reply with applicationProbeAnswered(). Used from the
    /// next time the connection opens.
    void setApplicationProbe(Heartbeat::ProbeSender sendProbe);
    /// The reply to application probe \p sequence arrived.
    void applicationProbeAnswered(quint64 sequence);

    /// Replaces the token source the profile names (auth.token /
    /// auth.tokenSource); nullptr goes back to the profile's.
    void setAuthProvider(std::shared_ptr<AuthProvider> provider);

    /// Sets the session variables: Variables::Scope::Session of \p variables
    /// (the profile's come from ConnectionConfig::variables, the environment's
    /// from MAXMON_<NAME>). The URL's and the handshake headers' `{{name}}`
    /// references are always replaced when an attempt starts; once this was
    /// called, those of every outgoing text message are too, in send(). A
    /// reference that cannot be resolved fails the attempt or the send() with
    /// Error::Code::InvalidConfig. Secret values are masked like the token
    /// wherever the client reports text (errors, close reasons, diagnostics).
    void setVariables(const Variables &variables);
    /// Every variable the client resolves with: the session's, the profile's
    /// (the secret ones as far as resolved by the last attempt) and the environment.
    Variables variables() const;

Q_SIGNALS:
    /// The lifecycle state changed to \p state.
    void stateChanged(maxmon::ConnectionState state);
    /// A message arrived: text, binary, JSON, the server's close frame, or a
    /// pong that is not an answer to maxmon's own pings.
    void messageReceived(const maxmon::Message &message);
    /// A message was written to the socket, with the exact bytes written.
    void messageSent(const maxmon::Message &message);
    /// Something failed: an attempt, the connection, or a write. Every
    /// failure is reported exactly once.
    void errorOccurred(const maxmon::Error &error);
    /// Something in diagnostics() changed, other than the counters.
    void diagnosticsChanged();
    /// The heartbeat measured a round trip of \p rttMs milliseconds.
    void latencySampled(double rttMs);
    /// A heartbeat probe got no answer in time.
    void probeLost();
    /// diagnostics().heartbeat.health changed its level.
    void healthChanged();
    /// These messages were written to a connection that ended before the
    /// server confirmed them: they may or may not have arrived. Never resent
    /// automatically.
    void messagesUnconfirmed(const QList<maxmon::Message> &messages);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
