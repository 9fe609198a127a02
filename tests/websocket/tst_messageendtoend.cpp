// Messages end to end: WebSocketClient against the in-process ScriptedServer
// (echo byte for byte, 0 bytes to 16 MiB, size limits both ways, close
// frames) and the built maxmon-cli printing JSON records.
#include <maxmon/messagerecord.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace maxmon;
using namespace maxmon::testing;
using Direction = Message::Direction;
using State = ConnectionState;

Q_DECLARE_METATYPE(Message::Kind)

namespace {

// The error text of a failed result, for QVERIFY2 (which evaluates its
// message even when the check passes).
template<typename Expected>
QByteArray why(const Expected &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 31) ^ (i >> 8));
    return bytes;
}

Message lastMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? Message() : spy.constLast().at(0).value<Message>();
}

} // namespace

class TestMessageEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void echoesByteForByte_data();
    void echoesByteForByte();
    void sendJsonAcceptsValuesAndDocuments();
    void invalidUtf8TextIsRefused();
    void qtDropsALeadingByteOrderMark();
    void oversizedIncomingIsMessageTooLarge_data();
    void oversizedIncomingIsMessageTooLarge();
    void serverCloseWith1009IsTheServers();
    void oversizedOutgoingIsRefusedBeforeWriting();
    void closeFrameArrivesAsMessage();
    void cliPrintsJsonRecords();

private:
    // A client connected to the ScriptedServer at path, or nullptr on failure.
    WebSocketClient *connectedClient(const QString &path,
                                     ConnectionConfig config = maxmon::testing::plainConfig(QUrl(),
                                                                                            5000));

    ScriptedServer *m_server = nullptr;
};

void TestMessageEndToEnd::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void TestMessageEndToEnd::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

WebSocketClient *TestMessageEndToEnd::connectedClient(const QString &path, ConnectionConfig config)
{
    config.url = m_server->url(path);
    auto *client = new WebSocketClient(config, this);
    if (!client->open())
        return nullptr;
    const bool connected =
        QTest::qWaitFor([client] { return client->state() == State::Connected; }, 10000)
        && QTest::qWaitFor([this] { return m_server->clients().size() == 1; }, 10000);
    return connected ? client : nullptr;
}

void TestMessageEndToEnd::echoesByteForByte_data()
{
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Message::Kind>("kind");

    const qsizetype sixteen = 16 * 1024 * 1024;
    QTest::newRow("text") << false << QByteArray("hello") << Message::Kind::Text;
    QTest::newRow("unicode text") << false << QByteArray("h\xC3\xA9 \xF0\x9F\x98\x80 \xEF\xBB\xBF")
                                  << Message::Kind::Text;
    QTest::newRow("empty text") << false << QByteArray() << Message::Kind::Text;
    QTest::newRow("json") << false << QByteArray(R"({"a":[1,2]})") << Message::Kind::Json;
    QTest::newRow("json not in compact form")
        << false << QByteArray("{ \"b\" : 12345678901234567890,\n \"a\": \"\\u00e9\" }")
        << Message::Kind::Json;
    QTest::newRow("binary") << true << pattern(300) << Message::Kind::Binary;
    QTest::newRow("empty binary") << true << QByteArray() << Message::Kind::Binary;
    QTest::newRow("16 MiB binary") << true << pattern(sixteen) << Message::Kind::Binary;
    QTest::newRow("16 MiB text") << false << QByteArray(sixteen, 't') << Message::Kind::Text;
}

void TestMessageEndToEnd::echoesByteForByte()
{
    QFETCH(bool, binary);
    QFETCH(QByteArray, payload);
    QFETCH(Message::Kind, kind);

    WebSocketClient *client = connectedClient(QStringLiteral("/echo"));
    QVERIFY(client);
    QSignalSpy sent(client, &WebSocketClient::messageSent);
    QSignalSpy received(client, &WebSocketClient::messageReceived);

    const Message message = binary ? Message::fromBinary(Direction::Outgoing, payload)
                                   : Message::fromText(Direction::Outgoing, payload);
    const Result<QString> id = client->send(message);
    QVERIFY2(id, why(id).constData());
    QCOMPARE(sent.size(), 1);
    const Message written = lastMessage(sent);
    QCOMPARE(written.id(), *id);
    QVERIFY(written.payload() == payload);
    QVERIFY(written.sharesPayloadWith(message)); // sending copied nothing of ours

    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 60000);
    const Message echoed = lastMessage(received);
    QCOMPARE(echoed.kind(), kind);
    QCOMPARE(echoed.direction(), Direction::Incoming);
    QCOMPARE(echoed.size(), payload.size());
    QVERIFY(echoed.payload() == payload);

    // what the server got, too
    if (binary)
        QVERIFY(m_server->receivedBinaries().constLast() == payload);
    else
        QVERIFY(m_server->receivedTexts().constLast().toUtf8() == payload);
}

void TestMessageEndToEnd::sendJsonAcceptsValuesAndDocuments()
{
    WebSocketClient *client = connectedClient(QStringLiteral("/echo"));
    QVERIFY(client);
    QSignalSpy sent(client, &WebSocketClient::messageSent);
    QSignalSpy received(client, &WebSocketClient::messageReceived);

    const QJsonObject object { { QStringLiteral("b"), 1 }, { QStringLiteral("a"), 2 } };
    QStringList ids;
    for (const Result<QString> &id :
         { client->sendJson(object), client->sendJson(QJsonArray { 1, QStringLiteral("x") }),
           client->sendJson(QJsonValue(42)), client->sendJson(QJsonDocument(object)) }) {
        QVERIFY(id);
        ids.append(*id);
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 4);
    const QList<QByteArray> expected { R"({"a":2,"b":1})", R"([1,"x"])", "42", R"({"a":2,"b":1})" };
    QTRY_COMPARE(received.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(sent.at(i).at(0).value<Message>().payload(), expected.at(i));
        QCOMPARE(received.at(i).at(0).value<Message>().payload(), expected.at(i));
    }
    QCOMPARE(received.at(0).at(0).value<Message>().json().object(), object);
    QCOMPARE(received.at(2).at(0).value<Message>().kind(), Message::Kind::Text);
}

void TestMessageEndToEnd::invalidUtf8TextIsRefused()
{
    WebSocketClient *client = connectedClient(QStringLiteral("/sink"));
    QVERIFY(client);
    QSignalSpy sent(client, &WebSocketClient::messageSent);
    const Result<QString> id =
        client->send(Message::fromText(Direction::Outgoing, QByteArray("bad \xff")));
    QVERIFY(!id);
    QCOMPARE(id.error().code(), Error::Code::InvalidPayload);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(client->state(), State::Connected);
}

void TestMessageEndToEnd::qtDropsALeadingByteOrderMark()
{
    // Qt 6.4's receiving side decodes text frames with a QStringDecoder that
    // strips an initial U+FEFF: the client writes it, the peer never sees it.
    // Known and reported here rather than hidden.
    WebSocketClient *client = connectedClient(QStringLiteral("/echo"));
    QVERIFY(client);
    QSignalSpy sent(client, &WebSocketClient::messageSent);
    QSignalSpy received(client, &WebSocketClient::messageReceived);
    const QByteArray withBom("\xEF\xBB\xBFhi");
    QVERIFY(client->send(Message::fromText(Direction::Outgoing, withBom)));
    QCOMPARE(lastMessage(sent).payload(), withBom);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(m_server->receivedTexts().constLast(), QStringLiteral("hi"));
    QCOMPARE(lastMessage(received).payload(), QByteArray("hi"));
}

void TestMessageEndToEnd::oversizedIncomingIsMessageTooLarge_data()
{
    QTest::addColumn<bool>("binary");
    QTest::addColumn<int>("frameSize"); // the server's outgoing frame size; 0: Qt's default

    QTest::newRow("binary, one frame") << true << 0;
    QTest::newRow("text, one frame") << false << 0;
    QTest::newRow("binary, fragmented") << true << 256;
    QTest::newRow("text, fragmented") << false << 256;
}

void TestMessageEndToEnd::oversizedIncomingIsMessageTooLarge()
{
    QFETCH(bool, binary);
    QFETCH(int, frameSize);

    ConnectionConfig config = maxmon::testing::plainConfig(QUrl(), 5000);
    config.maxIncomingMessageSize = 1000;
    WebSocketClient *client = connectedClient(QStringLiteral("/sink"), config);
    QVERIFY(client);
    QSignalSpy received(client, &WebSocketClient::messageReceived);
    QSignalSpy errors(client, &WebSocketClient::errorOccurred);

    QWebSocket *peer = m_server->clients().constFirst();
    int peerSawCloseCode = 0;
    connect(peer, &QWebSocket::disconnected, this,
            [&peerSawCloseCode, peer] { peerSawCloseCode = peer->closeCode(); });
    if (frameSize > 0)
        peer->setOutgoingFrameSize(static_cast<quint64>(frameSize));
    const auto sendFromServer = [peer, binary](qsizetype size) {
        if (binary)
            peer->sendBinaryMessage(QByteArray(size, 'b'));
        else
            peer->sendTextMessage(QString(size, QLatin1Char('t')));
    };

    sendFromServer(1000); // exactly the limit: delivered whole
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(lastMessage(received).size(), 1000);

    sendFromServer(1001);
    QTRY_COMPARE(errors.size(), 1);
    const Error error = errors.constFirst().at(0).value<Error>();
    QCOMPARE(error.code(), Error::Code::MessageTooLarge);
    QCOMPARE(error.closeCode(), 1009);
    QCOMPARE(error.context().value(QLatin1String("maxIncomingMessageSize")).toInteger(), 1000);
    QCOMPARE(error.context().value(QLatin1String("closedBy")).toString(), QStringLiteral("client"));
    QVERIFY(error.message().contains(QLatin1String("1000 bytes")));
    QCOMPARE(client->state(), State::Error);
    QCOMPARE(client->diagnostics().lastCloseCode, 1009);
    QCOMPARE(client->diagnostics().lastClosedBy, QStringLiteral("client"));
    QTRY_COMPARE(peerSawCloseCode, 1009); // the protocol's answer went out
    // nothing truncated was delivered
    QCOMPARE(received.size(), 1);
}

void TestMessageEndToEnd::serverCloseWith1009IsTheServers()
{
    WebSocketClient client(maxmon::testing::plainConfig(
        m_server->url(QStringLiteral("/close/1009?reason=yours%20is%20too%20big"))));
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QVERIFY(client.open());
    QTRY_COMPARE(errors.size(), 1);
    const Error error = errors.constFirst().at(0).value<Error>();
    QCOMPARE(error.code(), Error::Code::MessageTooLarge);
    QCOMPARE(error.closeCode(), 1009);
    QCOMPARE(error.context().value(QLatin1String("closedBy")).toString(), QStringLiteral("server"));
    QCOMPARE(client.diagnostics().lastClosedBy, QStringLiteral("server"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(lastMessage(received).kind(), Message::Kind::Close);
    QCOMPARE(lastMessage(received).closeCode(), 1009);
}

void TestMessageEndToEnd::oversizedOutgoingIsRefusedBeforeWriting()
{
    ConnectionConfig config = maxmon::testing::plainConfig(QUrl(), 5000);
    config.maxOutgoingMessageSize = 100;
    WebSocketClient *client = connectedClient(QStringLiteral("/sink"), config);
    QVERIFY(client);
    QSignalSpy sent(client, &WebSocketClient::messageSent);

    const Result<QString> binary = client->sendBinary(QByteArray(101, 'x'));
    QVERIFY(!binary);
    QCOMPARE(binary.error().code(), Error::Code::OutgoingMessageTooLarge);
    // the limit is in bytes: 50 two-byte characters and one more byte
    const Result<QString> text = client->sendText(QString(50, QChar(0xe9)) + QLatin1Char('x'));
    QVERIFY(!text);
    QCOMPARE(text.error().code(), Error::Code::OutgoingMessageTooLarge);
    QVERIFY(text.error().message().contains(QLatin1String("101 bytes")));
    QCOMPARE(sent.size(), 0);
    QCOMPARE(client->diagnostics().bytesOut, 0);

    // the connection is fine and nothing of the refused messages went out
    QVERIFY(client->sendBinary(QByteArray(100, 'y')));
    QTRY_COMPARE(m_server->receivedBinaries().size(), 1);
    QCOMPARE(m_server->receivedBinaries().constFirst(), QByteArray(100, 'y'));
    QVERIFY(m_server->receivedTexts().isEmpty());
    QCOMPARE(sent.size(), 1);
}

void TestMessageEndToEnd::closeFrameArrivesAsMessage()
{
    WebSocketClient client(
        maxmon::testing::plainConfig(m_server->url(QStringLiteral("/close/4000?reason=bye"))));
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QVERIFY(client.open());
    QTRY_COMPARE(received.size(), 1);
    const Message close = lastMessage(received);
    QCOMPARE(close.kind(), Message::Kind::Close);
    QCOMPARE(close.closeCode(), 4000);
    QCOMPARE(close.closeReason(), QStringLiteral("bye"));
    QCOMPARE(close.payload(),
             QByteArray("\x0f\xa0"
                        "bye"));
}

void TestMessageEndToEnd::cliPrintsJsonRecords()
{
    QProcess cli;
    cli.setProgram(QStringLiteral(MAXMON_CLI_PATH));
    cli.setArguments(
        { QStringLiteral("connect"), m_server->url().toString(), QStringLiteral("--json") });
    cli.start();
    QVERIFY(cli.waitForStarted());
    const QList<QByteArray> lines { "hello", "{ \"b\": 1, \"a\": 12345678901234567890 }", "[1,2]" };
    cli.write(lines.join('\n') + '\n');

    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).count('\n') >= 6, 20000);
    m_server->closeAll(1000, QStringLiteral("done"));
    QVERIFY(cli.waitForFinished(20000));
    out += cli.readAllStandardOutput();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);

    QList<Message> outgoing;
    QList<Message> incoming;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        const Validated<Message> message = MessageRecord::decode(line);
        QVERIFY2(message, (why(message) + ": " + line).constData());
        QCOMPARE(MessageRecord::encode(*message), line); // printed in the canonical form
        (message->direction() == Direction::Outgoing ? outgoing : incoming).append(*message);
    }
    QCOMPARE(outgoing.size(), 3);
    QCOMPARE(incoming.size(), 4); // three echoes and the close frame
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(outgoing.at(i).payload(), lines.at(i));
        QVERIFY(!outgoing.at(i).id().isEmpty());
        QCOMPARE(incoming.at(i).payload(), lines.at(i));
        QVERIFY(incoming.at(i).timestampUs() >= outgoing.at(i).timestampUs());
    }
    QCOMPARE(outgoing.at(0).kind(), Message::Kind::Text);
    QCOMPARE(outgoing.at(1).kind(), Message::Kind::Json);
    QCOMPARE(incoming.at(2).kind(), Message::Kind::Json);
    QCOMPARE(incoming.at(3).kind(), Message::Kind::Close);
    QCOMPARE(incoming.at(3).closeCode(), 1000);
    QCOMPARE(incoming.at(3).closeReason(), QStringLiteral("done"));
}

QTEST_GUILESS_MAIN(TestMessageEndToEnd)
#include "tst_messageendtoend.moc"
