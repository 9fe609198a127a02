// ThroughputSeries: rates from growing counters, trimmed to the window,
// restarts when the counters start over, scaled byte rates.
#include "charts/throughputseries.h"

#include <QTest>

using namespace maxmon;
using S = ThroughputSeries;

class TestThroughputSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratesFromCounters();
    void windowAndScale();
    void countersThatStartOver();
    void noTimePassed();
    void ringAndTrim();
};

void TestThroughputSeries::ratesFromCounters()
{
    ThroughputSeries series;
    series.addCounters(1000, { 0, 0, 0, 0 });
    QCOMPARE(series.pointCount(), 0); // one sample is no rate yet
    QCOMPARE(series.lastRate(S::MessagesIn), 0.0);
    series.addCounters(1500, { 10, 5, 2000, 500 });
    series.addCounters(2500, { 30, 5, 6000, 1500 });
    QCOMPARE(series.pointCount(), 2);
    QCOMPARE(series.points(S::MessagesIn, 2500, 60000),
             (QList<QPointF> { { 1500, 20 }, { 2500, 20 } }));
    QCOMPARE(series.points(S::MessagesOut, 2500, 60000),
             (QList<QPointF> { { 1500, 10 }, { 2500, 0 } }));
    QCOMPARE(series.points(S::BytesIn, 2500, 60000),
             (QList<QPointF> { { 1500, 4000 }, { 2500, 4000 } }));
    QCOMPARE(series.lastRate(S::BytesOut), 1000.0);
    QCOMPARE(series.maxIn(S::MessagesOut, 2500, 60000), 10.0);
}

void TestThroughputSeries::windowAndScale()
{
    ThroughputSeries series;
    for (int i = 0; i <= 10; ++i)
        series.addCounters(i * 1000, { i * 2, 0, i * 2048, 0 });
    QCOMPARE(series.points(S::MessagesIn, 10000, 2500).size(), 3); // 8, 9, 10 s
    QCOMPARE(series.points(S::BytesIn, 10000, 1000, 1024),
             (QList<QPointF> { { 9000, 2 }, { 10000, 2 } }));
    QCOMPARE(series.maxIn(S::BytesIn, 10000, 2500), 2048.0);
}

void TestThroughputSeries::countersThatStartOver()
{
    ThroughputSeries series;
    series.addCounters(0, { 100, 100, 1000, 1000 });
    series.addCounters(1000, { 110, 100, 1100, 1000 });
    // a new client: counters from 0 again; no negative rate, the next sample counts
    series.addCounters(2000, { 3, 0, 30, 0 });
    QCOMPARE(series.pointCount(), 1);
    series.addCounters(3000, { 8, 1, 80, 10 });
    QCOMPARE(series.points(S::MessagesIn, 3000, 60000),
             (QList<QPointF> { { 1000, 10 }, { 3000, 5 } }));
    series.clear();
    QCOMPARE(series.pointCount(), 0);
    series.addCounters(4000, { 1, 1, 1, 1 });
    QCOMPARE(series.pointCount(), 0);
}

void TestThroughputSeries::noTimePassed()
{
    ThroughputSeries series;
    series.addCounters(1000, { 0, 0, 0, 0 });
    series.addCounters(1000, { 50, 0, 0, 0 }); // ignored: no time to divide by
    series.addCounters(2000, { 100, 0, 0, 0 });
    QCOMPARE(series.points(S::MessagesIn, 2000, 60000), (QList<QPointF> { { 2000, 100 } }));
}

void TestThroughputSeries::ringAndTrim()
{
    ThroughputSeries series(50);
    for (int i = 0; i <= 200; ++i)
        series.addCounters(i * 100, { i, 0, 0, 0 });
    QCOMPARE(series.pointCount(), 50);
    QCOMPARE(series.points(S::MessagesIn, 20000, 1000000).constFirst().x(), 15100.0);
    series.trim(19500);
    QCOMPARE(series.pointCount(), 6);
}

QTEST_GUILESS_MAIN(TestThroughputSeries)
#include "tst_throughputseries.moc"
