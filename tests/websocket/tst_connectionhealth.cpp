// ConnectionHealth: which rule turns a latency window into Good, Degraded or Bad.
#include <maxmon/connectionhealth.h>

#include <QLocale>
#include <QTest>

using namespace maxmon;
using Level = ConnectionHealth::Level;

class TestConnectionHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void customThresholds();
    void json();
};

void TestConnectionHealth::evaluate_data()
{
    QTest::addColumn<QList<double>>("samples");
    QTest::addColumn<int>("losses");
    QTest::addColumn<int>("consecutiveLost");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("rulePart");

    const QList<double> fast(20, 12.0);
    QList<double> slowTail = fast;
    slowTail.append({ 400, 400 }); // p95 of 22 samples = rank 21
    QList<double> verySlow(20, 1500.0);
    QList<double> jittery;
    for (int i = 0; i < 20; ++i)
        jittery.append(i % 2 ? 10.0 : 90.0);

    QTest::newRow("nothing yet") << QList<double>() << 0 << 0 << Level::Unknown
                                 << QStringLiteral("no probe");
    QTest::newRow("fast and steady")
        << fast << 0 << 0 << Level::Good << QStringLiteral("p95 RTT 12.0 ms < 250.0 ms");
    QTest::newRow("p95 above 250 ms")
        << slowTail << 0 << 0 << Level::Degraded << QStringLiteral("p95 RTT 400.0 ms >= 250.0 ms");
    QTest::newRow("p95 above 1 s")
        << verySlow << 0 << 0 << Level::Bad // figures in the locale's digits
        << QStringLiteral("p95 RTT %1 ms >= %2 ms")
               .arg(QLocale().toString(1500.0, 'f', 1), QLocale().toString(1000.0, 'f', 1));
    QTest::newRow("jitter") << jittery << 0 << 0 << Level::Degraded
                            << QStringLiteral("jitter 80.0 ms >= 50.0 ms");
    QTest::newRow("one loss in the window")
        << fast << 1 << 0 << Level::Degraded << QStringLiteral("loss 1/21");
    QTest::newRow("latest probe lost")
        << fast << 1 << 1 << Level::Degraded << QStringLiteral("the last 1 probe");
    QTest::newRow("10 % loss") << fast << 3 << 0 << Level::Bad
                               << QStringLiteral("loss 3/23 (13.0 %) >= 10.0 %");
    QTest::newRow("only losses") << QList<double>() << 2 << 2 << Level::Bad
                                 << QStringLiteral("loss 2/2 (100.0 %)");
}

void TestConnectionHealth::evaluate()
{
    QFETCH(QList<double>, samples);
    QFETCH(int, losses);
    QFETCH(int, consecutiveLost);
    QFETCH(Level, level);
    QFETCH(QString, rulePart);

    LatencyStats stats;
    for (double sample : samples)
        stats.addSample(sample);
    for (int i = 0; i < losses; ++i)
        stats.addLoss();
    const ConnectionHealth health = ConnectionHealth::evaluate(stats.summary(), consecutiveLost);
    QCOMPARE(health.level, level);
    QVERIFY2(health.rule.contains(rulePart), qPrintable(health.rule));
    QVERIFY(health.toText().startsWith(ConnectionHealth::levelText(level)));
}

void TestConnectionHealth::customThresholds()
{
    LatencyStats stats;
    for (int i = 0; i < 10; ++i)
        stats.addSample(80);
    ConnectionHealth::Thresholds strict;
    strict.degradedP95Ms = 50;
    QCOMPARE(ConnectionHealth::evaluate(stats.summary(), 0).level, Level::Good);
    QCOMPARE(ConnectionHealth::evaluate(stats.summary(), 0, strict).level, Level::Degraded);
}

void TestConnectionHealth::json()
{
    const ConnectionHealth health { Level::Degraded, QStringLiteral("because") };
    const QJsonObject json = health.toJson();
    QCOMPARE(json.value(QLatin1String("level")).toString(), QStringLiteral("degraded"));
    QCOMPARE(json.value(QLatin1String("rule")).toString(), QStringLiteral("because"));
}

QTEST_GUILESS_MAIN(TestConnectionHealth)
#include "tst_connectionhealth.moc"
