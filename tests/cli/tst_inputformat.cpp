// InputFormat: how maxmon-cli reads the lines it sends (text, JSON, hex, base64).
#include "inputformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using maxmon::cli::InputFormat;
using Kind = InputFormat::Kind;

class TestInputFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toMessage_data();
    void toMessage();
    void parseJson_data();
    void parseJson();
};

void TestInputFormat::toMessage_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("line");
    // "skip", "error: <start of the message>", or the kind name and payload as "kind:payload"
    QTest::addColumn<QByteArray>("expected");
    const int text = int(Kind::Text);
    const int json = int(Kind::Json);
    const int hex = int(Kind::Hex);
    const int base64 = int(Kind::Base64);
    QTest::newRow("text") << text << QByteArray("hello world") << QByteArray("text:hello world");
    QTest::newRow("text keeps spaces") << text << QByteArray("  x ") << QByteArray("text:  x ");
    QTest::newRow("text empty") << text << QByteArray() << QByteArray("text:");
    QTest::newRow("text that is JSON")
        << text << QByteArray("{\"a\":1}") << QByteArray("json:{\"a\":1}");
    QTest::newRow("json object, bytes kept")
        << json << QByteArray(" {\"b\": 2, \"a\": 1} ") << QByteArray("json:{\"b\": 2, \"a\": 1}");
    QTest::newRow("json big number kept") << json << QByteArray("[12345678901234567890]")
                                          << QByteArray("json:[12345678901234567890]");
    QTest::newRow("json scalar") << json << QByteArray("42") << QByteArray("text:42");
    QTest::newRow("json string") << json << QByteArray("\"hi\"") << QByteArray("text:\"hi\"");
    QTest::newRow("json blank") << json << QByteArray("   ") << QByteArray("skip");
    QTest::newRow("json broken") << json << QByteArray("{\"a\":")
                                 << QByteArray("error: not JSON: ");
    QTest::newRow("json two values")
        << json << QByteArray("1, 2") << QByteArray("error: not JSON: more than one value");
    QTest::newRow("json trailing garbage")
        << json << QByteArray("{} x") << QByteArray("error: not JSON: ");
    QTest::newRow("hex") << hex << QByteArray("deadBEEF") << QByteArray("binary:deadbeef");
    QTest::newRow("hex spaced") << hex << QByteArray("00 01\tff") << QByteArray("binary:0001ff");
    QTest::newRow("hex empty") << hex << QByteArray() << QByteArray("binary:");
    QTest::newRow("hex odd") << hex << QByteArray("abc")
                             << QByteArray("error: not hex: an odd number of digits");
    QTest::newRow("hex letter") << hex << QByteArray("0g")
                                << QByteArray("error: not hex: \"g\" at column 2");
    QTest::newRow("base64") << base64 << QByteArray("AAEC/w==") << QByteArray("binary:000102ff");
    QTest::newRow("base64 unpadded") << base64 << QByteArray("AQ") << QByteArray("binary:01");
    QTest::newRow("base64 bad") << base64 << QByteArray("A*B=") << QByteArray("error: not base64");
}

void TestInputFormat::toMessage()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    const Result<std::optional<Message>> result = InputFormat(Kind(kind)).toMessage(line);
    if (expected.startsWith("error: ")) {
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::InvalidPayload);
        QVERIFY2(result.error().message().startsWith(QString::fromUtf8(expected.mid(7))),
                 qPrintable(result.error().message()));
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    if (expected == "skip") {
        QVERIFY(!result->has_value());
        return;
    }
    const Message &message = **result;
    QCOMPARE(message.direction(), Message::Direction::Outgoing);
    const qsizetype colon = expected.indexOf(':');
    QCOMPARE(Message::kindName(message.kind()).toUtf8(), expected.left(colon));
    const QByteArray payload = expected.mid(colon + 1);
    QCOMPARE(message.kind() == Message::Kind::Binary ? message.payload().toHex()
                                                     : message.payload(),
             payload);
}

void TestInputFormat::parseJson_data()
{
    QTest::addColumn<QByteArray>("text");
    // the value in compact form, or "error: " and the whole message
    QTest::addColumn<QString>("expected");
    QTest::newRow("object") << QByteArray(R"( {"a": [1, true]} )")
                            << QStringLiteral(R"({"a":[1,true]})");
    QTest::newRow("number") << QByteArray("-1.5") << QStringLiteral("-1.5");
    QTest::newRow("string") << QByteArray(R"("hi")") << QStringLiteral(R"("hi")");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("null");
    QTest::newRow("illegal value, its column")
        << QByteArray(R"({"a": x})")
        << QStringLiteral("error: not JSON: illegal number at column 7");
    QTest::newRow("leading spaces count")
        << QByteArray(R"(   {"a": x})")
        << QStringLiteral("error: not JSON: illegal number at column 10");
    QTest::newRow("unterminated") << QByteArray(
        R"({"a":)") << QStringLiteral("error: not JSON: unterminated object at column 6");
    QTest::newRow("garbage after an object")
        << QByteArray("{} x")
        << QStringLiteral("error: not JSON: garbage at the end of the document at column 4");
    QTest::newRow("two values") << QByteArray("1, 2")
                                << QStringLiteral("error: not JSON: more than one value");
    QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("error: not JSON: empty");
}

void TestInputFormat::parseJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const Result<QJsonValue> value = InputFormat::parseJson(text);
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY(!value);
        QCOMPARE(value.error().code(), Error::Code::InvalidPayload);
        QCOMPARE(value.error().message(), expected.mid(7));
        return;
    }
    QVERIFY2(value, qPrintable(value ? QString() : value.error().message()));
    const QByteArray wrapped = QJsonDocument(QJsonArray { *value }).toJson(QJsonDocument::Compact);
    QCOMPARE(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)), expected);
}

QTEST_GUILESS_MAIN(TestInputFormat)
#include "tst_inputformat.moc"
