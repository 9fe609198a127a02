// Proxies: which one a connection uses (ProxySelector), and WebSocketClient
// through real proxies the test starts on 127.0.0.1: tinyproxy (HTTP CONNECT)
// and danted (SOCKS5), for ws:// and wss://, with credentials, and down.
#include "scopedenv.h"
#include "testproxy.h"

#include <maxmon/proxyselector.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/websocketclient.h>

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using maxmon::test::ScopedEnv;
using maxmon::test::TestProxy;
using State = ConnectionState;

Q_DECLARE_METATYPE(maxmon::test::TestProxy::Kind)

namespace {

ConnectionConfig configFor(const QUrl &url, ProxyConfig::Mode mode, quint16 proxyPort)
{
    ConnectionConfig config = plainConfig(url, 10000);
    config.tls.caFile = TestPki::shared().path(QStringLiteral("ca.pem"));
    config.proxy.mode = mode;
    config.proxy.host = QStringLiteral("127.0.0.1");
    config.proxy.port = proxyPort;
    return config;
}

} // namespace

class TestProxyConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemProxyFromTheEnvironment();
    void explicitProxies();
    void descriptionsNeverShowThePassword();
    void parse_data();
    void parse();

    void throughProxy_data();
    void throughProxy();
    void httpProxyCredentials_data();
    void httpProxyCredentials();
    void socksUsernameRefused();
    void proxyDown_data();
    void proxyDown();
    void serverDownBehindProxy_data();
    void serverDownBehindProxy();

private:
    bool startProxy(TestProxy *proxy);
};

bool TestProxyConnections::startProxy(TestProxy *proxy)
{
    QString why;
    if (!proxy->start(&why)) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    return true;
}

void TestProxyConnections::systemProxyFromTheEnvironment()
{
    ScopedEnv env;
    env.set("https_proxy", "http://127.0.0.1:3128");
    env.set("http_proxy", "http://127.0.0.1:3129");
    env.set("no_proxy", "intranet.example");
    env.unset("all_proxy");
    env.unset("HTTPS_PROXY");
    env.unset("HTTP_PROXY");
    env.unset("NO_PROXY");
    const ProxyConfig system; // the default

    QNetworkProxy proxy =
        ProxySelector::proxyFor(system, {}, QUrl(QStringLiteral("wss://max.example/socket")));
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(proxy.port(), quint16(3128));
    QCOMPARE(ProxySelector::describe(proxy, system.mode),
             QStringLiteral("system: HTTP CONNECT proxy 127.0.0.1:3128"));

    proxy = ProxySelector::proxyFor(system, {}, QUrl(QStringLiteral("ws://max.example/socket")));
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.port(), quint16(3129));

    proxy = ProxySelector::proxyFor(system, {}, QUrl(QStringLiteral("wss://intranet.example/")));
    QCOMPARE(proxy.type(), QNetworkProxy::NoProxy);

    // loopback never goes through the system proxy
    for (const char *url :
         { "ws://127.0.0.1:4000/", "wss://localhost:4000/", "ws://[::1]:4000/" }) {
        proxy = ProxySelector::proxyFor(system, {}, QUrl(QString::fromLatin1(url)));
        QCOMPARE(proxy.type(), QNetworkProxy::NoProxy);
    }
    QCOMPARE(ProxySelector::describe(proxy, system.mode), QStringLiteral("system: none (direct)"));
}

void TestProxyConnections::explicitProxies()
{
    const QUrl url(QStringLiteral("wss://max.example/"));
    ProxyConfig config;
    config.mode = ProxyConfig::Mode::None;
    QCOMPARE(ProxySelector::proxyFor(config, {}, url).type(), QNetworkProxy::NoProxy);

    config = {
        ProxyConfig::Mode::Http, QStringLiteral("proxy.example"), 8080, QStringLiteral("alice"), {}
    };
    QNetworkProxy proxy = ProxySelector::proxyFor(config, QStringLiteral("pw"), url);
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example"));
    QCOMPARE(proxy.port(), quint16(8080));
    QCOMPARE(proxy.user(), QStringLiteral("alice"));
    QCOMPARE(proxy.password(), QStringLiteral("pw"));
    QVERIFY(proxy.capabilities() & QNetworkProxy::TunnelingCapability);

    config.mode = ProxyConfig::Mode::Socks5;
    proxy = ProxySelector::proxyFor(config, {}, QUrl(QStringLiteral("ws://127.0.0.1:1/")));
    QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy); // explicit: even for loopback
    QVERIFY(proxy.capabilities() & QNetworkProxy::HostNameLookupCapability);
}

void TestProxyConnections::descriptionsNeverShowThePassword()
{
    const QNetworkProxy proxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 8888,
                              QStringLiteral("alice"), QStringLiteral("proxy-pass-123"));
    const QString text = ProxySelector::describe(proxy, ProxyConfig::Mode::Http);
    QCOMPARE(text, QStringLiteral("HTTP CONNECT proxy 127.0.0.1:8888 as alice"));
    QCOMPARE(ProxySelector::describe(
                 QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("h"), 1080),
                 ProxyConfig::Mode::Socks5),
             QStringLiteral("SOCKS5 proxy h:1080"));
    QCOMPARE(
        ProxySelector::describe(QNetworkProxy(QNetworkProxy::NoProxy), ProxyConfig::Mode::None),
        QStringLiteral("none (direct)"));
}

void TestProxyConnections::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    const int http = int(ProxyConfig::Mode::Http);
    const int socks = int(ProxyConfig::Mode::Socks5);
    QTest::newRow("none") << "none" << true << int(ProxyConfig::Mode::None) << "" << 0 << "";
    QTest::newRow("system") << "system" << true << int(ProxyConfig::Mode::System) << "" << 0 << "";
    QTest::newRow("http") << "http://127.0.0.1:8888" << true << http << "127.0.0.1" << 8888 << "";
    QTest::newRow("http user") << "http://alice@proxy.example:3128" << true << http
                               << "proxy.example" << 3128 << "alice";
    QTest::newRow("socks5") << "socks5://127.0.0.1:1080" << true << socks << "127.0.0.1" << 1080
                            << "";
    QTest::newRow("socks5h") << "socks5h://bob@h:1080" << true << socks << "h" << 1080 << "bob";
    QTest::newRow("password") << "http://alice:hunter2@h:3128" << false << 0 << "" << 0 << "";
    QTest::newRow("no port") << "http://h" << false << 0 << "" << 0 << "";
    QTest::newRow("scheme") << "ftp://h:21" << false << 0 << "" << 0 << "";
    QTest::newRow("garbage") << "proxy please" << false << 0 << "" << 0 << "";
}

void TestProxyConnections::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    const Result<ProxyConfig> parsed = ProxySelector::parse(text);
    QCOMPARE(bool(parsed), valid);
    if (!valid) {
        QCOMPARE(parsed.error().code(), Error::Code::InvalidConfig);
        QVERIFY(!parsed.error().toString().contains(QLatin1String("hunter2")));
        return;
    }
    QCOMPARE(int(parsed->mode), mode);
    QCOMPARE(parsed->host, host);
    QCOMPARE(parsed->port, port);
    QCOMPARE(parsed->user, user);
}

void TestProxyConnections::throughProxy_data()
{
    QTest::addColumn<TestProxy::Kind>("kind");
    QTest::addColumn<bool>("secure");
    QTest::newRow("HTTP CONNECT, ws") << TestProxy::Kind::Http << false;
    QTest::newRow("HTTP CONNECT, wss") << TestProxy::Kind::Http << true;
    QTest::newRow("SOCKS5, ws") << TestProxy::Kind::Socks5 << false;
    QTest::newRow("SOCKS5, wss") << TestProxy::Kind::Socks5 << true;
}

void TestProxyConnections::throughProxy()
{
    QFETCH(TestProxy::Kind, kind);
    QFETCH(bool, secure);
    if (secure && !QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    if (TestProxy::binary(kind).isEmpty())
        QSKIP("the proxy is not installed (scripts/deps installs tinyproxy and dante-server)");
    TestProxy proxy(kind);
    QVERIFY(startProxy(&proxy));
    ScriptedServer server;
    QVERIFY(secure ? server.listenTls(TestPki::shared().serverConfiguration()) : server.listen());

    const ProxyConfig::Mode mode =
        kind == TestProxy::Kind::Http ? ProxyConfig::Mode::Http : ProxyConfig::Mode::Socks5;
    WebSocketClient client(configFor(server.url(), mode, proxy.port()));
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QVERIFY(client.sendText(QStringLiteral("via proxy")));
    QTRY_COMPARE(received.size(), 1);

    const Diagnostics diagnostics = client.diagnostics();
    const QString expected = kind == TestProxy::Kind::Http
        ? QStringLiteral("HTTP CONNECT proxy 127.0.0.1:%1").arg(proxy.port())
        : QStringLiteral("SOCKS5 proxy 127.0.0.1:%1").arg(proxy.port());
    QCOMPARE(diagnostics.proxy, expected);
    QVERIFY(diagnostics.toText().contains(QLatin1String("Proxy: ") + expected));
    QCOMPARE(diagnostics.tls.used, secure);
    if (secure)
        QVERIFY(diagnostics.tls.chainVerified); // verified end to end, through the tunnel
    // the server's peer is the proxy, not the client
    QVERIFY(client.close());
    QTRY_COMPARE(client.state(), State::Disconnected);
}

void TestProxyConnections::httpProxyCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("password"); // given through the environment
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right") << QStringLiteral("alice") << QByteArray("proxy-pass-123") << true;
    QTest::newRow("wrong password") << QStringLiteral("alice") << QByteArray("guess") << false;
    QTest::newRow("none") << QString() << QByteArray() << false;
}

void TestProxyConnections::httpProxyCredentials()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, password);
    QFETCH(bool, accepted);
    if (TestProxy::binary(TestProxy::Kind::Http).isEmpty())
        QSKIP("tinyproxy is not installed (scripts/deps installs it)");
    TestProxy proxy(TestProxy::Kind::Http);
    proxy.setBasicAuth(QStringLiteral("alice"), QStringLiteral("proxy-pass-123"));
    QVERIFY(startProxy(&proxy));
    ScriptedServer server;
    QVERIFY(server.listen());

    ScopedEnv env;
    ConnectionConfig config = configFor(server.url(), ProxyConfig::Mode::Http, proxy.port());
    config.proxy.user = user;
    if (!password.isEmpty()) {
        env.set("MAXMON_TEST_PROXY_PASSWORD", password);
        config.proxy.password = { SecretRef::Source::Env,
                                  QStringLiteral("MAXMON_TEST_PROXY_PASSWORD") };
    }
    WebSocketClient client(config);
    QVERIFY(client.open());
    if (accepted) {
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
        QVERIFY(client.diagnostics().proxy.endsWith(QLatin1String(" as alice")));
        QVERIFY(!client.diagnostics().toText().contains(QLatin1String("proxy-pass-123")));
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    const Error error = client.lastError();
    if (user.isEmpty()) {
        QCOMPARE(error.code(), Error::Code::ProxyAuthenticationRequired);
        QVERIFY(error.message().contains(QLatin1String("requires a user name and password")));
    } else {
        // tinyproxy answers wrong credentials with 401, not 407; Qt 6.4
        // reports that as a generic proxy protocol error.
        QCOMPARE(error.code(), Error::Code::ProxyError);
        QVERIFY2(error.hint().contains(QLatin1String("refused the credentials of user alice")),
                 qPrintable(error.toString()));
    }
    QVERIFY(error.hint().contains(QLatin1String("proxy.password")));
    if (!password.isEmpty())
        QVERIFY(!error.toString().contains(QString::fromLatin1(password)));
    QVERIFY(server.requests().isEmpty());
}

void TestProxyConnections::socksUsernameRefused()
{
    // danted checks usernames against the system's users; creating one is
    // not a test's business, so only the refusal is tested here (tinyproxy
    // covers accepted credentials).
    if (TestProxy::binary(TestProxy::Kind::Socks5).isEmpty())
        QSKIP("danted is not installed (scripts/deps installs dante-server)");
    TestProxy proxy(TestProxy::Kind::Socks5);
    proxy.setRequireUsername(true);
    QVERIFY(startProxy(&proxy));
    ScriptedServer server;
    QVERIFY(server.listen());

    ScopedEnv env;
    env.set("MAXMON_TEST_PROXY_PASSWORD", "not-a-real-password");
    ConnectionConfig config = configFor(server.url(), ProxyConfig::Mode::Socks5, proxy.port());
    config.proxy.user = QStringLiteral("maxmon-no-such-user");
    config.proxy.password = { SecretRef::Source::Env,
                              QStringLiteral("MAXMON_TEST_PROXY_PASSWORD") };
    WebSocketClient client(config);
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    QCOMPARE(client.lastError().code(), Error::Code::ProxyAuthenticationRequired);
    QVERIFY(server.requests().isEmpty());

    // and without credentials the proxy cannot be used at all
    config.proxy.user.clear();
    config.proxy.password = {};
    QVERIFY(client.setConfig(config));
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    QCOMPARE(client.lastError().code(), Error::Code::ProxyAuthenticationRequired);
}

void TestProxyConnections::proxyDown_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("HTTP CONNECT") << int(ProxyConfig::Mode::Http);
    QTest::newRow("SOCKS5") << int(ProxyConfig::Mode::Socks5);
}

void TestProxyConnections::proxyDown()
{
    QFETCH(int, mode);
    ScriptedServer server;
    QVERIFY(server.listen());
    WebSocketClient client(configFor(server.url(), static_cast<ProxyConfig::Mode>(mode),
                                     maxmon::testing::closedPort()));
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Error);
    QCOMPARE(client.lastError().code(), Error::Code::ProxyConnectionRefused);
    QVERIFY(client.lastError().message().contains(QLatin1String("is it running?")));
    QVERIFY(client.lastError().hint().contains(QLatin1String("--proxy none")));
    QVERIFY(server.requests().isEmpty());
}

void TestProxyConnections::serverDownBehindProxy_data()
{
    QTest::addColumn<TestProxy::Kind>("kind");
    QTest::newRow("HTTP CONNECT") << TestProxy::Kind::Http;
    QTest::newRow("SOCKS5") << TestProxy::Kind::Socks5;
}

void TestProxyConnections::serverDownBehindProxy()
{
    QFETCH(TestProxy::Kind, kind);
    if (TestProxy::binary(kind).isEmpty())
        QSKIP("the proxy is not installed (scripts/deps installs tinyproxy and dante-server)");
    TestProxy proxy(kind);
    QVERIFY(startProxy(&proxy));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(maxmon::testing::closedPort()));
    WebSocketClient client(configFor(
        url, kind == TestProxy::Kind::Http ? ProxyConfig::Mode::Http : ProxyConfig::Mode::Socks5,
        proxy.port()));
    QVERIFY(client.open());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    // The proxy works; the server behind it does not answer: not a proxy fault.
    QVERIFY2(client.lastError().code() == Error::Code::ProxyError
                 || client.lastError().code() == Error::Code::ConnectionRefused,
             qPrintable(client.lastError().toString()));
    QVERIFY2(client.lastError().toString().contains(
                 QStringLiteral("proxy 127.0.0.1:%1").arg(proxy.port())),
             qPrintable(client.lastError().toString()));
}

QTEST_GUILESS_MAIN(TestProxyConnections)
#include "tst_proxy.moc"
