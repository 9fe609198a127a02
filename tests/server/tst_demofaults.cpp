// DemoFaults: the fault parameters of a demo server URL, over the server's defaults.
#include "server/demofaults.h"

#include <QTest>

using namespace maxmon;

class TestDemoFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromQuery_data();
    void fromQuery();
    void queryOverridesDefaults();
    void sendableCloseCodes_data();
    void sendableCloseCodes();
};

void TestDemoFaults::fromQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // toText(), or "error: <parameter>"
    QTest::newRow("none") << QString() << QStringLiteral("none");
    QTest::newRow("unrelated parameters")
        << QStringLiteral("rate=5&token=x") << QStringLiteral("none");
    QTest::newRow("close at once")
        << QStringLiteral("close=4000") << QStringLiteral("close 4000 after 0 ms");
    QTest::newRow("close after") << QStringLiteral("close=1001&after=2s")
                                 << QStringLiteral("close 1001 after 2000 ms");
    QTest::newRow("all three") << QStringLiteral("close=3000&after=500ms&freeze=1s&delay=20ms")
                               << QStringLiteral("close 3000 after 500 ms, freeze after 1000 ms, "
                                                 "delay 20 ms");
    QTest::newRow("freeze at once")
        << QStringLiteral("freeze=0") << QStringLiteral("freeze after 0 ms");
    QTest::newRow("1005 is never sent")
        << QStringLiteral("close=1005") << QStringLiteral("error: close");
    QTest::newRow("5000") << QStringLiteral("close=5000") << QStringLiteral("error: close");
    QTest::newRow("not a number") << QStringLiteral("close=soon") << QStringLiteral("error: close");
    QTest::newRow("after alone") << QStringLiteral("after=1s") << QStringLiteral("error: after");
    QTest::newRow("bare number") << QStringLiteral("close=4000&after=100")
                                 << QStringLiteral("error: after");
    QTest::newRow("after too long")
        << QStringLiteral("close=4000&after=2h") << QStringLiteral("error: after");
    QTest::newRow("delay too long")
        << QStringLiteral("delay=61s") << QStringLiteral("error: delay");
    QTest::newRow("freeze unit") << QStringLiteral("freeze=1day")
                                 << QStringLiteral("error: freeze");
    QTest::newRow("reason too long")
        << QStringLiteral("close=4000&reason=") + QString(124, QLatin1Char('r'))
        << QStringLiteral("error: reason");
}

void TestDemoFaults::fromQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Result<DemoFaults> faults = DemoFaults::fromQuery(QUrlQuery(query), DemoFaults());
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY(!faults);
        QCOMPARE(faults.error().code(), Error::Code::InvalidConfig);
        QVERIFY2(faults.error().message().startsWith(expected.mid(7) + QLatin1Char(':')),
                 qPrintable(faults.error().message()));
        return;
    }
    QVERIFY2(faults, qPrintable(faults ? QString() : faults.error().message()));
    QCOMPARE(faults->toText(), expected);
}

void TestDemoFaults::queryOverridesDefaults()
{
    DemoFaults defaults;
    defaults.delayMs = 100;
    defaults.closeCode = 1000;
    defaults.closeAfterMs = 60000;
    const Result<DemoFaults> kept = DemoFaults::fromQuery(QUrlQuery(), defaults);
    QVERIFY(kept);
    QCOMPARE(kept->delayMs, 100);
    QCOMPARE(kept->closeAfterMs, 60000);

    const Result<DemoFaults> changed = DemoFaults::fromQuery(
        QUrlQuery(QStringLiteral("delay=0&close=4001&reason=a%20b")), defaults);
    QVERIFY(changed);
    QCOMPARE(changed->delayMs, 0);
    QCOMPARE(changed->closeCode, 4001);
    QCOMPARE(changed->closeAfterMs, 0); // a new close starts its own "after"
    QCOMPARE(changed->closeReason, QStringLiteral("a b"));
    // "after" alone adjusts a server-wide close
    const Result<DemoFaults> later =
        DemoFaults::fromQuery(QUrlQuery(QStringLiteral("after=5s")), defaults);
    QVERIFY(later);
    QCOMPARE(later->closeCode, 1000);
    QCOMPARE(later->closeAfterMs, 5000);
}

void TestDemoFaults::sendableCloseCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("sendable");
    for (int code : { 1000, 1001, 1003, 1007, 1011, 1014, 3000, 4000, 4999 })
        QTest::addRow("%d", code) << code << true;
    for (int code : { 0, 999, 1004, 1005, 1006, 1015, 2999, 5000 })
        QTest::addRow("%d", code) << code << false;
}

void TestDemoFaults::sendableCloseCodes()
{
    QFETCH(int, code);
    QFETCH(bool, sendable);
    QCOMPARE(DemoFaults::isSendableCloseCode(code), sendable);
}

QTEST_GUILESS_MAIN(TestDemoFaults)
#include "tst_demofaults.moc"
