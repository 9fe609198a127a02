#pragma once

#include <maxmon/certificateinfo.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace maxmon {

/// The TLS side of a wss:// connection, as negotiated: the Diagnostics' TLS
/// section. Empty (used == false) for ws:// and before a handshake finished.
struct MAXMON_CORE_EXPORT TlsSessionInfo
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::TlsSessionInfo)

public:
    /// The outcome of SPKI pinning (a mismatch fails the connection instead).
    enum class PinCheck {
        NotConfigured, ///< the profile pins nothing
        Matched, ///< a pinned key was in the chain (checked before the WebSocket handshake)
    };

    bool used = false; ///< a TLS session exists (wss://, handshake done)
    QString protocol; ///< the TLS version: "TLSv1.3"
    QString cipher; ///< the cipher suite: "TLS_AES_256_GCM_SHA384"
    /// true when the chain was verified against the trusted CAs and the host
    /// name without any error being accepted; false under allow_insecure when
    /// errors were accepted (acceptedErrors says which).
    bool chainVerified = false;
    QStringList acceptedErrors; ///< "SelfSignedCertificate: The certificate is self-signed, ..."
    PinCheck pinCheck = PinCheck::NotConfigured; ///< the outcome of SPKI pinning
    QString clientCertificate; ///< subject of the certificate we presented, if any
    QList<CertificateInfo> peerChain; ///< leaf first, as sent by the server

    /// Every field, for exports and support bundles.
    QJsonObject toJson() const;
    /// "key: value" lines for Diagnostics::toText().
    QStringList toTextLines() const;
};

} // namespace maxmon
