// maxmon-cli serve as its own process: the URL line, the banner, the
// options (token, rate, limits, faults, TLS), a clean shutdown on SIGTERM
// and SIGINT, usage errors, and maxmon-cli probe against it.
#include "cliprocess.h"
#include "server/streamevent.h"

#include <maxmon/messageserializer.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QLocale>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::CliProcess;
using State = ConnectionState;

namespace {

QString cliPath()
{
    return QStringLiteral(MAXMON_CLI_PATH);
}

ConnectionConfig configFor(const QUrl &url)
{
    return maxmon::testing::plainConfig(url, 5000);
}

// maxmon-cli serve on a free port; url() is the line it prints.
struct Serve
{
    explicit Serve(const QStringList &options)
        : process(cliPath())
    {
        started = process.start(QStringList { QStringLiteral("serve"), QStringLiteral("--port"),
                                              QStringLiteral("0") }
                                + options)
            && process.waitForOutput("\n", 20000);
    }
    QUrl url(const QString &path = QStringLiteral("/echo")) const
    {
        QUrl url(QString::fromUtf8(process.outLines().value(0)));
        url.setPath(path);
        return url;
    }
    CliProcess process;
    bool started = false;
};

} // namespace

class TestServeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsUrlAndEndpoints();
    void optionsReachTheServer();
    void serverWideFaults();
    void tls();
    void sigtermClosesEveryConnectionWith1001_data();
    void sigtermClosesEveryConnectionWith1001();
    void probeAgainstServe();
    void usageErrors_data();
    void usageErrors();
    void portInUse();
};

void TestServeCommand::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
}

void TestServeCommand::printsUrlAndEndpoints()
{
    Serve serve({});
    QVERIFY2(serve.started, serve.process.err().constData());
    QVERIFY(serve.process.waitForError("faults for every connection: none"));
    QCOMPARE(serve.process.outLines().size(), 1); // the one line on stdout
    QVERIFY(serve.url().toString().startsWith(QLatin1String("ws://127.0.0.1:")));
    const QString err = serve.process.errText();
    for (const char *part : { "/echo", "/events", "/auth", "/auth token: ", "limits: " })
        QVERIFY2(err.contains(QLatin1String(part)), qPrintable(err));
    // a count in the locale's digits and its English plural (maxmon_en.qm)
    QVERIFY2(err.contains(QStringLiteral("limits: %1 connections, messages up to %2")
                              .arg(QLocale().toString(1000), QLocale().formattedDataSize(1 << 20))),
             qPrintable(err));

    // the made-up token opens /auth
    const QString token =
        err.section(QStringLiteral("/auth token: "), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY(token.size() >= 20);
    ConnectionConfig config = configFor(serve.url(QStringLiteral("/auth")));
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.token = token;
    WebSocketClient client(config);
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
}

void TestServeCommand::optionsReachTheServer()
{
    qputenv("MAXMON_TEST_SERVE_TOKEN", "token-from-env");
    Serve serve({ QStringLiteral("--auth-token-env"), QStringLiteral("MAXMON_TEST_SERVE_TOKEN"),
                  QStringLiteral("--events-rate"), QStringLiteral("50"),
                  QStringLiteral("--max-connections"), QStringLiteral("3"),
                  QStringLiteral("--verbose") });
    QVERIFY2(serve.started, serve.process.err().constData());
    QVERIFY(serve.process.waitForError("faults for every connection"));
    QVERIFY(!serve.process.errText().contains(QLatin1String("token-from-env"))); // never printed

    ConnectionConfig config = configFor(serve.url(QStringLiteral("/auth")));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.token = QStringLiteral("token-from-env");
    WebSocketClient auth(config);
    QVERIFY(auth.open());
    QTRY_COMPARE_WITH_TIMEOUT(auth.state(), State::Connected, 10000);

    // /events at the server's default rate: 50 per second
    WebSocketClient events(configFor(serve.url(QStringLiteral("/events"))));
    QList<StreamEvent> received;
    connect(&events, &WebSocketClient::messageReceived, this, [&received](const Message &message) {
        if (const Validated<StreamEvent> event =
                MessageSerializer::deserialize<StreamEvent>(message))
            received.append(*event);
    });
    QVERIFY(events.open());
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 6, 10000);
    QVERIFY(received.at(5).sentUs - received.at(0).sentUs >= 5 * 20000 - 2000);

    // the third connection is the last one allowed
    WebSocketClient third(configFor(serve.url()));
    WebSocketClient fourth(configFor(serve.url()));
    QVERIFY(third.open());
    QTRY_COMPARE_WITH_TIMEOUT(third.state(), State::Connected, 10000);
    QVERIFY(fourth.open());
    QTRY_COMPARE_WITH_TIMEOUT(fourth.state(), State::Error, 10000);
    QCOMPARE(fourth.lastError().httpStatus(), 503);
    QVERIFY(serve.process.waitForError("connected to /events"));
    QVERIFY(serve.process.waitForError("connection limit 3 reached"));
    qunsetenv("MAXMON_TEST_SERVE_TOKEN");
}

void TestServeCommand::serverWideFaults()
{
    Serve serve({ QStringLiteral("--delay"), QStringLiteral("150ms"),
                  QStringLiteral("--close-after"), QStringLiteral("600ms"),
                  QStringLiteral("--close-code"), QStringLiteral("4001") });
    QVERIFY2(serve.started, serve.process.err().constData());
    QVERIFY(serve.process.waitForError("close 4001 after 600 ms, delay 150 ms"));
    WebSocketClient client(configFor(serve.url()));
    QList<Message> echoes;
    connect(&client, &WebSocketClient::messageReceived, this, [&echoes](const Message &message) {
        if (!message.isControl())
            echoes.append(message);
    });
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.sendText(QStringLiteral("late")));
    QTRY_COMPARE_WITH_TIMEOUT(echoes.size(), 1, 10000);
    QVERIFY(clock.elapsed() >= 140);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    QCOMPARE(client.diagnostics().lastCloseCode, 4001);
}

void TestServeCommand::tls()
{
    const TestPki &pki = TestPki::shared();
    Serve serve({ QStringLiteral("--tls-cert"), pki.path(QStringLiteral("server.pem")),
                  QStringLiteral("--tls-key"), pki.path(QStringLiteral("server.key")) });
    QVERIFY2(serve.started, serve.process.err().constData());
    QCOMPARE(serve.url().scheme(), QStringLiteral("wss"));
    ConnectionConfig config = configFor(serve.url());
    config.tls.caFile = pki.path(QStringLiteral("ca.pem"));
    WebSocketClient client(config);
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
    QVERIFY(client.diagnostics().tls.chainVerified);

    // requiring client certificates: refused without one, in the TLS handshake
    Serve mutual({ QStringLiteral("--tls-cert"), pki.path(QStringLiteral("server.pem")),
                   QStringLiteral("--tls-key"), pki.path(QStringLiteral("server.key")),
                   QStringLiteral("--tls-client-ca"), pki.path(QStringLiteral("client-ca.pem")) });
    QVERIFY2(mutual.started, mutual.process.err().constData());
    ConnectionConfig anonymousConfig = configFor(mutual.url());
    anonymousConfig.tls.caFile = pki.path(QStringLiteral("ca.pem"));
    WebSocketClient anonymous(anonymousConfig);
    QVERIFY(anonymous.open());
    QTRY_COMPARE_WITH_TIMEOUT(anonymous.state(), State::Error, 10000);
    QVERIFY2(anonymous.lastError().message().contains(QLatin1String("client certificate")),
             qPrintable(anonymous.lastError().toString()));

    // a key that is not one
    const maxmon::test::CliRun bad = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
          QStringLiteral("--tls-cert"), pki.path(QStringLiteral("server.pem")),
          QStringLiteral("--tls-key"), pki.path(QStringLiteral("server.pem")) });
    QCOMPARE(bad.exitCode, 4);
    QVERIFY2(bad.err.contains("is not a PEM private key"), bad.err.constData());
}

void TestServeCommand::sigtermClosesEveryConnectionWith1001_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestServeCommand::sigtermClosesEveryConnectionWith1001()
{
    QFETCH(int, signalNumber);
    Serve serve({});
    QVERIFY2(serve.started, serve.process.err().constData());
    WebSocketClient echo(configFor(serve.url()));
    WebSocketClient events(configFor(serve.url(QStringLiteral("/events"))));
    QVERIFY(echo.open());
    QVERIFY(events.open());
    QTRY_COMPARE_WITH_TIMEOUT(echo.state(), State::Connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(events.state(), State::Connected, 10000);
    serve.process.sendSignal(signalNumber);
    QVERIFY(serve.process.waitForFinished());
    QCOMPARE(serve.process.exitCode(), 0);
    QTRY_COMPARE(echo.state(), State::Error);
    QTRY_COMPARE(events.state(), State::Error);
    QCOMPARE(echo.diagnostics().lastCloseCode, 1001);
    QCOMPARE(events.diagnostics().lastCloseCode, 1001);
    QVERIFY(serve.process.err().contains("closing 2 connections with 1001"));
}

void TestServeCommand::probeAgainstServe()
{
    Serve serve({});
    QVERIFY2(serve.started, serve.process.err().constData());
    const maxmon::test::CliRun probe = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("probe"), serve.url().toString(), QStringLiteral("--count"),
          QStringLiteral("4"), QStringLiteral("--interval"), QStringLiteral("50ms"),
          QStringLiteral("--warn"), QStringLiteral("500"), QStringLiteral("--crit"),
          QStringLiteral("2000") });
    QVERIFY2(probe.exitCode == 0, (probe.out + probe.err).constData());
    QVERIFY2(probe.out.startsWith("OK - ws://127.0.0.1:"), probe.out.constData());
    QVERIFY(probe.out.contains("4/4 pings answered"));
    QVERIFY(probe.out.contains("|handshake="));
    QVERIFY(probe.out.contains("rtt_p95="));
}

void TestServeCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("inStderr");
    QTest::newRow("address") << QStringList { QStringLiteral("--listen"),
                                              QStringLiteral("localhost") }
                             << QStringLiteral("is not an IP address");
    QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
                          << QStringLiteral("--port");
    QTest::newRow("rate") << QStringList { QStringLiteral("--events-rate"), QStringLiteral("-1") }
                          << QStringLiteral("events per second");
    QTest::newRow("rate above max")
        << QStringList { QStringLiteral("--events-rate"), QStringLiteral("100"),
                         QStringLiteral("--max-events-rate"), QStringLiteral("10") }
        << QStringLiteral("above --max-events-rate");
    QTest::newRow("close code") << QStringList {
        QStringLiteral("--close-after"), QStringLiteral("1s"), QStringLiteral("--close-code"),
        QStringLiteral("1006")
    } << QStringLiteral("fault options");
    QTest::newRow("delay") << QStringList { QStringLiteral("--delay"), QStringLiteral("5") }
                           << QStringLiteral("is not a duration");
    QTest::newRow("message size") << QStringList { QStringLiteral("--max-message-size"),
                                                   QStringLiteral("big") }
                                  << QStringLiteral("--max-message-size");
    QTest::newRow("cert without key")
        << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("/c.pem") }
        << QStringLiteral("go together");
    QTest::newRow("positional") << QStringList { QStringLiteral("extra") }
                                << QStringLiteral("wrong number of arguments");
    QTest::newRow("two tokens") << QStringList {
        QStringLiteral("--auth-token"), QStringLiteral("a"), QStringLiteral("--auth-token-env"),
        QStringLiteral("B")
    } << QStringLiteral("one way");
}

void TestServeCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, inStderr);
    const maxmon::test::CliRun run =
        maxmon::test::runCli(cliPath(), QStringList { QStringLiteral("serve") } + arguments);
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QVERIFY2(run.errText().contains(inStderr), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestServeCommand::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    const maxmon::test::CliRun run = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("serve"), QStringLiteral("--port"), QString::number(taken.serverPort()) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("cannot listen on 127.0.0.1:"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
