// The unit parsers of maxmon-cli options and demo server queries: durations and byte rates.
#include <maxmon/units.h>

#include <QTest>

using namespace maxmon;

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void rates_data();
    void rates();
};

void TestUnits::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: refused

    QTest::newRow("ms") << QStringLiteral("500ms") << qint64(500);
    QTest::newRow("s") << QStringLiteral("1s") << qint64(1000);
    QTest::newRow("fraction") << QStringLiteral("1.5s") << qint64(1500);
    QTest::newRow("m") << QStringLiteral("2m") << qint64(120000);
    QTest::newRow("h") << QStringLiteral("1h") << qint64(3600000);
    QTest::newRow("us rounds up") << QStringLiteral("250us") << qint64(1);
    QTest::newRow("spaces") << QStringLiteral(" 30 ms ") << qint64(30);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("zero with unit") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("bare number") << QStringLiteral("5") << qint64(-1);
    QTest::newRow("unknown unit") << QStringLiteral("5 parsecs") << qint64(-1);
    QTest::newRow("upper case") << QStringLiteral("5S") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-1s") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("two numbers") << QStringLiteral("1s 5ms") << qint64(-1);
    QTest::newRow("huge") << QStringLiteral("99999999999999h") << qint64(-1);
}

void TestUnits::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);

    const Result<qint64> parsed = parseDurationMs(text);
    if (ms < 0) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), Error::Code::InvalidConfig);
        QVERIFY2(parsed.error().message().contains(QLatin1String("500ms")),
                 qPrintable(parsed.error().message()));
    } else {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
        QCOMPARE(*parsed, ms);
    }
}

void TestUnits::rates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytesPerSecond"); // -1: refused

    QTest::newRow("KB/s") << QStringLiteral("20KB/s") << qint64(20000);
    QTest::newRow("kB") << QStringLiteral("20kB") << qint64(20000);
    QTest::newRow("MB/s fraction") << QStringLiteral("1.5MB/s") << qint64(1500000);
    QTest::newRow("B/s") << QStringLiteral("512B/s") << qint64(512);
    QTest::newRow("bare bytes") << QStringLiteral("4096") << qint64(4096);
    QTest::newRow("KiB/s") << QStringLiteral("64KiB/s") << qint64(65536);
    QTest::newRow("MiB") << QStringLiteral("1MiB") << qint64(1048576);
    QTest::newRow("Mbit/s") << QStringLiteral("8Mbit/s") << qint64(1000000);
    QTest::newRow("kbit/s") << QStringLiteral("56kbit/s") << qint64(7000);
    QTest::newRow("unknown") << QStringLiteral("3 furlongs") << qint64(-1);
    QTest::newRow("per minute") << QStringLiteral("20KB/m") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestUnits::rates()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytesPerSecond);

    const Result<qint64> parsed = parseByteRate(text);
    if (bytesPerSecond < 0) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message().contains(text));
    } else {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
        QCOMPARE(*parsed, bytesPerSecond);
    }
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
