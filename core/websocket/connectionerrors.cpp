#include "websocket/connectionerrors.h"

#include "websocket/tlsguard.h"

#include <maxmon/proxyselector.h>

#include <QRegularExpression>
#include <QWebSocketProtocol>

namespace maxmon {

bool ConnectionErrors::isHandshakeRefusal(const SocketFailure &failure)
{
    // Qt 6.4 reports a refused handshake as ConnectionRefusedError and names
    // the HTTP status only in the text; a refused TCP connection has no peer.
    return failure.connecting && failure.tcpConnected
        && failure.socketError == QAbstractSocket::ConnectionRefusedError;
}

Error ConnectionErrors::socketFailure(const SocketFailure &failure)
{
    if (isHandshakeRefusal(failure))
        return Error::fromHandshakeRejection(Error::httpStatusFromQtMessage(failure.qtMessage),
                                             failure.qtMessage);
    Error error = Error::fromSocketError(failure.socketError, failure.qtMessage);
    if (failure.connecting && failure.tls)
        error = failure.tls->explain(failure.socketError, failure.qtMessage, error);
    if (failure.connecting)
        error = ProxySelector::explain(error, failure.socketError, failure.proxy);
    if (failure.connected && failure.socketError == QAbstractSocket::RemoteHostClosedError) {
        error = Error(Error::Code::ConnectionLost,
                      tr("The connection was lost: the server closed it without a close "
                         "frame (1006 Abnormal closure)."),
                      failure.qtMessage);
        error.withContext(QStringLiteral("closeCode"), 1006);
    }
    return error;
}

Error ConnectionErrors::connectTimeout(int timeoutMs, bool tcpConnected)
{
    Error error = tcpConnected
        ? Error(Error::Code::HandshakeTimeout,
                tr("The server accepted the connection but did not answer the WebSocket "
                   "handshake within %1 ms.")
                    .arg(timeoutMs),
                QString(), tr("Check that the URL points at a WebSocket endpoint."))
        : Error(Error::Code::ConnectTimeout,
                tr("Could not connect to the server within %1 ms.").arg(timeoutMs), QString(),
                tr("Check the host, the port and any firewall in between."));
    error.withContext(QStringLiteral("timeoutMs"), timeoutMs);
    return error;
}

Error ConnectionErrors::closedDuringHandshake()
{
    return Error(Error::Code::ConnectionLost,
                 tr("The server closed the connection during the handshake."));
}

bool ConnectionErrors::isOwnTooLargeClose(int code, const QString &reason)
{
    if (code != QWebSocketProtocol::CloseCodeTooMuchData)
        return false;
    static const char *const frameReason = "Maximum framesize exceeded.";
    static const char *const messageReason = "Received message is too big.";
    return reason == QLatin1String(frameReason) || reason == QLatin1String(messageReason)
        || reason == QCoreApplication::translate("QWebSocketFrame", frameReason)
        || reason == QCoreApplication::translate("QWebSocketDataProcessor", messageReason);
}

Error ConnectionErrors::incomingTooLarge(qint64 limit, const QString &qtReason)
{
    // Qt does not say how large the message was, only that it passed the limit.
    Error error(Error::Code::MessageTooLarge,
                tr("The server sent a message larger than the limit of %1 "
                   "bytes; the connection was closed with 1009 (Message too "
                   "big).")
                    .arg(limit),
                qtReason,
                tr("Raise max_incoming_message_size in the profile, or make "
                   "the server send smaller messages."));
    error.withContext(QStringLiteral("closeCode"), 1009);
    error.withContext(QStringLiteral("closedBy"), QStringLiteral("client"));
    error.withContext(QStringLiteral("maxIncomingMessageSize"), limit);
    return error;
}

QString ConnectionErrors::violationText(const std::optional<FrameScanner::Violation> &found,
                                        int codeSent, const QString &qtReason,
                                        qint64 maxIncomingMessageSize)
{
    if (found)
        return found->describe();
    if (isOwnTooLargeClose(codeSent, qtReason))
        return tr("The server sent a message larger than the limit of %1 bytes.")
            .arg(maxIncomingMessageSize);
    if (codeSent == QWebSocketProtocol::CloseCodeWrongDatatype)
        return tr("The server sent a text message that is not valid UTF-8.");
    static const char *const stalled = "Timeout when reading data from socket.";
    if (codeSent == QWebSocketProtocol::CloseCodeGoingAway
        && (qtReason == QLatin1String(stalled)
            || qtReason == QCoreApplication::translate("QWebSocketDataProcessor", stalled)))
        return tr("A frame from the server stopped half-way for 5 seconds (Qt 6.4's limit).");
    return tr("Qt's frame parser reported: %1").arg(qtReason);
}

Error ConnectionErrors::withHandshakeAnswer(const Error &refusal,
                                            const HandshakeProbe::Answer &answer)
{
    Error error = refusal;
    const bool refused = answer.status >= 200;
    if (refused && refusal.httpStatus() == 0) {
        // Qt named no status (a 400, say): the diagnostic request's answer does
        error = Error::fromHandshakeRejection(
            answer.status,
            refusal.context().value(QLatin1String("qtMessage")).toString(refusal.detail()));
        const QJsonObject context = refusal.context();
        for (auto it = context.begin(); it != context.end(); ++it) {
            if (!error.context().contains(it.key()))
                error.withContext(it.key(), it.value());
        }
    }
    if (refused) {
        // the server's own answer explains it; Qt's guess ("Unknown error
        // condition encountered") stays in the context for the curious
        if (!refusal.detail().isEmpty() && !error.context().contains(QLatin1String("qtMessage")))
            error.withContext(QStringLiteral("qtMessage"), refusal.detail());
        error.withDetail(answer.toText());
    } else {
        error.withDetail(error.detail().isEmpty()
                             ? answer.toText()
                             : error.detail() + QLatin1Char('\n') + answer.toText());
    }
    error.withContext(QStringLiteral("handshakeResponse"), answer.toJson());
    return error;
}

Error ConnectionErrors::closedByServer(const CloseInfo &close)
{
    Error error;
    if (!close.violation.isEmpty()) {
        error = Error(Error::Code::ProtocolError, close.violation,
                      tr("The client answered with %1.").arg(Error::closeCodeName(close.codeSent)));
        if (!close.serverReason.isEmpty())
            error.withContext(QStringLiteral("closeReason"), close.serverReason);
    } else {
        error = Error::fromCloseCode(close.codeReceived, close.serverReason);
        if (close.codeSent != 0 && close.codeSent != close.codeReceived) {
            error.withHint(tr("Qt 6.4 does not accept close code %1 (registered for servers "
                              "after RFC 6455) and answered with %2.")
                               .arg(close.codeReceived)
                               .arg(Error::closeCodeName(close.codeSent)));
        }
    }
    error.withContext(QStringLiteral("closeCode"), close.codeReceived);
    error.withContext(QStringLiteral("closedBy"), QStringLiteral("server"));
    error.withContext(QStringLiteral("close"), close.toJson());
    return error;
}

Error ConnectionErrors::closedByClient(const CloseInfo &close)
{
    Error error(Error::Code::ProtocolError,
                tr("The client closed the connection with %1 after it found a problem in what "
                   "the server sent.")
                    .arg(Error::closeCodeName(close.codeSent)),
                close.toText());
    if (close.codeSent == QWebSocketProtocol::CloseCodeWrongDatatype)
        error.withHint(tr("Qt 6 also closes with 1007 when a valid text message is fragmented "
                          "in the middle of a multi-byte character."));
    error.withContext(QStringLiteral("closeCode"), close.codeSent);
    error.withContext(QStringLiteral("closedBy"), QStringLiteral("client"));
    error.withContext(QStringLiteral("close"), close.toJson());
    return error;
}

// Error's factories for Qt's errors: defined here, with the rest of the mapping.

Error Error::fromSocketError(QAbstractSocket::SocketError socketError, const QString &qtErrorString)
{
    using S = QAbstractSocket::SocketError;
    Error error;
    switch (socketError) {
    case S::HostNotFoundError:
        error = Error(Code::HostNotFound, tr("The server's host name could not be resolved."),
                      qtErrorString, tr("Check the host name in the URL and your DNS settings."));
        break;
    case S::ConnectionRefusedError:
        error = Error(Code::ConnectionRefused,
                      tr("The server refused the connection: nothing is listening on that port."),
                      qtErrorString, tr("Check the port and that the server is running."));
        break;
    case S::RemoteHostClosedError:
        error = Error(Code::ConnectionLost,
                      tr("The server closed the connection without a WebSocket close frame."),
                      qtErrorString);
        break;
    case S::SocketTimeoutError:
        error = Error(Code::ConnectTimeout, tr("The connection timed out."), qtErrorString);
        break;
    case S::SslHandshakeFailedError:
        error = Error(Code::TlsHandshakeFailed, tr("The TLS handshake failed."), qtErrorString);
        break;
    case S::SslInternalError:
    case S::SslInvalidUserDataError:
        error = Error(Code::TlsConfigError, tr("TLS could not be set up."), qtErrorString,
                      tr("Check the certificate, key and CA files of the profile."));
        break;
    case S::ProxyConnectionRefusedError:
        error = Error(Code::ProxyConnectionRefused, tr("The proxy refused the connection."),
                      qtErrorString, tr("Check the proxy host and port."));
        break;
    case S::ProxyAuthenticationRequiredError:
        error = Error(Code::ProxyAuthenticationRequired,
                      tr("The proxy requires authentication (407), or refused the credentials."),
                      qtErrorString, tr("Set the proxy user name and password in the profile."));
        break;
    case S::ProxyConnectionClosedError:
    case S::ProxyConnectionTimeoutError:
    case S::ProxyNotFoundError:
    case S::ProxyProtocolError:
        error = Error(Code::ProxyError, tr("The proxy could not connect to the server."),
                      qtErrorString);
        break;
    default:
        error = Error(Code::NetworkError, tr("A network error occurred."), qtErrorString);
        break;
    }
    error.withContext(QLatin1String("socketError"), static_cast<int>(socketError));
    return error;
}

Error Error::fromHandshakeRejection(int httpStatus, const QString &qtErrorString)
{
    Error error;
    if (httpStatus == 401) {
        error = Error(Code::Unauthorized,
                      tr("The server refused the WebSocket handshake: 401 Unauthorized."),
                      QString(), tr("Check the token or credentials of the profile."));
    } else if (httpStatus == 403) {
        error = Error(Code::Forbidden,
                      tr("The server refused the WebSocket handshake: 403 Forbidden."), QString(),
                      tr("The credentials were accepted but do not allow this endpoint, or the "
                         "Origin is not allowed."));
    } else if (httpStatus == 404) {
        error = Error(Code::NotFound,
                      tr("The server has no WebSocket endpoint at this path: 404 Not Found."),
                      QString(), tr("Check the path of the URL."));
    } else if (httpStatus >= 500 && httpStatus <= 599) {
        error =
            Error(Code::ServerError,
                  tr("The server failed during the WebSocket handshake: HTTP %1.").arg(httpStatus),
                  QString());
    } else {
        error =
            Error(Code::HandshakeFailed,
                  httpStatus > 0
                      ? tr("The server refused the WebSocket handshake: HTTP %1.").arg(httpStatus)
                      : tr("The server's answer was not a valid WebSocket handshake."),
                  QString());
    }
    if (httpStatus > 0)
        error.withContext(QLatin1String("httpStatus"), httpStatus);
    // Qt's text ("QWebSocketPrivate::processHandshake: Unhandled http status
    // code: 400") is no sentence for people: kept in the context, shown with
    // the details (Diagnostics, --json), never as the message or its detail
    if (!qtErrorString.isEmpty())
        error.withContext(QLatin1String("qtMessage"), qtErrorString);
    return error;
}

Error Error::fromCloseCode(int closeCode, const QString &reason)
{
    const QString name = closeCodeName(closeCode);
    const QString detail = reason.isEmpty() ? tr("The server gave no reason.")
                                            : tr("Reason given by the server: %1").arg(reason);
    Error error(Code::RemoteClosed, tr("The server closed the connection: %1.").arg(name), detail);
    if (closeCode == 1009) {
        error = Error(Code::MessageTooLarge,
                      tr("The connection was closed because a message was too large (1009)."),
                      detail, tr("Raise the maximum message size, or send smaller messages."));
    } else if (closeCode == 1007) {
        error = Error(Code::ProtocolError,
                      tr("The connection was closed because a text message was not valid UTF-8 "
                         "(1007)."),
                      detail,
                      tr("Qt 6 also reports this when a valid text message is fragmented in the "
                         "middle of a multi-byte character."));
    } else if (closeCode == 1002) {
        error = Error(Code::ProtocolError,
                      tr("The connection was closed because of a WebSocket protocol error (1002)."),
                      detail);
    }
    error.withContext(QLatin1String("closeCode"), closeCode);
    if (!reason.isEmpty())
        error.withContext(QLatin1String("closeReason"), reason);
    return error;
}

int Error::httpStatusFromQtMessage(const QString &qtErrorString)
{
    // "QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized)."
    static const QRegularExpression status(QStringLiteral("status code:? (\\d{3})"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = status.match(qtErrorString);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace maxmon
