// LatencySeries: the latency chart's data without painting: points trimmed
// to the window, the p95 step line, lost probes, a bounded ring.
#include "charts/latencyseries.h"

#include <QTest>

using namespace maxmon;

class TestLatencySeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySeries();
    void pointsInsideTheWindow();
    void batchOfSamplesInOneList();
    void p95StepLine();
    void lostProbes();
    void ringKeepsTheNewest();
    void trimForgetsOldSamples();
};

void TestLatencySeries::emptySeries()
{
    const LatencySeries series;
    QCOMPARE(series.sampleCount(), 0);
    QCOMPARE(series.lastRttMs(), -1.0);
    QCOMPARE(series.lastP95Ms(), -1.0);
    QVERIFY(series.rttPoints(1000, 60000).isEmpty());
    QVERIFY(series.p95Points(1000, 60000).isEmpty());
    QCOMPARE(series.maxIn(1000, 60000), 0.0);
}

void TestLatencySeries::pointsInsideTheWindow()
{
    LatencySeries series;
    for (int i = 0; i < 10; ++i)
        series.addSample(1000 * i, 10 + i, 20);
    // a window of 3.5 s ending at 8 s: samples at 5, 6, 7 and 8 s
    const QList<QPointF> points = series.rttPoints(8000, 3500);
    QCOMPARE(points, (QList<QPointF> { { 5000, 15 }, { 6000, 16 }, { 7000, 17 }, { 8000, 18 } }));
    QCOMPARE(series.maxIn(8000, 3500), 20.0); // the p95 is higher than any RTT here
    QCOMPARE(series.rttPoints(20000, 5000), QList<QPointF>());
    QCOMPARE(series.rttPoints(9000, 60000).size(), 10);
    QCOMPARE(series.lastRttMs(), 19.0);
}

void TestLatencySeries::batchOfSamplesInOneList()
{
    // samples that arrive between two redraws all come out in the next list
    LatencySeries series;
    series.addSample(100, 1.5, 1.5);
    QCOMPARE(series.rttPoints(100, 60000).size(), 1);
    for (int i = 1; i <= 250; ++i)
        series.addSample(100 + i, 1.0 + i, 2.0);
    const QList<QPointF> points = series.rttPoints(1000, 60000);
    QCOMPARE(points.size(), 251);
    QCOMPARE(points.constFirst(), QPointF(100, 1.5));
    QCOMPARE(points.constLast(), QPointF(350, 251));
}

void TestLatencySeries::p95StepLine()
{
    LatencySeries series;
    series.addSample(1000, 5, -1); // no statistics yet: no p95 point
    series.addSample(2000, 8, 10);
    series.addSample(3000, 9, 10);
    series.addSample(4000, 30, 12);
    series.addSample(5000, 7, 12);
    series.addSample(6000, 7, 12);
    QCOMPARE(series.p95Points(6000, 60000),
             (QList<QPointF> { { 2000, 10 }, { 4000, 10 }, { 4000, 12 }, { 6000, 12 } }));
    // the window cuts the line, which still ends at its last sample
    QCOMPARE(series.p95Points(5000, 1500), (QList<QPointF> { { 4000, 12 }, { 5000, 12 } }));
    QCOMPARE(series.lastP95Ms(), 12.0);
    QCOMPARE(series.maxIn(6000, 60000), 30.0);
}

void TestLatencySeries::lostProbes()
{
    LatencySeries series;
    series.addSample(1000, 5, 5);
    series.addLoss(2000);
    series.addLoss(3000);
    series.addSample(4000, 6, 6);
    QCOMPARE(series.lossCount(), 2);
    QCOMPARE(series.lossPoints(4000, 60000, 95.0), (QList<QPointF> { { 2000, 95 }, { 3000, 95 } }));
    QCOMPARE(series.lossesIn(4000, 1500), 1);
    QCOMPARE(series.lossesIn(4000, 60000), 2);
    // a loss is not a sample: the RTT line goes on without it
    QCOMPARE(series.rttPoints(4000, 60000), (QList<QPointF> { { 1000, 5 }, { 4000, 6 } }));
}

void TestLatencySeries::ringKeepsTheNewest()
{
    LatencySeries series(100);
    for (int i = 0; i < 1000; ++i)
        series.addSample(i, i, i);
    QCOMPARE(series.sampleCount(), 100);
    const QList<QPointF> points = series.rttPoints(999, 1000000);
    QCOMPARE(points.size(), 100);
    QCOMPARE(points.constFirst(), QPointF(900, 900));
    QCOMPARE(points.constLast(), QPointF(999, 999));
}

void TestLatencySeries::trimForgetsOldSamples()
{
    LatencySeries series(100);
    for (int i = 0; i < 150; ++i) {
        series.addSample(i * 10, i, i);
        series.addLoss(i * 10 + 5);
    }
    series.trim(1400);
    QCOMPARE(series.sampleCount(), 10);
    QCOMPARE(series.lossCount(), 10);
    QCOMPARE(series.rttPoints(1490, 1000000).constFirst(), QPointF(1400, 140));
    // the ring keeps working after a trim
    series.addSample(1500, 1, 1);
    QCOMPARE(series.rttPoints(1500, 1000000).constLast(), QPointF(1500, 1));
    series.trim(100000);
    QCOMPARE(series.sampleCount(), 0);
    series.clear();
    QCOMPARE(series.lossCount(), 0);
}

QTEST_GUILESS_MAIN(TestLatencySeries)
#include "tst_latencyseries.moc"
