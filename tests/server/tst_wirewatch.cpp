// WireWatch (one direction of the fault proxy read as WebSocket) and the
// FaultProxy reporting what breaks RFC 6455 on the wire, the rules Qt 6.4
// does not check included.
#include "rawwebsocketpeer.h"
#include "server/faultproxy.h"
#include "server/wirewatch.h"

#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/websocketclient.h>

#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using maxmon::testing::plainConfig;
using namespace maxmon::test;
using Sender = FrameScanner::Sender;
using Spec = RawWebSocketPeer::FrameSpec;

Q_DECLARE_METATYPE(maxmon::FrameScanner::Violation)

namespace {

QByteArray frame(int opcode, const QByteArray &payload, bool masked, int rsv = 0)
{
    Spec spec;
    spec.opcode = opcode;
    spec.payload = payload;
    spec.masked = masked;
    spec.rsv = rsv;
    return RawWebSocketPeer::frame(spec);
}

const QByteArray request = "GET /x HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n";
const QByteArray switching = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";

} // namespace

class TestWireWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void watch_data();
    void watch();
    void proxyReportsMaskedServerFrames();
    void proxyReportsUnmaskedClientFrames();
};

void TestWireWatch::watch_data()
{
    QTest::addColumn<int>("sender");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("rules");

    const int server = int(Sender::Server);
    const int client = int(Sender::Client);
    QTest::newRow("clean server stream") << server << switching + frame(1, "hi", false)
                                         << int(WireWatch::State::Frames) << QStringList();
    QTest::newRow("masked server frame")
        << server << switching + frame(1, "hi", true) << int(WireWatch::State::Frames)
        << QStringList { QStringLiteral("masked_server_frame") };
    QTest::newRow("unmasked client frame")
        << client << request + frame(2, "b", false) << int(WireWatch::State::Frames)
        << QStringList { QStringLiteral("unmasked_client_frame") };
    QTest::newRow("client text not UTF-8")
        << client << request + frame(1, "\xff", true) << int(WireWatch::State::Frames)
        << QStringList { QStringLiteral("invalid_utf8_text") };
    QTest::newRow("refused upgrade is not watched")
        << server << QByteArray("HTTP/1.1 401 Unauthorized\r\n\r\n") + frame(1, "x", true)
        << int(WireWatch::State::Off) << QStringList();
    QTest::newRow("TLS is not watched") << client << QByteArray::fromHex("160301020001")
                                        << int(WireWatch::State::Off) << QStringList();
    QTest::newRow("head still coming") << server << QByteArray("HTTP/1.1 101 Switching")
                                       << int(WireWatch::State::Http) << QStringList();
}

void TestWireWatch::watch()
{
    QFETCH(int, sender);
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(QStringList, rules);
    // whole, and in pieces of three bytes
    for (const int piece : { int(bytes.size()), 3 }) {
        WireWatch watch { Sender(sender) };
        QStringList seen;
        watch.setViolationHandler([&](const FrameScanner::Violation &violation) {
            seen.append(FrameScanner::Violation::ruleName(violation.rule));
        });
        for (qsizetype i = 0; i < bytes.size(); i += piece)
            watch.observe(bytes.mid(i, piece));
        QCOMPARE(int(watch.state()), state);
        QCOMPARE(seen, rules);
    }
}

void TestWireWatch::proxyReportsMaskedServerFrames()
{
    RawWebSocketPeer peer;
    QVERIFY(peer.listen());
    FaultProxy proxy;
    proxy.setUpstream(QStringLiteral("127.0.0.1"), peer.url().port());
    QVERIFY(proxy.listen());
    QSignalSpy violations(&proxy, &FaultProxy::protocolViolation);
    WebSocketClient client(
        plainConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/raw").arg(proxy.port()))));
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), ConnectionState::Connected);
    QVERIFY(client.sendText(QStringLiteral("masked, as a client must")));
    peer.send(frame(1, "one", true) + frame(1, "two", true));
    QTRY_COMPARE(received.size(), 2); // Qt 6.4 takes both
    QTRY_COMPARE(violations.size(), 1); // the first of its kind per connection
    QCOMPARE(violations.at(0).at(0).value<FaultProxy::Direction>(),
             FaultProxy::Direction::ServerToClient);
    const auto violation = violations.at(0).at(1).value<FrameScanner::Violation>();
    QCOMPARE(violation.rule, FrameScanner::Rule::MaskedServerFrame);
    QVERIFY(violation.toleratedByQt());
    QCOMPARE(proxy.violations().size(), 1);
}

void TestWireWatch::proxyReportsUnmaskedClientFrames()
{
    RawWebSocketPeer peer;
    QVERIFY(peer.listen());
    FaultProxy proxy;
    proxy.setUpstream(QStringLiteral("127.0.0.1"), peer.url().port());
    QVERIFY(proxy.listen());
    QSignalSpy violations(&proxy, &FaultProxy::protocolViolation);
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET /raw HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: "
              "Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n");
    QTRY_VERIFY(peer.isUpgraded());
    raw.write(frame(1, "not masked", false));
    QTRY_COMPARE(violations.size(), 1);
    QCOMPARE(violations.at(0).at(0).value<FaultProxy::Direction>(),
             FaultProxy::Direction::ClientToServer);
    QCOMPARE(violations.at(0).at(1).value<FrameScanner::Violation>().rule,
             FrameScanner::Rule::UnmaskedClientFrame);
    QTRY_COMPARE(peer.clientFrames().size(), 1); // forwarded all the same
}

QTEST_GUILESS_MAIN(TestWireWatch)
#include "tst_wirewatch.moc"
