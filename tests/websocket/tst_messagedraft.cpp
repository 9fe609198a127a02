// MessageDraft: the one set of rules by which the window and maxmon-cli read what they
// send (text, JSON, hex, base64), with the place of each error. The cases of the window's
// old PayloadParser and the CLI's old InputFormat are all here.
#include <maxmon/messagedraft.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using Mode = MessageDraft::Mode;

class TestMessageDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toMessage_data();
    void toMessage();
    void errorPlace_data();
    void errorPlace();
    void parseJson_data();
    void parseJson();
    void position_data();
    void position();

private:
    static void addMode(const char *name, Mode mode, const QString &text, const QByteArray &out);
};

// out: "text:<payload>", "json:<payload>", "binary:<hex>" or "error: <message>"
void TestMessageDraft::addMode(const char *name, Mode mode, const QString &text,
                               const QByteArray &out)
{
    QTest::newRow(name) << int(mode) << text << out;
}

void TestMessageDraft::toMessage_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    addMode("text", Mode::Text, s("hello world"), "text:hello world");
    addMode("text keeps spaces", Mode::Text, s("  x "), "text:  x ");
    addMode("text empty", Mode::Text, QString(), "text:");
    addMode("text that is JSON", Mode::Text, s("{\"a\":1}"), "json:{\"a\":1}");

    addMode("json object", Mode::Json, s("{\"a\": 1}"), "json:{\"a\": 1}");
    addMode("json array", Mode::Json, s("[1, 2]"), "json:[1, 2]");
    addMode("json bytes kept, spaces dropped", Mode::Json, s(" {\"b\": 2, \"a\": 1} \n"),
            "json:{\"b\": 2, \"a\": 1}");
    addMode("json big number kept", Mode::Json, s("[12345678901234567890]"),
            "json:[12345678901234567890]");
    addMode("json scalar", Mode::Json, s("42"), "text:42");
    addMode("json string", Mode::Json, s("\"hi\""), "text:\"hi\"");
    addMode("json null", Mode::Json, s("null"), "text:null");
    addMode("json blank", Mode::Json, s("   "),
            "error: Invalid JSON at column 4: the text is empty");
    addMode("json broken", Mode::Json, s("{\"a\":"), "error: Invalid JSON at column 6: ");
    addMode("json two values", Mode::Json, s("1, 2"),
            "error: Invalid JSON at column 1: more than one value");
    addMode("json trailing garbage", Mode::Json, s("{} x"), "error: Invalid JSON at column 4: ");
    addMode("json multi-line", Mode::Json, s("{\n  \"a\": 1\n  \"b\": 2\n}"),
            "error: Invalid JSON at line 3, column 3: ");

    addMode("hex", Mode::Hex, s("deadBEEF"), "binary:deadbeef");
    addMode("hex spaced", Mode::Hex, s("de ad\nbe\tef"), "binary:deadbeef");
    addMode("hex 0x and commas", Mode::Hex, s("0xde, 0xad,0x00"), "binary:dead00");
    addMode("hex colons", Mode::Hex, s("00:ff:10"), "binary:00ff10");
    addMode("hex leading zero byte", Mode::Hex, s("00 0a"), "binary:000a");
    addMode("hex capital 0X", Mode::Hex, s("0XFF"), "binary:ff");
    addMode("hex empty", Mode::Hex, QString(), "binary:");
    addMode("hex bad digit", Mode::Hex, s("de ag"),
            "error: Invalid hex at column 5: 'g' is not a hex digit");
    addMode("hex letter", Mode::Hex, s("0g"),
            "error: Invalid hex at column 2: 'g' is not a hex digit");
    addMode("hex odd", Mode::Hex, s("abc"),
            "error: Invalid hex at column 3: an odd number of hex digits");
    addMode("hex odd after a space", Mode::Hex, s("de a"), "error: Invalid hex at column 4: ");

    addMode("base64 padded", Mode::Base64, s("SGVsbG8="), "binary:48656c6c6f");
    addMode("base64 unpadded", Mode::Base64, s("SGVsbG8"), "binary:48656c6c6f");
    addMode("base64 wrapped", Mode::Base64, s("SGVs\nbG8="), "binary:48656c6c6f");
    addMode("base64 url-safe", Mode::Base64, s("-_-_"), "binary:fbffbf");
    addMode("base64 standard alphabet", Mode::Base64, s("+/+/"), "binary:fbffbf");
    addMode("base64 bytes", Mode::Base64, s("AAEC/w=="), "binary:000102ff");
    addMode("base64 short unpadded", Mode::Base64, s("AQ"), "binary:01");
    addMode("base64 bad character", Mode::Base64, s("SGV*bG8="),
            "error: Invalid base64 at column 4: '*' is not a base64 character");
    addMode("base64 bad", Mode::Base64, s("A*B="), "error: Invalid base64 at column 2: ");
    addMode("base64 data after padding", Mode::Base64, s("SG==VsbG8"),
            "error: Invalid base64 at column 5: nothing may follow the '=' padding");
    addMode("base64 length", Mode::Base64, s("A"),
            "error: Invalid base64 at column 2: the length or the padding is wrong");
}

void TestMessageDraft::toMessage()
{
    QFETCH(int, mode);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const MessageDraft draft(Mode(mode), text);
    QCOMPARE(draft.text(), text);
    const Result<Message> message = draft.toMessage();
    if (expected.startsWith("error: ")) {
        QVERIFY(!message);
        QCOMPARE(message.error().code(), Error::Code::InvalidPayload);
        QVERIFY2(message.error().message().startsWith(QString::fromUtf8(expected.mid(7))),
                 qPrintable(message.error().message()));
        return;
    }
    QVERIFY2(message, qPrintable(message ? QString() : message.error().message()));
    QCOMPARE(message->direction(), Message::Direction::Outgoing);
    QCOMPARE(draft.isBinary(), message->kind() == Message::Kind::Binary);
    const qsizetype colon = expected.indexOf(':');
    QCOMPARE(Message::kindName(message->kind()).toUtf8(), expected.left(colon));
    QCOMPARE(message->kind() == Message::Kind::Binary ? message->payload().toHex()
                                                      : message->payload(),
             expected.mid(colon + 1));
}

void TestMessageDraft::errorPlace_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const int json = int(Mode::Json);
    QTest::newRow("hex bad digit") << int(Mode::Hex) << QStringLiteral("de ag") << 4 << 1 << 5;
    QTest::newRow("hex odd count") << int(Mode::Hex) << QStringLiteral("de a") << 3 << 1 << 4;
    QTest::newRow("base64 bad character")
        << int(Mode::Base64) << QStringLiteral("SGV*bG8=") << 3 << 1 << 4;
    QTest::newRow("base64 after padding")
        << int(Mode::Base64) << QStringLiteral("SG==VsbG8") << 4 << 1 << 5;
    QTest::newRow("json missing comma")
        << json << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << 13 << 3 << 3;
    // multi-line documents: the line of the token that broke, not a neighbour's
    QTest::newRow("json garbage on the next line")
        << json << QStringLiteral("{\"a\": 1}\n}") << 9 << 2 << 1;
    QTest::newRow("json garbage after blank lines")
        << json << QStringLiteral("[1]\n\n  x") << 7 << 3 << 3;
    QTest::newRow("json broken literal at a line's end")
        << json << QStringLiteral("{\n  \"a\": tru\n}") << 11 << 2 << 10;
    // columns count characters, not UTF-8 bytes: the 1 is the 7th
    QTest::newRow("json after multi-byte")
        << json << QStringLiteral("[\"\u00e9\u00e9\" 1]") << 6 << 1 << 7;
    QTest::newRow("json unterminated") << json << QStringLiteral("{\"a\": ") << 6 << 1 << 7;
    QTest::newRow("json illegal value") << json << QStringLiteral("{\"a\": x}") << 6 << 1 << 7;
    QTest::newRow("json leading spaces count")
        << json << QStringLiteral("   {\"a\": x}") << 9 << 1 << 10;
    QTest::newRow("json unterminated scalar string")
        << json << QStringLiteral("\"abc") << 4 << 1 << 5;
    // found by fuzzing: Unicode spaces are no JSON white space, and are not dropped
    QTest::newRow("json after a no-break space")
        << json << QStringLiteral("\u00a07") << 0 << 1 << 1;
    QTest::newRow("json after NELs") << json << QStringLiteral("\u0085\u008533") << 0 << 1 << 1;
}

void TestMessageDraft::errorPlace()
{
    QFETCH(int, mode);
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    MessageDraft::Position place;
    const Result<Message> message = MessageDraft(Mode(mode), text).toMessage(&place);
    QVERIFY(!message);
    QCOMPARE(place.offset, offset);
    QCOMPARE(place.line, line);
    QCOMPARE(place.column, column);
    const QString where = text.contains(QLatin1Char('\n'))
        ? QStringLiteral("at line %1, column %2: ").arg(line).arg(column)
        : QStringLiteral("at column %1: ").arg(column);
    QVERIFY2(message.error().message().contains(where), qPrintable(message.error().message()));
}

void TestMessageDraft::parseJson_data()
{
    QTest::addColumn<QString>("text");
    // the value in compact form, or "error: " and the whole message
    QTest::addColumn<QString>("expected");
    QTest::newRow("object") << QStringLiteral(R"( {"a": [1, true]} )")
                            << QStringLiteral(R"({"a":[1,true]})");
    QTest::newRow("number") << QStringLiteral("-1.5") << QStringLiteral("-1.5");
    QTest::newRow("string") << QStringLiteral(R"("hi")") << QStringLiteral(R"("hi")");
    QTest::newRow("null") << QStringLiteral("null") << QStringLiteral("null");
    QTest::newRow("illegal value, its column")
        << QStringLiteral(R"({"a": x})")
        << QStringLiteral("error: Invalid JSON at column 7: illegal number");
    QTest::newRow("unterminated") << QStringLiteral(
        R"({"a":)") << QStringLiteral("error: Invalid JSON at column 6: unterminated object");
    QTest::newRow("garbage after an object")
        << QStringLiteral("{} x")
        << QStringLiteral("error: Invalid JSON at column 4: garbage at the end of the document");
    QTest::newRow("two values") << QStringLiteral(
        "1, 2") << QStringLiteral("error: Invalid JSON at column 1: more than one value");
    QTest::newRow("empty") << QStringLiteral("  ")
                           << QStringLiteral("error: Invalid JSON at column 3: the text is empty");
}

void TestMessageDraft::parseJson()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<QJsonValue> value = MessageDraft::parseJson(text);
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

void TestMessageDraft::position_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QStringLiteral("abc") << 0 << 1 << 1;
    QTest::newRow("end") << QStringLiteral("abc") << 3 << 1 << 4;
    QTest::newRow("second line") << QStringLiteral("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("at newline") << QStringLiteral("ab\ncd") << 2 << 1 << 3;
    QTest::newRow("just after newline") << QStringLiteral("ab\ncd") << 3 << 2 << 1;
    QTest::newRow("clamped") << QStringLiteral("ab") << 99 << 1 << 3;
    QTest::newRow("negative clamped") << QStringLiteral("ab") << -1 << 1 << 1;
}

void TestMessageDraft::position()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const MessageDraft::Position place = MessageDraft::Position::in(text, offset);
    QCOMPARE(place.line, line);
    QCOMPARE(place.column, column);
}

QTEST_GUILESS_MAIN(TestMessageDraft)
#include "tst_messagedraft.moc"
