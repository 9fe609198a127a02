#pragma once

#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>
#include <maxmon/tlspolicy.h>
#include <maxmon/tlssessioninfo.h>

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QSslSocket;
class QWebSocket;

namespace maxmon {

// Applies a TlsPolicy to one wss:// connection attempt. A child of the
// QWebSocket it watches, so it lives exactly as long as the attempt:
//
//  - certificate errors (sslErrors): ignored only when the policy allows every
//    one of them, and then exactly that list (ignoreSslErrors(list) works only
//    from a slot connected directly to sslErrors, which this is);
//  - pins: checked the moment the TLS handshake is done (encrypted()), before
//    the buffered upgrade request, token included, is encrypted and sent;
//  - failures: a socket error is explained with the errors, alerts and
//    certificates seen during the handshake.
class MAXMON_CORE_TEST_EXPORT TlsGuard : public QObject
{
    Q_OBJECT

public:
    TlsGuard(TlsPolicy policy, QString host, QWebSocket *socket);

    // Call right after QWebSocket::open(): hooks the TLS socket's encrypted().
    void watchHandshake();
    // On QWebSocket::connected(): the pin check, if encrypted() could not be
    // watched; the connection must be failed when this fails.
    Result<void> verifyConnected();
    // What was negotiated; valid once connected.
    TlsSessionInfo sessionInfo() const;
    // Replaces the generic error of a failed attempt by a TLS one when the
    // handshake explains it; returns generic otherwise.
    Error explain(QAbstractSocket::SocketError socketError, const QString &qtMessage,
                  const Error &generic) const;

Q_SIGNALS:
    // The pins did not match: abort the socket now, from the slot.
    void rejected(const maxmon::Error &error);

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    QList<QSslCertificate> peerChain() const;

    TlsPolicy m_policy;
    QString m_host;
    QPointer<QWebSocket> m_socket;
    QPointer<QSslSocket> m_tlsSocket;
    QList<QSslError> m_errors; // the last sslErrors() seen
    QList<QSslCertificate> m_chainAtErrors;
    bool m_errorsAccepted = false;
    bool m_pinsChecked = false;
    bool m_encrypted = false;
    QString m_lastAlert;
};

} // namespace maxmon
