#include <maxmon/error.h>

#include <QMetaEnum>
#include <QRegularExpression>

namespace maxmon {

Error::Error(Code code, QString message, QString detail, QString hint)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_hint(std::move(hint))
{ }

Error &Error::withContext(const QString &key, const QJsonValue &value)
{
    m_context.insert(key, value);
    return *this;
}

Error &Error::withDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

Error &Error::withHint(const QString &hint)
{
    m_hint = hint;
    return *this;
}

int Error::httpStatus() const
{
    return m_context.value(QLatin1String("httpStatus")).toInt();
}

int Error::closeCode() const
{
    return m_context.value(QLatin1String("closeCode")).toInt();
}

QString Error::codeName(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(static_cast<int>(code)));
}

QString Error::toString() const
{
    QString text = m_message;
    if (!m_detail.isEmpty())
        text += QLatin1Char('\n') + m_detail;
    if (!m_hint.isEmpty())
        text += QLatin1Char('\n') + tr("Hint: %1").arg(m_hint);
    return text;
}

QJsonObject Error::toJson() const
{
    QJsonObject json { { QLatin1String("code"), codeName() },
                       { QLatin1String("message"), m_message } };
    if (!m_detail.isEmpty())
        json.insert(QLatin1String("detail"), m_detail);
    if (!m_hint.isEmpty())
        json.insert(QLatin1String("hint"), m_hint);
    if (!m_context.isEmpty())
        json.insert(QLatin1String("context"), m_context);
    return json;
}

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
                      qtErrorString, tr("Check the token or credentials of the profile."));
    } else if (httpStatus == 403) {
        error =
            Error(Code::Forbidden, tr("The server refused the WebSocket handshake: 403 Forbidden."),
                  qtErrorString,
                  tr("The credentials were accepted but do not allow this endpoint, or the "
                     "Origin is not allowed."));
    } else if (httpStatus == 404) {
        error = Error(Code::NotFound,
                      tr("The server has no WebSocket endpoint at this path: 404 Not Found."),
                      qtErrorString, tr("Check the path of the URL."));
    } else if (httpStatus >= 500 && httpStatus <= 599) {
        error =
            Error(Code::ServerError,
                  tr("The server failed during the WebSocket handshake: HTTP %1.").arg(httpStatus),
                  qtErrorString);
    } else {
        error =
            Error(Code::HandshakeFailed,
                  httpStatus > 0
                      ? tr("The server refused the WebSocket handshake: HTTP %1.").arg(httpStatus)
                      : tr("The server's answer was not a valid WebSocket handshake."),
                  qtErrorString);
    }
    if (httpStatus > 0)
        error.withContext(QLatin1String("httpStatus"), httpStatus);
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

Error Error::invalidState(const QString &message)
{
    return Error(Code::InvalidState, message);
}

QString Error::closeCodeName(int closeCode)
{
    const char *name = nullptr;
    switch (closeCode) {
    case 1000:
        name = QT_TR_NOOP("Normal closure");
        break;
    case 1001:
        name = QT_TR_NOOP("Going away");
        break;
    case 1002:
        name = QT_TR_NOOP("Protocol error");
        break;
    case 1003:
        name = QT_TR_NOOP("Unsupported data");
        break;
    case 1005:
        name = QT_TR_NOOP("No status code");
        break;
    case 1006:
        name = QT_TR_NOOP("Abnormal closure");
        break;
    case 1007:
        name = QT_TR_NOOP("Invalid payload data");
        break;
    case 1008:
        name = QT_TR_NOOP("Policy violation");
        break;
    case 1009:
        name = QT_TR_NOOP("Message too big");
        break;
    case 1010:
        name = QT_TR_NOOP("Missing extension");
        break;
    case 1011:
        name = QT_TR_NOOP("Internal error");
        break;
    case 1012:
        name = QT_TR_NOOP("Service restart");
        break;
    case 1013:
        name = QT_TR_NOOP("Try again later");
        break;
    case 1014:
        name = QT_TR_NOOP("Bad gateway");
        break;
    case 1015:
        name = QT_TR_NOOP("TLS handshake failure");
        break;
    default:
        break;
    }
    if (name)
        return QStringLiteral("%1 %2").arg(closeCode).arg(tr(name));
    if (closeCode >= 4000 && closeCode <= 4999)
        return tr("%1 (application-defined)").arg(closeCode);
    if (closeCode >= 3000 && closeCode <= 3999)
        return tr("%1 (registered)").arg(closeCode);
    return tr("%1 (unknown)").arg(closeCode);
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
