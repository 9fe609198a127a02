#pragma once

#include "websocket/handshakeprobe.h"

#include <maxmon/closeinfo.h>
#include <maxmon/error.h>
#include <maxmon/framescanner.h>
#include <maxmon/maxmon_core_export.h>

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QNetworkProxy>

#include <optional>

namespace maxmon {

class TlsGuard;

// The one place that turns what Qt reports about a connection (socket, TLS,
// proxy and handshake errors, timeouts, close codes) into an Error a user can
// act on. Error's own factories for the Qt errors (Error::fromSocketError,
// fromHandshakeRejection, fromCloseCode, httpStatusFromQtMessage) are defined
// in connectionerrors.cpp too; the TLS and proxy details come from TlsGuard
// and ProxySelector, which know the policy and the proxy of the attempt.
//
// Its texts keep the translation context of WebSocketClient, where they were
// first written and translated.
class MAXMON_CORE_TEST_EXPORT ConnectionErrors
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::WebSocketClient)

public:
    // What a QWebSocket error signal says, and what the client knew then.
    struct SocketFailure
    {
        QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
        QString qtMessage; // QWebSocket::errorString()
        bool connecting = false; // during the attempt (TCP, TLS, proxy, upgrade)
        bool connected = false; // after the handshake
        bool tcpConnected = false; // the TCP connection was up (the peer address is known)
        const TlsGuard *tls = nullptr; // wss:// only
        QNetworkProxy proxy; // the proxy of the attempt
    };

    static Error socketFailure(const SocketFailure &failure);
    // A refused handshake (HTTP status in Qt's text), as opposed to a refused TCP connection.
    static bool isHandshakeRefusal(const SocketFailure &failure);
    // The connect timer ran out: before the TCP connection, or during the upgrade.
    static Error connectTimeout(int timeoutMs, bool tcpConnected);
    // The TCP connection ended before the handshake's answer.
    static Error closedDuringHandshake();
    // Qt 6.4 closes the connection itself, with 1009, when an incoming frame
    // or message is over the limits the client set: no error signal, only
    // disconnected() with its own close code and one of its own reasons.
    static bool isOwnTooLargeClose(int code, const QString &reason);
    static Error incomingTooLarge(qint64 limit, const QString &qtReason);

    // A refused handshake's error with the server's answer, as the
    // diagnostic request fetched it: the status when Qt did not say it, the
    // answer in the detail and as "handshakeResponse" in the context.
    static Error withHandshakeAnswer(const Error &refusal, const HandshakeProbe::Answer &answer);

    // The server started the close, with a code other than 1000 or with a
    // close frame that breaks the protocol.
    static Error closedByServer(const CloseInfo &close);
    // The client (Qt's frame parser) closed after a problem with what the server sent.
    static Error closedByClient(const CloseInfo &close);
    // What the client found, in words: the violation the frame scanner saw,
    // else what Qt's close code and reason (`codeSent`, `qtReason`) tell.
    static QString violationText(const std::optional<FrameScanner::Violation> &found, int codeSent,
                                 const QString &qtReason, qint64 maxIncomingMessageSize);
};

} // namespace maxmon
