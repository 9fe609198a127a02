// ExpositionWriter: the Prometheus text format 0.0.4 and OpenMetrics 1.0 of
// every metric family the monitor has, read back by a strict parser of both
// formats (tests/support/expositionparser.h), not only compared as text;
// label and HELP escaping, canonical le values, numbers, content negotiation,
// and TargetMetrics leaving nothing behind.
#include "expositionparser.h"
#include "expositionwriter.h"
#include "metricsregistry.h"
#include "monitormetrics.h"
#include "processmetrics.h"
#include "targetconfig.h"
#include "targetmetrics.h"

#include <maxmon/diagnostics.h>

#include <QTest>

#include <limits>

using namespace maxmon;
using namespace maxmon::monitor;
using maxmon::test::ExpositionParser;

Q_DECLARE_METATYPE(ExpositionFormat)

namespace {

ExpositionParser::Format parserFormat(ExpositionFormat format)
{
    return format == ExpositionFormat::OpenMetrics ? ExpositionParser::Format::OpenMetrics
                                                   : ExpositionParser::Format::PrometheusText;
}

ExpositionParser::Exposition writeAndParse(const MetricsRegistry &registry, ExpositionFormat format)
{
    return ExpositionParser::parse(ExpositionWriter(format).write(registry), parserFormat(format));
}

TargetConfig target(const QString &name, ConnectionConfig::Protocol protocol,
                    const Labels &labels = {})
{
    TargetConfig config;
    config.name = name;
    config.labels = labels;
    config.connection.url =
        QUrl(QStringLiteral("wss://user:secret@max.example:4443/socket?token=s3cr3t#frag"));
    config.connection.protocol = protocol;
    if (protocol == ConnectionConfig::Protocol::Phoenix)
        config.topics = { TopicConfig { QStringLiteral("room:lobby"), {}, {}, {}, 0 } };
    return config;
}

// A connection's diagnostics as after a wss:// handshake.
Diagnostics tlsDiagnostics()
{
    Diagnostics diagnostics;
    diagnostics.handshakeMs = 12.5;
    diagnostics.tls.used = true;
    diagnostics.tls.protocol = QStringLiteral("TLSv1.3");
    diagnostics.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    CertificateInfo leaf;
    leaf.notAfter = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    diagnostics.tls.peerChain = { leaf };
    return diagnostics;
}

// Every per-target family fed once or more.
void exercise(TargetMetrics *metrics)
{
    metrics->setState(ConnectionState::Connected, 1700000000123456);
    metrics->connected(tlsDiagnostics());
    metrics->connectFailed(TargetMetrics::reasonName(Error::Code::ConnectionRefused));
    metrics->disconnected(TargetMetrics::reasonName(Error::Code::HeartbeatTimeout), 1006);
    metrics->reconnectAttempt();
    for (const double ms : { 0.05, 0.3, 1.0, 7.5, 250.0, 20000.0 })
        metrics->rttSample(ms);
    metrics->probeLost();
    metrics->messageReceived(100);
    metrics->messageSent(42);
    metrics->setChannelJoined(QStringLiteral("room:lobby"), true);
    metrics->joined(QStringLiteral("room:lobby"));
    metrics->joinFailed(QStringLiteral("room:lobby"), QStringLiteral("unauthorized"));
    metrics->channelCrashed(QStringLiteral("room:lobby"));
    metrics->pushReplied(QStringLiteral("room:lobby"), QStringLiteral("phx_join"),
                         QStringLiteral("ok"), 0.0021);
}

} // namespace

class TestExpositionWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenText_data();
    void goldenText();
    void everyMonitorFamily_data();
    void everyMonitorFamily();
    void labelEscapingRoundTrip_data();
    void labelEscapingRoundTrip();
    void helpEscaping_data();
    void helpEscaping();
    void histogramBuckets();
    void emptyFamiliesLeftOut();
    void bounds_data();
    void bounds();
    void values_data();
    void values();
    void negotiate_data();
    void negotiate();
    void noSecretInTheExposition();
    void targetMetricsLeaveNothingBehind();
    void joinReasonsAreBounded();
};

void TestExpositionWriter::goldenText_data()
{
    QTest::addColumn<ExpositionFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0.0.4") << ExpositionFormat::PrometheusText
                           << QByteArray("# HELP t_total Things done.\n"
                                         "# TYPE t_total counter\n"
                                         "t_total{target=\"a\"} 3\n"
                                         "# HELP g A \"gauge\".\n"
                                         "# TYPE g gauge\n"
                                         "g 0.25\n"
                                         "# HELP d_seconds Durations.\n"
                                         "# TYPE d_seconds histogram\n"
                                         "d_seconds_bucket{target=\"a\",le=\"0.1\"} 1\n"
                                         "d_seconds_bucket{target=\"a\",le=\"1\"} 2\n"
                                         "d_seconds_bucket{target=\"a\",le=\"+Inf\"} 3\n"
                                         "d_seconds_sum{target=\"a\"} 5.55\n"
                                         "d_seconds_count{target=\"a\"} 3\n"
                                         "# HELP v_info Versions.\n"
                                         "# TYPE v_info gauge\n"
                                         "v_info{version=\"1.0\"} 1\n");
    QTest::newRow("OpenMetrics") << ExpositionFormat::OpenMetrics
                                 << QByteArray("# HELP t Things done.\n"
                                               "# TYPE t counter\n"
                                               "t_total{target=\"a\"} 3\n"
                                               "# HELP g A \\\"gauge\\\".\n"
                                               "# TYPE g gauge\n"
                                               "g 0.25\n"
                                               "# HELP d_seconds Durations.\n"
                                               "# TYPE d_seconds histogram\n"
                                               "# UNIT d_seconds seconds\n"
                                               "d_seconds_bucket{target=\"a\",le=\"0.1\"} 1\n"
                                               "d_seconds_bucket{target=\"a\",le=\"1.0\"} 2\n"
                                               "d_seconds_bucket{target=\"a\",le=\"+Inf\"} 3\n"
                                               "d_seconds_sum{target=\"a\"} 5.55\n"
                                               "d_seconds_count{target=\"a\"} 3\n"
                                               "# HELP v Versions.\n"
                                               "# TYPE v info\n"
                                               "v_info{version=\"1.0\"} 1\n"
                                               "# EOF\n");
}

void TestExpositionWriter::goldenText()
{
    QFETCH(ExpositionFormat, format);
    QFETCH(QByteArray, expected);
    MetricsRegistry registry;
    const Labels a { { QStringLiteral("target"), QStringLiteral("a") } };
    registry.add("t", QStringLiteral("Things done."), MetricType::Counter)->series(a)->inc(3);
    registry.add("g", QStringLiteral("A \"gauge\"."), MetricType::Gauge)->series({})->set(0.25);
    MetricSeries *d = registry
                          .add("d_seconds", QStringLiteral("Durations."), MetricType::Histogram,
                               "seconds", { 0.1, 1 })
                          ->series(a);
    for (const double v : { 0.05, 0.5, 5.0 })
        d->observe(v);
    registry.add("v", QStringLiteral("Versions."), MetricType::Info)
        ->series({ { QStringLiteral("version"), QStringLiteral("1.0") } });

    const QByteArray text = ExpositionWriter(format).write(registry);
    QCOMPARE(text, expected);
    // and what a reader of the format makes of it
    const ExpositionParser::Exposition read = ExpositionParser::parse(text, parserFormat(format));
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.families.size(), 4);
    QCOMPARE(read.value(QStringLiteral("t_total"), a), 3.0);
    QCOMPARE(read.value(QStringLiteral("g")), 0.25);
    QCOMPARE(read.value(QStringLiteral("d_seconds_count"), a), 3.0);
    QCOMPARE(read.value(QStringLiteral("d_seconds_sum"), a), 5.55);
    QCOMPARE(read.family(read.families.at(1).name)->help, QStringLiteral("A \"gauge\"."));
}

void TestExpositionWriter::everyMonitorFamily_data()
{
    QTest::addColumn<ExpositionFormat>("format");
    QTest::newRow("0.0.4") << ExpositionFormat::PrometheusText;
    QTest::newRow("OpenMetrics") << ExpositionFormat::OpenMetrics;
}

void TestExpositionWriter::everyMonitorFamily()
{
    QFETCH(ExpositionFormat, format);
    MonitorMetrics metrics;
    metrics.buildInfo->series({ { QStringLiteral("version"), QStringLiteral("0.2.0") } });
    metrics.targets->series({})->set(2);
    metrics.configReloads->series({ { QStringLiteral("result"), QStringLiteral("success") } })
        ->inc();
    metrics.configLastReloadSuccessful->series({})->set(1);
    metrics.configLastReloadTimestamp->series({})->set(1700000000.5);
    processmetrics::update(&metrics);
    TargetMetrics phoenix(&metrics,
                          target(QStringLiteral("chat"), ConnectionConfig::Protocol::Phoenix,
                                 { { QStringLiteral("env"), QStringLiteral("prod") } }));
    TargetMetrics plain(&metrics,
                        target(QStringLiteral("eu-1"), ConnectionConfig::Protocol::WebSocket));
    exercise(&phoenix);
    exercise(&plain);

    const ExpositionParser::Exposition read = writeAndParse(metrics.registry(), format);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    const bool openMetrics = format == ExpositionFormat::OpenMetrics;
    // every family is there, under the name and type its format gives it, with its HELP
    for (const auto &family : metrics.registry().families()) {
        QString name = QString::fromLatin1(family->name());
        QString type;
        switch (family->type()) {
        case MetricType::Counter:
            type = QStringLiteral("counter");
            if (!openMetrics)
                name += QLatin1String("_total");
            break;
        case MetricType::Gauge:
            type = QStringLiteral("gauge");
            break;
        case MetricType::Histogram:
            type = QStringLiteral("histogram");
            break;
        case MetricType::Info:
            type = openMetrics ? QStringLiteral("info") : QStringLiteral("gauge");
            if (!openMetrics)
                name += QLatin1String("_info");
            break;
        }
        const ExpositionParser::Family *written = read.family(name);
        QVERIFY2(written, qPrintable(name));
        QCOMPARE(written->type, type);
        QCOMPARE(written->help, family->help());
        QCOMPARE(written->unit, openMetrics ? QString::fromLatin1(family->unit()) : QString());
        QVERIFY2(!written->samples.isEmpty(), qPrintable(name));
    }
    // names follow the conventions: the maxmon_ (or process_) prefix, base units
    for (const ExpositionParser::Family &family : read.families) {
        QVERIFY2(family.name.startsWith(QLatin1String("maxmon_"))
                     || family.name.startsWith(QLatin1String("process_")),
                 qPrintable(family.name));
        QVERIFY2(!family.name.contains(QLatin1String("millis"))
                     && !family.name.contains(QLatin1String("_ms")),
                 qPrintable(family.name));
    }

    const Labels chat { { QStringLiteral("target"), QStringLiteral("chat") },
                        { QStringLiteral("env"), QStringLiteral("prod") } };
    QCOMPARE(read.value(QStringLiteral("maxmon_up"), chat), 1.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_state"),
                        chat + Labels { { QStringLiteral("state"), QStringLiteral("connected") } }),
             1.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_state"),
                        chat + Labels { { QStringLiteral("state"), QStringLiteral("error") } }),
             0.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_rtt_seconds_count"), chat), 6.0);
    // 20 s is beyond the last bound (10 s): only in +Inf
    QCOMPARE(read.value(
                 QStringLiteral("maxmon_rtt_seconds_bucket"),
                 chat
                     + Labels { { QStringLiteral("le"),
                                  openMetrics ? QStringLiteral("10.0") : QStringLiteral("10") } }),
             5.0);
    QCOMPARE(
        read.value(
            QStringLiteral("maxmon_disconnects_total"),
            chat + Labels { { QStringLiteral("reason"), QStringLiteral("heartbeat_timeout") } }),
        1.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_last_close_code"), chat), 1006.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_handshake_duration_seconds"), chat), 0.0125);
    QCOMPARE(read.value(QStringLiteral("maxmon_tls_cert_not_after_timestamp_seconds"), chat),
             double(QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC).toSecsSinceEpoch()));
    QCOMPARE(read.value(QStringLiteral("maxmon_tls_info"),
                        chat + Labels { { QStringLiteral("version"), QStringLiteral("TLSv1.3") } }),
             1.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_received_bytes_total"), chat), 100.0);
    QCOMPARE(
        read.value(QStringLiteral("maxmon_phoenix_join_failures_total"),
                   chat + Labels { { QStringLiteral("reason"), QStringLiteral("unauthorized") } }),
        1.0);
    QCOMPARE(read.value(QStringLiteral("maxmon_phoenix_push_reply_duration_seconds_count"),
                        chat + Labels { { QStringLiteral("event"), QStringLiteral("phx_join") } }),
             1.0);
    QVERIFY(read.value(QStringLiteral("process_resident_memory_bytes")).value_or(0) > 0);
    QVERIFY(read.value(QStringLiteral("process_open_fds")).value_or(0) > 0);
}

void TestExpositionWriter::labelEscapingRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("backslash") << QStringLiteral("C:\\maxmon\\");
    QTest::newRow("quotes") << QStringLiteral("\"quoted\" and \"");
    QTest::newRow("line feeds") << QStringLiteral("one\ntwo\n");
    QTest::newRow("everything") << QStringLiteral("\\\"\n\\n\\\"");
    QTest::newRow("UTF-8") << QStringLiteral("Z\u00fcrich \u65e5\u672c \U0001F600");
    QTest::newRow("braces, commas, equals") << QStringLiteral("a{b}=c,d=\"e\"");
    QTest::newRow("empty") << QString();
}

void TestExpositionWriter::labelEscapingRoundTrip()
{
    QFETCH(QString, value);
    for (const ExpositionFormat format :
         { ExpositionFormat::PrometheusText, ExpositionFormat::OpenMetrics }) {
        MonitorMetrics metrics;
        TargetMetrics target(&metrics,
                             ::target(value.isEmpty() ? QStringLiteral("t") : value,
                                      ConnectionConfig::Protocol::WebSocket,
                                      { { QStringLiteral("note"), value } }));
        const ExpositionParser::Exposition read = writeAndParse(metrics.registry(), format);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
        const QList<ExpositionParser::Sample> up = read.samples(QStringLiteral("maxmon_up"));
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.constFirst().label(QStringLiteral("note")), value);
        if (!value.isEmpty())
            QCOMPARE(up.constFirst().label(QStringLiteral("target")), value);
    }
}

void TestExpositionWriter::helpEscaping_data()
{
    QTest::addColumn<QString>("help");
    QTest::addColumn<QByteArray>("text004");
    QTest::addColumn<QByteArray>("textOpenMetrics");
    QTest::newRow("plain") << QStringLiteral("Just text.") << QByteArray("Just text.")
                           << QByteArray("Just text.");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b")
                               << QByteArray("a\\\\b");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("a\\nb")
                               << QByteArray("a\\nb");
    QTest::newRow("quote") << QStringLiteral("say \"x\"") << QByteArray("say \"x\"")
                           << QByteArray("say \\\"x\\\"");
}

void TestExpositionWriter::helpEscaping()
{
    QFETCH(QString, help);
    QFETCH(QByteArray, text004);
    QFETCH(QByteArray, textOpenMetrics);
    QCOMPARE(ExpositionWriter::escapeHelp(help, ExpositionFormat::PrometheusText), text004);
    QCOMPARE(ExpositionWriter::escapeHelp(help, ExpositionFormat::OpenMetrics), textOpenMetrics);
    MetricsRegistry registry;
    registry.add("g", help, MetricType::Gauge)->series({})->set(1);
    for (const ExpositionFormat format :
         { ExpositionFormat::PrometheusText, ExpositionFormat::OpenMetrics }) {
        const ExpositionParser::Exposition read = writeAndParse(registry, format);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
        QCOMPARE(read.family(QStringLiteral("g"))->help, help);
    }
}

void TestExpositionWriter::histogramBuckets()
{
    // the RTT buckets resolve 0.1 ms to 10 s
    const std::vector<double> buckets = MonitorMetrics::rttBuckets();
    QCOMPARE(buckets.front(), 0.0001);
    QCOMPARE(buckets.back(), 10.0);
    QVERIFY(std::is_sorted(buckets.cbegin(), buckets.cend()));
    MetricsRegistry registry;
    MetricSeries *rtt =
        registry.add("rtt_seconds", QStringLiteral("h"), MetricType::Histogram, "seconds", buckets)
            ->series({});
    // one sample on each bound, and one beyond
    for (const double bound : buckets)
        rtt->observe(bound);
    rtt->observe(60);
    for (const ExpositionFormat format :
         { ExpositionFormat::PrometheusText, ExpositionFormat::OpenMetrics }) {
        const ExpositionParser::Exposition read = writeAndParse(registry, format);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
        const QList<ExpositionParser::Sample> written =
            read.samples(QStringLiteral("rtt_seconds_bucket"));
        QCOMPARE(written.size(), qsizetype(buckets.size() + 1));
        for (qsizetype i = 0; i < written.size(); ++i)
            QCOMPARE(written.at(i).value, double(i + 1)); // cumulative: i + 1 values up to bound i
        QCOMPARE(read.value(QStringLiteral("rtt_seconds_count")), double(buckets.size() + 1));
    }
}

void TestExpositionWriter::emptyFamiliesLeftOut()
{
    MetricsRegistry registry;
    registry.add("empty", QStringLiteral("h"), MetricType::Gauge);
    registry.add("full", QStringLiteral("h"), MetricType::Gauge)->series({})->set(1);
    QCOMPARE(ExpositionWriter(ExpositionFormat::PrometheusText).write(registry),
             QByteArray("# HELP full h\n# TYPE full gauge\nfull 1\n"));
    QCOMPARE(ExpositionWriter(ExpositionFormat::OpenMetrics).write(MetricsRegistry()),
             QByteArray("# EOF\n"));
}

void TestExpositionWriter::bounds_data()
{
    // OpenMetrics' canonical numbers (its "Considerations: Canonical Numbers"),
    // and Go's %g, which the 0.0.4 format's clients write
    QTest::addColumn<double>("bound");
    QTest::addColumn<QByteArray>("openMetrics");
    QTest::addColumn<QByteArray>("text004");
    const std::pair<double, const char *> cases[] = {
        { 0, "0.0" },           { 0.001, "0.001" },
        { 0.002, "0.002" },     { 0.01, "0.01" },
        { 0.1, "0.1" },         { 0.9, "0.9" },
        { 0.95, "0.95" },       { 0.99, "0.99" },
        { 0.999, "0.999" },     { 1, "1.0" },
        { 1.7, "1.7" },         { 10, "10.0" },
        { 1e-10, "1e-10" },     { 1e-9, "1e-09" },
        { 1e-5, "1e-05" },      { 0.0001, "0.0001" },
        { 0.00025, "0.00025" }, { 100000, "100000.0" },
        { 1e6, "1e+06" },       { 1e10, "1e+10" },
        { 2.5, "2.5" },         { 1234567, "1.234567e+06" },
    };
    for (const auto &[bound, text] : cases) {
        QByteArray go(text);
        if (go.endsWith(".0"))
            go.chop(2);
        QTest::newRow(text) << bound << QByteArray(text) << go;
    }
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("+Inf") << inf << QByteArray("+Inf") << QByteArray("+Inf");
}

void TestExpositionWriter::bounds()
{
    QFETCH(double, bound);
    QFETCH(QByteArray, openMetrics);
    QFETCH(QByteArray, text004);
    QCOMPARE(ExpositionWriter::formatBound(bound, ExpositionFormat::OpenMetrics), openMetrics);
    QCOMPARE(ExpositionWriter::formatBound(bound, ExpositionFormat::PrometheusText), text004);
}

void TestExpositionWriter::values_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("integer") << 1006.0 << QByteArray("1006");
    QTest::newRow("negative integer") << -3.0 << QByteArray("-3");
    QTest::newRow("large integer") << 123456789012.0 << QByteArray("123456789012");
    QTest::newRow("fraction") << 0.25 << QByteArray("0.25");
    QTest::newRow("shortest that reads back") << 0.1 << QByteArray("0.1");
    QTest::newRow("a third") << 1.0 / 3 << QByteArray("0.3333333333333333");
    QTest::newRow("timestamp") << 1700000000.123456 << QByteArray("1700000000.123456");
    QTest::newRow("tiny") << 1.5e-7 << QByteArray("1.5e-07");
    QTest::newRow("beyond 2^53") << 1e20 << QByteArray("1e+20");
    QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
    QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
}

void TestExpositionWriter::values()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(ExpositionWriter::formatValue(value), text);
    if (std::isfinite(value))
        QCOMPARE(text.toDouble(), value); // reads back exactly
}

void TestExpositionWriter::negotiate_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<ExpositionFormat>("format");
    const auto text = ExpositionFormat::PrometheusText;
    const auto om = ExpositionFormat::OpenMetrics;
    QTest::newRow("none") << QByteArray() << text;
    QTest::newRow("curl") << QByteArray("*/*") << text;
    QTest::newRow("Prometheus 2.42")
        << QByteArray("application/openmetrics-text;version=1.0.0,application/"
                      "openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/"
                      "*;q=0.1")
        << om;
    QTest::newRow("OpenMetrics without version")
        << QByteArray("application/openmetrics-text") << om;
    QTest::newRow("OpenMetrics with spaces and case")
        << QByteArray("Application/OpenMetrics-Text; version=1.0.0; charset=utf-8") << om;
    QTest::newRow("only OpenMetrics 0.0.1")
        << QByteArray("application/openmetrics-text;version=0.0.1") << text;
    QTest::newRow("text preferred")
        << QByteArray("application/openmetrics-text;q=0.3,text/plain") << text;
    QTest::newRow("OpenMetrics refused") << QByteArray("application/openmetrics-text;q=0") << text;
    QTest::newRow("text 0.0.4") << QByteArray("text/plain;version=0.0.4") << text;
    QTest::newRow("garbage") << QByteArray(";;;,,=q=,") << text;
}

void TestExpositionWriter::negotiate()
{
    QFETCH(QByteArray, accept);
    QFETCH(ExpositionFormat, format);
    QCOMPARE(ExpositionWriter::negotiate(accept), format);
    QVERIFY(ExpositionWriter::contentType(format).startsWith(
        format == ExpositionFormat::OpenMetrics ? "application/openmetrics-text; version=1.0.0"
                                                : "text/plain; version=0.0.4"));
}

void TestExpositionWriter::noSecretInTheExposition()
{
    MonitorMetrics metrics;
    TargetMetrics target(&metrics,
                         ::target(QStringLiteral("t"), ConnectionConfig::Protocol::WebSocket));
    exercise(&target);
    for (const ExpositionFormat format :
         { ExpositionFormat::PrometheusText, ExpositionFormat::OpenMetrics }) {
        const QByteArray text = ExpositionWriter(format).write(metrics.registry());
        QVERIFY(text.contains("url=\"wss://max.example:4443/socket\""));
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("s3cr3t"));
        QVERIFY(!text.contains("user"));
    }
}

void TestExpositionWriter::targetMetricsLeaveNothingBehind()
{
    MonitorMetrics metrics;
    const auto seriesCount = [&metrics] {
        int count = 0;
        for (const auto &family : metrics.registry().families())
            count += family->seriesCount();
        return count;
    };
    auto stays = std::make_unique<TargetMetrics>(
        &metrics, target(QStringLiteral("stays"), ConnectionConfig::Protocol::WebSocket));
    const int before = seriesCount();
    {
        TargetMetrics goes(&metrics,
                           target(QStringLiteral("goes"), ConnectionConfig::Protocol::Phoenix));
        exercise(&goes);
        goes.connected(tlsDiagnostics()); // the TLS info series replaced, not added
        QVERIFY(seriesCount() > before);
    }
    QCOMPARE(seriesCount(), before);
    const QByteArray text =
        ExpositionWriter(ExpositionFormat::PrometheusText).write(metrics.registry());
    QVERIFY(!text.contains("target=\"goes\""));
    QVERIFY(text.contains("target=\"stays\""));
}

void TestExpositionWriter::joinReasonsAreBounded()
{
    MonitorMetrics metrics;
    TargetMetrics target(&metrics,
                         ::target(QStringLiteral("t"), ConnectionConfig::Protocol::Phoenix));
    QCOMPARE(TargetMetrics::sanitizedReason(QStringLiteral("Not Allowed: room/full!")),
             QStringLiteral("not_allowed__room_full_"));
    QCOMPARE(TargetMetrics::sanitizedReason(QString(200, QLatin1Char('x'))).size(), 64);
    QCOMPARE(TargetMetrics::sanitizedReason(QString()), QStringLiteral("unknown"));
    for (int i = 0; i < 100; ++i)
        target.joinFailed(QStringLiteral("room:lobby"), QStringLiteral("reason %1").arg(i));
    const ExpositionParser::Exposition read =
        writeAndParse(metrics.registry(), ExpositionFormat::PrometheusText);
    QVERIFY(read.errors.isEmpty());
    const QList<ExpositionParser::Sample> failures =
        read.samples(QStringLiteral("maxmon_phoenix_join_failures_total"));
    QCOMPARE(failures.size(), TargetMetrics::maxJoinReasons + 1); // and "other"
    QCOMPARE(read.value(QStringLiteral("maxmon_phoenix_join_failures_total"),
                        { { QStringLiteral("reason"), QStringLiteral("other") } }),
             double(100 - TargetMetrics::maxJoinReasons));
    QCOMPARE(TargetMetrics::reasonName(Error::Code::HeartbeatTimeout),
             QStringLiteral("heartbeat_timeout"));
    QCOMPARE(TargetMetrics::reasonName(Error::Code::TlsPinMismatch),
             QStringLiteral("tls_pin_mismatch"));
}

QTEST_GUILESS_MAIN(TestExpositionWriter)
#include "tst_expositionwriter.moc"
