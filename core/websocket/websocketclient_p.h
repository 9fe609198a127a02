#pragma once

#include "websocket/connectionstatemachine.h"
#include "websocket/credentialresolver.h"
#include "websocket/serverframetap.h"

#include <maxmon/closeinfo.h>
#include <maxmon/diagnostics.h>
#include <maxmon/framescanner.h>
#include <maxmon/heartbeat.h>
#include <maxmon/reconnectpolicy.h>
#include <maxmon/tlspolicy.h>
#include <maxmon/websocketclient.h>

#include <QAbstractSocket>
#include <QMap>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace maxmon {

class HandshakeProbe;
class OutboundFlow;
class TlsGuard;

// The lifecycle: entry actions per state, the socket's signals, and the
// failure path. Credentials, the upgrade request, error texts and the retry
// decision live in their own classes (CredentialResolver, HandshakeRequest,
// ConnectionErrors, ReconnectPolicy).
struct WebSocketClient::Private
{
    Private(WebSocketClient *owner, const ConnectionConfig &config);

    State state() const { return m_machine->state(); }
    void onStateEntered(State state);
    void enterConnecting();
    void enterConnected();
    void enterDisconnecting();
    void enterDisconnected();
    void enterReconnecting();
    void enterError();

    void resolveCredentials();
    void startAttempt(const CredentialResolver::Credentials &credentials);
    void createSocket();
    void releaseSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onSocketError(QAbstractSocket::SocketError socketError);
    // The server refused the upgrade: fetch its answer for the report, then fail.
    void fetchRefusalAnswer(const Error &error);
    void onConnectTimeout();
    void onCloseTimeout();
    void onPong(const QByteArray &payload);
    void startHeartbeat();
    void sendCloseFrame();
    // Reads the server's frames beside Qt (ServerFrameTap), for the truth about closes.
    void watchFrames();
    void onViolation(const FrameScanner::Violation &violation);
    // How the connection Qt just closed ended, from the frames seen on the wire.
    CloseInfo closeFromWire() const;
    void onClosedWhileConnected();

    // An attempt failed or an open connection was lost: retry or give up.
    void fail(const Error &error);
    void reportUnconfirmed(bool connectionLost);
    void recordIncoming(const Message &message);
    // send(): checks, resolves variables, gives an id, hands to the flow. By
    // value: sendText() and the like give up their message, which is then
    // edited in place rather than copied.
    Result<QString> submit(Message message);
    void recordClose(const CloseInfo &rawClose);
    QStringList secrets() const;
    Variables variables() const;
    void refreshWarnings();

    WebSocketClient *q;
    ConnectionConfig m_config;
    ConnectionStateMachine *m_machine;
    QWebSocket *m_socket = nullptr;
    QTimer m_connectTimer { q };
    QTimer m_closeTimer { q };
    QTimer m_retryTimer { q };
    ReconnectPolicy m_reconnect;
    OutboundFlow *m_outbound;
    CredentialResolver *m_credentials;
    // the next attempt asks the AuthProvider for a fresh token
    AuthProvider::Reason m_tokenReason = AuthProvider::Reason::Connect;
    bool m_draining = false; // Disconnecting: waiting for the pong that confirms all
    Heartbeat *m_heartbeat;
    Heartbeat::ProbeSender m_applicationProbe;
    Diagnostics m_diagnostics;
    Variables m_sessionVariables; // setVariables()'s session scope
    bool m_resolveMessages = false; // setVariables() was called
    // the profile's secret variables as the last attempt resolved them
    QList<QPair<QString, QString>> m_secretVariables;
    qint64 m_attemptStartNs = 0;
    bool m_socketFailed = false; // Qt may report several errors for one failure
    int m_pendingCloseCode = 1000;
    QString m_pendingCloseReason;
    QPointer<TlsGuard> m_tlsGuard; // wss:// only; a child of m_socket
    QPointer<ServerFrameTap> m_tap; // once connected; a child of m_socket
    // the attempt's upgrade request, proxy and TLS, for a refusal's diagnostic request
    QNetworkRequest m_attemptRequest;
    QStringList m_attemptSubprotocols;
    std::optional<TlsPolicy> m_attemptTls;
    HandshakeProbe *m_probe = nullptr; // created on the first refusal
    struct Tolerated
    {
        QString description; // of the first one
        qint64 count = 0;
    };
    QMap<FrameScanner::Rule, Tolerated> m_tolerated; // this connection's, Qt let them through
};

} // namespace maxmon
