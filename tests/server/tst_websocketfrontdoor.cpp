// The front door of maxmon's servers as a raw client sees it: bad handshakes
// answered as RFC 6455 4.2.2 says (never with silence), and a close frame
// that reaches a client which keeps sending (the closing handshake reads on
// until the client's close frame or a timeout, so no TCP reset eats it).
#include "rawwebsocketpeer.h"
#include "server/demoserver.h"
#include "server/demoserversettings.h"
#include "server/websocketfrontdoor.h"

#include <maxmon/framescanner.h>

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace maxmon;
using maxmon::test::RawWebSocketPeer;

Q_DECLARE_METATYPE(maxmon::FrameScanner::Violation)

namespace {

struct HttpAnswer
{
    int status = 0; // 0: the connection closed without an answer
    QByteArray head;
    QByteArray body;
    bool hasHeader(const QByteArray &line) const
    {
        return head.toLower().contains("\r\n" + line.toLower() + "\r\n");
    }
};

HttpAnswer ask(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    answer += socket.readAll();
    HttpAnswer result;
    if (!answer.startsWith("HTTP/1.1 "))
        return result;
    result.status = answer.mid(9, 3).toInt();
    const qsizetype end = answer.indexOf("\r\n\r\n");
    result.head = answer.left(end + 2);
    result.body = answer.mid(end + 4);
    return result;
}

QByteArray upgrade(const QByteArray &method, const QByteArray &headers,
                   const QByteArray &version = "HTTP/1.1")
{
    return method + " /echo " + version + "\r\n" + headers + "\r\n";
}

const QByteArray host = "Host: 127.0.0.1\r\n";
const QByteArray upgradeHeaders = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
const QByteArray key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
const QByteArray version13 = "Sec-WebSocket-Version: 13\r\n";

// A client that writes everything it has before it reads anything, as a
// busy client does: what the server sends meanwhile waits in the kernel.
class BusyClient
{
public:
    explicit BusyClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
        m_socket.write(upgrade("GET", host + upgradeHeaders + key + version13));
        if (!QTest::qWaitFor([&] { return m_socket.peek(4096).contains("\r\n\r\n"); }, 5000))
            return;
        const QByteArray head = m_socket.peek(4096);
        m_upgraded = head.startsWith("HTTP/1.1 101");
        m_socket.read(head.indexOf("\r\n\r\n") + 4);
        // from here on the kernel keeps what arrives
        m_socket.setReadBufferSize(1);
    }

    bool isUpgraded() const { return m_upgraded; }
    // After readCloseFrame(): the server closed TCP once it had the client's close frame.
    bool closedByServer() const { return m_closedByServer; }

    void send(int opcode, const QByteArray &payload, bool masked = true)
    {
        RawWebSocketPeer::FrameSpec frame;
        frame.opcode = opcode;
        frame.payload = payload;
        frame.masked = masked;
        m_socket.write(RawWebSocketPeer::frame(frame));
    }

    // Waits until everything was written (or the connection broke).
    bool flush()
    {
        return QTest::qWaitFor(
            [&] {
                return m_socket.bytesToWrite() == 0
                    || m_socket.state() != QAbstractSocket::ConnectedState;
            },
            20000);
    }

    // Reads everything the server sent, answering its close frame with one.
    std::optional<FrameScanner::Frame> readCloseFrame()
    {
        m_socket.setReadBufferSize(0);
        FrameScanner scanner(FrameScanner::Sender::Server);
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                scanner.feed(m_socket.readAll());
                return scanner.isClosed() || scanner.hasFailed()
                    || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            20000);
        scanner.feed(m_socket.readAll());
        if (scanner.closeFrame()) {
            send(8, scanner.closeFrame()->payload.left(2));
            m_closedByServer = QTest::qWaitFor(
                [&] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
        }
        return scanner.closeFrame();
    }

private:
    QTcpSocket m_socket;
    bool m_upgraded = false;
    bool m_closedByServer = false;
};

} // namespace

class TestWebSocketFrontDoor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badHandshakesAreAnswered_data();
    void badHandshakesAreAnswered();
    void validHandshakeIsAccepted();
    void smallFramesLeaveAtOnce();
    void closeFrameReachesAClientThatKeepsSending_data();
    void closeFrameReachesAClientThatKeepsSending();
    void closeFrameReachesAClientThatDoesNotRead();
    void unmaskedClientFramesAreReported();
};

void TestWebSocketFrontDoor::badHandshakesAreAnswered_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("wrong version")
        << upgrade("GET", host + upgradeHeaders + key + "Sec-WebSocket-Version: 8\r\n") << 426
        << QByteArray("Sec-WebSocket-Version: 13") << QByteArray("version 13");
    QTest::newRow("no version") << upgrade("GET", host + upgradeHeaders + key) << 426
                                << QByteArray("Sec-WebSocket-Version: 13")
                                << QByteArray("version 13");
    QTest::newRow("no key") << upgrade("GET", host + upgradeHeaders + version13) << 400
                            << QByteArray("Content-Type: text/plain; charset=utf-8")
                            << QByteArray("Sec-WebSocket-Key");
    QTest::newRow("key of 8 bytes")
        << upgrade("GET", host + upgradeHeaders + "Sec-WebSocket-Key: AAAAAAAAAAA=\r\n" + version13)
        << 400 << QByteArray() << QByteArray("16 bytes");
    QTest::newRow("no Connection: Upgrade") << upgrade(
        "GET", host + "Upgrade: websocket\r\nConnection: keep-alive\r\n" + key + version13)
                                            << 400 << QByteArray() << QByteArray("Connection");
    QTest::newRow("no Host") << upgrade("GET", upgradeHeaders + key + version13) << 400
                             << QByteArray() << QByteArray("Host");
    QTest::newRow("HTTP/1.0") << upgrade("GET", host + upgradeHeaders + key + version13, "HTTP/1.0")
                              << 400 << QByteArray() << QByteArray("HTTP/1.1");
    QTest::newRow("POST") << upgrade("POST",
                                     host + upgradeHeaders + key + version13
                                         + "Content-Length: 5\r\n")
            + "hello" << 405
                          << QByteArray("Allow: GET") << QByteArray("GET");
    QTest::newRow("a browser's GET")
        << upgrade("GET", host + "Accept: text/html\r\nUser-Agent: Mozilla/5.0\r\n") << 426
        << QByteArray("Upgrade: websocket") << QByteArray("WebSocket endpoint");
    QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << 400 << QByteArray()
                              << QByteArray("Not an HTTP request");
}

void TestWebSocketFrontDoor::badHandshakesAreAnswered()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    DemoServer server;
    QVERIFY(server.listen());
    const HttpAnswer answer = ask(server.port(), request);
    QCOMPARE(answer.status, status);
    if (!header.isEmpty())
        QVERIFY2(answer.hasHeader(header), answer.head.constData());
    QVERIFY2(answer.body.contains(body), answer.body.constData());
    QVERIFY(answer.hasHeader("Connection: close"));
}

void TestWebSocketFrontDoor::validHandshakeIsAccepted()
{
    DemoServer server;
    QVERIFY(server.listen());
    BusyClient client(server.port());
    QVERIFY(client.isUpgraded());
}

void TestWebSocketFrontDoor::smallFramesLeaveAtOnce()
{
    // Without TCP_NODELAY a stream of small events to a client that also
    // sends waits for delayed ACKs (tens of milliseconds at a time).
    DemoServer server;
    QVERIFY(server.listen());
    BusyClient client(server.port());
    QVERIFY(client.isUpgraded());
    const QList<QTcpSocket *> accepted = server.findChildren<QTcpSocket *>();
    QVERIFY(!accepted.isEmpty());
    for (QTcpSocket *socket : accepted)
        QCOMPARE(socket->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

void TestWebSocketFrontDoor::closeFrameReachesAClientThatKeepsSending_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code");

    // the limit is 1 MiB: a 2 MiB message is refused with 1009
    QTest::newRow("1009 message too big") << 2 << QByteArray(2 * 1024 * 1024, 'x') << 1009;
    QTest::newRow("1007 invalid UTF-8") << 1 << QByteArray("\xc3\x28") << 1007;
}

void TestWebSocketFrontDoor::closeFrameReachesAClientThatKeepsSending()
{
    QFETCH(int, opcode);
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    DemoServerSettings settings;
    settings.maxMessageSize = 1024 * 1024;
    DemoServer server(settings);
    QVERIFY(server.listen());
    // a few rounds: a reset loses the close frame only sometimes
    for (int round = 0; round < 3; ++round) {
        BusyClient client(server.port());
        QVERIFY(client.isUpgraded());
        client.send(opcode, payload);
        for (int i = 0; i < 32; ++i) // and goes on sending, as if nothing happened
            client.send(2, QByteArray(32 * 1024, 'y'));
        QVERIFY(client.flush());
        const std::optional<FrameScanner::Frame> close = client.readCloseFrame();
        QVERIFY2(close, qPrintable(QStringLiteral("round %1: no close frame").arg(round)));
        QCOMPARE(close->closeCode(), code);
        QVERIFY(client.closedByServer()); // once it had the client's close frame
    }
}

void TestWebSocketFrontDoor::closeFrameReachesAClientThatDoesNotRead()
{
    DemoServerSettings settings;
    settings.maxPendingBytes = 256 * 1024;
    DemoServer server(settings);
    QVERIFY(server.listen());
    BusyClient client(server.port());
    QVERIFY(client.isUpgraded());
    // echoes pile up unread until the server gives up on the client with 1008
    for (int i = 0; i < 200; ++i)
        client.send(2, QByteArray(16 * 1024, 'e'));
    QVERIFY(client.flush());
    const std::optional<FrameScanner::Frame> close = client.readCloseFrame();
    QVERIFY(close);
    QCOMPARE(close->closeCode(), 1008);
    QVERIFY(client.closedByServer());
}

void TestWebSocketFrontDoor::unmaskedClientFramesAreReported()
{
    DemoServer server;
    QVERIFY(server.listen());
    QSignalSpy violations(server.frontDoor(), &WebSocketFrontDoor::clientViolation);
    BusyClient client(server.port());
    QVERIFY(client.isUpgraded());
    client.send(1, "masked");
    client.send(1, "not masked", false); // Qt 6.4 takes it, RFC 6455 5.1 says close
    QTRY_COMPARE(violations.size(), 1);
    const auto violation = violations.at(0).at(1).value<FrameScanner::Violation>();
    QCOMPARE(violation.rule, FrameScanner::Rule::UnmaskedClientFrame);
    QCOMPARE(violation.offset, 2 + 4 + 6); // the second frame
    QCOMPARE(violations.at(0).at(0).value<HttpUpgradeRequest>().path, QStringLiteral("/echo"));
}

QTEST_GUILESS_MAIN(TestWebSocketFrontDoor)
#include "tst_websocketfrontdoor.moc"
