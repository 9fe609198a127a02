// TlsPolicy and CertificateInfo without a network: the configuration they
// build, what they accept, and how they explain what they refuse.
#include <maxmon/certificateinfo.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/tlspolicy.h>

#include <QJsonArray>
#include <QSslSocket>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

namespace {

TlsPolicy created(const TlsConfig &config, const QString &passphrase = {})
{
    const Result<TlsPolicy> policy = TlsPolicy::create(config, passphrase);
    if (!policy)
        qFatal("TlsPolicy::create failed: %s", qPrintable(policy.error().toString()));
    return *policy;
}

QString fakePin(char fill)
{
    return QString::fromLatin1(QByteArray(32, fill).toBase64());
}

} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void alwaysTls12OrLaterAndVerifying_data();
    void alwaysTls12OrLaterAndVerifying();
    void caFileIsAddedToTheSystemRoots();
    void fileProblemsAreConfigErrors_data();
    void fileProblemsAreConfigErrors();
    void clientCertificateAndKey();
    void encryptedKeyNeedsItsPassphrase();

    void spkiPinIsWhatOpensslComputes();
    void pinsMatchAnyCertificateOfTheChain();
    void allowedErrorsAreExplicit();
    void allowedErrorNamesAreChecked();
    void errorNamesRoundTrip();

    void certificateRejectionsExplainThemselves_data();
    void certificateRejectionsExplainThemselves();
    void handshakeFailuresExplainThemselves_data();
    void handshakeFailuresExplainThemselves();
    void warnings_data();
    void warnings();
    void certificateInfoDescribesACertificate();
};

void TestTlsPolicy::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
}

void TestTlsPolicy::alwaysTls12OrLaterAndVerifying_data()
{
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("withFiles");
    QTest::newRow("defaults") << false << false;
    QTest::newRow("every option") << false << true;
    QTest::newRow("allow insecure") << true << true;
}

void TestTlsPolicy::alwaysTls12OrLaterAndVerifying()
{
    const TestPki &pki = TestPki::shared();
    QFETCH(bool, allowInsecure);
    QFETCH(bool, withFiles);
    TlsConfig config;
    if (withFiles) {
        config.caFile = pki.path(QStringLiteral("ca.pem"));
        config.clientCertificateFile = pki.path(QStringLiteral("client.pem"));
        config.clientKeyFile = pki.path(QStringLiteral("client.key"));
        config.spkiPins = { fakePin('a') };
    }
    config.allowInsecure = allowInsecure;
    if (allowInsecure)
        config.allowedErrors = TlsPolicy::insecureDefaultErrors();
    const QSslConfiguration ssl = created(config).sslConfiguration();
    // No setting lowers either: allow_insecure ignores listed errors one
    // handshake at a time, it never turns verification off.
    QCOMPARE(ssl.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestTlsPolicy::caFileIsAddedToTheSystemRoots()
{
    const TestPki &pki = TestPki::shared();
    TlsConfig config;
    config.caFile = pki.path(QStringLiteral("ca.pem"));
    const QList<QSslCertificate> cas = created(config).sslConfiguration().caCertificates();
    QVERIFY(cas.contains(pki.certificate(QStringLiteral("ca"))));
    for (const QSslCertificate &root : QSslConfiguration::systemCaCertificates())
        QVERIFY(cas.contains(root));
}

void TestTlsPolicy::fileProblemsAreConfigErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("missing CA") << QStringLiteral("ca") << QStringLiteral("nope.pem")
                                << QStringLiteral("Cannot read the CA file");
    QTest::newRow("CA not PEM") << QStringLiteral("ca") << QStringLiteral("client.passphrase")
                                << QStringLiteral("contains no PEM certificate");
    QTest::newRow("missing certificate") << QStringLiteral("cert") << QStringLiteral("nope.pem")
                                         << QStringLiteral("Cannot read the client certificate");
    QTest::newRow("missing key") << QStringLiteral("key") << QStringLiteral("nope.key")
                                 << QStringLiteral("Cannot read the client key");
    QTest::newRow("key not a key") << QStringLiteral("key") << QStringLiteral("ca.pem")
                                   << QStringLiteral("is not a PEM RSA, EC or DSA private key");
}

void TestTlsPolicy::fileProblemsAreConfigErrors()
{
    const TestPki &pki = TestPki::shared();
    QFETCH(QString, field);
    QFETCH(QString, file);
    QFETCH(QString, inMessage);
    TlsConfig config;
    if (field != QLatin1String("ca")) {
        config.clientCertificateFile = pki.path(QStringLiteral("client.pem"));
        config.clientKeyFile = pki.path(QStringLiteral("client.key"));
    }
    if (field == QLatin1String("ca"))
        config.caFile = pki.path(file);
    else if (field == QLatin1String("cert"))
        config.clientCertificateFile = pki.path(file);
    else
        config.clientKeyFile = pki.path(file);
    const Result<TlsPolicy> policy = TlsPolicy::create(config);
    QVERIFY(!policy);
    QCOMPARE(policy.error().code(), Error::Code::TlsConfigError);
    QVERIFY2(policy.error().message().contains(inMessage), qPrintable(policy.error().message()));
    QVERIFY(policy.error().message().contains(file)); // names the file
}

void TestTlsPolicy::clientCertificateAndKey()
{
    const TestPki &pki = TestPki::shared();
    TlsConfig config;
    config.clientCertificateFile = pki.path(QStringLiteral("client.pem"));
    config.clientKeyFile = pki.path(QStringLiteral("client.key"));
    const QSslConfiguration ssl = created(config).sslConfiguration();
    QCOMPARE(ssl.localCertificate(), pki.certificate(QStringLiteral("client")));
    QCOMPARE(ssl.privateKey(), pki.privateKey(QStringLiteral("client")));

    TlsConfig half;
    half.clientCertificateFile = config.clientCertificateFile;
    const Result<TlsPolicy> policy = TlsPolicy::create(half);
    QVERIFY(!policy);
    QCOMPARE(policy.error().code(), Error::Code::TlsConfigError);
}

void TestTlsPolicy::encryptedKeyNeedsItsPassphrase()
{
    const TestPki &pki = TestPki::shared();
    TlsConfig config;
    config.clientCertificateFile = pki.path(QStringLiteral("client.pem"));
    config.clientKeyFile = pki.path(QStringLiteral("client-encrypted.key"));

    Result<TlsPolicy> policy = TlsPolicy::create(config);
    QVERIFY(!policy);
    QVERIFY(policy.error().message().contains(QLatin1String("no passphrase")));
    QVERIFY(policy.error().hint().contains(QLatin1String("tls.key_passphrase")));

    policy = TlsPolicy::create(config, QStringLiteral("wrong"));
    QVERIFY(!policy);
    QVERIFY(policy.error().message().contains(QLatin1String("could not be decrypted")));
    QVERIFY(!policy.error().toString().contains(QLatin1String("wrong")));

    QFile passphrase(pki.path(QStringLiteral("client.passphrase")));
    QVERIFY(passphrase.open(QIODevice::ReadOnly));
    policy = TlsPolicy::create(config, QString::fromUtf8(passphrase.readAll().trimmed()));
    QVERIFY(policy);
    QCOMPARE(policy->sslConfiguration().privateKey(), pki.privateKey(QStringLiteral("client")));
}

void TestTlsPolicy::spkiPinIsWhatOpensslComputes()
{
    const TestPki &pki = TestPki::shared();
    const QSslCertificate server = pki.certificate(QStringLiteral("server"));
    QCOMPARE(CertificateInfo::spkiPin(server), pki.serverPin());
    // the SPKI is the public key's DER, whatever the key type
    QCOMPARE(CertificateInfo::subjectPublicKeyInfo(server), server.publicKey().toDer());
    QVERIFY(CertificateInfo::subjectPublicKeyInfo(QSslCertificate()).isEmpty());
}

void TestTlsPolicy::pinsMatchAnyCertificateOfTheChain()
{
    const TestPki &pki = TestPki::shared();
    const QSslCertificate server = pki.certificate(QStringLiteral("server"));
    const QSslCertificate ca = pki.certificate(QStringLiteral("ca"));

    TlsConfig config;
    QVERIFY(created(config).checkPins({ server })); // nothing pinned: nothing to check
    QVERIFY(!created(config).hasPins());

    config.spkiPins = { fakePin('a'), pki.serverPin() };
    QVERIFY(created(config).checkPins({ server, ca }));
    config.spkiPins = { CertificateInfo::spkiPin(ca) };
    QVERIFY(created(config).checkPins({ server, ca }));

    config.spkiPins = { fakePin('a') };
    const Result<void> mismatch = created(config).checkPins({ server, ca });
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().code(), Error::Code::TlsPinMismatch);
    QVERIFY(mismatch.error().detail().contains(fakePin('a')));
    QVERIFY(mismatch.error().detail().contains(pki.serverPin()));
    QVERIFY(mismatch.error().detail().contains(QLatin1String("CN=localhost")));
    QCOMPARE(mismatch.error().context().value(QLatin1String("presentedPins")).toArray().size(), 2);

    config.spkiPins = { QStringLiteral("not base64 of 32 bytes") };
    QVERIFY(!TlsPolicy::create(config));
}

void TestTlsPolicy::allowedErrorsAreExplicit()
{
    const QSslCertificate selfSigned = TestPki::shared().certificate(QStringLiteral("selfsigned"));
    const QList<QSslError> errors { QSslError(QSslError::SelfSignedCertificate, selfSigned),
                                    QSslError(QSslError::HostNameMismatch, selfSigned) };
    TlsConfig config;
    QVERIFY(!created(config).allowsAll(errors)); // the default accepts nothing

    config.allowedErrors = { QStringLiteral("SelfSignedCertificate"),
                             QStringLiteral("HostNameMismatch") };
    // a list without the opt-in is not enough
    QVERIFY(!created(config).allowsAll(errors));

    config.allowInsecure = true;
    QVERIFY(created(config).allowsAll(errors));
    QVERIFY(!created(config).allowsAll({})); // nothing to ignore, nothing to accept
    QVERIFY(!created(config).allowsAll(
        errors + QList<QSslError> { QSslError(QSslError::CertificateRevoked, selfSigned) }));

    config.allowedErrors = { QStringLiteral("SelfSignedCertificate") };
    QVERIFY(!created(config).allowsAll(errors)); // every error must be listed
}

void TestTlsPolicy::allowedErrorNamesAreChecked()
{
    TlsConfig config;
    config.allowInsecure = true;
    Result<TlsPolicy> policy = TlsPolicy::create(config);
    QVERIFY(!policy); // allow_insecure must say what it allows
    QCOMPARE(policy.error().code(), Error::Code::TlsConfigError);
    QVERIFY(policy.error().hint().contains(QLatin1String("SelfSignedCertificate")));

    config.allowedErrors = { QStringLiteral("EverythingPlease") };
    policy = TlsPolicy::create(config);
    QVERIFY(!policy);
    QVERIFY(policy.error().message().contains(QLatin1String("EverythingPlease")));

    config.allowedErrors = { QStringLiteral("NoError") };
    QVERIFY(!TlsPolicy::create(config));
}

void TestTlsPolicy::errorNamesRoundTrip()
{
    for (const QString &name : TlsPolicy::insecureDefaultErrors()) {
        const std::optional<QSslError::SslError> error = TlsPolicy::errorFromName(name);
        QVERIFY(error);
        QCOMPARE(TlsPolicy::errorName(*error), name);
    }
    QVERIFY(!TlsPolicy::insecureDefaultErrors().contains(QStringLiteral("CertificateRevoked")));
    QVERIFY(!TlsPolicy::errorFromName(QStringLiteral("nonsense")));
}

void TestTlsPolicy::certificateRejectionsExplainThemselves_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QStringList>("inHint");

    QTest::newRow("self-signed") << QStringLiteral("selfsigned")
                                 << int(QSslError::SelfSignedCertificate)
                                 << QStringLiteral("self-signed (\"CN=self-signed")
                                 << QStringList { QStringLiteral("tls.ca_file") };
    QTest::newRow("unknown issuer")
        << QStringLiteral("untrusted") << int(QSslError::UnableToGetLocalIssuerCertificate)
        << QStringLiteral("issued by \"CN=Unknown Test CA")
        << QStringList { QStringLiteral("--ca FILE") };
    QTest::newRow("host") << QStringLiteral("wronghost") << int(QSslError::HostNameMismatch)
                          << QStringLiteral("not valid for \"max.example\"")
                          << QStringList { QStringLiteral("covers only: wrong.example"),
                                           QStringLiteral("\"max.example\"") };
    QTest::newRow("expired") << QStringLiteral("expired") << int(QSslError::CertificateExpired)
                             << QStringLiteral("expired on 2020-12-31 23:59:59 UTC")
                             << QStringList { QStringLiteral("valid from 2020-01-01 00:00:00 UTC"),
                                              QStringLiteral("clock") };
}

void TestTlsPolicy::certificateRejectionsExplainThemselves()
{
    QFETCH(QString, certificate);
    QFETCH(int, error);
    QFETCH(QString, inMessage);
    QFETCH(QStringList, inHint);
    const QSslCertificate leaf = TestPki::shared().certificate(certificate);
    const QList<QSslError> errors { QSslError(static_cast<QSslError::SslError>(error), leaf) };
    const Error rejected =
        created(TlsConfig()).certificateRejected(errors, { leaf }, QStringLiteral("max.example"));
    QCOMPARE(rejected.code(), Error::Code::TlsCertificateRejected);
    QVERIFY2(rejected.message().contains(inMessage), qPrintable(rejected.message()));
    for (const QString &part : inHint)
        QVERIFY2(rejected.hint().contains(part), qPrintable(rejected.hint()));
    const CertificateInfo info = CertificateInfo::from(leaf);
    QVERIFY(rejected.detail().contains(TlsPolicy::errorName(errors.first().error())));
    QVERIFY(rejected.detail().contains(info.sha256Fingerprint));
    QVERIFY(rejected.detail().contains(info.validityText()));
    QCOMPARE(rejected.context().value(QLatin1String("host")).toString(),
             QStringLiteral("max.example"));
    QCOMPARE(rejected.context().value(QLatin1String("sslErrors")).toArray().size(), 1);
}

void TestTlsPolicy::handshakeFailuresExplainThemselves_data()
{
    QTest::addColumn<QString>("qtMessage");
    QTest::addColumn<QString>("alert");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inHint");
    QTest::newRow("old protocol") << QStringLiteral(
        "Error during SSL handshake: error:0A00042E:SSL routines::tlsv1 alert "
        "protocol version") << QString()
                                  << QStringLiteral("TLS 1.2 or later")
                                  << QStringLiteral("TLS 1.0 or 1.1");
    QTest::newRow("client certificate required")
        << QStringLiteral("Error while reading: error:0A00045C:SSL routines::tlsv13 alert "
                          "certificate required")
        << QString() << QStringLiteral("requires a client certificate")
        << QStringLiteral("--cert FILE --key FILE");
    QTest::newRow("alert only") << QStringLiteral("The remote host closed the connection")
                                << QStringLiteral("certificate required")
                                << QStringLiteral("requires a client certificate")
                                << QStringLiteral("tls.client_certificate_file");
    QTest::newRow("other") << QStringLiteral("Error during SSL handshake: wrong version number")
                           << QString() << QStringLiteral("TLS handshake failed")
                           << QStringLiteral("ws://");
}

void TestTlsPolicy::handshakeFailuresExplainThemselves()
{
    QFETCH(QString, qtMessage);
    QFETCH(QString, alert);
    QFETCH(QString, inMessage);
    QFETCH(QString, inHint);
    const Error error = created(TlsConfig()).handshakeFailed(qtMessage, alert, {});
    QCOMPARE(error.code(), Error::Code::TlsHandshakeFailed);
    QVERIFY2(error.message().contains(inMessage), qPrintable(error.message()));
    QVERIFY2(error.hint().contains(inHint), qPrintable(error.hint()));
    QVERIFY(error.detail().contains(qtMessage));
}

void TestTlsPolicy::warnings_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("token");
    QTest::addColumn<QString>("expected"); // empty: no warning
    QTest::newRow("defaults") << QStringLiteral("wss://max.example/") << false << true << QString();
    QTest::newRow("insecure") << QStringLiteral("wss://max.example/") << true << false
                              << QStringLiteral("tls.allow_insecure");
    QTest::newRow("token in clear")
        << QStringLiteral("ws://max.example/") << false << true << QStringLiteral("unencrypted");
    QTest::newRow("token to loopback")
        << QStringLiteral("ws://127.0.0.1:4000/") << false << true << QString();
    QTest::newRow("no token in clear")
        << QStringLiteral("ws://max.example/") << false << false << QString();
}

void TestTlsPolicy::warnings()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, token);
    QFETCH(QString, expected);
    ConnectionConfig config;
    config.url = QUrl(url);
    config.tls.allowInsecure = allowInsecure;
    config.tls.allowedErrors = { QStringLiteral("SelfSignedCertificate") };
    if (token) {
        config.auth.mode = AuthConfig::Mode::BearerHeader;
        config.auth.tokenSource = { SecretRef::Source::Env, QStringLiteral("T") };
    }
    const QStringList warnings = TlsPolicy::warnings(config);
    if (expected.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(expected), qPrintable(warnings.first()));
    }
}

void TestTlsPolicy::certificateInfoDescribesACertificate()
{
    const TestPki &pki = TestPki::shared();
    const CertificateInfo server = CertificateInfo::from(pki.certificate(QStringLiteral("server")));
    QCOMPARE(server.subject, QStringLiteral("CN=localhost, O=maxmon tests"));
    QCOMPARE(server.issuer, QStringLiteral("CN=maxmon Test Root CA, O=maxmon tests"));
    QStringList names = server.subjectAltNames;
    names.sort();
    QCOMPARE(names,
             QStringList({ QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"),
                           QStringLiteral("IP:::1") }));
    names = server.coveredNames();
    names.sort();
    QCOMPARE(names,
             QStringList({ QStringLiteral("127.0.0.1"), QStringLiteral("::1"),
                           QStringLiteral("localhost") }));
    QVERIFY(!server.selfSigned);
    QCOMPARE(server.sha256Fingerprint.size(), 32 * 3 - 1); // "AB:CD:..."
    QVERIFY(!server.isExpiredAt(QDateTime::currentDateTimeUtc()));

    const CertificateInfo expired =
        CertificateInfo::from(pki.certificate(QStringLiteral("expired")));
    QCOMPARE(expired.notBefore, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(expired.notAfter, QDateTime(QDate(2020, 12, 31), QTime(23, 59, 59), Qt::UTC));
    QVERIFY(expired.isExpiredAt(QDateTime::currentDateTimeUtc()));
    QCOMPARE(expired.validityText(),
             QStringLiteral("2020-01-01 00:00:00 UTC to 2020-12-31 23:59:59 UTC"));

    QVERIFY(CertificateInfo::from(pki.certificate(QStringLiteral("selfsigned"))).selfSigned);
    const QJsonObject json = server.toJson();
    QCOMPARE(json.value(QLatin1String("spki_sha256")).toString(), pki.serverPin());
    QCOMPARE(json.value(QLatin1String("subject_alt_names")).toArray().size(), 3);
    QVERIFY(server.toTextLines().join(QLatin1Char('\n')).contains(server.sha256Fingerprint));
}

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
