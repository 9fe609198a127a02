#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace maxmon {

// What went wrong, in a form a user can act on: a code for programs, a one
// sentence message for people, a technical detail, and a hint of what to do.
// Every failure path of the core ends in one of these; the mapping from Qt's
// socket, TLS and handshake errors (fromSocketError, fromHandshakeRejection,
// fromCloseCode and the connection's own cases) lives in one place, the
// core's internal core/websocket/connectionerrors.cpp.
class MAXMON_CORE_EXPORT Error
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(maxmon::Error)

public:
    enum class Code {
        None,
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
        JoinRefused, // a Phoenix channel join answered with an error (e.g. unauthorized)
    };
    Q_ENUM(Code)

    Error() = default;
    Error(Code code, QString message, QString detail = {}, QString hint = {});

    Code code() const { return m_code; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString hint() const { return m_hint; }
    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }

    // Facts a program may want (httpStatus, closeCode, sslErrors, ...).
    QJsonObject context() const { return m_context; }
    Error &withContext(const QString &key, const QJsonValue &value);
    Error &withDetail(const QString &detail);
    Error &withHint(const QString &hint);
    int httpStatus() const;
    int closeCode() const;

    // "ConnectionRefused": stable names for --json output and logs
    static QString codeName(Code code);
    QString codeName() const { return codeName(m_code); }

    // message, then detail and hint on their own lines when present
    QString toString() const;
    QJsonObject toJson() const;

    static Error fromSocketError(QAbstractSocket::SocketError socketError,
                                 const QString &qtErrorString);
    // Qt 6.4 reports a refused handshake only through its error string.
    static Error fromHandshakeRejection(int httpStatus, const QString &qtErrorString);
    static Error fromCloseCode(int closeCode, const QString &reason);
    // message: the whole translated sentence, e.g. "Cannot open while Connected."
    static Error invalidState(const QString &message);

    // "1011 Internal error": the registered name of a close code
    static QString closeCodeName(int closeCode);
    // the HTTP status Qt 6.4 names in its handshake error string, or 0
    static int httpStatusFromQtMessage(const QString &qtErrorString);

    friend bool operator==(const Error &a, const Error &b)
    {
        return a.m_code == b.m_code && a.m_message == b.m_message && a.m_detail == b.m_detail;
    }
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
