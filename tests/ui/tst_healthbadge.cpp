// HealthBadge: one coloured word per health level, the rule as tooltip,
// fixed colours that read on light and dark palettes alike.
#include "colorcontrast.h"
#include "diagnostics/healthbadge.h"

#include <QTest>

using namespace maxmon;
using Level = ConnectionHealth::Level;

class TestHealthBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void startsUnknown();
    void notConnected();
    void readableColours();
};

void TestHealthBadge::levels_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QColor>("background");
    QTest::newRow("good") << Level::Good << QStringLiteral("Good") << QColor(0x2e, 0x7d, 0x32);
    QTest::newRow("degraded") << Level::Degraded << QStringLiteral("Degraded")
                              << QColor(0xf9, 0xa8, 0x25);
    QTest::newRow("bad") << Level::Bad << QStringLiteral("Bad") << QColor(0xc6, 0x28, 0x28);
    QTest::newRow("unknown") << Level::Unknown << QStringLiteral("Unknown")
                             << QColor(0x61, 0x61, 0x61);
}

void TestHealthBadge::levels()
{
    QFETCH(Level, level);
    QFETCH(QString, text);
    QFETCH(QColor, background);
    HealthBadge badge;
    const ConnectionHealth health { level, QStringLiteral("p95 RTT 312.0 ms >= 250.0 ms") };
    badge.setHealth(health);
    QCOMPARE(badge.health(), health);
    QCOMPARE(badge.text(), text);
    QCOMPARE(badge.toolTip(),
             QStringLiteral("Health: %1 (p95 RTT 312.0 ms >= 250.0 ms)").arg(text));
    QCOMPARE(HealthBadge::backgroundColor(level), background);
    QVERIFY(badge.styleSheet().contains(background.name()));
}

void TestHealthBadge::startsUnknown()
{
    HealthBadge badge;
    QCOMPARE(badge.health().level, Level::Unknown);
    QVERIFY(badge.toolTip().contains(QLatin1String("no probe")));
}

void TestHealthBadge::notConnected()
{
    HealthBadge badge;
    const ConnectionHealth good { Level::Good, QStringLiteral("no rule matched") };
    badge.setHealth(good);
    QCOMPARE(badge.text(), QStringLiteral("Good"));
    badge.setLive(false);
    // the last connection's verdict is kept, but not shown as the present one's
    QCOMPARE(badge.health(), good);
    QCOMPARE(badge.text(), QStringLiteral("Not connected"));
    QVERIFY(badge.styleSheet().contains(HealthBadge::backgroundColor(Level::Unknown).name()));
    QVERIFY(!badge.styleSheet().contains(HealthBadge::backgroundColor(Level::Good).name()));
    QVERIFY2(badge.toolTip().contains(QLatin1String("last connection's health: Good")),
             qPrintable(badge.toolTip()));
    badge.setLive(true);
    QCOMPARE(badge.text(), QStringLiteral("Good"));
    QVERIFY(badge.minimumWidth()
            > badge.fontMetrics().horizontalAdvance(QStringLiteral("Not connected")));
}

void TestHealthBadge::readableColours()
{
    // WCAG contrast between text and background, at least 3:1 (bold text)
    for (const Level level : { Level::Unknown, Level::Good, Level::Degraded, Level::Bad }) {
        const double ratio = maxmon::test::contrast(HealthBadge::backgroundColor(level),
                                                    HealthBadge::textColor(level));
        QVERIFY2(ratio >= 3.0, qPrintable(QString::number(ratio)));
    }
}

QTEST_MAIN(TestHealthBadge)
#include "tst_healthbadge.moc"
