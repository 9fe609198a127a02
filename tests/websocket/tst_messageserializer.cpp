// MessageSerializer and the MessageType concept, with their first user,
// the /events StreamEvent: compile-time checks, the wire shape, and a typed
// error with the field path for every bad input.
#include "server/streamevent.h"

#include <maxmon/messageserializer.h>
#include <maxmon/result.h>

#include <QJsonArray>
#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;

namespace {

// The error text of a failed result, for QVERIFY2 (which evaluates its
// message even when the check passes).
template<typename Expected>
QByteArray why(const Expected &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// Types that miss one requirement each: none of them is a MessageType.
struct NoTypeName
{
    ValidationResult validate() const { return {}; }
    QJsonObject toJson() const { return {}; }
    static Validated<NoTypeName> fromJson(const QJsonObject &) { return NoTypeName(); }
};
struct NoValidate
{
    static QString messageType() { return {}; }
    QJsonObject toJson() const { return {}; }
    static Validated<NoValidate> fromJson(const QJsonObject &) { return NoValidate(); }
};
struct WrongToJson
{
    static QString messageType() { return {}; }
    ValidationResult validate() const { return {}; }
    QJsonValue toJson() const { return {}; }
    static Validated<WrongToJson> fromJson(const QJsonObject &) { return WrongToJson(); }
};
struct ThrowingStyleFromJson // returns the value itself: no way to report an error
{
    static QString messageType() { return {}; }
    ValidationResult validate() const { return {}; }
    QJsonObject toJson() const { return {}; }
    static ThrowingStyleFromJson fromJson(const QJsonObject &) { return {}; }
};
struct NonConstValidate
{
    static QString messageType() { return {}; }
    ValidationResult validate() { return {}; }
    QJsonObject toJson() const { return {}; }
    static Validated<NonConstValidate> fromJson(const QJsonObject &) { return NonConstValidate(); }
};

static_assert(isMessageType<StreamEvent>);
static_assert(!isMessageType<NoTypeName>);
static_assert(!isMessageType<NoValidate>);
static_assert(!isMessageType<WrongToJson>);
static_assert(!isMessageType<ThrowingStyleFromJson>);
static_assert(!isMessageType<NonConstValidate>);
static_assert(!isMessageType<int>);
static_assert(!isMessageType<QJsonObject>);

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestMessageSerializer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireShape_data();
    void wireShape();
    void roundTrip_data();
    void roundTrip();
    void badInput_data();
    void badInput();
    void invalidValuesAreNotSerialized_data();
    void invalidValuesAreNotSerialized();
    void sixteenMebibyteData();
    void errorsConvertToError();
};

void TestMessageSerializer::wireShape_data()
{
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<qint64>("sentUs");
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("no data") << qint64(0) << qint64(1714564800123456)
                             << QJsonValue(QJsonValue::Undefined)
                             << QByteArray(
                                    R"({"sent_us":1714564800123456,"seq":0,"type":"event"})");
    QTest::newRow("object data") << qint64(42) << qint64(1)
                                 << QJsonValue(QJsonObject { { QStringLiteral("x"), 1 } })
                                 << QByteArray(
                                        R"({"data":{"x":1},"sent_us":1,"seq":42,"type":"event"})");
    QTest::newRow("null data") << qint64(1) << qint64(2) << QJsonValue()
                               << QByteArray(R"({"data":null,"sent_us":2,"seq":1,"type":"event"})");
    QTest::newRow("largest safe integers")
        << StreamEvent::maxSafeInteger << StreamEvent::maxSafeInteger
        << QJsonValue(QStringLiteral("s"))
        << QByteArray(R"({"data":"s","sent_us":9007199254740991,"seq":9007199254740991,)"
                      R"("type":"event"})");
}

void TestMessageSerializer::wireShape()
{
    QFETCH(qint64, seq);
    QFETCH(qint64, sentUs);
    QFETCH(QJsonValue, data);
    QFETCH(QByteArray, bytes);

    const StreamEvent event { seq, sentUs, data };
    const Validated<Message> message = MessageSerializer::serialize(event);
    QVERIFY2(message, why(message).constData());
    QCOMPARE(message->payload(), bytes);
    QCOMPARE(message->kind(), Message::Kind::Json);
    QCOMPARE(message->direction(), Direction::Outgoing);
}

void TestMessageSerializer::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<qint64>("sentUs");
    QTest::addColumn<QJsonValue>("data");

    QTest::newRow("minimal") << QByteArray(R"({"type":"event","seq":3,"sent_us":5})") << qint64(3)
                             << qint64(5) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("whitespace and order")
        << QByteArray(
               " {\n \"sent_us\" : 5 , \"data\" : [1, 2], \"seq\" : 3, \"type\": \"event\" }")
        << qint64(3) << qint64(5) << QJsonValue(QJsonArray { 1, 2 });
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"type":"event","seq":0,"sent_us":0,"data":false,"later":"x"})")
        << qint64(0) << qint64(0) << QJsonValue(false);
    QTest::newRow("exponent integer")
        << QByteArray(R"({"type":"event","seq":1e3,"sent_us":0})") << qint64(1000) << qint64(0)
        << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("deep data") << QByteArray(R"({"type":"event","seq":1,"sent_us":2,"data":)")
            + nested(1000) + "}"
                               << qint64(1) << qint64(2)
                               << QJsonValue(QJsonDocument::fromJson(nested(1000)).array());
}

void TestMessageSerializer::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, seq);
    QFETCH(qint64, sentUs);
    QFETCH(QJsonValue, data);

    const Message message = Message::fromText(Direction::Incoming, bytes);
    const Validated<StreamEvent> event = MessageSerializer::deserialize<StreamEvent>(message);
    QVERIFY2(event, why(event).constData());
    QCOMPARE(event->seq, seq);
    QCOMPARE(event->sentUs, sentUs);
    QCOMPARE(event->data, data);
    QCOMPARE(event->hasData(), !data.isUndefined());

    // and back: serialize, deserialize, same value
    const Validated<Message> again = MessageSerializer::serialize(*event, Direction::Incoming);
    QVERIFY(again);
    const Validated<StreamEvent> reread = MessageSerializer::deserialize<StreamEvent>(*again);
    QVERIFY(reread);
    QCOMPARE(*reread, *event);
    QVERIFY(MessageSerializer::deserialize<StreamEvent>(bytes) == event);
}

void TestMessageSerializer::badInput_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason"); // a part of it

    const auto text = [](const QByteArray &bytes) {
        return Message::fromText(Direction::Incoming, bytes);
    };
    QTest::newRow("null message") << Message() << QString() << "null";
    QTest::newRow("binary") << Message::fromBinary(Direction::Incoming, R"({"type":"event"})")
                            << QString() << "binary message cannot hold JSON";
    QTest::newRow("ping") << Message::control(Message::Kind::Ping, Direction::Incoming, "{}")
                          << QString() << "ping message cannot hold JSON";
    QTest::newRow("empty payload") << text(QByteArray()) << QString() << "not a JSON object";
    QTest::newRow("plain text") << text("hello") << QString() << "not a JSON object";
    QTest::newRow("malformed") << text(R"({"type":"event",)") << QString() << "not valid JSON";
    QTest::newRow("invalid utf8") << text("{\"type\":\"ev\xff\"}") << QString() << "not valid JSON";
    QTest::newRow("array") << text(R"([{"type":"event"}])") << QString() << "not an array";
    QTest::newRow("nested 10000") << text(nested(10000)) << QString() << "too deeply nested";
    QTest::newRow("type missing") << text(R"({"seq":1,"sent_us":1})") << "type"
                                  << "missing: expected \"event\"";
    QTest::newRow("type wrong") << text(R"({"type":"phx_reply","seq":1,"sent_us":1})") << "type"
                                << "is \"phx_reply\", expected \"event\"";
    QTest::newRow("type not a string") << text(R"({"type":1,"seq":1,"sent_us":1})") << "type"
                                       << "must be a string";
    QTest::newRow("seq missing") << text(R"({"type":"event","sent_us":1})") << "seq"
                                 << "missing";
    QTest::newRow("sent_us missing") << text(R"({"type":"event","seq":1})") << "sent_us"
                                     << "missing";
    QTest::newRow("seq string") << text(R"({"type":"event","seq":"1","sent_us":1})") << "seq"
                                << "whole number";
    QTest::newRow("seq null") << text(R"({"type":"event","seq":null,"sent_us":1})") << "seq"
                              << "whole number";
    QTest::newRow("seq fraction") << text(R"({"type":"event","seq":1.5,"sent_us":1})") << "seq"
                                  << "whole number";
    QTest::newRow("seq negative") << text(R"({"type":"event","seq":-1,"sent_us":1})") << "seq"
                                  << "between 0 and 9007199254740991";
    QTest::newRow("seq beyond 2^53")
        << text(R"({"type":"event","seq":9007199254740993,"sent_us":1})") << "seq"
        << "between 0 and 9007199254740991";
    QTest::newRow("seq huge") << text(R"({"type":"event","seq":1e300,"sent_us":1})") << "seq"
                              << "between 0 and 9007199254740991";
    QTest::newRow("sent_us object") << text(R"({"type":"event","seq":1,"sent_us":{}})") << "sent_us"
                                    << "whole number";
}

void TestMessageSerializer::badInput()
{
    QFETCH(Message, message);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const Validated<StreamEvent> event = MessageSerializer::deserialize<StreamEvent>(message);
    QVERIFY(!event);
    QCOMPARE(event.error().path(), path);
    QVERIFY2(event.error().reason().contains(reason), qPrintable(event.error().reason()));
}

void TestMessageSerializer::invalidValuesAreNotSerialized_data()
{
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<qint64>("sentUs");
    QTest::addColumn<QString>("path");
    QTest::newRow("negative seq") << qint64(-1) << qint64(0) << "seq";
    QTest::newRow("seq beyond 2^53") << StreamEvent::maxSafeInteger + 1 << qint64(0) << "seq";
    QTest::newRow("negative sent_us") << qint64(0) << qint64(-5) << "sent_us";
}

void TestMessageSerializer::invalidValuesAreNotSerialized()
{
    QFETCH(qint64, seq);
    QFETCH(qint64, sentUs);
    QFETCH(QString, path);
    const StreamEvent event { seq, sentUs, {} };
    const Validated<Message> message = MessageSerializer::serialize(event);
    QVERIFY(!message);
    QCOMPARE(message.error().path(), path);
    // toJsonObject writes what it is given: the check is serialize's
    QCOMPARE(MessageSerializer::toJsonObject(event).value(QLatin1String("type")).toString(),
             QStringLiteral("event"));
}

void TestMessageSerializer::sixteenMebibyteData()
{
    const QString big(16 * 1024 * 1024, QLatin1Char('d'));
    const StreamEvent event { 7, 8, big };
    const Validated<Message> message = MessageSerializer::serialize(event);
    QVERIFY(message);
    QVERIFY(message->size() > 16 * 1024 * 1024);
    const Validated<StreamEvent> back = MessageSerializer::deserialize<StreamEvent>(*message);
    QVERIFY(back);
    QCOMPARE(back->data.toString().size(), big.size());
}

void TestMessageSerializer::errorsConvertToError()
{
    const Validated<StreamEvent> event = MessageSerializer::deserialize<StreamEvent>(
        QByteArray(R"({"type":"event","seq":-1,"sent_us":0})"));
    QVERIFY(!event);
    // a ValidationError goes wherever a Result<T> is expected
    const Result<int> result = [&]() -> Result<int> {
        return failure(event.error());
    }();
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::InvalidPayload);
    QCOMPARE(result.error().context().value(QLatin1String("path")).toString(),
             QStringLiteral("seq"));
    QVERIFY(result.error().message().contains(QLatin1String("seq: must be between")));
}

QTEST_GUILESS_MAIN(TestMessageSerializer)
#include "tst_messageserializer.moc"
