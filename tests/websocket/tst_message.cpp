// Message: classification, byte fidelity, sharing of the payload and of the
// one lazy JSON parse, close frames, ids and names.
#include <maxmon/message.h>

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace maxmon;
using Kind = Message::Kind;
using Direction = Message::Direction;

Q_DECLARE_METATYPE(Message::Kind)

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classification_data();
    void classification();
    void binaryIsNeverText_data();
    void binaryIsNeverText();
    void fromJsonValue_data();
    void fromJsonValue();
    void textKeepsEveryByte_data();
    void textKeepsEveryByte();

    void copiesShareThePayload();
    void jsonIsParsedLazilyAndOnce();
    void concurrentReadersParseOnce();
    void fromJsonDocumentIsNeverReparsed();

    void closeFrames_data();
    void closeFrames();
    void controlRefusesDataKinds();
    void nullMessage();
    void outgoingIdsAreUnique();
    void timestamps();
    void equalityIgnoresTheMonotonicStamp();
    void names_data();
    void names();
};

void TestMessage::classification_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("hasJsonError");

    QTest::newRow("empty") << QByteArray() << Kind::Text << false;
    QTest::newRow("plain text") << QByteArray("hello") << Kind::Text << false;
    QTest::newRow("object") << QByteArray(R"({"a":1})") << Kind::Json << false;
    QTest::newRow("array") << QByteArray("[1,2,3]") << Kind::Json << false;
    QTest::newRow("empty object") << QByteArray("{}") << Kind::Json << false;
    QTest::newRow("leading whitespace") << QByteArray(" \t\r\n{\"a\":1}") << Kind::Json << false;
    QTest::newRow("trailing whitespace") << QByteArray("[1] \n") << Kind::Json << false;
    QTest::newRow("key order and spaces")
        << QByteArray(R"({ "b" : 1, "a" : 2 })") << Kind::Json << false;
    QTest::newRow("big number") << QByteArray("[12345678901234567890]") << Kind::Json << false;
    QTest::newRow("number") << QByteArray("42") << Kind::Text << false;
    QTest::newRow("string") << QByteArray(R"("hi")") << Kind::Text << false;
    QTest::newRow("null") << QByteArray("null") << Kind::Text << false;
    QTest::newRow("true") << QByteArray("true") << Kind::Text << false;
    QTest::newRow("unterminated") << QByteArray("{") << Kind::Text << true;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << Kind::Text << true;
    QTest::newRow("garbage after") << QByteArray("{}x") << Kind::Text << true;
    QTest::newRow("two documents") << QByteArray("{}{}") << Kind::Text << true;
    QTest::newRow("invalid utf8 in string") << QByteArray("[\"\xff\"]") << Kind::Text << true;
    QTest::newRow("invalid utf8 first") << QByteArray("\xff{}") << Kind::Text << false;
    QTest::newRow("byte order mark first") << QByteArray("\xEF\xBB\xBF{}") << Kind::Text << false;
    QTest::newRow("nested 1024") << nested(1024) << Kind::Json << false;
    QTest::newRow("nested 1025") << nested(1025) << Kind::Text << true;
    QTest::newRow("nested 10000") << nested(10000) << Kind::Text << true;
    QTest::newRow("unbalanced 10000") << QByteArray(10000, '[') << Kind::Text << true;
    QTest::newRow("NUL inside") << QByteArray("{}\0", 3) << Kind::Text << true;
}

void TestMessage::classification()
{
    QFETCH(QByteArray, payload);
    QFETCH(Kind, kind);
    QFETCH(bool, hasJsonError);

    const Message message = Message::fromText(Direction::Incoming, payload);
    QCOMPARE(message.kind(), kind);
    QVERIFY(message.isTextFrame());
    QCOMPARE(message.payload(), payload);
    QCOMPARE(message.size(), payload.size());
    QCOMPARE(message.json().isNull(), kind != Kind::Json);
    QCOMPARE(!message.jsonError().isEmpty(), hasJsonError);
}

void TestMessage::binaryIsNeverText_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("json bytes") << QByteArray(R"({"a":1})");
    QTest::newRow("text bytes") << QByteArray("hello");
    QTest::newRow("all bytes") << [] {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(static_cast<char>(i));
        return all;
    }();
    QTest::newRow("empty") << QByteArray();
}

void TestMessage::binaryIsNeverText()
{
    QFETCH(QByteArray, payload);
    const qint64 parsesBefore = Message::jsonParseCount();
    const Message message = Message::fromBinary(Direction::Incoming, payload);
    QCOMPARE(message.kind(), Kind::Binary);
    QVERIFY(!message.isTextFrame());
    QVERIFY(message.json().isNull());
    QVERIFY(message.text().isNull());
    QCOMPARE(message.payload(), payload);
    QCOMPARE(Message::jsonParseCount(), parsesBefore);
}

void TestMessage::fromJsonValue_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("object") << QJsonValue(
        QJsonObject { { QStringLiteral("b"), 1 }, { QStringLiteral("a"), true } })
                            << QByteArray(R"({"a":true,"b":1})") << Kind::Json;
    QTest::newRow("array") << QJsonValue(QJsonArray { 1, QStringLiteral("x") })
                           << QByteArray(R"([1,"x"])") << Kind::Json;
    QTest::newRow("integer") << QJsonValue(42) << QByteArray("42") << Kind::Text;
    QTest::newRow("string") << QJsonValue(QStringLiteral("h\"i")) << QByteArray(R"("h\"i")")
                            << Kind::Text;
    QTest::newRow("null") << QJsonValue() << QByteArray("null") << Kind::Text;
    QTest::newRow("false") << QJsonValue(false) << QByteArray("false") << Kind::Text;
}

void TestMessage::fromJsonValue()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, bytes);
    QFETCH(Kind, kind);
    const Message message = Message::fromJson(Direction::Outgoing, value);
    QCOMPARE(message.payload(), bytes);
    QCOMPARE(message.kind(), kind);
    QCOMPARE(message.direction(), Direction::Outgoing);
}

void TestMessage::textKeepsEveryByte_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("validUtf8");

    QTest::newRow("ascii") << QByteArray("plain") << true;
    QTest::newRow("multibyte") << QByteArray("h\xC3\xA9llo \xF0\x9F\x98\x80") << true;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFhi") << true;
    QTest::newRow("noncharacter") << QByteArray("\xEF\xBF\xBE") << true;
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << false;
    QTest::newRow("truncated sequence") << QByteArray("a\xE2\x82") << false;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << true;
}

void TestMessage::textKeepsEveryByte()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, validUtf8);
    const Message message = Message::fromText(Direction::Incoming, payload);
    QCOMPARE(message.payload(), payload);
    QCOMPARE(message.isValidUtf8(), validUtf8);
    QCOMPARE(message.kind(), Kind::Text);
    if (validUtf8)
        QCOMPARE(message.text().toUtf8(), payload); // a leading U+FEFF included
    else
        QVERIFY(message.text().contains(QChar::ReplacementCharacter));
}

void TestMessage::copiesShareThePayload()
{
    const QByteArray mebibyte(1024 * 1024, 'x');
    const Message original = Message::fromBinary(Direction::Incoming, mebibyte);
    const char *const data = original.payload().constData();
    QCOMPARE(data, mebibyte.constData()); // not even the construction copies

    QList<Message> copies;
    copies.reserve(1000);
    for (int i = 0; i < 1000; ++i)
        copies.append(i % 2 ? copies.value(i - 1, original) : original);
    for (const Message &copy : std::as_const(copies)) {
        QCOMPARE(copy.payload().constData(), data);
        QVERIFY(copy.sharesPayloadWith(original));
    }

    // copies that differ in one field still share the bytes
    const Message annotated = original.withId(QStringLiteral("7"))
                                  .withMeta({ { QStringLiteral("note"), 1 } })
                                  .withTimestamps(1, 2);
    QCOMPARE(annotated.payload().constData(), data);
    QVERIFY(annotated.sharesPayloadWith(original));
    QCOMPARE(annotated.id(), QStringLiteral("7"));
    QCOMPARE(original.id(), QString());
    QCOMPARE(annotated.timestampUs(), 1);
    QCOMPARE(annotated.monotonicNs(), 2);
    QVERIFY(original.meta().isEmpty());
}

void TestMessage::jsonIsParsedLazilyAndOnce()
{
    const qint64 before = Message::jsonParseCount();
    const Message original =
        Message::fromText(Direction::Incoming, QByteArray(R"({"a":[1,2,3],"b":"c"})"));
    const Message copy = original;
    const Message withId = original.withId(QStringLiteral("x"));
    QCOMPARE(Message::jsonParseCount(), before); // nothing parsed yet

    QCOMPARE(copy.kind(), Kind::Json);
    QCOMPARE(Message::jsonParseCount(), before + 1);
    QCOMPARE(original.json().object().value(QLatin1String("b")).toString(), QStringLiteral("c"));
    QCOMPARE(withId.kind(), Kind::Json);
    QCOMPARE(withId.withMeta({}).json(), copy.json());
    QVERIFY(original.jsonError().isEmpty());
    QCOMPARE(Message::jsonParseCount(), before + 1);

    // plain text never reaches the parser
    const Message text = Message::fromText(Direction::Incoming, QByteArray("hello {}"));
    QCOMPARE(text.kind(), Kind::Text);
    QCOMPARE(Message::jsonParseCount(), before + 1);
}

void TestMessage::concurrentReadersParseOnce()
{
    const qint64 before = Message::jsonParseCount();
    const Message message = Message::fromText(Direction::Incoming, nested(1000));
    std::vector<std::thread> readers;
    std::atomic<int> jsonSeen { 0 };
    for (int i = 0; i < 4; ++i) {
        readers.emplace_back([copy = message.withId(QString::number(i)), &jsonSeen] {
            if (copy.kind() == Kind::Json && copy.json().isArray())
                ++jsonSeen;
        });
    }
    for (std::thread &reader : readers)
        reader.join();
    QCOMPARE(jsonSeen.load(), 4);
    QCOMPARE(Message::jsonParseCount(), before + 1);
}

void TestMessage::fromJsonDocumentIsNeverReparsed()
{
    const qint64 before = Message::jsonParseCount();
    const QJsonDocument document(QJsonObject { { QStringLiteral("k"), 1 } });
    const Message message = Message::fromJson(Direction::Outgoing, document);
    QCOMPARE(message.kind(), Kind::Json);
    QCOMPARE(message.json(), document);
    QCOMPARE(message.payload(), QByteArray(R"({"k":1})"));
    QCOMPARE(Message::jsonParseCount(), before);
}

void TestMessage::closeFrames_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("readCode");

    QTest::newRow("normal") << 1000 << QString() << QByteArray("\x03\xE8") << 1000;
    QTest::newRow("with reason") << 4000 << QStringLiteral("bye")
                                 << QByteArray("\x0F\xA0"
                                               "bye")
                                 << 4000;
    QTest::newRow("unicode reason") << 1001 << QStringLiteral("h\u00e9")
                                    << QByteArray("\x03\xE9"
                                                  "h\xC3\xA9")
                                    << 1001;
    QTest::newRow("no status") << 0 << QStringLiteral("ignored") << QByteArray() << 1005;
    QTest::newRow("out of range") << 70000 << QString() << QByteArray() << 1005;
}

void TestMessage::closeFrames()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QByteArray, payload);
    QFETCH(int, readCode);
    const Message message = Message::closeFrame(Direction::Incoming, code, reason);
    QCOMPARE(message.kind(), Kind::Close);
    QVERIFY(message.isControl());
    QCOMPARE(message.payload(), payload);
    QCOMPARE(message.closeCode(), readCode);
    QCOMPARE(message.closeReason(), payload.isEmpty() ? QString() : reason);
    QVERIFY(message.text().isNull());
}

void TestMessage::controlRefusesDataKinds()
{
    QVERIFY(Message::control(Kind::Text, Direction::Outgoing, "x").isNull());
    QVERIFY(Message::control(Kind::Json, Direction::Outgoing, "{}").isNull());
    QVERIFY(Message::control(Kind::Binary, Direction::Outgoing, "x").isNull());
    const Message ping = Message::control(Kind::Ping, Direction::Outgoing, "\x00\x01");
    QCOMPARE(ping.kind(), Kind::Ping);
    QCOMPARE(ping.closeCode(), 1005);
}

void TestMessage::nullMessage()
{
    const Message null;
    QVERIFY(null.isNull());
    QCOMPARE(null.size(), 0);
    QVERIFY(null.payload().isEmpty());
    QVERIFY(null.json().isNull());
    QVERIFY(null.withId(QStringLiteral("x")).isNull());
    QVERIFY(!null.sharesPayloadWith(null));
    QCOMPARE(null, Message());
    QVERIFY(null != Message::fromText(Direction::Incoming, QByteArray()));
}

void TestMessage::outgoingIdsAreUnique()
{
    QSet<QString> ids;
    std::vector<std::thread> threads;
    QList<QStringList> perThread(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&perThread, t] {
            for (int i = 0; i < 500; ++i)
                perThread[t].append(Message::nextOutgoingId());
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QStringList &list : std::as_const(perThread)) {
        for (const QString &id : list) {
            QVERIFY(!id.isEmpty());
            ids.insert(id);
        }
    }
    QCOMPARE(ids.size(), 2000);
}

void TestMessage::timestamps()
{
    const qint64 wallBefore = Message::nowUs();
    const qint64 monotonicBefore = Message::nowMonotonicNs();
    const Message message = Message::fromText(Direction::Incoming, QByteArray("t"));
    QVERIFY(message.timestampUs() >= wallBefore);
    QVERIFY(message.timestampUs() <= Message::nowUs());
    QVERIFY(message.monotonicNs() >= monotonicBefore);
    QVERIFY(message.monotonicNs() <= Message::nowMonotonicNs());
    QVERIFY(wallBefore > 1600000000LL * 1000000); // microseconds, not milliseconds
}

void TestMessage::equalityIgnoresTheMonotonicStamp()
{
    const Message a =
        Message::fromText(Direction::Incoming, QByteArray("x")).withTimestamps(5, 100);
    QCOMPARE(a, a.withTimestamps(5, 200));
    QVERIFY(a != a.withTimestamps(6, 100));
    QVERIFY(a != a.withId(QStringLiteral("1")));
    QVERIFY(a != a.withMeta({ { QStringLiteral("k"), 1 } }));
    QVERIFY(a != Message::fromBinary(Direction::Incoming, "x").withTimestamps(5, 100));
    QCOMPARE(a, Message::fromText(Direction::Incoming, QStringLiteral("x")).withTimestamps(5, 1));
}

void TestMessage::names_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("text") << Kind::Text << QStringLiteral("text");
    QTest::newRow("binary") << Kind::Binary << QStringLiteral("binary");
    QTest::newRow("json") << Kind::Json << QStringLiteral("json");
    QTest::newRow("ping") << Kind::Ping << QStringLiteral("ping");
    QTest::newRow("pong") << Kind::Pong << QStringLiteral("pong");
    QTest::newRow("close") << Kind::Close << QStringLiteral("close");
}

void TestMessage::names()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QCOMPARE(Message::kindName(kind), name);
    Kind parsed = Kind::Text;
    QVERIFY(Message::kindFromName(name, &parsed));
    QCOMPARE(parsed, kind);
    QVERIFY(!Message::kindFromName(name.toUpper(), &parsed));

    Direction direction = Direction::Incoming;
    QVERIFY(Message::directionFromName(QStringLiteral("out"), &direction));
    QCOMPARE(direction, Direction::Outgoing);
    QCOMPARE(Message::directionName(Direction::Incoming), QStringLiteral("in"));
    QVERIFY(!Message::directionFromName(QStringLiteral("up"), &direction));
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
