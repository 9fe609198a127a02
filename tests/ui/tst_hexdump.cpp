// HexDump: the hexdump -C layout, line by line, and the size limit.
#include "log/hexdump.h"

#include <QTest>

using namespace maxmon;

class TestHexDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void limitSaysWhatWasLeftOut();
};

void TestHexDump::format_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("one byte") << QByteArray("A")
                              << QStringLiteral("00000000  41                       "
                                                "                         |A|\n");
    QTest::newRow("full line") << QByteArray("Hello, world!\n\x00\xff", 16)
                               << QStringLiteral(
                                      "00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff  "
                                      "|Hello, world!...|\n");
    QTest::newRow("two lines") << QByteArray("0123456789abcdefXY")
                               << QStringLiteral(
                                      "00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  "
                                      "|0123456789abcdef|\n"
                                      "00000010  58 59                                             "
                                      "|XY|\n");
    // the expected lines are what `hexdump -C` prints for the same bytes
    QTest::newRow("half line") << QByteArray("01234567")
                               << QStringLiteral("00000000  30 31 32 33 34 35 36 37          "
                                                 "                 |01234567|\n");
    QTest::newRow("control and high bytes")
        << QByteArray::fromHex("1f207e7f80")
        << QStringLiteral("00000000  1f 20 7e 7f 80                                    "
                          "|. ~..|\n");
}

void TestHexDump::format()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QCOMPARE(HexDump::format(data), expected);
}

void TestHexDump::limitSaysWhatWasLeftOut()
{
    const QByteArray data(100, 'x');
    const QString dump = HexDump::format(data, 32);
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith(QLatin1String("00000010")));
    QCOMPARE(lines.at(2), QStringLiteral("... 68 more bytes not shown"));
    // the default keeps 64 KiB
    QCOMPARE(
        HexDump::format(QByteArray(HexDump::DefaultMaxBytes + 16, 'x')).count(QLatin1Char('\n')),
        HexDump::DefaultMaxBytes / HexDump::BytesPerLine + 1);
}

QTEST_GUILESS_MAIN(TestHexDump)
#include "tst_hexdump.moc"
