// JsonText: re-indents without reordering keys or rewriting numbers, and measures
// the nesting, both reading strings (quotes, escapes) the one same way.
#include <maxmon/jsontext.h>

#include <QJsonDocument>
#include <QTest>

using namespace maxmon;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indent_data();
    void indent();
    void indentKeepsTheDocument_data();
    void indentKeepsTheDocument();
    void nestingDepth_data();
    void nestingDepth();
};

void TestJsonText::indent_data()
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

void TestJsonText::indent()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonText::indent(input), expected);
}

void TestJsonText::indentKeepsTheDocument_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("phoenix") << QByteArray(R"(["1","1","room:lobby","phx_join",{"x":[1,2,{}]}])");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[[],[{}],"]"]}},"d":-1.5e3})");
}

void TestJsonText::indentKeepsTheDocument()
{
    QFETCH(QByteArray, input);
    const QByteArray pretty = JsonText::indent(input, 4);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(pretty, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed, QJsonDocument::fromJson(input));
    QVERIFY(pretty.contains("\n    "));
}

void TestJsonText::nestingDepth_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("depth");
    QTest::newRow("scalar") << QByteArray("1") << 0;
    QTest::newRow("array") << QByteArray("[1]") << 1;
    QTest::newRow("nested") << QByteArray(R"({"a":[{"b":[]}],"c":{}})") << 4;
    QTest::newRow("brackets in strings") << QByteArray(R"(["[[[{{{", "]"])") << 1;
    QTest::newRow("escaped quote") << QByteArray(R"(["\"[[", [2]])") << 2;
    QTest::newRow("escaped backslash") << QByteArray(R"(["\\", [2]])") << 2;
    QTest::newRow("closers first") << QByteArray("]]][[") << 0;
}

void TestJsonText::nestingDepth()
{
    QFETCH(QByteArray, json);
    QFETCH(int, depth);
    QCOMPARE(JsonText::nestingDepth(json), depth);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
