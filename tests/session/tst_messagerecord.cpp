// MessageRecord: the JSON record of a message. No byte lost in either
// direction, a fixed canonical form, and a clear error with the field path
// for every bad record.
#include <maxmon/messagerecord.h>

#include <QJsonArray>
#include <QTest>

using namespace maxmon;
using Kind = Message::Kind;
using Direction = Message::Direction;

Q_DECLARE_METATYPE(Message::Kind)

namespace {

// The error text of a failed result, for QVERIFY2 (which evaluates its
// message even when the check passes).
template<typename Expected>
QByteArray why(const Expected &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// 2024-05-01T12:00:00.123456Z
constexpr qint64 mayDayUs = 1714564800123456;

Message stamped(const Message &message)
{
    return message.withTimestamps(mayDayUs, 0);
}

Message text(const QByteArray &bytes)
{
    return stamped(Message::fromText(Direction::Incoming, bytes));
}

QByteArray allBytes()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(static_cast<char>(i));
    return all;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// A record line with one field replaced (or removed, for an undefined value).
QByteArray recordWith(const QString &key, const QJsonValue &value)
{
    QJsonObject record { { QStringLiteral("direction"), QStringLiteral("in") },
                         { QStringLiteral("id"), QString() },
                         { QStringLiteral("kind"), QStringLiteral("text") },
                         { QStringLiteral("payload"), QStringLiteral("hi") },
                         { QStringLiteral("size"), 2 },
                         { QStringLiteral("time"), QStringLiteral("2024-05-01T12:00:00Z") } };
    if (value.isUndefined())
        record.remove(key);
    else
        record.insert(key, value);
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

} // namespace

class TestMessageRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalForm();
    void messageRoundTrip_data();
    void messageRoundTrip();
    void canonicalRecordsAreByteIdentical_data();
    void canonicalRecordsAreByteIdentical();
    void handWrittenRecordsNormalize_data();
    void handWrittenRecordsNormalize();
    void badRecords_data();
    void badRecords();
    void sixteenMebibytes_data();
    void sixteenMebibytes();
    void nullMessage();
    void formatTime_data();
    void formatTime();
    void parseTime_data();
    void parseTime();
    void validationErrorIsAnError();
};

void TestMessageRecord::canonicalForm()
{
    const Message message =
        stamped(Message::fromJson(Direction::Outgoing,
                                  QJsonDocument(QJsonObject { { QStringLiteral("a"), 1 } }))
                    .withId(QStringLiteral("7")));
    QCOMPARE(MessageRecord::encode(message),
             QByteArray(R"({"direction":"out","id":"7","kind":"json","payload":{"a":1},)"
                        R"("size":7,"time":"2024-05-01T12:00:00.123456Z"})"));

    const Message raw = text("a\xff").withMeta({ { QStringLiteral("tag"), QStringLiteral("x") } });
    QCOMPARE(MessageRecord::encode(raw),
             QByteArray(R"({"direction":"in","id":"","kind":"text","meta":{"tag":"x"},)"
                        R"("payload":"Yf8=","size":2,"time":"2024-05-01T12:00:00.123456Z",)"
                        R"("utf8":false})"));
}

void TestMessageRecord::messageRoundTrip_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("recordKind");
    QTest::addColumn<int>("payloadType"); // QJsonValue::Type of "payload" in the record
    QTest::addColumn<bool>("utf8Flag"); // "utf8":false present

    const auto S = int(QJsonValue::String);
    const auto O = int(QJsonValue::Object);
    const auto A = int(QJsonValue::Array);

    QTest::newRow("text") << text("hello") << "text" << S << false;
    QTest::newRow("empty text") << text(QByteArray()) << "text" << S << false;
    QTest::newRow("unicode text") << text("h\xC3\xA9 \xF0\x9F\x98\x80") << "text" << S << false;
    QTest::newRow("control characters")
        << text(QByteArray("a\0b\n\t\"\\", 7)) << "text" << S << false;
    QTest::newRow("byte order mark") << text("\xEF\xBB\xBFhi") << "text" << S << false;
    QTest::newRow("invalid utf8") << text("a\xff\xfe") << "text" << S << true;
    QTest::newRow("encoded surrogate") << text("\xED\xA0\x80") << "text" << S << true;
    QTest::newRow("truncated sequence") << text("\xE2\x82") << "text" << S << true;
    QTest::newRow("json scalar is text") << text("42") << "text" << S << false;
    QTest::newRow("broken json") << text("{\"a\":") << "text" << S << false;
    QTest::newRow("canonical object")
        << text(R"({"a":[1,2.5,"x"],"b":null})") << "json" << O << false;
    QTest::newRow("canonical array") << text(R"([true,{}])") << "json" << A << false;
    QTest::newRow("whitespace") << text("{ \"a\": 1 }\n") << "json" << S << false;
    QTest::newRow("key order") << text(R"({"b":1,"a":2})") << "json" << S << false;
    QTest::newRow("big integer") << text("[12345678901234567890]") << "json" << S << false;
    QTest::newRow("float spelling") << text("[1.0]") << "json" << S << false;
    QTest::newRow("exponent") << text("[1e2]") << "json" << S << false;
    QTest::newRow("escaped e-acute") << text(R"(["\u00e9"])") << "json" << S << false;
    QTest::newRow("escaped slash") << text(R"(["\/"])") << "json" << S << false;
    QTest::newRow("duplicate keys") << text(R"({"a":1,"a":2})") << "json" << S << false;
    QTest::newRow("lone surrogate escape") << text(R"(["\ud800"])") << "json" << A << false;
    QTest::newRow("nested 1023") << text(nested(1023)) << "json" << A << false;
    QTest::newRow("nested 1024") << text(nested(1024)) << "json" << S << false;
    QTest::newRow("nested 10000") << text(nested(10000)) << "text" << S << false;
    QTest::newRow("binary") << stamped(Message::fromBinary(Direction::Outgoing, allBytes()))
                            << "binary" << S << false;
    QTest::newRow("empty binary") << stamped(Message::fromBinary(Direction::Incoming, {}))
                                  << "binary" << S << false;
    QTest::newRow("binary json bytes")
        << stamped(Message::fromBinary(Direction::Incoming, R"({"a":1})")) << "binary" << S
        << false;
    QTest::newRow("ping") << stamped(Message::control(Kind::Ping, Direction::Outgoing, "\x00\x01"))
                          << "ping" << S << false;
    QTest::newRow("pong") << stamped(Message::control(Kind::Pong, Direction::Incoming, {}))
                          << "pong" << S << false;
    QTest::newRow("close") << stamped(
        Message::closeFrame(Direction::Incoming, 4000, QStringLiteral("bye")))
                           << "close" << S << false;
    QTest::newRow("json string starting with U+FEFF")
        << text("[\"\xEF\xBB\xBFx\"]") << "json" << S << false;
    QTest::newRow("json string with U+FEFF inside")
        << text("[\"a\xEF\xBB\xBF\"]") << "json" << A << false;
    QTest::newRow("U+FEFF in id and meta")
        << text("x")
               .withId(QStringLiteral("\ufeffid"))
               .withMeta({ { QStringLiteral("\ufeffkey"), QStringLiteral("\ufeffvalue") } })
        << "text" << S << false;
    QTest::newRow("id, meta, old time")
        << Message::fromText(Direction::Outgoing, QByteArray("x"))
               .withId(QStringLiteral("abc"))
               .withTimestamps(-1, 0)
               .withMeta({ { QStringLiteral("n"), QJsonArray { 1, QStringLiteral("two") } } })
        << "text" << S << false;
}

void TestMessageRecord::messageRoundTrip()
{
    QFETCH(Message, message);
    QFETCH(QString, recordKind);
    QFETCH(int, payloadType);
    QFETCH(bool, utf8Flag);

    const QByteArray line = MessageRecord::encode(message);
    QVERIFY(!line.contains('\n'));
    const QJsonObject record = QJsonDocument::fromJson(line).object();
    QCOMPARE(record.value(QLatin1String("kind")).toString(), recordKind);
    QCOMPARE(int(record.value(QLatin1String("payload")).type()), payloadType);
    QCOMPARE(record.contains(QLatin1String("utf8")), utf8Flag);
    QCOMPARE(record.value(QLatin1String("size")).toInteger(), message.size());

    const Validated<Message> decoded = MessageRecord::decode(line);
    QVERIFY2(decoded, why(decoded).constData());
    QCOMPARE(decoded->payload(), message.payload());
    QCOMPARE(decoded->kind(), message.kind());
    QCOMPARE(*decoded, message);
    QCOMPARE(MessageRecord::encode(*decoded), line);
}

void TestMessageRecord::canonicalRecordsAreByteIdentical_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("text") << QByteArray(
        R"({"direction":"in","id":"","kind":"text","payload":"h\u0000\"i","size":4,)"
        R"("time":"1970-01-01T00:00:00.000000Z"})")
                          << QByteArray("h\0\"i", 4);
    QTest::newRow("json as text") << QByteArray(
        R"({"direction":"out","id":"9","kind":"json","payload":"{ \"b\":1,\"a\":2 }",)"
        R"("size":15,"time":"2024-05-01T12:00:00.123456Z"})")
                                  << QByteArray(R"({ "b":1,"a":2 })");
    QTest::newRow("json big number") << QByteArray(
        R"({"direction":"in","id":"","kind":"json","payload":"[12345678901234567890]",)"
        R"("size":22,"time":"2024-05-01T12:00:00.000001Z"})")
                                     << QByteArray("[12345678901234567890]");
    QTest::newRow("json embedded")
        << QByteArray(R"({"direction":"in","id":"","kind":"json","meta":{"a":{"b":[]}},)"
                      R"("payload":[{"x":-1.5}],"size":12,"time":"9999-12-31T23:59:59.999999Z"})")
        << QByteArray(R"([{"x":-1.5}])");
    QTest::newRow("raw text") << QByteArray(
        R"({"direction":"out","id":"1","kind":"text","payload":"/w==","size":1,)"
        R"("time":"0000-01-01T00:00:00.000000Z","utf8":false})")
                              << QByteArray("\xff");
    QTest::newRow("empty binary") << QByteArray(
        R"({"direction":"out","id":"1","kind":"binary","payload":"","size":0,)"
        R"("time":"2024-02-29T00:00:00.000000Z"})")
                                  << QByteArray();
    QTest::newRow("close") << QByteArray(
        R"({"direction":"in","id":"","kind":"close","payload":"A+g=","size":2,)"
        R"("time":"2024-05-01T12:00:00.123456Z"})")
                           << QByteArray("\x03\xe8");
}

void TestMessageRecord::canonicalRecordsAreByteIdentical()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, payload);
    const Validated<Message> message = MessageRecord::decode(line);
    QVERIFY2(message, why(message).constData());
    QCOMPARE(message->payload(), payload);
    QCOMPARE(MessageRecord::encode(*message), line);
}

void TestMessageRecord::handWrittenRecordsNormalize_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("timestampUs");

    QTest::newRow("template: kind, direction, payload")
        << QByteArray(R"( {"payload": {"b": 1, "a": 2}, "kind": "json", "direction": "out"} )"
                      "\r\n")
        << QByteArray(R"({"a":2,"b":1})") << Kind::Json << qint64(0);
    QTest::newRow("json text declared as text")
        << QByteArray(R"({"kind":"text","direction":"in","payload":"[1]"})") << QByteArray("[1]")
        << Kind::Json << qint64(0);
    QTest::newRow("time with offset and millis") << QByteArray(
        R"({"kind":"binary","direction":"in","payload":"AA==","time":"2024-05-01T14:00:00.123+02:00"})")
                                                 << QByteArray(1, '\0') << Kind::Binary
                                                 << qint64(1714564800123000);
    QTest::newRow("utf8 true") << QByteArray(
        R"({"kind":"text","direction":"in","payload":"x","utf8":true,"meta":{}})")
                               << QByteArray("x") << Kind::Text << qint64(0);
    QTest::newRow("utf8 false on valid text")
        << QByteArray(R"({"kind":"text","direction":"in","payload":"eA==","utf8":false})")
        << QByteArray("x") << Kind::Text << qint64(0);
}

void TestMessageRecord::handWrittenRecordsNormalize()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, payload);
    QFETCH(Kind, kind);
    QFETCH(qint64, timestampUs);
    const Validated<Message> message = MessageRecord::decode(line);
    QVERIFY2(message, why(message).constData());
    QCOMPARE(message->payload(), payload);
    QCOMPARE(message->kind(), kind);
    QCOMPARE(message->timestampUs(), timestampUs);

    // from here on the canonical form holds still
    const QByteArray canonical = MessageRecord::encode(*message);
    const Validated<Message> again = MessageRecord::decode(canonical);
    QVERIFY(again);
    QCOMPARE(*again, *message);
    QCOMPARE(MessageRecord::encode(*again), canonical);
}

void TestMessageRecord::badRecords_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason"); // a part of it

    const auto undefined = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("empty line") << QByteArray() << QString() << "not valid JSON";
    QTest::newRow("malformed") << QByteArray(R"({"kind":"text",)") << QString() << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1]") << QString() << "must be a JSON object";
    QTest::newRow("nested 10000") << QByteArray(R"({"kind":"json","direction":"in","payload":)")
            + nested(10000)
            + "}" << QString() << "too deeply nested";
    QTest::newRow("missing kind") << recordWith(QStringLiteral("kind"), undefined) << "kind"
                                  << "missing";
    QTest::newRow("missing direction")
        << recordWith(QStringLiteral("direction"), undefined) << "direction"
        << "missing";
    QTest::newRow("missing payload")
        << recordWith(QStringLiteral("payload"), undefined) << "payload"
        << "missing";
    QTest::newRow("unknown kind") << recordWith(QStringLiteral("kind"), QStringLiteral("frame"))
                                  << "kind"
                                  << "unknown kind \"frame\"";
    QTest::newRow("kind not a string") << recordWith(QStringLiteral("kind"), 1) << "kind"
                                       << "must be a string";
    QTest::newRow("unknown direction")
        << recordWith(QStringLiteral("direction"), QStringLiteral("sideways")) << "direction"
        << "\"in\" or \"out\"";
    QTest::newRow("id not a string") << recordWith(QStringLiteral("id"), 7) << "id"
                                     << "must be a string";
    QTest::newRow("time not a string") << recordWith(QStringLiteral("time"), 0) << "time"
                                       << "must be a string";
    QTest::newRow("time not iso") << recordWith(QStringLiteral("time"), QStringLiteral("yesterday"))
                                  << "time"
                                  << "ISO-8601";
    QTest::newRow("time february 30")
        << recordWith(QStringLiteral("time"), QStringLiteral("2024-02-30T00:00:00Z")) << "time"
        << "ISO-8601";
    QTest::newRow("meta not an object")
        << recordWith(QStringLiteral("meta"), QJsonArray()) << "meta"
        << "must be an object";
    QTest::newRow("size not a number")
        << recordWith(QStringLiteral("size"), QStringLiteral("2")) << "size"
        << "whole number";
    QTest::newRow("size fractional") << recordWith(QStringLiteral("size"), 1.5) << "size"
                                     << "whole number";
    QTest::newRow("size mismatch") << recordWith(QStringLiteral("size"), 3) << "size"
                                   << "is 3, but the payload has 2 bytes";
    QTest::newRow("unknown field") << recordWith(QStringLiteral("colour"), 1) << "colour"
                                   << "unknown field";
    QTest::newRow("utf8 not a bool") << recordWith(QStringLiteral("utf8"), 0) << "utf8"
                                     << "true or false";
    QTest::newRow("text payload not a string")
        << recordWith(QStringLiteral("payload"), QJsonObject()) << "payload"
        << "must be a string";
    QTest::newRow("truncated base64")
        << QByteArray(R"({"kind":"binary","direction":"in","payload":"QUJDRA="})") << "payload"
        << "base64";
    QTest::newRow("unpadded base64")
        << QByteArray(R"({"kind":"binary","direction":"in","payload":"QUJDRA"})") << "payload"
        << "base64";
    QTest::newRow("stray base64 bits")
        << QByteArray(R"({"kind":"binary","direction":"in","payload":"QUJDRB=="})") << "payload"
        << "base64";
    QTest::newRow("base64 with spaces")
        << QByteArray(R"({"kind":"ping","direction":"in","payload":"QU JD"})") << "payload"
        << "base64";
    QTest::newRow("base64 non-latin")
        << QByteArray(R"({"kind":"pong","direction":"in","payload":"QUJ\u00e9"})") << "payload"
        << "base64";
    QTest::newRow("binary payload not a string")
        << QByteArray(R"({"kind":"binary","direction":"in","payload":[1,2]})") << "payload"
        << "base64";
    QTest::newRow("raw text bad base64")
        << QByteArray(R"({"kind":"text","direction":"in","utf8":false,"payload":"x"})") << "payload"
        << "base64";
    QTest::newRow("utf8 on binary")
        << QByteArray(R"({"kind":"binary","direction":"in","utf8":false,"payload":""})") << "utf8"
        << "only text records";
    QTest::newRow("json payload number")
        << QByteArray(R"({"kind":"json","direction":"in","payload":42})") << "payload"
        << "object, array or string";
    QTest::newRow("json payload not json text")
        << QByteArray(R"({"kind":"json","direction":"in","payload":"{\"a\":"})") << "payload"
        << "must be a JSON object or array";
    QTest::newRow("json payload scalar text")
        << QByteArray(R"({"kind":"json","direction":"in","payload":"42"})") << "payload"
        << "must be a JSON object or array";
}

void TestMessageRecord::badRecords()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const Validated<Message> message = MessageRecord::decode(line);
    QVERIFY(!message);
    QCOMPARE(message.error().path(), path);
    QVERIFY2(message.error().reason().contains(reason), qPrintable(message.error().reason()));
    const Error error = message.error();
    QCOMPARE(error.code(), Error::Code::InvalidPayload);
}

void TestMessageRecord::sixteenMebibytes_data()
{
    QTest::addColumn<Message>("message");
    const int size = 16 * 1024 * 1024;
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(i * 7);
    QTest::newRow("binary") << stamped(Message::fromBinary(Direction::Incoming, bytes));
    QTest::newRow("text") << text(QByteArray(size, 'a'));
    QTest::newRow("json") << text("[\"" + QByteArray(size - 4, 'j') + "\"]");
}

void TestMessageRecord::sixteenMebibytes()
{
    QFETCH(Message, message);
    const QByteArray line = MessageRecord::encode(message);
    const Validated<Message> decoded = MessageRecord::decode(line);
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), message.size());
    QVERIFY(decoded->payload() == message.payload());
    QCOMPARE(decoded->kind(), message.kind());
}

void TestMessageRecord::nullMessage()
{
    QVERIFY(MessageRecord::encode(Message()).isEmpty());
    QVERIFY(MessageRecord::toJson(Message()).isEmpty());
}

void TestMessageRecord::formatTime_data()
{
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000000Z";
    QTest::newRow("may day") << mayDayUs << "2024-05-01T12:00:00.123456Z";
    QTest::newRow("before epoch") << qint64(-1) << "1969-12-31T23:59:59.999999Z";
    QTest::newRow("leap day") << qint64(951782400000000) << "2000-02-29T00:00:00.000000Z";
    QTest::newRow("year 1") << qint64(-62135596800000000) << "0001-01-01T00:00:00.000000Z";
    QTest::newRow("clamped low") << std::numeric_limits<qint64>::min()
                                 << "0000-01-01T00:00:00.000000Z";
    QTest::newRow("clamped high") << std::numeric_limits<qint64>::max()
                                  << "9999-12-31T23:59:59.999999Z";
}

void TestMessageRecord::formatTime()
{
    QFETCH(qint64, us);
    QFETCH(QString, text);
    QCOMPARE(MessageRecord::formatTime(us), text);
    qint64 parsed = 0;
    QVERIFY(MessageRecord::parseTime(text, &parsed));
    if (text != QLatin1String("0000-01-01T00:00:00.000000Z")
        && text != QLatin1String("9999-12-31T23:59:59.999999Z"))
        QCOMPARE(parsed, us);
}

void TestMessageRecord::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("us");
    QTest::newRow("no fraction") << "2024-05-01T12:00:00Z" << true << qint64(1714564800000000);
    QTest::newRow("one digit") << "2024-05-01T12:00:00.1Z" << true << qint64(1714564800100000);
    QTest::newRow("negative offset")
        << "2024-05-01T07:30:00.5-04:30" << true << qint64(1714564800500000);
    QTest::newRow("seven digits") << "2024-05-01T12:00:00.1234567Z" << false << qint64(0);
    QTest::newRow("no zone") << "2024-05-01T12:00:00" << false << qint64(0);
    QTest::newRow("lower case t") << "2024-05-01t12:00:00Z" << false << qint64(0);
    QTest::newRow("hour 24") << "2024-05-01T24:00:00Z" << false << qint64(0);
    QTest::newRow("leap second") << "2016-12-31T23:59:60Z" << false << qint64(0);
    QTest::newRow("not a leap year") << "2023-02-29T00:00:00Z" << false << qint64(0);
    QTest::newRow("month 13") << "2024-13-01T00:00:00Z" << false << qint64(0);
    QTest::newRow("before year 0") << "0000-01-01T00:00:00+01:00" << false << qint64(0);
    QTest::newRow("arabic digits") << QString::fromUtf8("\xD9\xA2"
                                                        "024-05-01T12:00:00Z")
                                   << false << qint64(0);
}

void TestMessageRecord::parseTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, us);
    qint64 parsed = -42;
    QCOMPARE(MessageRecord::parseTime(text, &parsed), valid);
    QCOMPARE(parsed, valid ? us : qint64(-42));
}

void TestMessageRecord::validationErrorIsAnError()
{
    const ValidationError error(QStringLiteral("payload"), QStringLiteral("must be a string"));
    QCOMPARE(error.toString(), QStringLiteral("payload: must be a string"));
    const Error converted = error;
    QCOMPARE(converted.code(), Error::Code::InvalidPayload);
    QVERIFY(converted.message().contains(QLatin1String("payload: must be a string")));
    QCOMPARE(converted.context().value(QLatin1String("path")).toString(),
             QStringLiteral("payload"));
    QCOMPARE(error.under(QStringLiteral("items[3]")).path(), QStringLiteral("items[3].payload"));
    QCOMPARE(ValidationError(QStringLiteral("[2]"), QStringLiteral("x"))
                 .under(QStringLiteral("items"))
                 .path(),
             QStringLiteral("items[2]"));
    QCOMPARE(ValidationError(QString(), QStringLiteral("x")).under(QStringLiteral("data")).path(),
             QStringLiteral("data"));
}

QTEST_GUILESS_MAIN(TestMessageRecord)
#include "tst_messagerecord.moc"
