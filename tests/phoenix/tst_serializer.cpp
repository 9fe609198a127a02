// Serializer: Phoenix Channels frames, text and binary, against byte strings
// written out by hand from the protocol (sizes counted by hand, not by the
// encoder under test), and every malformed input we could think of.
#include <maxmon/phoenix/serializer.h>

#include <QJsonArray>
#include <QTest>

using namespace maxmon;
using namespace maxmon::phoenix;
using Version = Serializer::Version;

Q_DECLARE_METATYPE(maxmon::phoenix::Sender)
Q_DECLARE_METATYPE(maxmon::phoenix::Serializer::Version)

namespace QTest {
template<>
char *toString(const maxmon::phoenix::Frame &frame)
{
    QString text;
    QDebug(&text) << frame;
    return qstrdup(text.toUtf8().constData());
}
} // namespace QTest

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

class TestSerializer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionStrings();
    void decodeText_data();
    void decodeText();
    void decodeBinary_data();
    void decodeBinary();
    void encode_data();
    void encode();
    void roundTrip_data();
    void roundTrip();
    void decodeErrors_data();
    void decodeErrors();
    void encodeErrors_data();
    void encodeErrors();
    void decodeMessage();
    void decodeMessageErrors();
    void encodeMessage();
    void everyTruncationAndFlipIsHandled();
};

void TestSerializer::versionStrings()
{
    QCOMPARE(Serializer::versionString(Version::V1), s("1.0.0"));
    QCOMPARE(Serializer::versionString(Version::V2), s("2.0.0"));
    QCOMPARE(Serializer::versionFromString(s("1.0.0")), Version::V1);
    QCOMPARE(Serializer::versionFromString(s("2.0.0")), Version::V2);
    QVERIFY(!Serializer::versionFromString(s("2.0")));
    QCOMPARE(Serializer().version(), Version::V2);
}

void TestSerializer::decodeText_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Frame>("expected");

    QTest::newRow("v2 push") << Version::V2
                             << QByteArray(R"(["1","2","room:lobby","new_msg",{"body":"hi"}])")
                             << Frame::json(s("1"), s("2"), s("room:lobby"), s("new_msg"),
                                            obj(R"({"body":"hi"})"));
    QTest::newRow("v2 null refs (broadcast)")
        << Version::V2 << QByteArray(R"([null,null,"room:lobby","shout",{}])")
        << Frame::json(std::nullopt, std::nullopt, s("room:lobby"), s("shout"), QJsonObject());
    QTest::newRow("v2 heartbeat") << Version::V2
                                  << QByteArray(R"([null,"7","phoenix","heartbeat",{}])")
                                  << Frame::json(std::nullopt, s("7"), s("phoenix"), s("heartbeat"),
                                                 QJsonObject());
    QTest::newRow("v2 reply")
        << Version::V2
        << QByteArray(R"(["1","1","room:lobby","phx_reply",{"status":"ok","response":{}}])")
        << Frame::json(s("1"), s("1"), s("room:lobby"), s("phx_reply"),
                       obj(R"({"status":"ok","response":{}})"));
    QTest::newRow("v2 empty strings") << Version::V2 << QByteArray(R"(["","","","",{}])")
                                      << Frame::json(s(""), s(""), s(""), s(""), QJsonObject());
    QTest::newRow("v2 payload array")
        << Version::V2 << QByteArray(R"(["1","2","t","e",[1,"two"]])")
        << Frame::json(s("1"), s("2"), s("t"), s("e"), QJsonArray { 1, s("two") });
    QTest::newRow("v2 payload string") << Version::V2 << QByteArray(R"(["1","2","t","e","text"])")
                                       << Frame::json(s("1"), s("2"), s("t"), s("e"), s("text"));
    QTest::newRow("v2 payload null")
        << Version::V2 << QByteArray(R"(["1","2","t","e",null])")
        << Frame::json(s("1"), s("2"), s("t"), s("e"), QJsonValue(QJsonValue::Null));
    QTest::newRow("v2 unicode and whitespace")
        << Version::V2
        << QByteArray(" [ \"1\" , \"2\" , \"r\xc3\xa4um:1\" , \"\xe2\x9c\x93\" , { } ]\n")
        << Frame::json(s("1"), s("2"), QString::fromUtf8("r\xc3\xa4um:1"),
                       QString::fromUtf8("\xe2\x9c\x93"), QJsonObject());
    QTest::newRow("v1 all keys")
        << Version::V1
        << QByteArray(
               R"({"topic":"room:lobby","event":"new_msg","payload":{"a":1},"ref":"2","join_ref":"1"})")
        << Frame::json(s("1"), s("2"), s("room:lobby"), s("new_msg"), obj(R"({"a":1})"));
    QTest::newRow("v1 no join_ref (what the server writes)")
        << Version::V1 << QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":"3"})")
        << Frame::json(std::nullopt, s("3"), s("t"), s("e"), QJsonObject());
    QTest::newRow("v1 null ref")
        << Version::V1
        << QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":null,"join_ref":null})")
        << Frame::json(std::nullopt, std::nullopt, s("t"), s("e"), QJsonObject());
}

void TestSerializer::decodeText()
{
    QFETCH(Version, version);
    QFETCH(QByteArray, input);
    QFETCH(Frame, expected);
    const Result<Frame> frame = Serializer(version).decodeText(input);
    QVERIFY2(frame, qPrintable(frame ? QString() : frame.error().message()));
    QCOMPARE(*frame, expected);
    QVERIFY(!frame->isBinary);
}

void TestSerializer::decodeBinary_data()
{
    QTest::addColumn<Sender>("sender");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Frame>("expected");

    // server push: kind 0, sizes of join_ref, topic, event (no ref)
    // 4 header + 1 "1" + 10 "room:lobby" + 7 "new_msg" + 3 payload = 25
    QTest::newRow("server push") << Sender::Server
                                 << QByteArray("\x00\x01\x0a\x07"
                                               "1"
                                               "room:lobby"
                                               "new_msg"
                                               "\x01\x02\x03",
                                               25)
                                 << Frame::binary(s("1"), std::nullopt, s("room:lobby"),
                                                  s("new_msg"), QByteArray("\x01\x02\x03", 3));
    // 4 + 0 + 3 "top" + 2 "ev" + 0 = 9: empty join_ref, empty payload
    QTest::newRow("server push, empty join_ref and payload")
        << Sender::Server
        << QByteArray("\x00\x00\x03\x02"
                      "top"
                      "ev",
                      9)
        << Frame::binary(s(""), std::nullopt, s("top"), s("ev"), QByteArray());
    // reply: kind 1, sizes of join_ref, ref, topic, status
    // 5 + 1 "1" + 1 "2" + 10 "room:lobby" + 2 "ok" + 2 payload = 21
    QTest::newRow("reply") << Sender::Server
                           << QByteArray("\x01\x01\x01\x0a\x02"
                                         "1"
                                         "2"
                                         "room:lobby"
                                         "ok"
                                         "\xde\xad",
                                         21)
                           << Frame::binaryReply(s("1"), s("2"), s("room:lobby"), s("ok"),
                                                 QByteArray("\xde\xad", 2));
    // 5 + 2 "10" + 3 "123" + 1 "t" + 5 "error" + 0 = 16
    QTest::newRow("reply error, no response")
        << Sender::Server
        << QByteArray("\x01\x02\x03\x01\x05"
                      "10"
                      "123"
                      "t"
                      "error",
                      16)
        << Frame::binaryReply(s("10"), s("123"), s("t"), s("error"), QByteArray());
    // broadcast: kind 2, sizes of topic, event
    // 3 + 10 "room:lobby" + 7 "new_msg" + 2 payload = 22
    QTest::newRow("broadcast") << Sender::Server
                               << QByteArray("\x02\x0a\x07"
                                             "room:lobby"
                                             "new_msg"
                                             "\x00\xff",
                                             22)
                               << Frame::binary(std::nullopt, std::nullopt, s("room:lobby"),
                                                s("new_msg"), QByteArray("\x00\xff", 2));
    // client push: kind 0, sizes of join_ref, ref, topic, event
    // 5 + 1 "1" + 1 "2" + 11 "room:lobby1" + 4 "ping" + 2 payload = 24
    QTest::newRow("client push") << Sender::Client
                                 << QByteArray("\x00\x01\x01\x0b\x04"
                                               "1"
                                               "2"
                                               "room:lobby1"
                                               "ping"
                                               "\x00\x01",
                                               24)
                                 << Frame::binary(s("1"), s("2"), s("room:lobby1"), s("ping"),
                                                  QByteArray("\x00\x01", 2));
    // UTF-8 fields: "ü" is c3 bc (2 bytes), "✓" is e2 9c 93 (3 bytes)
    // 3 + 2 + 3 + 1 = 9
    QTest::newRow("broadcast, UTF-8 fields")
        << Sender::Server << QByteArray("\x02\x02\x03\xc3\xbc\xe2\x9c\x93\x2a", 9)
        << Frame::binary(std::nullopt, std::nullopt, QString::fromUtf8("\xc3\xbc"),
                         QString::fromUtf8("\xe2\x9c\x93"), QByteArray("*"));
    // invalid UTF-8 in a field becomes U+FFFD, as with the JS client's TextDecoder
    QTest::newRow("broadcast, invalid UTF-8 topic")
        << Sender::Server
        << QByteArray("\x02\x01\x01\xff"
                      "e",
                      5)
        << Frame::binary(std::nullopt, std::nullopt, QString(QChar(0xfffd)), s("e"), QByteArray());
    // the largest field: 3 + 255 + 1 = 259
    QTest::newRow("broadcast, 255-byte topic")
        << Sender::Server << QByteArray("\x02\xff\x01", 3) + QByteArray(255, 'x') + "e"
        << Frame::binary(std::nullopt, std::nullopt, QString(255, QLatin1Char('x')), s("e"),
                         QByteArray());
}

void TestSerializer::decodeBinary()
{
    QFETCH(Sender, sender);
    QFETCH(QByteArray, input);
    QFETCH(Frame, expected);
    const Result<Frame> frame = Serializer().decodeBinary(input, sender);
    QVERIFY2(frame, qPrintable(frame ? QString() : frame.error().message()));
    QCOMPARE(*frame, expected);
    QVERIFY(frame->isBinary);
    if (frame->isReply())
        QCOMPARE(frame->replyStatus(), expected.payload[QLatin1String("status")].toString());
}

void TestSerializer::encode_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<Sender>("sender");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("v2 text") << Version::V2 << Sender::Client
                             << Frame::json(s("1"), s("2"), s("room:lobby"), s("new_msg"),
                                            obj(R"({"body":"hi"})"))
                             << QByteArray(R"(["1","2","room:lobby","new_msg",{"body":"hi"}])");
    QTest::newRow("v2 text, null refs")
        << Version::V2 << Sender::Client
        << Frame::json(std::nullopt, s("3"), s("phoenix"), s("heartbeat"), QJsonObject())
        << QByteArray(R"([null,"3","phoenix","heartbeat",{}])");
    QTest::newRow("v2 text, undefined payload is null")
        << Version::V2 << Sender::Client
        << Frame::json(s("1"), s("2"), s("t"), s("e"), QJsonValue(QJsonValue::Undefined))
        << QByteArray(R"(["1","2","t","e",null])");
    // QJsonObject writes keys in sorted order
    QTest::newRow("v1 text")
        << Version::V1 << Sender::Client
        << Frame::json(s("1"), s("2"), s("room:lobby"), s("new_msg"), obj(R"({"body":"hi"})"))
        << QByteArray(
               R"({"event":"new_msg","join_ref":"1","payload":{"body":"hi"},"ref":"2","topic":"room:lobby"})");
    QTest::newRow("v1 text, no join_ref")
        << Version::V1 << Sender::Server
        << Frame::json(std::nullopt, std::nullopt, s("t"), s("e"), QJsonObject())
        << QByteArray(R"({"event":"e","payload":{},"ref":null,"topic":"t"})");
    // 5 + 1 + 1 + 10 + 4 + 3 = 24
    QTest::newRow("client binary push")
        << Version::V2 << Sender::Client
        << Frame::binary(s("1"), s("2"), s("room:lobby"), s("ping"), QByteArray("\x00\x01\x02", 3))
        << QByteArray("\x00\x01\x01\x0a\x04"
                      "1"
                      "2"
                      "room:lobby"
                      "ping"
                      "\x00\x01\x02",
                      24);
    // null refs are written as empty fields: 5 + 0 + 0 + 1 + 1 + 0 = 7
    QTest::newRow("client binary push, null refs")
        << Version::V2 << Sender::Client
        << Frame::binary(std::nullopt, std::nullopt, s("t"), s("e"), QByteArray())
        << QByteArray("\x00\x00\x00\x01\x01"
                      "te",
                      7);
    // 4 + 1 + 10 + 7 + 1 = 23
    QTest::newRow("server binary push")
        << Version::V2 << Sender::Server
        << Frame::binary(s("1"), std::nullopt, s("room:lobby"), s("new_msg"), QByteArray("!"))
        << QByteArray("\x00\x01\x0a\x07"
                      "1"
                      "room:lobby"
                      "new_msg"
                      "!",
                      23);
    // 5 + 1 + 2 + 4 + 2 + 2 = 16
    QTest::newRow("server binary reply")
        << Version::V2 << Sender::Server
        << Frame::binaryReply(s("4"), s("12"), s("room"), s("ok"), QByteArray("\xca\xfe", 2))
        << QByteArray("\x01\x01\x02\x04\x02"
                      "4"
                      "12"
                      "room"
                      "ok"
                      "\xca\xfe",
                      16);
    // 3 + 4 + 5 + 1 = 13
    QTest::newRow("server binary broadcast")
        << Version::V2 << Sender::Server
        << Frame::binary(std::nullopt, std::nullopt, s("room"), s("shout"), QByteArray("\x00", 1))
        << QByteArray("\x02\x04\x05"
                      "room"
                      "shout"
                      "\x00",
                      13);
    // 5 + 0 + 0 + 255 + 1 = 261
    QTest::newRow("255-byte topic fits")
        << Version::V2 << Sender::Client
        << Frame::binary(s(""), s(""), QString(255, QLatin1Char('t')), s("e"), QByteArray())
        << QByteArray("\x00\x00\x00\xff\x01", 5) + QByteArray(255, 't') + "e";
}

void TestSerializer::encode()
{
    QFETCH(Version, version);
    QFETCH(Sender, sender);
    QFETCH(Frame, frame);
    QFETCH(QByteArray, expected);
    const Result<QByteArray> bytes = Serializer(version).encode(frame, sender);
    QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message()));
    QCOMPARE(bytes->toHex(' '), expected.toHex(' '));
}

void TestSerializer::roundTrip_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<Sender>("sender");
    QTest::addColumn<Frame>("frame");

    const QJsonObject payload = obj(R"({"list":[1,2.5,"x",null,true],"nested":{"k":"v"}})");
    QTest::newRow("v2 text") << Version::V2 << Sender::Client
                             << Frame::json(s("1"), s("2"), s("room:1"), s("e"), payload);
    QTest::newRow("v2 text nulls")
        << Version::V2 << Sender::Server
        << Frame::json(std::nullopt, std::nullopt, s("r"), s("e"), QJsonValue(QJsonValue::Null));
    QTest::newRow("v1 text") << Version::V1 << Sender::Client
                             << Frame::json(s("1"), s("2"), s("room:1"), s("e"), payload);
    QTest::newRow("v1 text, no join_ref")
        << Version::V1 << Sender::Server
        << Frame::json(std::nullopt, s("9"), s("room:1"), s("e"), payload);
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    QTest::newRow("client push") << Version::V2 << Sender::Client
                                 << Frame::binary(s("12"), s("345"), s("room:\xe4"),
                                                  QString::fromUtf8("\xe2\x9c\x93"), everyByte);
    QTest::newRow("server push") << Version::V2 << Sender::Server
                                 << Frame::binary(s("1"), std::nullopt, s("room"), s("e"),
                                                  everyByte);
    QTest::newRow("server reply") << Version::V2 << Sender::Server
                                  << Frame::binaryReply(s("1"), s("2"), s("room"), s("error"),
                                                        everyByte);
    QTest::newRow("server broadcast")
        << Version::V2 << Sender::Server
        << Frame::binary(std::nullopt, std::nullopt, s("room"), s("e"), everyByte);
}

void TestSerializer::roundTrip()
{
    QFETCH(Version, version);
    QFETCH(Sender, sender);
    QFETCH(Frame, frame);
    const Serializer serializer(version);
    const Result<QByteArray> bytes = serializer.encode(frame, sender);
    QVERIFY(bytes);
    const Result<Frame> decoded =
        frame.isBinary ? serializer.decodeBinary(*bytes, sender) : serializer.decodeText(*bytes);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message()));
    QCOMPARE(*decoded, frame);
}

void TestSerializer::decodeErrors_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<Sender>("sender");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const auto bin = [](const char *name, Sender sender, const QByteArray &input,
                        const char *message) {
        QTest::newRow(name) << Version::V2 << true << sender << input << s(message);
    };
    const auto text = [](const char *name, Version version, const QByteArray &input,
                         const char *message) {
        QTest::newRow(name) << version << false << Sender::Server << input
                            << QString::fromUtf8(message);
    };

    bin("empty", Sender::Server, QByteArray(),
        "binary frame is empty: expected a kind byte (0 push, 1 reply, 2 broadcast)");
    bin("kind 3", Sender::Server, QByteArray("\x03\x01\x01\x01\x01", 5),
        "binary frame has unknown kind 3 (expected 0 push, 1 reply or 2 broadcast)");
    bin("kind 255", Sender::Client, QByteArray("\xff", 1),
        "binary frame has unknown kind 255 (expected 0 push, 1 reply or 2 broadcast)");
    bin("kind byte only", Sender::Server, QByteArray("\x00", 1),
        "binary frame of kind 0 (push) truncated: the header needs 4 bytes, the frame has 1");
    bin("client push header", Sender::Client, QByteArray("\x00\x01\x01\x01", 4),
        "binary frame of kind 0 (push) truncated: the header needs 5 bytes, the frame has 4");
    bin("reply header", Sender::Server, QByteArray("\x01\x01\x01", 3),
        "binary frame of kind 1 (reply) truncated: the header needs 5 bytes, the frame has 3");
    bin("broadcast header", Sender::Server, QByteArray("\x02\x01", 2),
        "binary frame of kind 2 (broadcast) truncated: the header needs 3 bytes, the frame has "
        "2");
    // sizes 1, 1, 12, 2: join_ref and ref fit, then 3 bytes for a 12-byte topic
    bin("reply topic past the end", Sender::Server,
        QByteArray("\x01\x01\x01\x0c\x02"
                   "1"
                   "2"
                   "roo",
                   10),
        "binary frame of kind 1 (reply) truncated: header says topic is 12 bytes, 3 left");
    bin("reply status past the end", Sender::Server,
        QByteArray("\x01\x00\x00\x01\x03"
                   "t"
                   "ok",
                   8),
        "binary frame of kind 1 (reply) truncated: header says status is 3 bytes, 2 left");
    bin("server push join_ref past the end", Sender::Server,
        QByteArray("\x00\x05\x00\x00"
                   "ab",
                   6),
        "binary frame of kind 0 (push) truncated: header says join_ref is 5 bytes, 2 left");
    bin("client push ref past the end", Sender::Client,
        QByteArray("\x00\x01\x02\x00\x00"
                   "1"
                   "2",
                   7),
        "binary frame of kind 0 (push) truncated: header says ref is 2 bytes, 1 left");
    bin("broadcast event past the end", Sender::Server,
        QByteArray("\x02\x01\xff"
                   "t",
                   4),
        "binary frame of kind 2 (broadcast) truncated: header says event is 255 bytes, 0 left");
    // read as a client push, the header is 00 03 03 0a 31: join_ref 3, ref 3, topic 10,
    // event 0x31; 15 bytes follow the header, 9 of them after join_ref and ref
    bin("server push read as a client push", Sender::Client,
        QByteArray("\x00\x03\x03\x0a"
                   "123topsome-event",
                   20),
        "binary frame of kind 0 (push) truncated: header says topic is 10 bytes, 9 left");
    bin("reply from the client", Sender::Client, QByteArray("\x01\x00\x00\x00\x00", 5),
        "binary frame of kind 1 (reply) can only come from the server, not the client");
    bin("broadcast from the client", Sender::Client, QByteArray("\x02\x00\x00", 3),
        "binary frame of kind 2 (broadcast) can only come from the server, not the client");
    QTest::newRow("binary in protocol 1.0.0")
        << Version::V1 << true << Sender::Server << QByteArray("\x02\x00\x00", 3)
        << s("protocol 1.0.0 has no binary frames");

    text("empty", Version::V2, QByteArray(), "text frame is empty");
    text("whitespace", Version::V2, QByteArray(" \n\t"), "text frame is empty");
    text("unterminated array", Version::V2, QByteArray(R"(["1","2")"),
         "text frame is not valid JSON: unterminated string at offset 8");
    text("garbage after the array", Version::V2, QByteArray(R"([null,null,"t","e",{}] x)"),
         "text frame is not valid JSON: garbage at the end of the document at offset 23");
    text("not JSON", Version::V2, QByteArray("hello"),
         "text frame is not valid JSON: illegal value at offset 1");
    text("invalid UTF-8", Version::V2, QByteArray("[null,null,\"\xff\",\"e\",{}]"),
         "text frame is not valid JSON: invalid UTF8 string at offset 12");
    text("object in 2.0.0", Version::V2,
         QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":null})"),
         "text frame is not a 5-element array: got an object");
    text("number", Version::V2, QByteArray("42"),
         "text frame is not a 5-element array: got a number");
    text("string", Version::V2, QByteArray(R"("hi")"),
         "text frame is not a 5-element array: got a string");
    text("null", Version::V2, QByteArray("null"), "text frame is not a 5-element array: got null");
    text("empty array", Version::V2, QByteArray("[]"),
         "text frame is not a 5-element array: it has 0 elements");
    text("4 elements", Version::V2, QByteArray(R"([null,null,"t","e"])"),
         "text frame is not a 5-element array: it has 4 elements");
    text("6 elements", Version::V2, QByteArray(R"([null,null,"t","e",{},1])"),
         "text frame is not a 5-element array: it has 6 elements");
    text("join_ref number", Version::V2, QByteArray(R"([1,null,"t","e",{}])"),
         "join_ref must be a string or null, got a number");
    text("ref object", Version::V2, QByteArray(R"([null,{},"t","e",{}])"),
         "ref must be a string or null, got an object");
    text("ref boolean", Version::V2, QByteArray(R"(["1",true,"t","e",{}])"),
         "ref must be a string or null, got a boolean");
    text("topic null", Version::V2, QByteArray(R"([null,null,null,"e",{}])"),
         "topic must be a string, got null");
    text("topic number", Version::V2, QByteArray(R"([null,null,5,"e",{}])"),
         "topic must be a string, got a number");
    text("event array", Version::V2, QByteArray(R"([null,null,"t",["e"],{}])"),
         "event must be a string, got an array");

    text("v1 array", Version::V1, QByteArray(R"([null,null,"t","e",{}])"),
         "text frame is not a JSON object (protocol 1.0.0): got an array");
    text("v1 boolean", Version::V1, QByteArray("true"),
         "text frame is not a JSON object (protocol 1.0.0): got a boolean");
    text("v1 no topic", Version::V1, QByteArray(R"({"event":"e","payload":{},"ref":null})"),
         "text frame has no \"topic\" key (protocol 1.0.0 needs topic, event, payload and ref)");
    text("v1 no event", Version::V1, QByteArray(R"({"topic":"t","payload":{},"ref":null})"),
         "text frame has no \"event\" key (protocol 1.0.0 needs topic, event, payload and ref)");
    text("v1 no payload", Version::V1, QByteArray(R"({"topic":"t","event":"e","ref":null})"),
         "text frame has no \"payload\" key (protocol 1.0.0 needs topic, event, payload and "
         "ref)");
    text("v1 no ref", Version::V1, QByteArray(R"({"topic":"t","event":"e","payload":{}})"),
         "text frame has no \"ref\" key (protocol 1.0.0 needs topic, event, payload and ref)");
    text("v1 topic number", Version::V1,
         QByteArray(R"({"topic":1,"event":"e","payload":{},"ref":null})"),
         "topic must be a string, got a number");
    text("v1 event null", Version::V1,
         QByteArray(R"({"topic":"t","event":null,"payload":{},"ref":null})"),
         "event must be a string, got null");
    text("v1 ref number", Version::V1,
         QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":2})"),
         "ref must be a string or null, got a number");
    text("v1 join_ref boolean", Version::V1,
         QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":"2","join_ref":false})"),
         "join_ref must be a string or null, got a boolean");
}

void TestSerializer::decodeErrors()
{
    QFETCH(Version, version);
    QFETCH(bool, binary);
    QFETCH(Sender, sender);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Serializer serializer(version);
    const Result<Frame> frame =
        binary ? serializer.decodeBinary(input, sender) : serializer.decodeText(input);
    QVERIFY2(!frame, "decoded a malformed frame");
    QCOMPARE(frame.error().code(), Error::Code::PhoenixError);
    QCOMPARE(frame.error().message(), message);
    QVERIFY(frame.error().detail().contains(Serializer::versionString(version)));
}

void TestSerializer::encodeErrors_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<Sender>("sender");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QString>("message");

    QTest::newRow("topic of 256 bytes")
        << Version::V2 << Sender::Client
        << Frame::binary(s("1"), s("2"), QString(256, QLatin1Char('t')), s("e"), QByteArray())
        << s("cannot encode topic in a binary frame: it is 256 bytes, at most 255 fit");
    // 128 characters, but 256 bytes of UTF-8
    QTest::newRow("event of 128 two-byte characters")
        << Version::V2 << Sender::Client
        << Frame::binary(s("1"), s("2"), s("t"), QString(128, QChar(0xfc)), QByteArray())
        << s("cannot encode event in a binary frame: it is 256 bytes, at most 255 fit");
    QTest::newRow("join_ref of 300 bytes")
        << Version::V2 << Sender::Server
        << Frame::binary(QString(300, QLatin1Char('1')), std::nullopt, s("t"), s("e"), QByteArray())
        << s("cannot encode join_ref in a binary frame: it is 300 bytes, at most 255 fit");
    QTest::newRow("reply status of 1000 bytes")
        << Version::V2 << Sender::Server
        << Frame::binaryReply(s("1"), s("2"), s("t"), QString(1000, QLatin1Char('s')), QByteArray())
        << s("cannot encode status in a binary frame: it is 1000 bytes, at most 255 fit");
    QTest::newRow("binary in protocol 1.0.0")
        << Version::V1 << Sender::Client
        << Frame::binary(s("1"), s("2"), s("t"), s("e"), QByteArray("x"))
        << s("protocol 1.0.0 has no binary frames");
    QTest::newRow("server push with a ref")
        << Version::V2 << Sender::Server
        << Frame::binary(s("1"), s("2"), s("t"), s("e"), QByteArray("x"))
        << s("a binary push from the server has no ref field: ref must be null");
    Frame noStatus = Frame::binary(s("1"), s("2"), s("t"), s("phx_reply"), QByteArray("x"));
    QTest::newRow("server reply without status")
        << Version::V2 << Sender::Server << noStatus
        << s("a binary reply needs the payload {\"status\": string}, status is missing");
}

void TestSerializer::encodeErrors()
{
    QFETCH(Version, version);
    QFETCH(Sender, sender);
    QFETCH(Frame, frame);
    QFETCH(QString, message);
    const Result<QByteArray> bytes = Serializer(version).encode(frame, sender);
    QVERIFY2(!bytes, "encoded a frame that does not fit");
    QCOMPARE(bytes.error().code(), Error::Code::PhoenixError);
    QCOMPARE(bytes.error().message(), message);
}

void TestSerializer::decodeMessage()
{
    const Serializer serializer;
    using D = Message::Direction;

    // Json kind: decoded from the message's own parse
    const Message json = Message::fromText(D::Incoming, QByteArray(R"(["1","2","t","e",{"a":1}])"));
    QCOMPARE(json.kind(), Message::Kind::Json);
    QCOMPARE(serializer.decode(json),
             Frame::json(s("1"), s("2"), s("t"), s("e"), obj(R"({"a":1})")));

    // incoming binary: the server's push layout (no ref); 4 + 1 + 1 + 1 = 7
    const Message serverPush = Message::fromBinary(D::Incoming,
                                                   QByteArray("\x00\x01\x01\x01"
                                                              "1te",
                                                              7));
    QCOMPARE(serializer.decode(serverPush),
             Frame::binary(s("1"), std::nullopt, s("t"), s("e"), QByteArray()));

    // outgoing binary: the client's push layout (with ref); 5 + 1 + 1 + 1 + 1 = 9
    const Message clientPush = Message::fromBinary(D::Outgoing,
                                                   QByteArray("\x00\x01\x01\x01\x01"
                                                              "12te",
                                                              9));
    QCOMPARE(serializer.decode(clientPush),
             Frame::binary(s("1"), s("2"), s("t"), s("e"), QByteArray()));

    // a binary reply shows its status
    const Message reply = Message::fromBinary(D::Incoming,
                                              QByteArray("\x01\x01\x01\x01\x02"
                                                         "12tok",
                                                         10));
    const Result<Frame> replyFrame = serializer.decode(reply);
    QVERIFY(replyFrame);
    QCOMPARE(replyFrame->event, s("phx_reply"));
    QCOMPARE(replyFrame->replyStatus(), s("ok"));

    // a text reply too
    const Message textReply = Message::fromText(
        D::Incoming, QByteArray(R"(["1","2","t","phx_reply",{"status":"error","response":{}}])"));
    QCOMPARE(serializer.decode(textReply)->replyStatus(), s("error"));

    // protocol 1.0.0 from a Json message
    const Message v1 = Message::fromText(
        D::Outgoing, QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":"1"})"));
    QCOMPARE(Serializer(Version::V1).decode(v1),
             Frame::json(std::nullopt, s("1"), s("t"), s("e"), QJsonObject()));
}

void TestSerializer::decodeMessageErrors()
{
    const Serializer serializer;
    using D = Message::Direction;

    const Result<Frame> plain = serializer.decode(Message::fromText(D::Incoming, s("hello")));
    QVERIFY(!plain);
    QCOMPARE(plain.error().message(), s("text frame is not valid JSON: illegal value at offset 1"));

    const Result<Frame> object = serializer.decode(
        Message::fromText(D::Incoming, QByteArray(R"({"topic":"t","event":"e"})")));
    QVERIFY(!object);
    QCOMPARE(object.error().message(), s("text frame is not a 5-element array: got an object"));
    QVERIFY(object.error().hint().contains(s("1.0.0")));

    const Result<Frame> v2InV1 =
        Serializer(Version::V1)
            .decode(Message::fromText(D::Incoming, QByteArray(R"([null,null,"t","e",{}])")));
    QVERIFY(!v2InV1);
    QVERIFY(v2InV1.error().hint().contains(s("2.0.0")));

    const Result<Frame> replyFromClient =
        serializer.decode(Message::fromBinary(D::Outgoing, QByteArray("\x01\x00\x00\x00\x00", 5)));
    QVERIFY(!replyFromClient);
    QCOMPARE(replyFromClient.error().message(),
             s("binary frame of kind 1 (reply) can only come from the server, not the client"));

    const Result<Frame> ping =
        serializer.decode(Message::control(Message::Kind::Ping, D::Incoming, QByteArray("1")));
    QVERIFY(!ping);
    QCOMPARE(ping.error().code(), Error::Code::PhoenixError);
    QCOMPARE(ping.error().message(), s("a WebSocket ping frame is not a Phoenix frame"));

    const Result<Frame> null = serializer.decode(Message());
    QVERIFY(!null);
    QCOMPARE(null.error().code(), Error::Code::PhoenixError);
}

void TestSerializer::encodeMessage()
{
    const Serializer serializer;
    using D = Message::Direction;

    const Result<Message> text = serializer.encodeMessage(
        Frame::json(s("1"), s("2"), s("t"), s("e"), QJsonObject()), D::Outgoing);
    QVERIFY(text);
    QCOMPARE(text->kind(), Message::Kind::Json);
    QCOMPARE(text->direction(), D::Outgoing);
    QCOMPARE(text->payload(), QByteArray(R"(["1","2","t","e",{}])"));

    // outgoing binary uses the client layout: 5 + 1 + 1 + 1 + 1 + 1 = 10
    const Result<Message> push = serializer.encodeMessage(
        Frame::binary(s("1"), s("2"), s("t"), s("e"), QByteArray("x")), D::Outgoing);
    QVERIFY(push);
    QCOMPARE(push->kind(), Message::Kind::Binary);
    QCOMPARE(push->payload(),
             QByteArray("\x00\x01\x01\x01\x01"
                        "12tex",
                        10));

    // incoming binary (what a server sends) uses the server layout: 3 + 1 + 1 + 1 = 6
    const Result<Message> broadcast = serializer.encodeMessage(
        Frame::binary(std::nullopt, std::nullopt, s("t"), s("e"), QByteArray("x")), D::Incoming);
    QVERIFY(broadcast);
    QCOMPARE(broadcast->payload(),
             QByteArray("\x02\x01\x01"
                        "tex",
                        6));
    QCOMPARE(serializer.decode(*broadcast),
             Frame::binary(std::nullopt, std::nullopt, s("t"), s("e"), QByteArray("x")));

    const Result<Message> tooLong = serializer.encodeMessage(
        Frame::binary(s("1"), s("2"), QString(256, QLatin1Char('t')), s("e"), QByteArray()),
        D::Outgoing);
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code(), Error::Code::PhoenixError);
}

// Every prefix of a valid frame, and every single-byte change of it, decodes
// to a frame or an error: never a crash, never a read past the end (ASan).
void TestSerializer::everyTruncationAndFlipIsHandled()
{
    const QList<QPair<QByteArray, bool>> seeds {
        { QByteArray("\x00\x01\x0a\x07"
                     "1room:lobbynew_msg\x01\x02",
                     24),
          true },
        { QByteArray("\x00\x01\x01\x0a\x04"
                     "12room:lobbyping",
                     21),
          true },
        { QByteArray("\x01\x01\x01\x0a\x02"
                     "12room:lobbyok\xde\xad",
                     21),
          true },
        { QByteArray("\x02\x0a\x07"
                     "room:lobbynew_msg",
                     20),
          true },
        { QByteArray(R"(["1","2","room:lobby","new_msg",{"body":"hi"}])"), false },
    };
    int frames = 0;
    int errors = 0;
    for (const Version version : { Version::V1, Version::V2 }) {
        const Serializer serializer(version);
        for (const auto &[seed, binary] : seeds) {
            QList<QByteArray> inputs;
            for (qsizetype n = 0; n <= seed.size(); ++n)
                inputs.append(seed.left(n));
            for (qsizetype i = 0; i < seed.size(); ++i) {
                for (const char value : { '\x00', '\x05', '\xff', '"', '[' }) {
                    QByteArray changed = seed;
                    changed[i] = value;
                    inputs.append(changed);
                }
            }
            for (const QByteArray &input : inputs) {
                for (const Sender sender : { Sender::Client, Sender::Server }) {
                    const Result<Frame> frame = binary ? serializer.decodeBinary(input, sender)
                                                       : serializer.decodeText(input);
                    if (frame) {
                        ++frames;
                    } else {
                        ++errors;
                        QCOMPARE(frame.error().code(), Error::Code::PhoenixError);
                        QVERIFY(!frame.error().message().isEmpty());
                    }
                }
            }
        }
    }
    QVERIFY(frames > 0);
    QVERIFY(errors > 0);
}

QTEST_GUILESS_MAIN(TestSerializer)
#include "tst_serializer.moc"
