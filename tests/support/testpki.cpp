#include "testpki.h"

#include <QFile>
#include <QSslSocket>

namespace maxmon::test::pki {

namespace {
QByteArray read(const QString &file)
{
    QFile f(path(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test PKI file %s missing: build the maxmon_test_pki target",
               qPrintable(f.fileName()));
    return f.readAll();
}
} // namespace

QString path(const QString &file)
{
    return QStringLiteral(MAXMON_TEST_PKI_DIR "/") + file;
}

QSslCertificate certificate(const QString &name)
{
    return QSslCertificate(read(name + QLatin1String(".pem")), QSsl::Pem);
}

QSslKey privateKey(const QString &name)
{
    return QSslKey(read(name + QLatin1String(".key")), QSsl::Ec, QSsl::Pem);
}

QString serverPin()
{
    return QString::fromLatin1(read(QStringLiteral("server.spki")).trimmed());
}

QSslConfiguration serverConfiguration(const QString &name)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate(name));
    configuration.setPrivateKey(privateKey(name));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QSslConfiguration serverRequiringClientCertificate()
{
    QSslConfiguration configuration = serverConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Like nginx or any OpenSSL server: refuse in the handshake, with an alert,
    // instead of Qt's default of closing quietly after it.
    configuration.setMissingCertificateIsFatal(true);
    configuration.setCaCertificates({ certificate(QStringLiteral("client-ca")) });
    return configuration;
}

} // namespace maxmon::test::pki
