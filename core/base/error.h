#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace maxmon {

/// What went wrong, in a form a user can act on: a code for programs, a one
/// sentence message for people, a technical detail, and a hint of what to do.
///
/// Every failure path of the core ends in one of these
/// (WebSocketClient::errorOccurred(), Result<T>). context() holds the facts a
/// program may want: `httpStatus`, `closeCode`, `closedBy`, `close` (a
/// CloseInfo as JSON), `handshakeResponse` (the refusing server's status,
/// headers and body start), `sslErrors`, ...
///
/// A default-constructed Error is "no error": isError() is false.
class MAXMON_CORE_EXPORT Error
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(maxmon::Error)

public:
    /// What kind of failure; codeName() gives each a stable name for
    /// scripts ("ConnectionRefused").
    enum class Code {
        None, ///< no error
        // configuration and usage
        InvalidUrl,
        InvalidConfig,
        InvalidState,
        // transport
        HostNotFound,
        ConnectionRefused,
        ConnectTimeout,
        HandshakeTimeout,
        NetworkError,
        ConnectionLost,
        // WebSocket handshake refused by the server
        HandshakeFailed,
        Unauthorized,
        Forbidden,
        NotFound,
        ServerError,
        // after the handshake
        RemoteClosed,
        ProtocolError,
        MessageTooLarge,
        HeartbeatTimeout,
        // sending
        NotConnected,
        QueueFull,
        OutgoingMessageTooLarge,
        Unconfirmed,
        // TLS
        TlsHandshakeFailed,
        TlsCertificateRejected,
        TlsPinMismatch,
        TlsConfigError,
        // proxies
        ProxyConnectionRefused,
        ProxyAuthenticationRequired,
        ProxyError,
        // credentials
        AuthFailed,
        SecretUnavailable,
        // payloads and protocols layered on top
        InvalidPayload,
        PhoenixError,
        // local files: log exports, support bundles
        FileError,
        JoinRefused, ///< a Phoenix channel join answered with an error (e.g. unauthorized)
    };
    Q_ENUM(Code)

    /// No error.
    Error() = default;
    /// An error with its code, a one-sentence message for people, and
    /// optionally a technical detail and a hint of what to do.
    Error(Code code, QString message, QString detail = {}, QString hint = {});

    /// What kind of failure; Code::None for no error.
    Code code() const { return m_code; }
    /// One translated sentence for people, e.g. "The server refused the connection."
    QString message() const { return m_message; }
    /// The technical detail (the server's reason, its HTTP answer, Qt's text); may be empty.
    QString detail() const { return m_detail; }
    /// What the user can do about it; may be empty.
    QString hint() const { return m_hint; }
    /// Whether this is an error at all (code() is not Code::None).
    bool isError() const { return m_code != Code::None; }
    /// isError().
    explicit operator bool() const { return isError(); }

    /// Facts a program may want (httpStatus, closeCode, closedBy, close,
    /// handshakeResponse, sslErrors, ...), as JSON.
    QJsonObject context() const { return m_context; }
    /// Adds or replaces one fact of context(); returns this error.
    Error &withContext(const QString &key, const QJsonValue &value);
    /// Replaces detail(); returns this error.
    Error &withDetail(const QString &detail);
    /// Replaces hint(); returns this error.
    Error &withHint(const QString &hint);
    /// The HTTP status of a refused handshake, 0 if there is none.
    int httpStatus() const;
    /// The close code behind the error, 0 if there is none.
    int closeCode() const;

    /// The stable name of a code ("ConnectionRefused"), for --json output and logs.
    static QString codeName(Code code);
    /// codeName() of this error's code.
    QString codeName() const { return codeName(m_code); }

    /// The message, then the detail and the hint on their own lines when present.
    QString toString() const;
    /// Code name, message, detail, hint and context as a JSON object.
    QJsonObject toJson() const;

    /// The error for a QAbstractSocket error, with Qt's text as its detail.
    static Error fromSocketError(QAbstractSocket::SocketError socketError,
                                 const QString &qtErrorString);
    /// The error for a handshake the server refused with @p httpStatus (0:
    /// unknown; Qt 6.4 reports a refusal only through its error string).
    static Error fromHandshakeRejection(int httpStatus, const QString &qtErrorString);
    /// The error for a close frame with @p closeCode and @p reason from the server.
    static Error fromCloseCode(int closeCode, const QString &reason);
    /// Code::InvalidState with @p message, the whole translated sentence
    /// (e.g. "Cannot open while Connected.").
    static Error invalidState(const QString &message);

    /// The registered name of a close code with its number: "1011 Internal error".
    static QString closeCodeName(int closeCode);
    /// The HTTP status Qt 6.4 names in its handshake error string, or 0.
    static int httpStatusFromQtMessage(const QString &qtErrorString);

    /// Equal when code, message and detail are (hint and context are extras).
    friend bool operator==(const Error &a, const Error &b)
    {
        return a.m_code == b.m_code && a.m_message == b.m_message && a.m_detail == b.m_detail;
    }
    /// Not operator==().
    friend bool operator!=(const Error &a, const Error &b) { return !(a == b); }

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_detail;
    QString m_hint;
    QJsonObject m_context;
};

} // namespace maxmon

Q_DECLARE_METATYPE(maxmon::Error)
