// PayloadParser: hex, base64 and JSON input with the place of each error.
#include "payloadparser.h"

#include <QTest>

using namespace maxmon;

class TestPayloadParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseHex_data();
    void parseHex();
    void parseBase64_data();
    void parseBase64();
    void parseJson_data();
    void parseJson();
    void lineAndColumn_data();
    void lineAndColumn();
};

void TestPayloadParser::parseHex_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("errorPosition"); // -2: no error

    QTest::newRow("plain") << QStringLiteral("deadBEEF") << QByteArray::fromHex("deadbeef") << -2;
    QTest::newRow("spaced") << QStringLiteral("de ad\nbe\tef") << QByteArray::fromHex("deadbeef")
                            << -2;
    QTest::newRow("0x and commas")
        << QStringLiteral("0xde, 0xad,0x00") << QByteArray::fromHex("dead00") << -2;
    QTest::newRow("colons") << QStringLiteral("00:ff:10") << QByteArray::fromHex("00ff10") << -2;
    QTest::newRow("leading zero byte")
        << QStringLiteral("00 0a") << QByteArray::fromHex("000a") << -2;
    QTest::newRow("bad digit") << QStringLiteral("de ag") << QByteArray() << 4;
    QTest::newRow("odd count") << QStringLiteral("de a") << QByteArray() << 3;
    QTest::newRow("empty") << QString() << QByteArray() << -2;
}

void TestPayloadParser::parseHex()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    QFETCH(int, errorPosition);
    const ParsedPayload parsed = PayloadParser::parseHex(input);
    if (errorPosition == -2) {
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
        QCOMPARE(parsed.bytes, bytes);
    } else {
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.errorPosition, errorPosition);
    }
}

void TestPayloadParser::parseBase64_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("errorPosition");

    QTest::newRow("padded") << QStringLiteral("SGVsbG8=") << QByteArray("Hello") << -2;
    QTest::newRow("unpadded") << QStringLiteral("SGVsbG8") << QByteArray("Hello") << -2;
    QTest::newRow("wrapped") << QStringLiteral("SGVs\nbG8=") << QByteArray("Hello") << -2;
    QTest::newRow("url-safe") << QStringLiteral("-_-_") << QByteArray::fromHex("fbffbf") << -2;
    QTest::newRow("standard alphabet")
        << QStringLiteral("+/+/") << QByteArray::fromHex("fbffbf") << -2;
    QTest::newRow("bad character") << QStringLiteral("SGV*bG8=") << QByteArray() << 3;
    QTest::newRow("data after padding") << QStringLiteral("SG==VsbG8") << QByteArray() << 4;
}

void TestPayloadParser::parseBase64()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    QFETCH(int, errorPosition);
    const ParsedPayload parsed = PayloadParser::parseBase64(input);
    if (errorPosition == -2) {
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
        QCOMPARE(parsed.bytes, bytes);
    } else {
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.errorPosition, errorPosition);
    }
}

void TestPayloadParser::parseJson_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<int>("errorColumn");

    QTest::newRow("object") << QStringLiteral("{\"a\": 1}") << true << 0 << 0;
    QTest::newRow("array") << QStringLiteral("[1, 2]") << true << 0 << 0;
    QTest::newRow("missing comma")
        << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << false << 3 << 3;
    // multi-line documents: the line of the token that broke, not a neighbour's
    QTest::newRow("garbage on the next line") << QStringLiteral("{\"a\": 1}\n}") << false << 2 << 1;
    QTest::newRow("garbage after blank lines") << QStringLiteral("[1]\n\n  x") << false << 3 << 3;
    QTest::newRow("broken literal at a line's end")
        << QStringLiteral("{\n  \"a\": tru\n}") << false << 2 << 10;
    // columns count characters, not UTF-8 bytes: the 1 is the 7th
    QTest::newRow("after multi-byte") << QStringLiteral("[\"\u00e9\u00e9\" 1]") << false << 1 << 7;
    QTest::newRow("unterminated") << QStringLiteral("{\"a\": ") << false << 1 << 7;
    QTest::newRow("scalar") << QStringLiteral("42") << false << 1 << 1;
}

void TestPayloadParser::parseJson()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(int, errorLine);
    QFETCH(int, errorColumn);
    const ParsedPayload parsed = PayloadParser::parseJson(input);
    QCOMPARE(parsed.isValid(), valid);
    if (valid) {
        QCOMPARE(parsed.bytes, input.toUtf8()); // exactly as typed
        return;
    }
    QVERIFY(!parsed.error.isEmpty());
    const QPair<int, int> place = PayloadParser::lineAndColumn(input, parsed.errorPosition);
    QCOMPARE(place.first, errorLine);
    QCOMPARE(place.second, errorColumn);
}

void TestPayloadParser::lineAndColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QStringLiteral("abc") << 0 << 1 << 1;
    QTest::newRow("end") << QStringLiteral("abc") << 3 << 1 << 4;
    QTest::newRow("second line") << QStringLiteral("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("at newline") << QStringLiteral("ab\ncd") << 2 << 1 << 3;
    QTest::newRow("clamped") << QStringLiteral("ab") << 99 << 1 << 3;
}

void TestPayloadParser::lineAndColumn()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(int, line);
    QFETCH(int, column);
    QCOMPARE(PayloadParser::lineAndColumn(text, position), qMakePair(line, column));
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
