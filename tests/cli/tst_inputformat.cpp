// InputFormat: what maxmon-cli adds to MessageDraft's rules for the lines it sends
// (tst_messagedraft has the rules themselves): lines are bytes, text lines go out as
// they are, other lines must be UTF-8, blank lines in json mode are skipped.
#include "inputformat.h"

#include <QTest>

using namespace maxmon;
using maxmon::cli::InputFormat;
using Mode = MessageDraft::Mode;

class TestInputFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toMessage_data();
    void toMessage();
    void parseJson();
};

void TestInputFormat::toMessage_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("line");
    // "skip", "error: <start of the message>", or "kind:payload" (binary payloads in hex)
    QTest::addColumn<QByteArray>("expected");
    const int text = int(Mode::Text);
    const int json = int(Mode::Json);
    const int hex = int(Mode::Hex);
    const int base64 = int(Mode::Base64);
    QTest::newRow("text") << text << QByteArray("hello world") << QByteArray("text:hello world");
    QTest::newRow("text not UTF-8, bytes kept")
        << text << QByteArray("a\xff") << QByteArray("text:a\xff");
    QTest::newRow("json") << json << QByteArray(" {\"b\": 2} ") << QByteArray("json:{\"b\": 2}");
    QTest::newRow("json blank") << json << QByteArray("  \t ") << QByteArray("skip");
    QTest::newRow("json empty") << json << QByteArray() << QByteArray("skip");
    QTest::newRow("json broken") << json << QByteArray("{\"a\":")
                                 << QByteArray("error: Invalid JSON at column 6: ");
    QTest::newRow("json not UTF-8")
        << json << QByteArray("\"\xc3\"") << QByteArray("error: not valid UTF-8");
    QTest::newRow("hex, the window's rules")
        << hex << QByteArray("0xde:ad, be ef") << QByteArray("binary:deadbeef");
    QTest::newRow("hex letter") << hex << QByteArray("0g")
                                << QByteArray("error: Invalid hex at column 2: 'g' is not");
    QTest::newRow("hex not UTF-8") << hex << QByteArray("\xff") << QByteArray("error: not valid");
    QTest::newRow("base64 url-safe") << base64 << QByteArray("-_-_") << QByteArray("binary:fbffbf");
    QTest::newRow("base64 bad") << base64 << QByteArray("A*B=")
                                << QByteArray("error: Invalid base64 at column 2: ");
}

void TestInputFormat::toMessage()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    const InputFormat format { Mode(mode) };
    QCOMPARE(format.mode(), Mode(mode));
    const Result<std::optional<Message>> result = format.toMessage(line);
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
    QCOMPARE(message.kind() == Message::Kind::Binary ? message.payload().toHex()
                                                     : message.payload(),
             expected.mid(colon + 1));
}

void TestInputFormat::parseJson()
{
    const Result<QJsonValue> number = InputFormat::parseJson(" 42 ");
    QVERIFY(number);
    QCOMPARE(number->toInt(), 42);
    const Result<QJsonValue> broken = InputFormat::parseJson("[1, x]");
    QVERIFY(!broken);
    QCOMPARE(broken.error().message(), QStringLiteral("Invalid JSON at column 5: illegal number"));
    const Result<QJsonValue> notUtf8 = InputFormat::parseJson("\"\xff\"");
    QVERIFY(!notUtf8);
    QCOMPARE(notUtf8.error().message(), QStringLiteral("not valid UTF-8"));
}

QTEST_GUILESS_MAIN(TestInputFormat)
#include "tst_inputformat.moc"
