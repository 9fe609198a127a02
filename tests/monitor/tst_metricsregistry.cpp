// MetricsRegistry and MetricFamily: series by label set, label text and its
// escaping, histogram buckets (a value on a bound belongs to that bucket),
// removal, and the registry's order.
#include "metricsregistry.h"

#include <QTest>

#include <limits>

using namespace maxmon::monitor;

class TestMetricsRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesByLabels();
    void labelText_data();
    void labelText();
    void names_data();
    void names();
    void histogramBuckets_data();
    void histogramBuckets();
    void histogramSumAndCount();
    void infoIsOne();
    void removeSeries();
    void registryOrder();
};

void TestMetricsRegistry::seriesByLabels()
{
    MetricFamily family("maxmon_connects", QStringLiteral("help"), MetricType::Counter);
    const Labels a { { QStringLiteral("target"), QStringLiteral("a") } };
    const Labels b { { QStringLiteral("target"), QStringLiteral("b") } };
    MetricSeries *first = family.series(a);
    QCOMPARE(family.series(a), first); // the same series, not a second one
    QVERIFY(family.series(b) != first);
    QCOMPARE(family.seriesCount(), 2);
    first->inc();
    first->inc(2.5);
    QCOMPARE(first->value(), 3.5);
    QCOMPARE(family.series(b)->value(), 0.0);
    QCOMPARE(family.find(a), first);
    QCOMPARE(family.find({ { QStringLiteral("target"), QStringLiteral("c") } }), nullptr);
    // series are kept in the order of their label text
    QCOMPARE(family.allSeries().begin()->second.get(), first);
}

void TestMetricsRegistry::labelText_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<QByteArray>("text");
    const QString t = QStringLiteral("target");
    QTest::newRow("none") << Labels() << QByteArray();
    QTest::newRow("one") << Labels { { t, QStringLiteral("eu-1") } }
                         << QByteArray("target=\"eu-1\"");
    QTest::newRow("two, in the given order")
        << Labels { { t, QStringLiteral("x") }, { QStringLiteral("env"), QStringLiteral("prod") } }
        << QByteArray("target=\"x\",env=\"prod\"");
    QTest::newRow("backslash") << Labels { { t, QStringLiteral("a\\b") } }
                               << QByteArray("target=\"a\\\\b\"");
    QTest::newRow("quote") << Labels { { t, QStringLiteral("say \"hi\"") } }
                           << QByteArray("target=\"say \\\"hi\\\"\"");
    QTest::newRow("line feed") << Labels { { t, QStringLiteral("two\nlines") } }
                               << QByteArray("target=\"two\\nlines\"");
    QTest::newRow("UTF-8 as is") << Labels { { t, QStringLiteral("M\u00fcnchen \u2603") } }
                                 << QByteArray("target=\"M\xc3\xbc"
                                               "nchen \xe2\x98\x83\"");
    QTest::newRow("tab and braces as is")
        << Labels { { t, QStringLiteral("a\t{b},c=d") } } << QByteArray("target=\"a\t{b},c=d\"");
    QTest::newRow("empty value") << Labels { { t, QString() } } << QByteArray("target=\"\"");
}

void TestMetricsRegistry::labelText()
{
    QFETCH(Labels, labels);
    QFETCH(QByteArray, text);
    QCOMPARE(MetricFamily::labelText(labels), text);
    MetricFamily family("g", QStringLiteral("h"), MetricType::Gauge);
    QCOMPARE(family.series(labels)->labelText(), text);
}

void TestMetricsRegistry::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("metric");
    QTest::addColumn<bool>("label");
    QTest::newRow("plain") << QStringLiteral("env") << true << true;
    QTest::newRow("underscore first") << QStringLiteral("_x1") << true << true;
    QTest::newRow("colon") << QStringLiteral("job:rate") << true << false;
    QTest::newRow("digit first") << QStringLiteral("1x") << false << false;
    QTest::newRow("dash") << QStringLiteral("eu-1") << false << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("non-ASCII") << QStringLiteral("r\u00e9gion") << false << false;
}

void TestMetricsRegistry::names()
{
    QFETCH(QString, name);
    QFETCH(bool, metric);
    QFETCH(bool, label);
    QCOMPARE(MetricFamily::isValidMetricName(name.toUtf8()), metric);
    QCOMPARE(MetricFamily::isValidLabelName(name), label);
}

void TestMetricsRegistry::histogramBuckets_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("bucket"); // index; 3 = +Inf
    QTest::newRow("below the first") << 0.00001 << 0;
    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("on the first bound") << 0.001 << 0;
    QTest::newRow("just above it") << 0.0010001 << 1;
    QTest::newRow("on the middle bound") << 0.01 << 1;
    QTest::newRow("on the last bound") << 1.0 << 2;
    QTest::newRow("above every bound") << 2.0 << 3;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << 3;
}

void TestMetricsRegistry::histogramBuckets()
{
    QFETCH(double, value);
    QFETCH(int, bucket);
    MetricFamily family("x_seconds", QStringLiteral("h"), MetricType::Histogram, "seconds",
                        { 0.001, 0.01, 1 });
    MetricSeries *series = family.series({});
    series->observe(value);
    QCOMPARE(series->bucketCounts().size(), size_t(4));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(series->bucketCounts()[size_t(i)], quint64(i == bucket ? 1 : 0));
}

void TestMetricsRegistry::histogramSumAndCount()
{
    MetricFamily family("x_seconds", QStringLiteral("h"), MetricType::Histogram, "seconds",
                        { 0.1, 1 });
    MetricSeries *series = family.series({});
    for (const double v : { 0.05, 0.5, 0.5, 3.0 })
        series->observe(v);
    QCOMPARE(series->count(), quint64(4));
    QCOMPARE(series->value(), 4.05);
    const std::vector<quint64> expected { 1, 2, 1 };
    QCOMPARE(series->bucketCounts(), expected);
}

void TestMetricsRegistry::infoIsOne()
{
    MetricFamily family("maxmon_target", QStringLiteral("h"), MetricType::Info);
    QCOMPARE(family.series({ { QStringLiteral("url"), QStringLiteral("ws://a") } })->value(), 1.0);
}

void TestMetricsRegistry::removeSeries()
{
    MetricFamily family("g", QStringLiteral("h"), MetricType::Gauge);
    MetricSeries *a = family.series({ { QStringLiteral("t"), QStringLiteral("a") } });
    family.series({ { QStringLiteral("t"), QStringLiteral("b") } });
    family.remove(a);
    QCOMPARE(family.seriesCount(), 1);
    QCOMPARE(family.find({ { QStringLiteral("t"), QStringLiteral("a") } }), nullptr);
    family.remove(nullptr); // harmless
    QCOMPARE(family.seriesCount(), 1);
    // a new series with the old labels starts from zero
    QCOMPARE(family.series({ { QStringLiteral("t"), QStringLiteral("a") } })->value(), 0.0);
}

void TestMetricsRegistry::registryOrder()
{
    MetricsRegistry registry;
    MetricFamily *z = registry.add("z_total_things", QStringLiteral("h"), MetricType::Gauge);
    MetricFamily *a = registry.add("a", QStringLiteral("h"), MetricType::Counter);
    QCOMPARE(registry.families().size(), size_t(2));
    QCOMPARE(registry.families()[0].get(), z); // the order of registration, not of names
    QCOMPARE(registry.families()[1].get(), a);
    QCOMPARE(registry.family("a"), a);
    QCOMPARE(registry.family("b"), nullptr);
}

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metricsregistry.moc"
