// JsonFormatter: re-indents without reordering keys or rewriting numbers.
#include "jsonformatter.h"

#include <QJsonDocument>
#include <QTest>

using namespace maxmon;

class TestJsonFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indent_data();
    void indent();
    void indentKeepsTheDocument_data();
    void indentKeepsTheDocument();
};

void TestJsonFormatter::indent_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,null]})")
                            << QByteArray(
                                   "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}");
    QTest::newRow("key order kept")
        << QByteArray(R"({"z":1,"a":2})") << QByteArray("{\n  \"z\": 1,\n  \"a\": 2\n}");
    QTest::newRow("big integer kept")
        << QByteArray(R"([12345678901234567890])") << QByteArray("[\n  12345678901234567890\n]");
    QTest::newRow("empty containers")
        << QByteArray(R"({"o":{},"a":[ ]})") << QByteArray("{\n  \"o\": {},\n  \"a\": []\n}");
    QTest::newRow("strings untouched")
        << QByteArray(R"(["a, b: {c}", "q\"uote", "back\\"])")
        << QByteArray("[\n  \"a, b: {c}\",\n  \"q\\\"uote\",\n  \"back\\\\\"\n]");
    QTest::newRow("whitespace replaced")
        << QByteArray("{ \"a\" :\n\t1 }") << QByteArray("{\n  \"a\": 1\n}");
    QTest::newRow("utf-8") << QByteArray("{\"\xc3\xa9\":\"\xe2\x82\xac\"}")
                           << QByteArray("{\n  \"\xc3\xa9\": \"\xe2\x82\xac\"\n}");
    QTest::newRow("unbalanced does not crash") << QByteArray("]]}{") << QByteArray("\n]\n]\n}{\n");
}

void TestJsonFormatter::indent()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonFormatter::indent(input), expected);
}

void TestJsonFormatter::indentKeepsTheDocument_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("phoenix") << QByteArray(R"(["1","1","room:lobby","phx_join",{"x":[1,2,{}]}])");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[[],[{}],"]"]}},"d":-1.5e3})");
}

void TestJsonFormatter::indentKeepsTheDocument()
{
    QFETCH(QByteArray, input);
    const QByteArray pretty = JsonFormatter::indent(input, 4);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(pretty, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed, QJsonDocument::fromJson(input));
    QVERIFY(pretty.contains("\n    "));
}

QTEST_GUILESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"
