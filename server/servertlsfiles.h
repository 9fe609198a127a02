#pragma once

#include <maxmon/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace maxmon {

// The PEM files of a TLS server: its certificate (the chain may follow),
// its private key (EC or RSA, possibly encrypted) and optionally the CAs
// its clients' certificates must come from. Each file carries the name the
// user gave it by ("--tls-cert", "tls.cert_file"), for the error messages.
// Shared by `maxmon-cli serve` and the monitor's metrics listener.
struct ServerTlsFiles
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ServerTlsFiles)

public:
    QString certificateFile;
    QString keyFile;
    QByteArray keyPassphrase;
    QString clientCaFile; // empty: no client certificates asked for
    QString certificateName = QStringLiteral("--tls-cert");
    QString keyName = QStringLiteral("--tls-key");
    QString clientCaName = QStringLiteral("--tls-client-ca");

    // TLS 1.2 or later with the chain and key; with client CAs, a client
    // without a certificate from them is refused in the handshake.
    // TlsConfigError naming the file when one cannot be read or used.
    Result<QSslConfiguration> load() const;
};

} // namespace maxmon
