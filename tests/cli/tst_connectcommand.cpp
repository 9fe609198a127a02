// maxmon-cli connect, run as a process against TLS servers in this test:
// the TLS, token and proxy options, the exit codes, the failure details on
// stderr, the persistent warning of --insecure, and no token in any output.
#include "testpki.h"
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using maxmon::test::TestServer;
namespace pki = maxmon::test::pki;

namespace {

const QByteArray token = "cli-SECRET-token-0815";

QString cliPath()
{
    return QStringLiteral(MAXMON_CLI_PATH);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestConnectCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void connectsWithCaAndTokenFromEnvironment();
    void tokenFromFileAndCommand_data();
    void tokenFromFileAndCommand();
    void tlsFailuresPrintDetailAndHint_data();
    void tlsFailuresPrintDetailAndHint();
    void insecurePrintsAPersistentWarning();
    void clientCertificate();
    void badArguments_data();
    void badArguments();

private:
    // Runs maxmon-cli connect; when closeAfter is set, the server closes
    // normally once that text came back through the echo.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QByteArray &closeAfter = {});

    TestServer *m_server = nullptr;
};

void TestConnectCommand::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    qputenv("MAXMON_CLI_TOKEN", token);
}

void TestConnectCommand::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

Run TestConnectCommand::run(const QStringList &arguments, const QByteArray &input,
                            const QByteArray &closeAfter)
{
    QProcess process;
    process.start(cliPath(), QStringList { QStringLiteral("connect") } + arguments);
    Run result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    QByteArray out;
    const bool finished = QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            if (!closeAfter.isEmpty() && out.contains(closeAfter) && m_server
                && !m_server->clients().isEmpty())
                m_server->closeAll(1000);
            return process.state() == QProcess::NotRunning;
        },
        30000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = finished ? process.exitCode() : -1;
    result.out = QString::fromUtf8(out + process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    const QString all = result.out + result.err;
    if (all.contains(QString::fromLatin1(token)))
        qFatal("the token leaked into maxmon-cli's output:\n%s", qPrintable(all));
    return result;
}

void TestConnectCommand::connectsWithCaAndTokenFromEnvironment()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->listenTls(pki::serverConfiguration()));
    const Run result = run({ m_server->url().toString(), QStringLiteral("--ca"),
                             pki::path(QStringLiteral("ca.pem")), QStringLiteral("--token-env"),
                             QStringLiteral("MAXMON_CLI_TOKEN") },
                           "hello over tls\n", "hello over tls");
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("hello over tls\n"));
    QVERIFY2(result.err.contains(QLatin1String("[maxmon] TLS TLSv1.")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("chain verified")));
    QVERIFY(!result.err.contains(QLatin1String("WARNING")));
    QCOMPARE(m_server->lastRequest().bearerToken().toUtf8(), token);
}

void TestConnectCommand::tokenFromFileAndCommand_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("ownerOnly");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("file") << QStringLiteral("--token-file") << true << 0;
    QTest::newRow("file readable by others") << QStringLiteral("--token-file") << false << 5;
    QTest::newRow("command") << QStringLiteral("--token-command") << true << 0;
}

void TestConnectCommand::tokenFromFileAndCommand()
{
    QFETCH(QString, option);
    QFETCH(bool, ownerOnly);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("token"));
    QFile tokenFile(file);
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(token + '\n');
    tokenFile.close();
    tokenFile.setPermissions(ownerOnly ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                       : QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                     | QFileDevice::ReadOther);
    const QString value = option == QLatin1String("--token-file")
        ? file
        : QStringLiteral("cat %1").arg(file); // the command line names no token

    m_server = new TestServer(this);
    QVERIFY(m_server->listen());
    const Run result = run({ m_server->url().toString(), option, value }, "ping\n", "ping");
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
    if (exitCode == 0) {
        QCOMPARE(m_server->lastRequest().bearerToken().toUtf8(), token);
    } else {
        QVERIFY(result.err.contains(QLatin1String("chmod 600")));
        QVERIFY(m_server->requests().isEmpty());
    }
}

void TestConnectCommand::tlsFailuresPrintDetailAndHint_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("inStderr");
    const QString ca = pki::path(QStringLiteral("ca.pem"));
    QTest::newRow("unknown CA") << QStringLiteral("server") << QStringList()
                                << QStringList {
                                       QStringLiteral("does not trust"),
                                       QStringLiteral("UnableToGetLocalIssuerCertificate"),
                                       QStringLiteral("SHA-256: "), QStringLiteral("Hint: "),
                                       QStringLiteral("--ca FILE")
                                   };
    QTest::newRow("wrong host") << QStringLiteral("wronghost")
                                << QStringList { QStringLiteral("--ca"), ca }
                                << QStringList { QStringLiteral("HostNameMismatch"),
                                                 QStringLiteral("covers only: wrong.example") };
    QTest::newRow("expired") << QStringLiteral("expired")
                             << QStringList { QStringLiteral("--ca"), ca }
                             << QStringList { QStringLiteral("CertificateExpired"),
                                              QStringLiteral("2020-12-31 23:59:59 UTC") };
    QTest::newRow("pin") << QStringLiteral("server")
                         << QStringList { QStringLiteral("--ca"), ca, QStringLiteral("--pin"),
                                          QString::fromLatin1(QByteArray(32, 'p').toBase64()) }
                         << QStringList { QStringLiteral("pinned keys"), pki::serverPin() };
}

void TestConnectCommand::tlsFailuresPrintDetailAndHint()
{
    QFETCH(QString, certificate);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, inStderr);
    m_server = new TestServer(this);
    QVERIFY(m_server->listenTls(pki::serverConfiguration(certificate)));
    const Run result = run(QStringList { m_server->url().toString(), QStringLiteral("--token-env"),
                                         QStringLiteral("MAXMON_CLI_TOKEN") }
                           + extra);
    QCOMPARE(result.exitCode, 4); // TLS
    for (const QString &part : inStderr)
        QVERIFY2(result.err.contains(part), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestConnectCommand::insecurePrintsAPersistentWarning()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->listenTls(pki::serverConfiguration(QStringLiteral("selfsigned"))));
    const Run result = run({ m_server->url().toString(), QStringLiteral("--insecure"),
                             QStringLiteral("--token-env"), QStringLiteral("MAXMON_CLI_TOKEN") },
                           "unsafe\n", "unsafe");
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // before connecting, and again once connected (with what was accepted)
    QVERIFY2(result.err.count(QLatin1String("[maxmon] WARNING: TLS verification is relaxed")) == 2,
             qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("WARNING: Connected although the server's "
                                              "certificate failed verification: "
                                              "SelfSignedCertificate")));
    QVERIFY(result.err.contains(QLatin1String("chain NOT verified")));

    // --allow-tls-error accepts only what it names
    const Run narrow = run({ m_server->url().toString(), QStringLiteral("--allow-tls-error"),
                             QStringLiteral("HostNameMismatch") });
    QCOMPARE(narrow.exitCode, 4);
    QVERIFY(narrow.err.contains(QLatin1String("WARNING")));
    QVERIFY(narrow.err.contains(QLatin1String("self-signed")));
}

void TestConnectCommand::clientCertificate()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->listenTls(pki::serverRequiringClientCertificate()));
    const QString url = m_server->url().toString();
    const QString ca = pki::path(QStringLiteral("ca.pem"));
    const Run without = run({ url, QStringLiteral("--ca"), ca });
    QCOMPARE(without.exitCode, 4);
    QVERIFY(without.err.contains(QLatin1String("requires a client certificate")));

    QFile passphrase(pki::path(QStringLiteral("client.passphrase")));
    QVERIFY(passphrase.open(QIODevice::ReadOnly));
    qputenv("MAXMON_CLI_KEY_PASSPHRASE", passphrase.readAll().trimmed());
    const Run with =
        run({ url, QStringLiteral("--ca"), ca, QStringLiteral("--cert"),
              pki::path(QStringLiteral("client.pem")), QStringLiteral("--key"),
              pki::path(QStringLiteral("client-encrypted.key")),
              QStringLiteral("--key-passphrase-env"), QStringLiteral("MAXMON_CLI_KEY_PASSPHRASE") },
            "with cert\n", "with cert");
    QVERIFY2(with.exitCode == 0, qPrintable(with.err));
    QCOMPARE(with.out, QStringLiteral("with cert\n"));
    qunsetenv("MAXMON_CLI_KEY_PASSPHRASE");
}

void TestConnectCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inStderr");
    const QString url = QStringLiteral("wss://127.0.0.1:1/");
    QTest::newRow("proxy scheme") << QStringList { url, QStringLiteral("--proxy"),
                                                   QStringLiteral("ftp://h:21") }
                                  << 2 << QStringLiteral("http or socks5");
    QTest::newRow("proxy password")
        << QStringList { url, QStringLiteral("--proxy"),
                         QStringLiteral("http://alice:") + QString::fromLatin1(token)
                             + QStringLiteral("@127.0.0.1:3128") }
        << 2 << QStringLiteral("--proxy-password-env");
    QTest::newRow("two tokens") << QStringList {
        url, QStringLiteral("--token-env"), QStringLiteral("A"), QStringLiteral("--token-file"),
        QStringLiteral("/f")
    } << 2 << QStringLiteral("one way only");
    QTest::newRow("cert without key")
        << QStringList { url, QStringLiteral("--cert"), QStringLiteral("/c.pem") } << 2
        << QStringLiteral("go together");
    QTest::newRow("unknown tls error")
        << QStringList { url, QStringLiteral("--allow-tls-error"), QStringLiteral("Everything") }
        << 2 << QStringLiteral("not a certificate error");
    QTest::newRow("bad pin") << QStringList { url, QStringLiteral("--pin"), QStringLiteral("abc") }
                             << 8 << QStringLiteral("tls.spki_pins[0]");
    QTest::newRow("missing token env")
        << QStringList { QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--token-env"),
                         QStringLiteral("MAXMON_CLI_NO_SUCH_VARIABLE") }
        << 5 << QStringLiteral("MAXMON_CLI_NO_SUCH_VARIABLE is not set");
}

void TestConnectCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, inStderr);
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
    QVERIFY2(result.err.contains(inStderr), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestConnectCommand)
#include "tst_connectcommand.moc"
