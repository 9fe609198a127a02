// The monitor's HTTP endpoint through real HTTP: /metrics in both formats,
// /healthz, the index, 404 and 405, basic auth, TLS, /probe (success, a
// refused port, wss:// with its TLS figures, the scrape's timeout, 400 with
// the reason for a bad target or module); and bad input: malformed HTTP,
// too many connections, 10,000 scrapes without growth in RSS or file
// descriptors, one connection per request, scrapes while the config reloads.
#include "expositionparser.h"
#include "fileutil.h"
#include "listenertcpserver.h"
#include "metricsserver.h"
#include "monitor.h"
#include "probeendpoint.h"
#include "scopedenv.h"

#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/testing/testutil.h>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace maxmon;
using namespace maxmon::monitor;
using maxmon::test::ExpositionParser;
using maxmon::testing::ScriptedServer;
using maxmon::testing::TestPki;

namespace {

struct Response
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

Response fetch(QNetworkAccessManager &network, const QUrl &url,
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &verb = "GET")
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, verb);
    reply->ignoreSslErrors({}); // none expected: the CA is configured where TLS is used
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qWarning() << "no reply from" << url;
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.body = reply->readAll();
    response.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return response;
}

qint64 rssKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * 4;
}

QJsonObject echoTarget(const QString &name, const QUrl &url)
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("url"), url.toString() } };
}

MonitorConfig config(QJsonObject json)
{
    json.insert(QStringLiteral("listen"), QStringLiteral("127.0.0.1:0"));
    QList<ConfigIssue> issues;
    MonitorConfig config = MonitorConfig::fromJson(json, QString(), &issues);
    if (ConfigIssue::hasErrors(issues))
        qWarning() << "bad test config:" << issues.constFirst().toString();
    return config;
}

// Writes raw bytes to the listener and reads until the server closes the
// connection, a whole response has come (by its Content-Length), or
// timeoutMs; true when the server closed it.
bool rawExchange(quint16 port, const QByteArray &bytes, QByteArray *answer, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(bytes);
    const auto complete = [answer] {
        const qsizetype end = answer->indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = answer->left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\n', at) - at - 15).trimmed().toLongLong();
        return answer->size() >= end + 4 + length;
    };
    const bool closed = QTest::qWaitFor(
        [&] {
            answer->append(socket.readAll());
            return socket.state() == QAbstractSocket::UnconnectedState || complete();
        },
        timeoutMs);
    answer->append(socket.readAll());
    return closed && socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace

class TestMetricsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void endpoints();
    void metricsFormats();
    void basicAuth();
    void tlsListener();
    void probe();
    void probeWss();
    void probeHonoursTheScrapeTimeout();
    void probeBadRequests_data();
    void probeBadRequests();
    void tooManyProbes();
    void malformedHttp_data();
    void malformedHttp();
    void tooManyConnections();
    void tenThousandScrapes();
    void oneConnectionPerRequest();
    void scrapesDuringReloads();

private:
    QUrl url(const QString &pathAndQuery) const;

    ScriptedServer *m_server = nullptr;
    std::unique_ptr<Monitor> m_monitor;
    QNetworkAccessManager *m_network = nullptr;
};

void TestMetricsServer::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_monitor = std::make_unique<Monitor>();
    m_network = new QNetworkAccessManager(this);
}

void TestMetricsServer::cleanup()
{
    delete m_network;
    m_monitor.reset();
    delete m_server;
}

QUrl TestMetricsServer::url(const QString &pathAndQuery) const
{
    return QUrl(m_monitor->baseUrl() + pathAndQuery);
}

void TestMetricsServer::endpoints()
{
    QVERIFY(m_monitor->apply(config({})));
    const Response health = fetch(*m_network, url(QStringLiteral("/healthz")));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, QByteArray("ok\n"));
    const Response index = fetch(*m_network, url(QStringLiteral("/")));
    QCOMPARE(index.status, 200);
    QVERIFY(index.body.contains("/metrics") && index.body.contains("/probe"));
    const Response missing = fetch(*m_network, url(QStringLiteral("/metric")));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.contains("/metric"));
    const Response post = fetch(*m_network, url(QStringLiteral("/metrics")), {}, "POST");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("Allow"), QByteArray("GET"));
}

void TestMetricsServer::metricsFormats()
{
    QVERIFY(m_monitor->apply(
        config({ { QStringLiteral("targets"),
                   QJsonArray { echoTarget(QStringLiteral("a"), m_server->url()) } } })));
    QTRY_COMPARE(m_server->connectionCount(), 1);
    const Response text = fetch(*m_network, url(QStringLiteral("/metrics")));
    QCOMPARE(text.status, 200);
    QCOMPARE(text.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    ExpositionParser::Exposition read =
        ExpositionParser::parse(text.body, ExpositionParser::Format::PrometheusText);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QTRY_COMPARE(ExpositionParser::parse(fetch(*m_network, url(QStringLiteral("/metrics"))).body,
                                         ExpositionParser::Format::PrometheusText)
                     .value(QStringLiteral("maxmon_up")),
                 1.0);

    const Response openMetrics =
        fetch(*m_network, url(QStringLiteral("/metrics")),
              { { "Accept",
                  "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5" } });
    QCOMPARE(openMetrics.contentType,
             QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"));
    read = ExpositionParser::parse(openMetrics.body, ExpositionParser::Format::OpenMetrics);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.value(QStringLiteral("maxmon_up")), 1.0);
    QVERIFY(read.family(QStringLiteral("maxmon_connects")));
}

void TestMetricsServer::basicAuth()
{
    maxmon::test::ScopedEnv env;
    env.set("MAXMON_TEST_METRICS_PASSWORD", "s3cret:with colon");
    QVERIFY(m_monitor->apply(config(
        { { QStringLiteral("basic_auth"),
            QJsonObject {
                { QStringLiteral("username"), QStringLiteral("prometheus") },
                { QStringLiteral("password"),
                  QJsonObject { { QStringLiteral("env"),
                                  QStringLiteral("MAXMON_TEST_METRICS_PASSWORD") } } } } } })));
    const auto basic = [](const QByteArray &credentials) {
        return QList<QPair<QByteArray, QByteArray>> { { "Authorization",
                                                        "Basic " + credentials.toBase64() } };
    };
    const Response none = fetch(*m_network, url(QStringLiteral("/metrics")));
    QCOMPARE(none.status, 401);
    QVERIFY(none.header("WWW-Authenticate").startsWith("Basic realm="));
    QVERIFY(!none.body.contains("maxmon_"));
    QCOMPARE(fetch(*m_network, url(QStringLiteral("/metrics")), basic("prometheus:wrong")).status,
             401);
    QCOMPARE(
        fetch(*m_network, url(QStringLiteral("/metrics")), basic("other:s3cret:with colon")).status,
        401);
    QCOMPARE(fetch(*m_network, url(QStringLiteral("/probe?target=ws://x/")), {}).status, 401);
    const Response good =
        fetch(*m_network, url(QStringLiteral("/metrics")), basic("prometheus:s3cret:with colon"));
    QCOMPARE(good.status, 200);
    QVERIFY(good.body.contains("maxmon_monitor_targets"));
    QVERIFY(!good.body.contains("s3cret")); // no secret in a value or a label
    // liveness needs no credentials
    QCOMPARE(fetch(*m_network, url(QStringLiteral("/healthz"))).status, 200);

    // a reload without basic auth turns it off; a missing password refuses the reload
    env.unset("MAXMON_TEST_METRICS_PASSWORD");
    const Result<void> refused = m_monitor->apply(config(
        { { QStringLiteral("basic_auth"),
            QJsonObject {
                { QStringLiteral("username"), QStringLiteral("prometheus") },
                { QStringLiteral("password"),
                  QJsonObject { { QStringLiteral("env"),
                                  QStringLiteral("MAXMON_TEST_METRICS_PASSWORD") } } } } } }));
    QVERIFY(!refused);
    QVERIFY(refused.error().message().startsWith(QLatin1String("basic_auth.password:")));
    QCOMPARE(fetch(*m_network, url(QStringLiteral("/metrics"))).status, 401); // still in force
    QVERIFY(m_monitor->apply(config({})));
    QCOMPARE(fetch(*m_network, url(QStringLiteral("/metrics"))).status, 200);
}

void TestMetricsServer::tlsListener()
{
    QVERIFY(m_monitor->apply(
        config({ { QStringLiteral("tls"),
                   QJsonObject { { QStringLiteral("cert_file"),
                                   TestPki::shared().path(QStringLiteral("server.pem")) },
                                 { QStringLiteral("key_file"),
                                   TestPki::shared().path(QStringLiteral("server.key")) } } } })));
    QVERIFY(m_monitor->baseUrl().startsWith(QLatin1String("https://127.0.0.1:")));
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.addCaCertificate(TestPki::shared().certificate(QStringLiteral("ca")));
    QNetworkRequest request(url(QStringLiteral("/metrics")));
    request.setSslConfiguration(trust);
    QNetworkReply *reply = m_network->get(request);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(reply->readAll().contains("maxmon_monitor_targets"));
    reply->deleteLater();
    // plain HTTP to a TLS listener gets no metrics
    QUrl plain = url(QStringLiteral("/metrics"));
    plain.setScheme(QStringLiteral("http"));
    QByteArray answer;
    rawExchange(plain.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n", &answer, 2000);
    QVERIFY(!answer.contains("maxmon_"));
    // a key that does not fit refuses the config, and the listener keeps its own
    const Result<void> refused = m_monitor->apply(
        config({ { QStringLiteral("tls"),
                   QJsonObject { { QStringLiteral("cert_file"),
                                   TestPki::shared().path(QStringLiteral("server.pem")) },
                                 { QStringLiteral("key_file"),
                                   TestPki::shared().path(QStringLiteral("ca.pem")) } } } }));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::TlsConfigError);
    QVERIFY(refused.error().message().startsWith(QLatin1String("tls.key_file")));
}

void TestMetricsServer::probe()
{
    QVERIFY(m_monitor->apply(
        config({ { QStringLiteral("probe_modules"),
                   QJsonObject { { QStringLiteral("quick"),
                                   QJsonObject { { QStringLiteral("count"), 3 },
                                                 { QStringLiteral("interval_ms"), 20 } } } } } })));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("target"), m_server->url().toString());
    query.addQueryItem(QStringLiteral("module"), QStringLiteral("quick"));
    const Response ok =
        fetch(*m_network, url(QStringLiteral("/probe?") + query.toString(QUrl::FullyEncoded)));
    QCOMPARE(ok.status, 200);
    ExpositionParser::Exposition read =
        ExpositionParser::parse(ok.body, ExpositionParser::Format::PrometheusText);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.value(QStringLiteral("probe_success")), 1.0);
    QVERIFY(read.value(QStringLiteral("probe_duration_seconds")).value_or(0) > 0);
    QVERIFY(read.value(QStringLiteral("maxmon_probe_handshake_duration_seconds")).value_or(0) > 0);
    QCOMPARE(read.value(QStringLiteral("maxmon_probe_pings_answered")), 3.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_probe_pings_lost")), 0.0);
    const double p50 = read.value(QStringLiteral("maxmon_probe_rtt_seconds"),
                                  { { QStringLiteral("stat"), QStringLiteral("p50") } })
                           .value_or(-1);
    const double max = read.value(QStringLiteral("maxmon_probe_rtt_seconds"),
                                  { { QStringLiteral("stat"), QStringLiteral("max") } })
                           .value_or(-1);
    QVERIFY(p50 > 0 && p50 <= max);
    QVERIFY(!read.family(QStringLiteral("maxmon_probe_error_info")));
    QTRY_COMPARE(m_server->closeCodes(), QList<int>({ 1000 }));

    // a port nobody listens on: a failed probe with the reason, not an HTTP error
    query.clear();
    query.addQueryItem(QStringLiteral("target"),
                       QStringLiteral("ws://127.0.0.1:%1/").arg(maxmon::testing::closedPort()));
    const Response refused = fetch(*m_network, url(QStringLiteral("/probe?") + query.toString()));
    QCOMPARE(refused.status, 200);
    read = ExpositionParser::parse(refused.body, ExpositionParser::Format::PrometheusText);
    QVERIFY(read.errors.isEmpty());
    QCOMPARE(read.value(QStringLiteral("probe_success")), 0.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_probe_error_info"),
                        { { QStringLiteral("code"), QStringLiteral("connection_refused") } }),
             1.0);
    // OpenMetrics when asked
    const Response openMetrics =
        fetch(*m_network, url(QStringLiteral("/probe?") + query.toString()),
              { { "Accept", "application/openmetrics-text" } });
    read = ExpositionParser::parse(openMetrics.body, ExpositionParser::Format::OpenMetrics);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.value(QStringLiteral("probe_success")), 0.0);
}

void TestMetricsServer::probeWss()
{
    ScriptedServer tls;
    QVERIFY(tls.listenTls(TestPki::shared().serverConfiguration()));
    QVERIFY(m_monitor->apply(config(
        { { QStringLiteral("probe_modules"),
            QJsonObject {
                { QStringLiteral("tls"),
                  QJsonObject {
                      { QStringLiteral("count"), 2 },
                      { QStringLiteral("interval_ms"), 20 },
                      { QStringLiteral("profile"),
                        QJsonObject { { QStringLiteral("tls"),
                                        QJsonObject { { QStringLiteral("ca_file"),
                                                        TestPki::shared().path(QStringLiteral(
                                                            "ca.pem")) } } } } } } } } } })));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("target"), tls.url().toString());
    query.addQueryItem(QStringLiteral("module"), QStringLiteral("tls"));
    const Response ok = fetch(*m_network, url(QStringLiteral("/probe?") + query.toString()));
    const ExpositionParser::Exposition read =
        ExpositionParser::parse(ok.body, ExpositionParser::Format::PrometheusText);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.value(QStringLiteral("probe_success")), 1.0);
    const QList<ExpositionParser::Sample> info =
        read.samples(QStringLiteral("maxmon_probe_tls_info"));
    QCOMPARE(info.size(), 1);
    QVERIFY(info.constFirst().label(QStringLiteral("version")).startsWith(QLatin1String("TLSv1.")));
    QVERIFY(!info.constFirst().label(QStringLiteral("cipher")).isEmpty());
    const double notAfter = double(
        TestPki::shared().certificate(QStringLiteral("server")).expiryDate().toSecsSinceEpoch());
    QCOMPARE(read.value(QStringLiteral("maxmon_probe_tls_cert_not_after_timestamp_seconds")),
             notAfter);
    QVERIFY(read.value(QStringLiteral("probe_ssl_earliest_cert_expiry")).value_or(0) <= notAfter);

    // without the CA: the certificate is refused, the probe says so
    query.removeAllQueryItems(QStringLiteral("module"));
    const Response untrusted = fetch(*m_network, url(QStringLiteral("/probe?") + query.toString()));
    const ExpositionParser::Exposition failed =
        ExpositionParser::parse(untrusted.body, ExpositionParser::Format::PrometheusText);
    QCOMPARE(failed.value(QStringLiteral("probe_success")), 0.0);
    QCOMPARE(failed.samples(QStringLiteral("maxmon_probe_error_info")).size(), 1);
    QVERIFY(failed.samples(QStringLiteral("maxmon_probe_error_info"))
                .constFirst()
                .label(QStringLiteral("code"))
                .startsWith(QLatin1String("tls_")));
}

void TestMetricsServer::probeHonoursTheScrapeTimeout()
{
    // a server that never answers the handshake, and pings that would take
    // long: the probe ends half a second before the scrape would time out
    QVERIFY(m_monitor->apply(config(
        { { QStringLiteral("probe_modules"),
            QJsonObject { { QStringLiteral("slow"),
                            QJsonObject { { QStringLiteral("count"), 100 },
                                          { QStringLiteral("interval_ms"), 1000 } } } } } })));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("target"), m_server->url(QStringLiteral("/hang")).toString());
    query.addQueryItem(QStringLiteral("module"), QStringLiteral("slow"));
    const Response response = fetch(*m_network, url(QStringLiteral("/probe?") + query.toString()),
                                    { { "X-Prometheus-Scrape-Timeout-Seconds", "1.5" } });
    QCOMPARE(response.status, 200);
    const ExpositionParser::Exposition read =
        ExpositionParser::parse(response.body, ExpositionParser::Format::PrometheusText);
    QCOMPARE(read.value(QStringLiteral("probe_success")), 0.0);
    QVERIFY(read.value(QStringLiteral("probe_duration_seconds")).value_or(0) >= 0.9);
}

void TestMetricsServer::probeBadRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no target") << QStringLiteral("module=default") << 400
                               << QStringLiteral("target: missing");
    QTest::newRow("http scheme") << QStringLiteral("target=http://127.0.0.1:1/") << 400
                                 << QStringLiteral(
                                        "target: the scheme must be ws or wss, not http");
    QTest::newRow("not a URL") << QStringLiteral("target=%20") << 400
                               << QStringLiteral("target: is empty");
    QTest::newRow("no host") << QStringLiteral("target=ws:///x") << 400
                             << QStringLiteral("target: has no host name");
    QTest::newRow("unknown module") << QStringLiteral("target=ws://127.0.0.1:1/&module=nope") << 400
                                    << QStringLiteral("module: no module \"nope\" in the config "
                                                      "(there are: default)");
}

void TestMetricsServer::probeBadRequests()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QVERIFY(m_monitor->apply(config({})));
    const Response response = fetch(*m_network, url(QStringLiteral("/probe?") + query));
    QCOMPARE(response.status, status);
    QVERIFY2(response.body.startsWith(reason.toUtf8()), response.body.constData());
    QVERIFY(response.contentType.startsWith("text/plain"));
}

void TestMetricsServer::tooManyProbes()
{
    // probes of a server that never answers the handshake, all at once: past
    // the limit the monitor says "later" rather than open more connections
    QVERIFY(m_monitor->apply(config(
        { { QStringLiteral("probe_modules"),
            QJsonObject { { QStringLiteral("hang"),
                            QJsonObject { { QStringLiteral("count"), 1 },
                                          { QStringLiteral("profile"),
                                            QJsonObject { { QStringLiteral("connect_timeout_ms"),
                                                            3000 } } } } } } } })));
    const QByteArray request = "GET /probe?module=hang&target="
        + QUrl::toPercentEncoding(m_server->url(QStringLiteral("/hang")).toString())
        + " HTTP/1.1\r\nHost: x\r\n\r\n";
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < ProbeEndpoint::maxRunning + 3; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, m_monitor->port());
        clients.back()->write(request);
    }
    const auto answered = [&clients](const char *status) {
        return std::count_if(clients.cbegin(), clients.cend(), [status](const auto &client) {
            return client->peek(client->bytesAvailable()).startsWith(status);
        });
    };
    QTRY_COMPARE(answered("HTTP/1.1 503"), 3);
    // the others finish when their connect times out: failed probes, but answers
    QTRY_COMPARE_WITH_TIMEOUT(answered("HTTP/1.1 200"), ProbeEndpoint::maxRunning, 15000);
}

void TestMetricsServer::malformedHttp_data()
{
    // Qt HTTP Server 6.4 closes the connection when it cannot parse a request
    // and answers nothing; some oddities it reads leniently and serves
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("served");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << false;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x00\xff\x00\x00\x00\xde\xad\xbe\xef", 12)
                            << false;
    QTest::newRow("bad version") << QByteArray("GET /metrics HTTP/9\r\n\r\n") << false;
    QTest::newRow("no request line") << QByteArray("\r\n\r\n\r\n") << false;
    QTest::newRow("header without colon")
        << QByteArray("GET /metrics HTTP/1.1\r\nHost\r\n\r\n") << true;
    QTest::newRow("huge header") << "GET /metrics HTTP/1.1\r\nX-Big: " + QByteArray(200000, 'x')
            + "\r\n\r\n" << false;
    QTest::newRow("NUL bytes") << QByteArray("GET /\0\0 HTTP/1.1\r\n\r\n", 21) << false;
}

void TestMetricsServer::malformedHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, served);
    QVERIFY(m_monitor->apply(config({})));
    QCOMPARE(fetch(*m_network, url(QStringLiteral("/healthz"))).status,
             200); // its connection stays
    const int descriptors = maxmon::test::openFileDescriptors();
    QByteArray answer;
    rawExchange(m_monitor->port(), request, &answer, 1000);
    if (!served)
        QVERIFY2(!answer.startsWith("HTTP/1.1 2"), answer.left(200).constData());
    // the server still serves, and lets go of the connection (one that
    // stalls with a full read buffer, when its request's time is up)
    QCOMPARE(fetch(*m_network, url(QStringLiteral("/healthz"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(maxmon::test::openFileDescriptors(), descriptors,
                              ListenerTcpServer::requestTimeoutMs + 5000);
}

void TestMetricsServer::tooManyConnections()
{
    QVERIFY(m_monitor->apply(config({})));
    // connected without blocking: the server runs in this thread
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < ListenerTcpServer::maxConnections; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, m_monitor->port());
    }
    QTRY_VERIFY(std::all_of(idle.cbegin(), idle.cend(), [](const auto &socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    }));
    QByteArray answer;
    // one more: accepted by the kernel, closed by the server at once
    QVERIFY(rawExchange(m_monitor->port(), "GET /healthz HTTP/1.1\r\n\r\n", &answer));
    QVERIFY(answer.isEmpty());
    QVERIFY(std::all_of(idle.cbegin(), idle.cend(), [](const auto &socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    }));
    idle.clear();
    QTRY_COMPARE(fetch(*m_network, url(QStringLiteral("/healthz"))).status, 200);
}

void TestMetricsServer::tenThousandScrapes()
{
    QVERIFY(m_monitor->apply(
        config({ { QStringLiteral("targets"),
                   QJsonArray { echoTarget(QStringLiteral("a"), m_server->url()),
                                echoTarget(QStringLiteral("b"), m_server->url()) } } })));
    QTRY_COMPARE(m_server->connectionCount(), 2);
    constexpr int total = 10000;
    constexpr int inFlight = 4;
    int started = 0;
    int done = 0;
    int failed = 0;
    qint64 warmRss = 0;
    int warmDescriptors = 0;
    std::function<void()> next = [&] {
        if (started == total)
            return;
        ++started;
        QNetworkReply *reply = m_network->get(QNetworkRequest(url(QStringLiteral("/metrics"))));
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            if (reply->error() != QNetworkReply::NoError || !reply->readAll().contains("maxmon_up"))
                ++failed;
            reply->deleteLater();
            if (++done == 1000) { // after the first thousand, the heap has settled
                warmRss = rssKiB();
                warmDescriptors = maxmon::test::openFileDescriptors();
            }
            next();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        next();
    QTRY_COMPARE_WITH_TIMEOUT(done, total, 600000);
    QCOMPARE(failed, 0);
    QCOMPARE(m_monitor->server()->requestCount(), qint64(total));
    QVERIFY2(maxmon::test::openFileDescriptors() <= warmDescriptors,
             qPrintable(QStringLiteral("%1 descriptors after, %2 after the first thousand")
                            .arg(maxmon::test::openFileDescriptors())
                            .arg(warmDescriptors)));
#if !defined(__SANITIZE_ADDRESS__)
    // (AddressSanitizer keeps freed memory in quarantine: RSS says nothing there)
    const qint64 growth = rssKiB() - warmRss;
    QVERIFY2(growth < 2048, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growth)));
#endif
}

void TestMetricsServer::oneConnectionPerRequest()
{
    QVERIFY(m_monitor->apply(config({})));
    const int before = maxmon::test::openFileDescriptors();
    for (int i = 0; i < 200; ++i) {
        QByteArray answer;
        rawExchange(m_monitor->port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n", &answer);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(100).constData());
        QVERIFY(answer.contains("maxmon_monitor_targets"));
    }
    // the client closed each one after its answer: the server let go of all
    QTRY_VERIFY(maxmon::test::openFileDescriptors() <= before);
}

void TestMetricsServer::scrapesDuringReloads()
{
    // two configs taking turns: every scrape shows one of them whole
    const QJsonArray one { echoTarget(QStringLiteral("a"), m_server->url()) };
    const QJsonArray two { echoTarget(QStringLiteral("a"), m_server->url()),
                           echoTarget(QStringLiteral("b"), m_server->url()),
                           echoTarget(QStringLiteral("c"), m_server->url()) };
    QVERIFY(m_monitor->apply(config({ { QStringLiteral("targets"), one } })));
    int scrapes = 0;
    int reloads = 0;
    QStringList problems;
    QTimer reloader;
    connect(&reloader, &QTimer::timeout, this, [&] {
        ++reloads;
        if (!m_monitor->apply(config({ { QStringLiteral("targets"), reloads % 2 ? two : one } })))
            problems.append(QStringLiteral("reload %1 failed").arg(reloads));
    });
    reloader.start(5);
    while (scrapes < 200) {
        const Response response = fetch(*m_network, url(QStringLiteral("/metrics")));
        const ExpositionParser::Exposition read =
            ExpositionParser::parse(response.body, ExpositionParser::Format::PrometheusText);
        ++scrapes;
        problems += read.errors;
        const double targets = read.value(QStringLiteral("maxmon_monitor_targets")).value_or(-1);
        const qsizetype up = read.samples(QStringLiteral("maxmon_up")).size();
        if (response.status != 200 || double(up) != targets)
            problems.append(QStringLiteral("scrape %1: %2 targets, %3 maxmon_up")
                                .arg(scrapes)
                                .arg(targets)
                                .arg(up));
    }
    reloader.stop();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
    QVERIFY(reloads > 10);
}

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "tst_metricsserver.moc"
