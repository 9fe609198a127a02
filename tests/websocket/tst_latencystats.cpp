// LatencyStats: rolling window statistics checked against a reference that
// sorts the window from scratch, loss ratio, jitter, reset and history.
#include <maxmon/latencystats.h>

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace maxmon;

namespace {

// Nearest rank, written independently of the class: rank ceil(p * n / 100)
// in integers, 1-based.
double referencePercentile(const std::vector<double> &sorted, int p)
{
    const int n = static_cast<int>(sorted.size());
    const int rank = std::max(1, (p * n + 99) / 100);
    return sorted[static_cast<size_t>(rank - 1)];
}

bool fuzzyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

} // namespace

class TestLatencyStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStats();
    void matchesSortedReference_data();
    void matchesSortedReference();
    void knownJitter();
    void lossRatioOverTheWindow();
    void queriesSeeNewSamples();
    void resetKeepsHistory();
    void historyIsBounded();
    void summaryText();
};

void TestLatencyStats::emptyStats()
{
    LatencyStats stats;
    QCOMPARE(stats.sampleCount(), 0);
    QCOMPARE(stats.last(), -1.0);
    QCOMPARE(stats.min(), 0.0);
    QCOMPARE(stats.max(), 0.0);
    QCOMPARE(stats.percentile(50), 0.0);
    QCOMPARE(stats.jitter(), 0.0);
    QCOMPARE(stats.lossRatio(), 0.0);
    QVERIFY(stats.summary().isEmpty());
}

void TestLatencyStats::matchesSortedReference_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("integers"); // many ties

    QTest::newRow("one sample") << 1u << 1 << 120 << false;
    QTest::newRow("seven") << 2u << 7 << 120 << false;
    QTest::newRow("twenty, p95 at an exact rank") << 3u << 20 << 120 << false;
    QTest::newRow("window just full") << 4u << 120 << 120 << false;
    QTest::newRow("window wrapped") << 5u << 500 << 120 << false;
    QTest::newRow("small window wrapped many times") << 6u << 1000 << 10 << false;
    QTest::newRow("window of one") << 7u << 50 << 1 << false;
    QTest::newRow("ties") << 8u << 300 << 100 << true;
    QTest::newRow("large window") << 42u << 5000 << 1000 << false;
}

void TestLatencyStats::matchesSortedReference()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(int, window);
    QFETCH(bool, integers);

    QRandomGenerator random(seed);
    LatencyStats stats(window);
    std::vector<double> all;
    for (int i = 0; i < count; ++i) {
        // a long tail, like real RTTs
        double value = 5.0 + random.bounded(50.0) + (random.bounded(20) == 0 ? 800.0 : 0.0);
        if (integers)
            value = std::floor(value / 10.0);
        all.push_back(value);
        stats.addSample(value);

        // check at a few points on the way, not only at the end
        if (i != count - 1 && i % 97 != 0)
            continue;
        const size_t n = std::min(all.size(), static_cast<size_t>(window));
        const std::vector<double> inWindow(all.end() - static_cast<std::ptrdiff_t>(n), all.end());
        std::vector<double> sorted = inWindow;
        std::sort(sorted.begin(), sorted.end());
        double sum = 0;
        double jitterSum = 0;
        for (size_t k = 0; k < n; ++k) {
            sum += inWindow[k];
            if (k > 0)
                jitterSum += std::abs(inWindow[k] - inWindow[k - 1]);
        }

        QCOMPARE(stats.sampleCount(), static_cast<int>(n));
        QCOMPARE(stats.min(), sorted.front());
        QCOMPARE(stats.max(), sorted.back());
        QCOMPARE(stats.last(), value);
        for (int p : { 1, 10, 25, 50, 75, 90, 95, 99, 100 })
            QCOMPARE(stats.percentile(p), referencePercentile(sorted, p));
        QVERIFY(fuzzyEqual(stats.mean(), sum / static_cast<double>(n)));
        QVERIFY(fuzzyEqual(stats.jitter(), n > 1 ? jitterSum / static_cast<double>(n - 1) : 0.0));

        const LatencyStats::Summary summary = stats.summary();
        QCOMPARE(summary.p50Ms, referencePercentile(sorted, 50));
        QCOMPARE(summary.p95Ms, referencePercentile(sorted, 95));
        QCOMPARE(summary.p99Ms, referencePercentile(sorted, 99));
        QVERIFY(summary.minMs <= summary.p50Ms && summary.p50Ms <= summary.p95Ms
                && summary.p95Ms <= summary.p99Ms && summary.p99Ms <= summary.maxMs);
        QCOMPARE(summary.totalSamples, static_cast<qint64>(i + 1));
    }
}

void TestLatencyStats::knownJitter()
{
    LatencyStats stats;
    for (double value : { 10.0, 20.0, 10.0, 40.0 })
        stats.addSample(value);
    // |20-10| + |10-20| + |40-10| = 50 over 3 differences
    QVERIFY(fuzzyEqual(stats.jitter(), 50.0 / 3.0));
    QCOMPARE(stats.mean(), 20.0);
    QCOMPARE(stats.percentile(50), 10.0); // rank ceil(0.5 * 4) = 2 of 10, 10, 20, 40
    QCOMPARE(stats.percentile(0), 10.0);
    QCOMPARE(stats.percentile(100), 40.0);
}

void TestLatencyStats::lossRatioOverTheWindow()
{
    LatencyStats stats(10);
    for (int i = 0; i < 5; ++i) {
        stats.addSample(1.0);
        stats.addLoss();
    }
    QCOMPARE(stats.lossRatio(), 0.5);
    QCOMPARE(stats.summary().lost, 5);
    QCOMPARE(stats.summary().probes, 10);
    QCOMPARE(stats.totalLost(), 5);

    // ten answered probes push every loss out of the window
    for (int i = 0; i < 9; ++i)
        stats.addSample(1.0);
    QCOMPARE(stats.lossRatio(), 0.1);
    stats.addSample(1.0);
    QCOMPARE(stats.lossRatio(), 0.0);
    QCOMPARE(stats.totalLost(), 5); // the totals remember
    QCOMPARE(stats.totalSamples(), 15);
}

void TestLatencyStats::queriesSeeNewSamples()
{
    LatencyStats stats(3);
    stats.addSample(1);
    stats.addSample(2);
    stats.addSample(3);
    QCOMPARE(stats.percentile(50), 2.0);
    QCOMPARE(stats.max(), 3.0);
    stats.addSample(100); // evicts 1
    QCOMPARE(stats.percentile(50), 3.0);
    QCOMPARE(stats.min(), 2.0);
    QCOMPARE(stats.max(), 100.0);
}

void TestLatencyStats::resetKeepsHistory()
{
    LatencyStats stats;
    stats.reset(); // nothing measured: nothing archived
    QVERIFY(stats.history().isEmpty());

    for (double value : { 5.0, 7.0, 9.0 })
        stats.addSample(value);
    stats.addLoss();
    const LatencyStats::Summary before = stats.summary();
    stats.reset();

    QCOMPARE(stats.sampleCount(), 0);
    QCOMPARE(stats.totalSamples(), 0);
    QCOMPARE(stats.totalLost(), 0);
    QCOMPARE(stats.lossRatio(), 0.0);
    QCOMPARE(stats.last(), -1.0);
    QCOMPARE(stats.history().size(), 1);
    const LatencyStats::Summary archived = stats.history().constFirst();
    QCOMPARE(archived.samples, 3);
    QCOMPARE(archived.lost, 1);
    QCOMPARE(archived.p50Ms, before.p50Ms);
    QCOMPARE(archived.maxMs, 9.0);
    QVERIFY(archived.endedUs >= archived.startedUs);

    stats.addSample(50);
    stats.reset();
    QCOMPARE(stats.history().size(), 2);
    QCOMPARE(stats.history().constLast().maxMs, 50.0);
}

void TestLatencyStats::historyIsBounded()
{
    LatencyStats stats;
    for (int i = 0; i < LatencyStats::MaxHistory + 10; ++i) {
        stats.addSample(i);
        stats.reset();
    }
    QCOMPARE(stats.history().size(), LatencyStats::MaxHistory);
    QCOMPARE(stats.history().constLast().lastMs, double(LatencyStats::MaxHistory + 9));
}

void TestLatencyStats::summaryText()
{
    LatencyStats stats;
    for (double value : { 1.5, 2.5, 3.5 })
        stats.addSample(value);
    stats.addLoss();
    const QString text = stats.summary().toText();
    // "3 samples" once maxmon_en.qm is installed; no translator in this test
    QVERIFY2(text.contains(QLatin1String("3 sample(s)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("1.50/2.50/3.50/3.50/3.50 ms")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("loss 1/4 (25.0 %)")), qPrintable(text));
    const QJsonObject json = stats.summary().toJson();
    QCOMPARE(json.value(QLatin1String("p95_ms")).toDouble(), 3.5);
    QCOMPARE(json.value(QLatin1String("loss_ratio")).toDouble(), 0.25);
}

QTEST_GUILESS_MAIN(TestLatencyStats)
#include "tst_latencystats.moc"
