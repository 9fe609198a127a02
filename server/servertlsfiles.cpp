#include "server/servertlsfiles.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace maxmon {

namespace {

Result<QByteArray> readFile(const QString &name, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error(Error::Code::TlsConfigError,
                             QStringLiteral("%1 %2: %3").arg(name, path, file.errorString())));
    return file.readAll();
}

} // namespace

Result<QSslConfiguration> ServerTlsFiles::load() const
{
    const Result<QByteArray> certPem = readFile(certificateName, certificateFile);
    const Result<QByteArray> keyPem = readFile(keyName, keyFile);
    if (!certPem || !keyPem)
        return failure((!certPem ? certPem : keyPem).error());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty())
        return failure(
            Error(Error::Code::TlsConfigError,
                  tr("%1 %2 holds no PEM certificate.").arg(certificateName, certificateFile)));
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa, QSsl::Dsa }) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, keyPassphrase);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return failure(Error(Error::Code::TlsConfigError,
                             tr("%1 %2 is not a PEM private key (EC or RSA), or its "
                                "passphrase is wrong.")
                                 .arg(keyName, keyFile)));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!clientCaFile.isEmpty()) {
        const Result<QByteArray> caPem = readFile(clientCaName, clientCaFile);
        if (!caPem)
            return failure(caPem.error());
        configuration.setCaCertificates(QSslCertificate::fromData(*caPem, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // refuse a client without a certificate in the handshake, with an
        // alert it can report, as OpenSSL servers do (Qt's default hangs up after it)
        configuration.setMissingCertificateIsFatal(true);
    }
    return configuration;
}

} // namespace maxmon
