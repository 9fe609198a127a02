// The testing kit's TestPki: what OpenSSL made at run time, checked with Qt's
// own certificate and key classes (names, issuers, dates, key usage, the
// pin, the encrypted key), and that the directory goes with the object.
#include <maxmon/testing/testpki.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <QTest>

using namespace maxmon::testing;

namespace {

QStringList alternativeNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto all = certificate.subjectAlternativeNames();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        names.append(it.value());
    names.sort();
    return names;
}

QString commonName(const QSslCertificate &certificate)
{
    return certificate.subjectInfo(QSslCertificate::CommonName).value(0);
}

QString issuerName(const QSslCertificate &certificate)
{
    return certificate.issuerInfo(QSslCertificate::CommonName).value(0);
}

} // namespace

class TestTestPki : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileIsThere();
    void certificates_data();
    void certificates();
    void keysBelongToTheirCertificates();
    void chainsVerify();
    void pinIsTheServerKeysSpki();
    void encryptedClientKey();
    void serverConfigurations();
    void unknownNameGivesNullAndAWarning();
    void eachPkiIsItsOwnAndGoesAway();

private:
    const TestPki &pki() const { return TestPki::shared(); }
};

void TestTestPki::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QVERIFY2(pki().isValid(), qPrintable(pki().errorString()));
    QVERIFY(pki().errorString().isEmpty());
}

void TestTestPki::everyFileIsThere()
{
    const QStringList names { QStringLiteral("ca"),         QStringLiteral("other-ca"),
                              QStringLiteral("client-ca"),  QStringLiteral("server"),
                              QStringLiteral("expired"),    QStringLiteral("wronghost"),
                              QStringLiteral("selfsigned"), QStringLiteral("untrusted"),
                              QStringLiteral("client") };
    for (const QString &name : names) {
        for (const QString &suffix : { QStringLiteral(".pem"), QStringLiteral(".key") }) {
            const QFileInfo file(pki().path(name + suffix));
            QVERIFY2(file.size() > 0, qPrintable(file.filePath()));
            QCOMPARE(file.absolutePath(), QDir(pki().directory()).absolutePath());
        }
        // keys only for their owner
        QCOMPARE(QFile::permissions(pki().path(name + QLatin1String(".key")))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
    for (const QString &file :
         { QStringLiteral("client-encrypted.key"), QStringLiteral("client.passphrase"),
           QStringLiteral("server.spki") })
        QVERIFY2(QFileInfo(pki().path(file)).size() > 0, qPrintable(file));
}

void TestTestPki::certificates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QStringList>("altNames");
    QTest::addColumn<bool>("current");

    const QStringList local { QStringLiteral("127.0.0.1"), QStringLiteral("::1"),
                              QStringLiteral("localhost") };
    QTest::newRow("ca") << QStringLiteral("ca") << QStringLiteral("maxmon Test Root CA")
                        << QStringLiteral("maxmon Test Root CA") << QStringList() << true;
    QTest::newRow("server") << QStringLiteral("server") << QStringLiteral("localhost")
                            << QStringLiteral("maxmon Test Root CA") << local << true;
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expired")
                             << QStringLiteral("maxmon Test Root CA") << local << false;
    QTest::newRow("wronghost") << QStringLiteral("wronghost") << QStringLiteral("wrong.example")
                               << QStringLiteral("maxmon Test Root CA")
                               << QStringList { QStringLiteral("wrong.example") } << true;
    QTest::newRow("selfsigned") << QStringLiteral("selfsigned") << QStringLiteral("self-signed")
                                << QStringLiteral("self-signed") << local << true;
    QTest::newRow("untrusted") << QStringLiteral("untrusted") << QStringLiteral("localhost")
                               << QStringLiteral("Unknown Test CA") << local << true;
    QTest::newRow("client") << QStringLiteral("client") << QStringLiteral("maxmon test client")
                            << QStringLiteral("maxmon Test Client CA")
                            << QStringList { QStringLiteral("client.example") } << true;
}

void TestTestPki::certificates()
{
    QFETCH(QString, name);
    QFETCH(QString, subject);
    QFETCH(QString, issuer);
    QFETCH(QStringList, altNames);
    QFETCH(bool, current);
    const QSslCertificate certificate = pki().certificate(name);
    QVERIFY(!certificate.isNull());
    QCOMPARE(commonName(certificate), subject);
    QCOMPARE(issuerName(certificate), issuer);
    QCOMPARE(alternativeNames(certificate), altNames);
    QCOMPARE(certificate.version(), QByteArray("3"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(certificate.effectiveDate() <= now && now < certificate.expiryDate(), current);
    if (name == QLatin1String("expired")) {
        QCOMPARE(certificate.effectiveDate(), QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(certificate.expiryDate(),
                 QDateTime(QDate(2020, 12, 31), QTime(23, 59, 59), Qt::UTC));
    }
}

void TestTestPki::keysBelongToTheirCertificates()
{
    for (const QString &name : { QStringLiteral("server"), QStringLiteral("client"),
                                 QStringLiteral("ca"), QStringLiteral("selfsigned") }) {
        const QSslKey key = pki().privateKey(name);
        QVERIFY2(!key.isNull(), qPrintable(name));
        QCOMPARE(key.algorithm(), QSsl::Ec);
        QCOMPARE(key.length(), 256);
        QCOMPARE(key.type(), QSsl::PrivateKey);
        // a server that presents the pair starts (QSslConfiguration checks nothing itself)
        QVERIFY(!pki().certificate(name).publicKey().isNull());
        QCOMPARE(pki().certificate(name).publicKey().algorithm(), QSsl::Ec);
    }
    QCOMPARE(pki().caCertificate(), pki().certificate(QStringLiteral("ca")));
}

void TestTestPki::chainsVerify()
{
    // QSslCertificate::verify() trusts only the system's roots: the test CA's
    // own chain differs from a good one by that alone
    const auto errorsOf = [](const QList<QSslCertificate> &chain, const QString &host = {}) {
        QList<QSslError::SslError> errors;
        for (const QSslError &error : QSslCertificate::verify(chain, host))
            errors.append(error.error());
        return errors;
    };
    const QList<QSslError::SslError> untrustedRoot { QSslError::SelfSignedCertificateInChain };
    QCOMPARE(errorsOf({ pki().certificate(QStringLiteral("server")), pki().caCertificate() },
                      QStringLiteral("localhost")),
             untrustedRoot);
    QCOMPARE(errorsOf({ pki().certificate(QStringLiteral("client")),
                        pki().certificate(QStringLiteral("client-ca")) }),
             untrustedRoot);
    QVERIFY(errorsOf({ pki().certificate(QStringLiteral("wronghost")), pki().caCertificate() },
                     QStringLiteral("localhost"))
                .contains(QSslError::HostNameMismatch));
    QVERIFY(errorsOf({ pki().certificate(QStringLiteral("expired")), pki().caCertificate() })
                .contains(QSslError::CertificateExpired));
    QVERIFY(errorsOf({ pki().certificate(QStringLiteral("selfsigned")) })
                .contains(QSslError::SelfSignedCertificate));
}

void TestTestPki::pinIsTheServerKeysSpki()
{
    const QByteArray spki = pki().certificate(QStringLiteral("server")).publicKey().toDer();
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
    QCOMPARE(pki().serverPin(), expected);
    QCOMPARE(pki().serverPin().size(), 44);
}

void TestTestPki::encryptedClientKey()
{
    QFile file(pki().path(QStringLiteral("client-encrypted.key")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const QSslKey withPassphrase(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey,
                                 pki().clientKeyPassphrase().toUtf8());
    QVERIFY(!withPassphrase.isNull());
    QCOMPARE(withPassphrase.toDer(), pki().privateKey(QStringLiteral("client")).toDer());
    const QSslKey withoutPassphrase(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, "wrong");
    QVERIFY(withoutPassphrase.isNull());
    QFile passphrase(pki().path(QStringLiteral("client.passphrase")));
    QVERIFY(passphrase.open(QIODevice::ReadOnly));
    QCOMPARE(passphrase.readAll().trimmed(), pki().clientKeyPassphrase().toUtf8());
}

void TestTestPki::serverConfigurations()
{
    const QSslConfiguration plain = pki().serverConfiguration(QStringLiteral("wronghost"));
    QCOMPARE(plain.localCertificate(), pki().certificate(QStringLiteral("wronghost")));
    QCOMPARE(plain.privateKey(), pki().privateKey(QStringLiteral("wronghost")));
    QCOMPARE(plain.peerVerifyMode(), QSslSocket::VerifyNone);
    const QSslConfiguration strict = pki().serverRequiringClientCertificate();
    QCOMPARE(strict.localCertificate(), pki().certificate(QStringLiteral("server")));
    QCOMPARE(strict.peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(strict.missingCertificateIsFatal());
    QCOMPARE(strict.caCertificates(),
             QList<QSslCertificate> { pki().certificate(QStringLiteral("client-ca")) });
}

void TestTestPki::unknownNameGivesNullAndAWarning()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no file nope\\.pem")));
    QVERIFY(pki().certificate(QStringLiteral("nope")).isNull());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no file nope\\.key")));
    QVERIFY(pki().privateKey(QStringLiteral("nope")).isNull());
}

void TestTestPki::eachPkiIsItsOwnAndGoesAway()
{
    QString directory;
    {
        const TestPki own;
        QVERIFY2(own.isValid(), qPrintable(own.errorString()));
        directory = own.directory();
        QVERIFY(QDir(directory).exists());
        QVERIFY(directory != pki().directory());
        // fresh keys every time
        QVERIFY(own.serverPin() != pki().serverPin());
        QVERIFY(own.caCertificate() != pki().caCertificate());
    }
    QVERIFY(!QDir(directory).exists());
}

QTEST_GUILESS_MAIN(TestTestPki)
#include "tst_testpki.moc"
