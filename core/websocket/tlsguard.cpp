#include "websocket/tlsguard.h"

#include "base/logging.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QWebSocket>

namespace maxmon {

TlsGuard::TlsGuard(TlsPolicy policy, QString host, QWebSocket *socket)
    : QObject(socket)
    , m_policy(std::move(policy))
    , m_host(std::move(host))
    , m_socket(socket)
{
    // Direct connections: ignoreSslErrors() only counts from inside the
    // emission, and the pin check must run before the request is flushed.
    connect(socket, &QWebSocket::sslErrors, this, &TlsGuard::onSslErrors, Qt::DirectConnection);
    connect(socket, &QWebSocket::alertReceived, this, &TlsGuard::onAlertReceived,
            Qt::DirectConnection);
}

void TlsGuard::watchHandshake()
{
    if (!m_socket)
        return;
    // QWebSocket does not forward encrypted(); its QSslSocket is its child.
    // The upgrade request waits, unencrypted, in that socket's buffer until
    // the handshake is done, and is flushed only after encrypted() returns.
    m_tlsSocket = m_socket->findChild<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (m_tlsSocket)
        connect(m_tlsSocket, &QSslSocket::encrypted, this, &TlsGuard::onEncrypted,
                Qt::DirectConnection);
    else
        qCWarning(lcWs) << "TLS socket not found: pins are checked only after the handshake";
}

QList<QSslCertificate> TlsGuard::peerChain() const
{
    if (m_tlsSocket)
        return m_tlsSocket->peerCertificateChain();
    return m_socket ? m_socket->sslConfiguration().peerCertificateChain()
                    : QList<QSslCertificate>();
}

void TlsGuard::onSslErrors(const QList<QSslError> &errors)
{
    m_errors = errors;
    m_chainAtErrors = peerChain();
    if (!m_policy.allowsAll(errors)) {
        qCDebug(lcWs) << "certificate rejected:" << errors;
        return; // Qt fails the handshake and reports SslHandshakeFailedError
    }
    m_errorsAccepted = true;
    QStringList names;
    for (const QSslError &error : errors)
        names.append(TlsPolicy::errorName(error.error()));
    qCWarning(lcWs).noquote() << "accepting certificate errors allowed by the profile:"
                              << names.join(QLatin1String(", "));
    m_socket->ignoreSslErrors(errors);
}

void TlsGuard::onEncrypted()
{
    m_encrypted = true;
    m_pinsChecked = true;
    if (const Result<void> pinned = m_policy.checkPins(peerChain()); !pinned) {
        qCWarning(lcWs) << "pin mismatch: refusing the connection before the request is sent";
        Q_EMIT rejected(pinned.error());
    }
}

void TlsGuard::onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type,
                               const QString &description)
{
    Q_UNUSED(type)
    if (level == QSsl::AlertLevel::Fatal)
        m_lastAlert = description;
}

Result<void> TlsGuard::verifyConnected()
{
    if (m_pinsChecked)
        return {};
    m_pinsChecked = true;
    return m_policy.checkPins(peerChain());
}

TlsSessionInfo TlsGuard::sessionInfo() const
{
    TlsSessionInfo info;
    if (!m_socket)
        return info;
    const QSslConfiguration ssl = m_socket->sslConfiguration();
    info.used = true;
    info.protocol = ssl.sessionCipher().protocolString();
    info.cipher = ssl.sessionCipher().name();
    info.chainVerified = !m_errorsAccepted;
    if (m_errorsAccepted) {
        for (const QSslError &error : m_errors)
            info.acceptedErrors.append(TlsPolicy::errorName(error.error()) + QLatin1String(": ")
                                       + error.errorString());
    }
    info.pinCheck = m_policy.hasPins() ? TlsSessionInfo::PinCheck::Matched
                                       : TlsSessionInfo::PinCheck::NotConfigured;
    if (!ssl.localCertificate().isNull())
        info.clientCertificate = CertificateInfo::from(ssl.localCertificate()).subject;
    info.peerChain = CertificateInfo::fromChain(ssl.peerCertificateChain());
    return info;
}

Error TlsGuard::explain(QAbstractSocket::SocketError socketError, const QString &qtMessage,
                        const Error &generic) const
{
    using S = QAbstractSocket::SocketError;
    if (!m_errors.isEmpty() && !m_errorsAccepted && socketError == S::SslHandshakeFailedError)
        return m_policy.certificateRejected(m_errors, m_chainAtErrors, m_host);
    if (socketError == S::SslInvalidUserDataError)
        return generic; // our own certificate or key: TlsConfigError already
    const bool tlsFailure = socketError == S::SslHandshakeFailedError
        || socketError == S::SslInternalError || !m_lastAlert.isEmpty();
    if (tlsFailure)
        return m_policy.handshakeFailed(qtMessage, m_lastAlert, peerChain());
    if (m_encrypted && socketError == S::RemoteHostClosedError
        && m_policy.config().clientCertificateFile.isEmpty()) {
        // Some servers (Qt's own among them) check the client certificate
        // after the handshake and just hang up.
        Error explained = generic;
        explained.withHint(TlsPolicy::tr("The server hung up right after the TLS handshake. If it "
                                         "requires a client certificate, set "
                                         "tls.client_certificate_file and tls.client_key_file "
                                         "(--cert FILE --key FILE)."));
        return explained;
    }
    return generic;
}

} // namespace maxmon
