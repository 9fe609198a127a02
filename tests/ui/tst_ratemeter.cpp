// RateMeter: messages per second from a growing counter.
#include "diagnostics/ratemeter.h"

#include <QTest>

using namespace maxmon;

class TestRateMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateOverTheLastInterval();
    void counterGoingBackStartsOver();
    void noTimePassedKeepsTheRate();
};

void TestRateMeter::rateOverTheLastInterval()
{
    RateMeter meter;
    QCOMPARE(meter.sample(100, 1000), 0.0); // first sample: nothing to compare with
    QCOMPARE(meter.sample(300, 2000), 200.0);
    QCOMPARE(meter.sample(350, 2500), 100.0);
    QCOMPARE(meter.sample(350, 3500), 0.0);
    QCOMPARE(meter.rate(), 0.0);
}

void TestRateMeter::counterGoingBackStartsOver()
{
    RateMeter meter;
    meter.sample(1000, 0);
    meter.sample(2000, 1000);
    QCOMPARE(meter.sample(5, 2000), 0.0);
    QCOMPARE(meter.sample(25, 3000), 20.0);
    meter.reset();
    QCOMPARE(meter.rate(), 0.0);
    QCOMPARE(meter.sample(10, 4000), 0.0);
}

void TestRateMeter::noTimePassedKeepsTheRate()
{
    RateMeter meter;
    meter.sample(0, 1000);
    meter.sample(50, 2000);
    QCOMPARE(meter.sample(80, 2000), 50.0);
    QCOMPARE(meter.sample(100, 3000), 50.0); // measured from 50 at 2000
}

QTEST_GUILESS_MAIN(TestRateMeter)
#include "tst_ratemeter.moc"
