// wss:// end to end: WebSocketClient against TLS servers on 127.0.0.1 with
// the generated test PKI. Good chains connect; every bad one fails with its
// own code, the certificate details and a hint; pins, client certificates,
// legacy protocol versions and the explicit insecure opt-in.
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

ConnectionConfig trustingTestCa(const QUrl &url)
{
    ConnectionConfig config = maxmon::testing::plainConfig(url, 5000);
    config.tls.caFile = TestPki::shared().path(QStringLiteral("ca.pem"));
    return config;
}

QStringList errorNamesOf(const Error &error)
{
    QStringList names;
    const QJsonArray errors = error.context().value(QLatin1String("sslErrors")).toArray();
    for (const QJsonValue entry : errors)
        names.append(entry.toObject().value(QLatin1String("error")).toString());
    return names;
}

// Every message logged while alive, formatted as Qt would print it.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("maxmon.*=true\nqt.network.ssl=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const { return s_lines.join(QLatin1Char('\n')); }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines.append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void connectsWithTheProfileCa();
    void diagnosticsDescribeTheSession();
    void rejectsBadCertificates_data();
    void rejectsBadCertificates();
    void pinMatchConnects();
    void pinMismatchRefusesBeforeTheRequestIsSent();
    void clientCertificateRequired_data();
    void clientCertificateRequired();
    void encryptedClientKeyWithPassphraseFromSecretStore();
    void badClientKeyIsAConfigError();
    void legacyTlsServerIsRefused();
    void plainServerOnAWssUrl();
    void allowInsecureAcceptsOnlyTheListedErrors();
    void tokenNeverLeaks();

private:
    ScriptedServer *startServer(const QSslConfiguration &configuration);
    ScriptedServer *m_server = nullptr;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
}

void TestTls::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

ScriptedServer *TestTls::startServer(const QSslConfiguration &configuration)
{
    delete m_server;
    m_server = new ScriptedServer(this);
    if (!m_server->listenTls(configuration))
        qFatal("TLS test server did not listen");
    return m_server;
}

void TestTls::connectsWithTheProfileCa()
{
    startServer(TestPki::shared().serverConfiguration());
    WebSocketClient client(trustingTestCa(m_server->url()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QVERIFY(client.sendText(QStringLiteral("over TLS")));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<Message>().text(), QStringLiteral("over TLS"));
    QVERIFY(client.diagnostics().warnings.isEmpty());

    // Without the CA the same server is an unknown issuer.
    WebSocketClient stranger(maxmon::testing::plainConfig(m_server->url(), 5000));
    QVERIFY(stranger.open());
    MAXMON_VERIFY(waitForState(stranger, State::Error));
    QCOMPARE(stranger.lastError().code(), Error::Code::TlsCertificateRejected);
    QVERIFY2(stranger.lastError().hint().contains(QLatin1String("tls.ca_file")),
             qPrintable(stranger.lastError().hint()));
    QVERIFY(stranger.lastError().message().contains(QLatin1String("maxmon Test Root CA")));
}

void TestTls::diagnosticsDescribeTheSession()
{
    const TestPki &pki = TestPki::shared();
    startServer(pki.serverConfiguration());
    WebSocketClient client(trustingTestCa(m_server->url()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const Diagnostics diagnostics = client.diagnostics();
    const TlsSessionInfo &tls = diagnostics.tls;
    QVERIFY(tls.used);
    QVERIFY2(tls.protocol == QLatin1String("TLSv1.3") || tls.protocol == QLatin1String("TLSv1.2"),
             qPrintable(tls.protocol));
    QVERIFY(!tls.cipher.isEmpty());
    QVERIFY(tls.chainVerified);
    QVERIFY(tls.acceptedErrors.isEmpty());
    QCOMPARE(tls.pinCheck, TlsSessionInfo::PinCheck::NotConfigured);
    QVERIFY(!tls.peerChain.isEmpty());
    QCOMPARE(tls.peerChain.first().subject, QStringLiteral("CN=localhost, O=maxmon tests"));
    QCOMPARE(tls.peerChain.first().spkiSha256, pki.serverPin());
    QVERIFY(tls.peerChain.first().subjectAltNames.contains(QStringLiteral("IP:127.0.0.1")));
    QCOMPARE(diagnostics.proxy, QStringLiteral("system: none (direct)"));

    const QString text = diagnostics.toText();
    QVERIFY2(text.contains(QLatin1String("TLS: ") + tls.protocol), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("TLS chain: verified")));
    QVERIFY(text.contains(QLatin1String("CN=localhost")));
    QVERIFY(text.contains(QLatin1String("Proxy: system: none (direct)")));
    const QJsonObject json = diagnostics.toJson().value(QLatin1String("tls")).toObject();
    QCOMPARE(json.value(QLatin1String("protocol")).toString(), tls.protocol);
    QCOMPARE(json.value(QLatin1String("chain_verified")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("peer_chain")).toArray().size(), tls.peerChain.size());

    // ws:// has no TLS section at all
    ScriptedServer plain;
    QVERIFY(plain.listen());
    WebSocketClient plainClient(maxmon::testing::plainConfig(plain.url(), 5000));
    QVERIFY(plainClient.open());
    MAXMON_VERIFY(waitForState(plainClient, State::Connected));
    QVERIFY(!plainClient.diagnostics().tls.used);
    QVERIFY(!plainClient.diagnostics().toJson().contains(QLatin1String("tls")));
}

void TestTls::rejectsBadCertificates_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inHint");

    QTest::newRow("self-signed") << QStringLiteral("selfsigned")
                                 << QStringLiteral("SelfSignedCertificate")
                                 << QStringLiteral("self-signed") << QStringLiteral("--ca FILE");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("CertificateExpired")
                             << QStringLiteral("expired on 2020-12-31 23:59:59 UTC")
                             << QStringLiteral(
                                    "2020-01-01 00:00:00 UTC to 2020-12-31 23:59:59 UTC");
    QTest::newRow("wrong host") << QStringLiteral("wronghost") << QStringLiteral("HostNameMismatch")
                                << QStringLiteral("not valid for \"127.0.0.1\"")
                                << QStringLiteral("covers only: wrong.example");
    QTest::newRow("unknown CA") << QStringLiteral("untrusted")
                                << QStringLiteral("UnableToGetLocalIssuerCertificate")
                                << QStringLiteral("Unknown Test CA")
                                << QStringLiteral("Add the certificate of the CA");
}

void TestTls::rejectsBadCertificates()
{
    const TestPki &pki = TestPki::shared();
    QFETCH(QString, certificate);
    QFETCH(QString, expectedError);
    QFETCH(QString, inMessage);
    QFETCH(QString, inHint);

    startServer(pki.serverConfiguration(certificate));
    WebSocketClient client(trustingTestCa(m_server->url()));
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(errors.size(), 1);
    const Error error = client.lastError();
    QCOMPARE(error.code(), Error::Code::TlsCertificateRejected);
    QVERIFY2(errorNamesOf(error).contains(expectedError), qPrintable(error.toString()));
    QVERIFY2(error.message().contains(inMessage), qPrintable(error.message()));
    QVERIFY2(error.hint().contains(inHint), qPrintable(error.hint()));
    // The detail lists the errors and the chain: subject, issuer, dates, fingerprint, names.
    const QSslCertificate served = pki.certificate(certificate);
    const CertificateInfo info = CertificateInfo::from(served);
    QVERIFY2(error.detail().contains(expectedError), qPrintable(error.detail()));
    QVERIFY(error.detail().contains(info.subject));
    QVERIFY(error.detail().contains(info.issuer));
    QVERIFY(error.detail().contains(info.sha256Fingerprint));
    QVERIFY(error.detail().contains(info.validityText()));
    const QJsonArray chain = error.context().value(QLatin1String("peerChain")).toArray();
    QVERIFY(!chain.isEmpty());
    QCOMPARE(chain.first().toObject().value(QLatin1String("sha256_fingerprint")).toString(),
             info.sha256Fingerprint);
    // The same facts reach diagnostics.
    QCOMPARE(client.diagnostics().lastError.code(), Error::Code::TlsCertificateRejected);
    QVERIFY(client.diagnostics().toText().contains(inHint));
    // Nothing got past TLS: the server never saw an upgrade request.
    QVERIFY(m_server->requests().isEmpty());
}

void TestTls::pinMatchConnects()
{
    const TestPki &pki = TestPki::shared();
    startServer(pki.serverConfiguration());
    ConnectionConfig config = trustingTestCa(m_server->url());
    config.tls.spkiPins = { QString::fromLatin1(QByteArray(32, 'x').toBase64()), pki.serverPin() };
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QCOMPARE(client.diagnostics().tls.pinCheck, TlsSessionInfo::PinCheck::Matched);
    QVERIFY(client.diagnostics().toText().contains(QLatin1String("TLS pin: matched")));

    // A pin on the CA's key matches too: any certificate the server presents counts.
    QSslConfiguration withChain = pki.serverConfiguration();
    withChain.setLocalCertificateChain(
        { pki.certificate(QStringLiteral("server")), pki.certificate(QStringLiteral("ca")) });
    startServer(withChain);
    ConnectionConfig caPinned = trustingTestCa(m_server->url());
    caPinned.tls.spkiPins = { CertificateInfo::spkiPin(pki.certificate(QStringLiteral("ca"))) };
    WebSocketClient caClient(caPinned);
    QVERIFY(caClient.open());
    MAXMON_VERIFY(waitForState(caClient, State::Connected));
}

void TestTls::pinMismatchRefusesBeforeTheRequestIsSent()
{
    const TestPki &pki = TestPki::shared();
    startServer(pki.serverConfiguration());
    ConnectionConfig config = trustingTestCa(m_server->url());
    const QString otherPin = CertificateInfo::spkiPin(pki.certificate(QStringLiteral("untrusted")));
    config.tls.spkiPins = { otherPin };
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("pinned-secret-token");
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    const Error error = client.lastError();
    QCOMPARE(error.code(), Error::Code::TlsPinMismatch);
    // the chain verified fine: only the pin refused it
    QVERIFY(error.context().value(QLatin1String("sslErrors")).isUndefined());
    QVERIFY(error.detail().contains(otherPin));
    QVERIFY(error.detail().contains(pki.serverPin()));
    QVERIFY(error.hint().contains(pki.serverPin()));
    // The upgrade request, and the token in it, never reached the server:
    // a later, unpinned connection's request is the first it sees.
    WebSocketClient later(trustingTestCa(m_server->url()));
    QVERIFY(later.open());
    MAXMON_VERIFY(waitForState(later, State::Connected));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->lastRequest().bearerToken().isEmpty());
}

void TestTls::clientCertificateRequired_data()
{
    QTest::addColumn<bool>("presentCertificate");
    QTest::addColumn<bool>("alertingServer"); // refuses in the handshake, or hangs up after it
    QTest::newRow("with certificate") << true << true;
    QTest::newRow("without certificate") << false << true;
    QTest::newRow("without certificate, server hangs up") << false << false;
}

void TestTls::clientCertificateRequired()
{
    const TestPki &pki = TestPki::shared();
    QFETCH(bool, presentCertificate);
    QFETCH(bool, alertingServer);
    QSslConfiguration serverConfiguration = pki.serverRequiringClientCertificate();
    serverConfiguration.setMissingCertificateIsFatal(alertingServer);
    startServer(serverConfiguration);
    QSignalSpy serverFailures(m_server, &ScriptedServer::tlsHandshakeFailed);
    ConnectionConfig config = trustingTestCa(m_server->url());
    if (presentCertificate) {
        config.tls.clientCertificateFile = pki.path(QStringLiteral("client.pem"));
        config.tls.clientKeyFile = pki.path(QStringLiteral("client.key"));
    }
    WebSocketClient client(config);
    QVERIFY(client.open());
    if (presentCertificate) {
        MAXMON_VERIFY(waitForState(client, State::Connected));
        QCOMPARE(client.diagnostics().tls.clientCertificate,
                 QStringLiteral("CN=maxmon test client, O=maxmon tests"));
        QCOMPARE(m_server->connectionCount(), 1);
        return;
    }
    MAXMON_VERIFY(waitForState(client, State::Error));
    const Error error = client.lastError();
    if (alertingServer) {
        QCOMPARE(error.code(), Error::Code::TlsHandshakeFailed);
        QVERIFY2(error.message().contains(QLatin1String("requires a client certificate")),
                 qPrintable(error.toString()));
    } else {
        // no alert, just a closed connection: say what it may mean
        QCOMPARE(error.code(), Error::Code::ConnectionLost);
    }
    QVERIFY2(error.hint().contains(QLatin1String("--cert FILE --key FILE")),
             qPrintable(error.toString()));
    QTRY_VERIFY(!serverFailures.isEmpty());
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestTls::encryptedClientKeyWithPassphraseFromSecretStore()
{
    const TestPki &pki = TestPki::shared();
    startServer(pki.serverRequiringClientCertificate());
    QFile passphraseFile(pki.path(QStringLiteral("client.passphrase")));
    QVERIFY(passphraseFile.open(QIODevice::ReadOnly));
    qputenv("MAXMON_TEST_KEY_PASSPHRASE", passphraseFile.readAll().trimmed());

    ConnectionConfig config = trustingTestCa(m_server->url());
    config.tls.clientCertificateFile = pki.path(QStringLiteral("client.pem"));
    config.tls.clientKeyFile = pki.path(QStringLiteral("client-encrypted.key"));
    config.tls.keyPassphrase = { SecretRef::Source::Env,
                                 QStringLiteral("MAXMON_TEST_KEY_PASSPHRASE") };
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    QVERIFY(!client.diagnostics().tls.clientCertificate.isEmpty());
    QVERIFY(client.close());
    MAXMON_VERIFY(waitForState(client, State::Disconnected));

    // A wrong passphrase is a configuration error, found before connecting.
    qputenv("MAXMON_TEST_KEY_PASSPHRASE", "not-the-passphrase");
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::TlsConfigError);
    QVERIFY(client.lastError().message().contains(QLatin1String("could not be decrypted")));
    QVERIFY(!client.diagnostics().toText().contains(QLatin1String("not-the-passphrase")));

    // No passphrase source at all
    qunsetenv("MAXMON_TEST_KEY_PASSPHRASE");
    QVERIFY(client.setConfig([&] {
        ConnectionConfig noPassphrase = config;
        noPassphrase.tls.keyPassphrase = {};
        return noPassphrase;
    }()));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::TlsConfigError);
    QVERIFY(client.lastError().hint().contains(QLatin1String("tls.key_passphrase")));
}

void TestTls::badClientKeyIsAConfigError()
{
    const TestPki &pki = TestPki::shared();
    startServer(pki.serverConfiguration());
    ConnectionConfig config = trustingTestCa(m_server->url());
    config.tls.clientCertificateFile = pki.path(QStringLiteral("client.pem"));
    config.tls.clientKeyFile = pki.path(QStringLiteral("no-such.key"));
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::TlsConfigError);
    QVERIFY(client.lastError().message().contains(QLatin1String("no-such.key")));

    config.tls.clientKeyFile = pki.path(QStringLiteral("ca.pem")); // a certificate, not a key
    QVERIFY(client.setConfig(config));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::TlsConfigError);

    // The CA file must hold certificates.
    config = trustingTestCa(m_server->url());
    config.tls.caFile = pki.path(QStringLiteral("client.passphrase"));
    QVERIFY(client.setConfig(config));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::TlsConfigError);
    QVERIFY(client.lastError().message().contains(QLatin1String("no PEM certificate")));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTls::legacyTlsServerIsRefused()
{
    const TestPki &pki = TestPki::shared();
    // Qt's own server side will not even offer TLS 1.1 at the default
    // security level, so run the openssl command's test server: TLS 1.1 only.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl command");
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(openssl,
                 { QStringLiteral("s_server"), QStringLiteral("-accept"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("-cert"),
                   pki.path(QStringLiteral("server.pem")), QStringLiteral("-key"),
                   pki.path(QStringLiteral("server.key")), QStringLiteral("-tls1_1"),
                   QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"),
                   QStringLiteral("-www") });
    QVERIFY(server.waitForStarted());
    QByteArray output;
    static const QRegularExpression acceptLine(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAll(),
                              match = acceptLine.match(QString::fromLatin1(output)),
                              match.hasMatch() || server.state() != QProcess::Running),
                             10000);
    if (!match.hasMatch())
        QSKIP(qPrintable(QStringLiteral("openssl s_server cannot serve TLS 1.1 here: ")
                         + QString::fromLatin1(output)));

    ConnectionConfig config =
        trustingTestCa(QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(match.captured(1))));
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    const Error error = client.lastError();
    QCOMPARE(error.code(), Error::Code::TlsHandshakeFailed);
    QVERIFY2(error.message().contains(QLatin1String("TLS 1.2 or later")),
             qPrintable(error.toString()));
    server.kill();
    server.waitForFinished();
}

void TestTls::plainServerOnAWssUrl()
{
    ScriptedServer plain;
    QVERIFY(plain.listen());
    QUrl url = plain.url();
    url.setScheme(QStringLiteral("wss"));
    WebSocketClient client(maxmon::testing::plainConfig(url, 5000));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Error));
    QCOMPARE(client.lastError().code(), Error::Code::TlsHandshakeFailed);
    QVERIFY2(client.lastError().hint().contains(QLatin1String("plain WebSocket (ws://)")),
             qPrintable(client.lastError().toString()));
}

void TestTls::allowInsecureAcceptsOnlyTheListedErrors()
{
    const TestPki &pki = TestPki::shared();
    startServer(pki.serverConfiguration(QStringLiteral("selfsigned")));

    // Listing another kind does not help: only the listed kinds are ignored.
    ConnectionConfig config = maxmon::testing::plainConfig(m_server->url(), 5000);
    config.tls.allowInsecure = true;
    config.tls.allowedErrors = { QStringLiteral("HostNameMismatch") };
    WebSocketClient wrongList(config);
    QVERIFY(!wrongList.diagnostics().warnings.isEmpty()); // the profile itself warns
    QVERIFY(wrongList.open());
    MAXMON_VERIFY(waitForState(wrongList, State::Error));
    QCOMPARE(wrongList.lastError().code(), Error::Code::TlsCertificateRejected);

    config.tls.allowedErrors = { QStringLiteral("SelfSignedCertificate") };
    WebSocketClient client(config);
    const QStringList before = client.diagnostics().warnings;
    QCOMPARE(before.size(), 1);
    QVERIFY(before.first().contains(QLatin1String("tls.allow_insecure")));
    QVERIFY(before.first().contains(QLatin1String("SelfSignedCertificate")));
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    const Diagnostics diagnostics = client.diagnostics();
    QVERIFY(!diagnostics.tls.chainVerified);
    QCOMPARE(diagnostics.tls.acceptedErrors.size(), 1);
    QVERIFY(
        diagnostics.tls.acceptedErrors.first().startsWith(QLatin1String("SelfSignedCertificate")));
    QCOMPARE(diagnostics.warnings.size(), 2); // the profile's, and what this connection accepted
    QVERIFY(diagnostics.toText().startsWith(QLatin1String("WARNING: ")));
    QVERIFY(diagnostics.toText().contains(QLatin1String("TLS chain: NOT verified")));
    QCOMPARE(diagnostics.toJson().value(QLatin1String("warnings")).toArray().size(), 2);

    // Pins still apply under allow_insecure.
    config.tls.spkiPins = { pki.serverPin() };
    WebSocketClient pinned(config);
    QVERIFY(pinned.open());
    MAXMON_VERIFY(waitForState(pinned, State::Error));
    QCOMPARE(pinned.lastError().code(), Error::Code::TlsPinMismatch);
}

void TestTls::tokenNeverLeaks()
{
    const QString token = QStringLiteral("tok-SECRET-4711-never-show-me");
    qputenv("MAXMON_TEST_TLS_TOKEN", token.toUtf8());
    LogCapture logs;
    QStringList outputs;

    for (const QString &certificate : { QStringLiteral("server"), QStringLiteral("untrusted") }) {
        for (AuthConfig::Mode mode :
             { AuthConfig::Mode::BearerHeader, AuthConfig::Mode::QueryParameter,
               AuthConfig::Mode::PhoenixSubprotocol }) {
            startServer(TestPki::shared().serverConfiguration(certificate));
            ConnectionConfig config = trustingTestCa(m_server->url());
            config.auth.mode = mode;
            config.auth.tokenSource = { SecretRef::Source::Env,
                                        QStringLiteral("MAXMON_TEST_TLS_TOKEN") };
            WebSocketClient client(config);
            QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
            QVERIFY(client.open());
            QTRY_VERIFY(client.state() == State::Connected || client.state() == State::Error);
            if (certificate == QLatin1String("server")) {
                QCOMPARE(client.state(), State::Connected);
                if (mode == AuthConfig::Mode::BearerHeader) // the token did go out, to the server
                    QCOMPARE(m_server->lastRequest().bearerToken(), token);
            }
            const Diagnostics diagnostics = client.diagnostics();
            outputs << diagnostics.toText()
                    << QString::fromUtf8(QJsonDocument(diagnostics.toJson()).toJson())
                    << QString::fromUtf8(QJsonDocument(client.config().toJson()).toJson());
            for (const QList<QVariant> &args : errors) {
                const Error error = args.at(0).value<Error>();
                outputs << error.toString()
                        << QString::fromUtf8(QJsonDocument(error.toJson()).toJson());
            }
            if (mode == AuthConfig::Mode::QueryParameter)
                QVERIFY2(diagnostics.url.contains(QLatin1String("token=***")),
                         qPrintable(diagnostics.url));
        }
    }
    outputs << logs.text();
    const QString everything = outputs.join(QLatin1Char('\n'));
    QVERIFY(everything.contains(QLatin1String("TlsCertificateRejected")));
    QVERIFY(everything.contains(QLatin1String("maxmon.ws")));
    for (const QString &form :
         { token, QString::fromLatin1(QUrl::toPercentEncoding(token)),
           QString::fromLatin1(token.toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                       | QByteArray::OmitTrailingEquals)) })
        QVERIFY2(!everything.contains(form), qPrintable(form));
    qunsetenv("MAXMON_TEST_TLS_TOKEN");
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
