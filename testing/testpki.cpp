#include "pkibuilder.h"
#include "testinglogging.h"

#include <maxmon/testing/testpki.h>

#include <QDir>
#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>

namespace maxmon::testing {

struct TestPki::Private
{
    QTemporaryDir directory { QDir::temp().filePath(QStringLiteral("maxmon-test-pki-XXXXXX")) };
    QString error;

    QByteArray read(const QString &file) const
    {
        QFile f(QDir(directory.path()).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcTesting, "TestPki: no file %s (%s)", qPrintable(file),
                      qPrintable(f.errorString()));
            return {};
        }
        return f.readAll();
    }
};

TestPki::TestPki()
    : d(new Private)
{
    if (!d->directory.isValid())
        d->error = QStringLiteral("TestPki: cannot make a temporary directory: %1")
                       .arg(d->directory.errorString());
    else
        d->error = PkiBuilder::build(d->directory.path());
}

TestPki::~TestPki() = default;

const TestPki &TestPki::shared()
{
    static const TestPki pki;
    if (!pki.isValid())
        qFatal("%s", qPrintable(pki.errorString()));
    return pki;
}

bool TestPki::isValid() const
{
    return d->error.isEmpty();
}

QString TestPki::errorString() const
{
    return d->error;
}

QString TestPki::directory() const
{
    return d->directory.path();
}

QString TestPki::path(const QString &file) const
{
    return QDir(d->directory.path()).filePath(file);
}

QSslCertificate TestPki::certificate(const QString &name) const
{
    return QSslCertificate(d->read(name + QLatin1String(".pem")), QSsl::Pem);
}

QSslKey TestPki::privateKey(const QString &name) const
{
    return QSslKey(d->read(name + QLatin1String(".key")), QSsl::Ec, QSsl::Pem);
}

QSslCertificate TestPki::caCertificate() const
{
    return certificate(QStringLiteral("ca"));
}

QString TestPki::serverPin() const
{
    return QString::fromLatin1(d->read(QStringLiteral("server.spki")).trimmed());
}

QString TestPki::clientKeyPassphrase() const
{
    return QString::fromLatin1(PkiBuilder::clientPassphrase);
}

QSslConfiguration TestPki::serverConfiguration(const QString &name) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate(name));
    configuration.setPrivateKey(privateKey(name));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QSslConfiguration TestPki::serverRequiringClientCertificate() const
{
    QSslConfiguration configuration = serverConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Like nginx or any OpenSSL server: refuse in the handshake, with an alert,
    // instead of Qt's default of closing quietly after it.
    configuration.setMissingCertificateIsFatal(true);
    configuration.setCaCertificates({ certificate(QStringLiteral("client-ca")) });
    return configuration;
}

} // namespace maxmon::testing
