// End to end against a real Prometheus server (Debian's prometheus package):
// two `maxmon-cli serve` demo servers, `maxmon-cli monitor` on both, and
// Prometheus started here on 127.0.0.1 with a generated config (scrape every
// second, the shipped alerting rules) and a temporary storage directory.
// Queried through its HTTP API: maxmon_up, RTT quantiles with
// histogram_quantile, counters; then one server is killed (up goes to 0,
// disconnects rise, the down alert is pending) and started again on the same
// port (recovery). Also: promtool check metrics on a scrape, and every query
// of the shipped Grafana dashboard accepted by Prometheus.
//
// Skipped only when the prometheus binary is missing (scripts/deps installs it).
#include "cliprocess.h"

#include <maxmon/testing/testutil.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using maxmon::test::CliProcess;

namespace {

const QString cli = QStringLiteral(MAXMON_CLI_PATH);
const QString sourceDir = QStringLiteral(MAXMON_SOURCE_DIR);
constexpr int patienceMs = 30000;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

QByteArray get(QNetworkAccessManager &network, const QUrl &url, int *status = nullptr)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning() << "no answer from" << url;
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();
    delete reply;
    return body;
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scrapedAndQueried();
    void serverKilledAndRestarted();
    void promtoolChecksAScrape();
    void dashboardQueries();

private:
    // One demo server: `maxmon-cli serve` on port (0: any), its URL.
    QUrl startServer(std::unique_ptr<CliProcess> *process, quint16 port);
    // The result vector of an instant query; empty on any failure.
    QJsonArray query(const QString &promql);
    // The value of the one series a query returns, or -1.
    double value(const QString &promql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliProcess> m_serverA;
    std::unique_ptr<CliProcess> m_serverB;
    std::unique_ptr<CliProcess> m_monitor;
    QProcess m_prometheus;
    QNetworkAccessManager m_network;
    QUrl m_urlB;
    QUrl m_metrics;
    QUrl m_api;
};

QUrl TestPrometheus::startServer(std::unique_ptr<CliProcess> *process, quint16 port)
{
    *process = std::make_unique<CliProcess>(cli);
    if (!(*process)->start(
            { QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port) })
        || !(*process)->waitForOutput("\n", 15000))
        return {};
    return QUrl(QString::fromUtf8((*process)->outLines().constFirst()));
}

void TestPrometheus::initTestCase()
{
    const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (prometheus.isEmpty())
        QSKIP("no prometheus binary on PATH: install Debian's prometheus package (scripts/deps)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    const QUrl urlA = startServer(&m_serverA, 0);
    m_urlB = startServer(&m_serverB, 0);
    QVERIFY(urlA.isValid() && m_urlB.isValid());

    // a quick heartbeat and reconnect, so that a second-scale test sees them
    const QJsonObject profile {
        { QStringLiteral("heartbeat"),
          QJsonObject { { QStringLiteral("interval_ms"), 200 },
                        { QStringLiteral("timeout_ms"), 1000 },
                        { QStringLiteral("adaptive"), false } } },
        { QStringLiteral("reconnect"),
          QJsonObject { { QStringLiteral("initial_delay_ms"), 100 },
                        { QStringLiteral("max_delay_ms"), 500 } } },
    };
    const QJsonObject config {
        { QStringLiteral("defaults"), QJsonObject { { QStringLiteral("profile"), profile } } },
        { QStringLiteral("targets"),
          QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("a") },
                                     { QStringLiteral("url"), urlA.toString() } },
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("b") },
                                     { QStringLiteral("url"), m_urlB.toString() },
                                     { QStringLiteral("labels"),
                                       QJsonObject { { QStringLiteral("env"),
                                                       QStringLiteral("e2e") } } } } } },
    };
    const QString monitorConfig = m_dir->filePath(QStringLiteral("monitor.json"));
    QVERIFY(writeFile(monitorConfig, QJsonDocument(config).toJson()));
    m_monitor = std::make_unique<CliProcess>(cli);
    QVERIFY(m_monitor->start({ QStringLiteral("monitor"), QStringLiteral("--config"), monitorConfig,
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }));
    QVERIFY2(m_monitor->waitForOutput("/metrics\n"), m_monitor->err().constData());
    m_metrics = QUrl(QString::fromUtf8(m_monitor->outLines().constFirst()));

    const quint16 port = maxmon::testing::closedPort();
    m_api = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QByteArray prometheusConfig = "global:\n"
                                        "  scrape_interval: 1s\n"
                                        "  scrape_timeout: 1s\n"
                                        "  evaluation_interval: 1s\n"
                                        "rule_files:\n"
                                        "  - "
        + (sourceDir + QStringLiteral("/packaging/monitoring/maxmon-alerts.yml")).toUtf8()
        + "\n"
          "scrape_configs:\n"
          "  - job_name: maxmon\n"
          "    static_configs:\n"
          "      - targets: ['"
        + m_metrics.authority().toUtf8() + "']\n";
    const QString configFile = m_dir->filePath(QStringLiteral("prometheus.yml"));
    QVERIFY(writeFile(configFile, prometheusConfig));
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(
        prometheus,
        { QStringLiteral("--config.file=") + configFile,
          QStringLiteral("--storage.tsdb.path=") + m_dir->filePath(QStringLiteral("data")),
          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
          QStringLiteral("--log.level=warn") });
    QVERIFY2(m_prometheus.waitForStarted(10000), qPrintable(m_prometheus.errorString()));
    int status = 0;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (get(m_network, m_api.resolved(QUrl(QStringLiteral("/-/ready"))), &status), status == 200),
        m_prometheus.readAll().constData(), patienceMs);
}

void TestPrometheus::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000))
            m_prometheus.kill();
    }
    if (m_monitor && m_monitor->isRunning()) {
        m_monitor->sendSignal(SIGTERM);
        QVERIFY(m_monitor->waitForFinished());
        QCOMPARE(m_monitor->exitCode(), 0);
    }
}

QJsonArray TestPrometheus::query(const QString &promql)
{
    QUrl url = m_api.resolved(QUrl(QStringLiteral("/api/v1/query")));
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("query"),
                            QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    url.setQuery(parameters);
    const QJsonObject answer = QJsonDocument::fromJson(get(m_network, url)).object();
    if (answer.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        qWarning() << promql << answer;
        return {};
    }
    return answer.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
}

double TestPrometheus::value(const QString &promql)
{
    const QJsonArray result = query(promql);
    if (result.size() != 1)
        return -1;
    // "value": [time, "string"]
    return result.at(0)
        .toObject()
        .value(QLatin1String("value"))
        .toArray()
        .at(1)
        .toString()
        .toDouble();
}

void TestPrometheus::scrapedAndQueried()
{
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("sum(maxmon_up)")), 2.0, patienceMs);
    const QJsonArray up = query(QStringLiteral("maxmon_up"));
    QCOMPARE(up.size(), 2);
    for (const QJsonValue series : up) {
        const QJsonObject labels = series.toObject().value(QLatin1String("metric")).toObject();
        QCOMPARE(labels.value(QLatin1String("job")).toString(), QStringLiteral("maxmon"));
        QCOMPARE(labels.value(QLatin1String("instance")).toString(), m_metrics.authority());
        if (labels.value(QLatin1String("target")).toString() == QLatin1String("b"))
            QCOMPARE(labels.value(QLatin1String("env")).toString(), QStringLiteral("e2e"));
    }
    // the RTT histogram, as dashboards and alerts read it: sub-second round trips on loopback
    const QString p95 = QStringLiteral(
        "histogram_quantile(0.95, sum by (target, le) (rate(maxmon_rtt_seconds_bucket[5s])))");
    QTRY_COMPARE_WITH_TIMEOUT(query(p95).size(), 2, patienceMs);
    for (const QJsonValue series : query(p95)) {
        const double seconds =
            series.toObject().value(QLatin1String("value")).toArray().at(1).toString().toDouble();
        QVERIFY2(seconds > 0 && seconds <= 1, qPrintable(QString::number(seconds)));
    }
    QVERIFY(value(QStringLiteral("sum(maxmon_rtt_seconds_count)")) > 0);
    QCOMPARE(value(QStringLiteral("maxmon_connects_total{target=\"a\"}")), 1.0);
    QCOMPARE(value(QStringLiteral("maxmon_connects_total{target=\"b\"}")), 1.0);
    QCOMPARE(value(QStringLiteral("maxmon_monitor_targets")), 2.0);
    QVERIFY(value(QStringLiteral("process_resident_memory_bytes")) > 0);
    // the shipped alerting rules are loaded by the real server
    const QJsonObject rules =
        QJsonDocument::fromJson(
            get(m_network, m_api.resolved(QUrl(QStringLiteral("/api/v1/rules")))))
            .object();
    const QByteArray text = QJsonDocument(rules).toJson(QJsonDocument::Compact);
    for (const char *alert : { "MaxmonTargetDown", "MaxmonRttHigh", "MaxmonReconnectStorm",
                               "MaxmonCertificateExpiresSoon" })
        QVERIFY2(text.contains(alert), alert);
}

void TestPrometheus::serverKilledAndRestarted()
{
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("maxmon_up{target=\"b\"}")), 1.0, patienceMs);
    // killed, as a crashed server would be: no close frame
    m_serverB->sendSignal(SIGKILL);
    QVERIFY(m_serverB->waitForFinished());
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("maxmon_up{target=\"b\"}")), 0.0, patienceMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        value(QStringLiteral("sum(maxmon_disconnects_total{target=\"b\"})")) >= 1, patienceMs);
    // while it is down, every attempt is refused
    QTRY_VERIFY_WITH_TIMEOUT(value(QStringLiteral("sum(maxmon_connect_failures_total{target=\"b\", "
                                                  "reason=\"connection_refused\"})"))
                                 >= 1,
                             patienceMs);
    QCOMPARE(value(QStringLiteral("maxmon_up{target=\"a\"}")), 1.0);
    // the down alert is pending (it fires after 2 minutes)
    QTRY_VERIFY_WITH_TIMEOUT(get(m_network, m_api.resolved(QUrl(QStringLiteral("/api/v1/alerts"))))
                                 .contains("\"MaxmonTargetDown\""),
                             patienceMs);

    // started again on the same port: the monitor reconnects
    std::unique_ptr<CliProcess> restarted;
    QVERIFY(startServer(&restarted, static_cast<quint16>(m_urlB.port())).isValid());
    m_serverB = std::move(restarted);
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("maxmon_up{target=\"b\"}")), 1.0, patienceMs);
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("maxmon_connects_total{target=\"b\"}")), 2.0,
                              patienceMs);
    QVERIFY(value(QStringLiteral("maxmon_reconnect_attempts_total{target=\"b\"}")) >= 1);
}

void TestPrometheus::promtoolChecksAScrape()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("no promtool on PATH (Debian's prometheus package has it)");
    const QByteArray scrape = get(m_network, m_metrics); // the 0.0.4 format: what promtool reads
    QVERIFY(scrape.contains("maxmon_up"));
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(promtool, { QStringLiteral("check"), QStringLiteral("metrics") });
    QVERIFY(check.waitForStarted());
    check.write(scrape);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray output = check.readAll();
    QVERIFY2(check.exitCode() == 0 && output.trimmed().isEmpty(), output.constData());
}

void TestPrometheus::dashboardQueries()
{
    QFile file(sourceDir + QStringLiteral("/packaging/monitoring/grafana-dashboard.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject dashboard = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    int queries = 0;
    QStringList empty;
    for (const QJsonValue panel : dashboard.value(QLatin1String("panels")).toArray()) {
        for (const QJsonValue target : panel.toObject().value(QLatin1String("targets")).toArray()) {
            QString promql = target.toObject().value(QLatin1String("expr")).toString();
            // what Grafana substitutes
            promql.replace(QLatin1String("$__rate_interval"), QLatin1String("10s"))
                .replace(QLatin1String("$job"), QLatin1String(".*"))
                .replace(QLatin1String("$instance"), QLatin1String(".*"))
                .replace(QLatin1String("$target"), QLatin1String(".*"));
            QUrl url = m_api.resolved(QUrl(QStringLiteral("/api/v1/query")));
            QUrlQuery parameters;
            parameters.addQueryItem(QStringLiteral("query"),
                                    QString::fromLatin1(QUrl::toPercentEncoding(promql)));
            url.setQuery(parameters);
            const QJsonObject answer = QJsonDocument::fromJson(get(m_network, url)).object();
            QVERIFY2(answer.value(QLatin1String("status")).toString() == QLatin1String("success"),
                     qPrintable(promql + QLatin1Char(' ')
                                + QString::fromUtf8(QJsonDocument(answer).toJson())));
            if (answer.value(QLatin1String("data"))
                    .toObject()
                    .value(QLatin1String("result"))
                    .toArray()
                    .isEmpty())
                empty.append(panel.toObject().value(QLatin1String("title")).toString());
            ++queries;
        }
    }
    QVERIFY(queries >= 20);
    // the panels of what every target has show data (Phoenix, TLS and failures need such targets)
    for (const char *title : { "Targets up", "Up", "Heartbeat round trip", "Reconnect attempts",
                               "Handshake", "CPU", "Resident memory" })
        QVERIFY2(!empty.contains(QString::fromLatin1(title)), title);
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
