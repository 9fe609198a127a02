// maxmon-cli connect, run as a process against servers in this test: the
// TLS, token and proxy options, a profile under the options, the exit code
// of each failure class, usage errors, the failure details on stderr, the
// persistent warning of --insecure, and no token in any output.
#include "cliprocess.h"
#include "rawwebsocketpeer.h"
#include "server/demoserver.h"
#include "server/websocketfrontdoor.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testpki.h>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using maxmon::DemoServer;
using namespace maxmon::testing;

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
    void failureClassesHaveTheirExitCodes_data();
    void failureClassesHaveTheirExitCodes();
    void profileUnderTheOptions();
    void closesSayWhoClosed_data();
    void closesSayWhoClosed();
    void helpAndVersion();
    void varFillsUrlHeadersAndMessages();

private:
    // Runs maxmon-cli connect; when closeAfter is set, the server closes
    // normally once that text came back through the echo.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QByteArray &closeAfter = {});

    ScriptedServer *m_server = nullptr;
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
    const TestPki &pki = TestPki::shared();
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listenTls(pki.serverConfiguration()));
    const Run result = run({ m_server->url().toString(), QStringLiteral("--ca"),
                             pki.path(QStringLiteral("ca.pem")), QStringLiteral("--token-env"),
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

    m_server = new ScriptedServer(this);
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
    const TestPki &pki = TestPki::shared();
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("inStderr");
    const QString ca = pki.path(QStringLiteral("ca.pem"));
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
                         << QStringList { QStringLiteral("pinned keys"), pki.serverPin() };
}

void TestConnectCommand::tlsFailuresPrintDetailAndHint()
{
    QFETCH(QString, certificate);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, inStderr);
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listenTls(TestPki::shared().serverConfiguration(certificate)));
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
    m_server = new ScriptedServer(this);
    QVERIFY(
        m_server->listenTls(TestPki::shared().serverConfiguration(QStringLiteral("selfsigned"))));
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
    const TestPki &pki = TestPki::shared();
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listenTls(pki.serverRequiringClientCertificate()));
    const QString url = m_server->url().toString();
    const QString ca = pki.path(QStringLiteral("ca.pem"));
    const Run without = run({ url, QStringLiteral("--ca"), ca });
    QCOMPARE(without.exitCode, 4);
    QVERIFY(without.err.contains(QLatin1String("requires a client certificate")));

    QFile passphrase(pki.path(QStringLiteral("client.passphrase")));
    QVERIFY(passphrase.open(QIODevice::ReadOnly));
    qputenv("MAXMON_CLI_KEY_PASSPHRASE", passphrase.readAll().trimmed());
    const Run with =
        run({ url, QStringLiteral("--ca"), ca, QStringLiteral("--cert"),
              pki.path(QStringLiteral("client.pem")), QStringLiteral("--key"),
              pki.path(QStringLiteral("client-encrypted.key")),
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
    QTest::newRow("unknown option") << QStringList { url, QStringLiteral("--frobnicate") } << 2
                                    << QStringLiteral("Unknown option 'frobnicate'");
    QTest::newRow("two URLs") << QStringList { url, url } << 2
                              << QStringLiteral("wrong number of arguments");
    QTest::newRow("no URL") << QStringList() << 2 << QStringLiteral("Give a URL");
    QTest::newRow("bad count") << QStringList { url, QStringLiteral("--count"),
                                                QStringLiteral("0") }
                               << 2 << QStringLiteral("--count needs a number");
    QTest::newRow("bare duration")
        << QStringList { url, QStringLiteral("--duration"), QStringLiteral("10") } << 2
        << QStringLiteral("--duration: \"10\" is not a duration");
    QTest::newRow("send-every without send")
        << QStringList { url, QStringLiteral("--send-every"), QStringLiteral("1s") } << 2
        << QStringLiteral("needs at least one --send");
    QTest::newRow("binary and json input")
        << QStringList { url, QStringLiteral("--binary"), QStringLiteral("--json-input") } << 2
        << QStringLiteral("not both");
    QTest::newRow("encoding") << QStringList { url, QStringLiteral("--encoding"),
                                               QStringLiteral("utf7") }
                              << 2 << QStringLiteral("--encoding: hex or base64");
    QTest::newRow("connect timeout")
        << QStringList { url, QStringLiteral("--connect-timeout"), QStringLiteral("0") } << 2
        << QStringLiteral("--connect-timeout: must be above 0");
    QTest::newRow("missing profile")
        << QStringList { url, QStringLiteral("--profile"), QStringLiteral("/no/such/profile.json") }
        << 8 << QStringLiteral("cannot read profile /no/such/profile.json");
    QTest::newRow("var without value")
        << QStringList { url, QStringLiteral("--var"), QStringLiteral("token") } << 2
        << QStringLiteral("--var needs NAME=VALUE");
    QTest::newRow("var with a bad name")
        << QStringList { url, QStringLiteral("--var"), QStringLiteral("a-b=1") } << 2
        << QStringLiteral("--var needs NAME=VALUE with a NAME of letters, digits and _, got "
                          "\"a-b\"");
    QTest::newRow("undefined variable")
        << QStringList { QStringLiteral("ws://127.0.0.1:1/?t={{cli_nothere}}") } << 8
        << QStringLiteral("{{cli_nothere}} is not defined: set it for this session, in the "
                          "profile, or as MAXMON_CLI_NOTHERE");
    QTest::newRow("not a ws URL") << QStringList { QStringLiteral("http://127.0.0.1:1/") } << 8
                                  << QStringLiteral("The URL is not valid");
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

void TestConnectCommand::failureClassesHaveTheirExitCodes_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inStderr");
    QTest::newRow("refused port") << QStringLiteral("refused") << QStringList() << 3
                                  << QStringLiteral("ConnectionRefused");
    QTest::newRow("401 on /auth") << QStringLiteral("/auth") << QStringList() << 5
                                  << QStringLiteral("401 Unauthorized");
    QTest::newRow("404 path") << QStringLiteral("/nope") << QStringList() << 7
                              << QStringLiteral("404 Not Found");
    QTest::newRow("TLS untrusted")
        << QStringLiteral("tls") << QStringList() << 4 << QStringLiteral("does not trust");
    QTest::newRow("hanging server")
        << QStringLiteral("hang")
        << QStringList { QStringLiteral("--connect-timeout"), QStringLiteral("300ms") } << 6
        << QStringLiteral("did not answer the WebSocket handshake within 300 ms");
    QTest::newRow("protocol error close") << QStringLiteral("/echo?close=1002") << QStringList()
                                          << 7 << QStringLiteral("WebSocket protocol error (1002)");
    QTest::newRow("closed with 4000")
        << QStringLiteral("/echo?close=4000&after=50ms") << QStringList() << 7
        << QStringLiteral("4000 (application-defined)");
    QTest::newRow("server closes normally") << QStringLiteral("/echo?close=1000&after=50ms")
                                            << QStringList() << 0 << QStringLiteral("Disconnected");
}

void TestConnectCommand::failureClassesHaveTheirExitCodes()
{
    QFETCH(QString, what);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, inStderr);
    DemoServer demo;
    QString url;
    if (what == QLatin1String("refused")) {
        QTcpServer closed; // a port nothing listens on: bind, remember, close
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        url = QStringLiteral("ws://127.0.0.1:%1/echo").arg(closed.serverPort());
        closed.close();
    } else if (what == QLatin1String("hang")) {
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        url = m_server->url(QStringLiteral("/hang")).toString();
    } else if (what == QLatin1String("tls")) {
        demo.setSslConfiguration(TestPki::shared().serverConfiguration());
        QVERIFY(demo.listen());
        url = demo.url().toString();
    } else {
        QVERIFY(demo.listen());
        url = demo.url().toString(QUrl::RemovePath) + what;
    }
    const maxmon::test::CliRun result =
        maxmon::test::runCli(cliPath(), QStringList { QStringLiteral("connect"), url } + extra);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY2(result.errText().contains(inStderr), result.err.constData());
    QVERIFY(result.out.isEmpty());
    // maxmon's sentences only: Qt's raw text ("QWebSocketPrivate::processHandshake:
    // Unhandled http status code: 401") is for --json's context
    QVERIFY2(!result.errText().contains(QLatin1String("QWebSocketPrivate")),
             result.err.constData());
}

void TestConnectCommand::profileUnderTheOptions()
{
    DemoServer demo;
    QVERIFY(demo.listen());
    QTemporaryDir dir;
    maxmon::ConnectionConfig profile;
    profile.url = demo.url(QStringLiteral("/nope"));
    profile.headers = { { QStringLiteral("X-Team"), QStringLiteral("profile") },
                        { QStringLiteral("X-Kept"), QStringLiteral("yes") } };
    QJsonObject json = profile.toJson();
    json.insert(QStringLiteral("colour"), QStringLiteral("blue")); // unknown: a warning
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    // the URL and a header from the command line win; the rest comes from the profile
    const maxmon::test::CliRun overridden = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("connect"), QStringLiteral("--profile"), path, demo.url().toString(),
          QStringLiteral("--header"), QStringLiteral("x-team: cli"), QStringLiteral("--send"),
          QStringLiteral("hi"), QStringLiteral("--count"), QStringLiteral("1") });
    QVERIFY2(overridden.exitCode == 0, overridden.err.constData());
    QCOMPARE(overridden.out, QByteArray("hi\n"));
    QVERIFY2(overridden.errText().contains(QStringLiteral("[maxmon] WARNING: profile %1: colour: "
                                                          "unknown key")
                                               .arg(path)),
             overridden.err.constData());
    const maxmon::HttpUpgradeRequest request = demo.frontDoor()->requests().constLast();
    QCOMPARE(request.path, QStringLiteral("/echo"));
    QCOMPARE(request.header("X-Kept"), QByteArray("yes"));
    QCOMPARE(request.headerValues("X-Team"), QList<QByteArray> { "cli" });

    // without a URL argument the profile's is used
    const maxmon::test::CliRun profileUrl = maxmon::test::runCli(
        cliPath(), { QStringLiteral("connect"), QStringLiteral("--profile"), path });
    QCOMPARE(profileUrl.exitCode, 7);
    QCOMPARE(demo.frontDoor()->requests().constLast().path, QStringLiteral("/nope"));

    // a profile with errors: exit 8, nothing tried
    json.insert(QStringLiteral("connect_timeout_ms"), QStringLiteral("soon"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    const int requests = static_cast<int>(demo.frontDoor()->requests().size());
    const maxmon::test::CliRun broken = maxmon::test::runCli(
        cliPath(), { QStringLiteral("connect"), QStringLiteral("--profile"), path });
    QCOMPARE(broken.exitCode, 8);
    QVERIFY2(broken.err.contains("connect_timeout_ms"), broken.err.constData());
    QCOMPARE(demo.frontDoor()->requests().size(), requests);
}

void TestConnectCommand::closesSayWhoClosed_data()
{
    using maxmon::test::RawWebSocketPeer;
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("notSaid");
    RawWebSocketPeer::FrameSpec rsv;
    rsv.payload = "hi";
    rsv.rsv = 4;
    QTest::newRow("a violation the client found")
        << RawWebSocketPeer::frame(rsv)
        << QStringLiteral("The client closed the connection with 1002 Protocol error")
        << QStringLiteral("Reason given by the server");
    QTest::newRow("a close code the server may not send")
        << RawWebSocketPeer::closeFrame(1005)
        << QStringLiteral("The server sent close code 1005, which must never be sent on the wire")
        << QStringLiteral("1002 detected");
    QTest::newRow("the server's own reason")
        << RawWebSocketPeer::closeFrame(4000, "maintenance")
        << QStringLiteral("Reason given by the server: maintenance")
        << QStringLiteral("client closed");
}

void TestConnectCommand::closesSayWhoClosed()
{
    QFETCH(QByteArray, frames);
    QFETCH(QString, said);
    QFETCH(QString, notSaid);
    maxmon::test::RawWebSocketPeer peer;
    peer.setBytesWithHandshake(frames);
    QVERIFY(peer.listen());
    const Run result = run({ peer.url().toString() });
    QVERIFY2(result.exitCode != 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(said), qPrintable(result.err));
    QVERIFY2(!result.err.contains(notSaid), qPrintable(result.err));
}

void TestConnectCommand::varFillsUrlHeadersAndMessages()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    const QString url = m_server->url(QStringLiteral("/echo")).toString()
        + QStringLiteral("?t={{token}}&u={{ user }}");
    const Run result = run({ url, QStringLiteral("--var"), QStringLiteral("token=v4r/s&cret"),
                             QStringLiteral("--var"), QStringLiteral("user=alice"),
                             QStringLiteral("--header"), QStringLiteral("X-Auth: Token {{token}}"),
                             QStringLiteral("--send"), QStringLiteral("hello {{user}}") },
                           {}, "hello alice");
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("hello alice\n"));
    const UpgradeRequest request = m_server->lastRequest();
    QCOMPARE(request.query.queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded),
             QStringLiteral("v4r/s&cret"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("u")), QStringLiteral("alice"));
    QCOMPARE(request.header("X-Auth"), QByteArray("Token v4r/s&cret"));
    QCOMPARE(m_server->receivedTexts(), QStringList { QStringLiteral("hello alice") });
    // stderr names the URL with its references, never the values
    QVERIFY2(!result.err.contains(QLatin1String("v4r")), qPrintable(result.err));
}

void TestConnectCommand::helpAndVersion()
{
    const maxmon::test::CliRun help =
        maxmon::test::runCli(cliPath(), { QStringLiteral("connect"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: maxmon-cli connect [options] [url]"),
             help.out.constData());
    for (const char *option : { "--send-every", "--exit-on-eof", "--json-input", "--profile",
                                "--reconnect", "--heartbeat", "--token-env", "Exit codes:" })
        QVERIFY2(help.out.contains(option), option);
    const maxmon::test::CliRun version =
        maxmon::test::runCli(cliPath(), { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("maxmon-cli "));
    const maxmon::test::CliRun nothing = maxmon::test::runCli(cliPath(), {});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.err.contains("Commands:"));
    const maxmon::test::CliRun unknown =
        maxmon::test::runCli(cliPath(), { QStringLiteral("dance") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown command 'dance'"));
}

QTEST_GUILESS_MAIN(TestConnectCommand)
#include "tst_connectcommand.moc"
