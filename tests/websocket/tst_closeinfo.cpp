// Who closed a connection, and why, as WebSocketClient reports it: against a
// raw RFC 6455 peer (RawWebSocketPeer) that sends crafted frames, so that a
// close the client makes after finding a violation is never reported as the
// server's words, and close codes the server may not send are reported as
// what the server sent.
#include "rawwebsocketpeer.h"

#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/testutil.h>
#include <maxmon/websocketclient.h>

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using maxmon::testing::plainConfig;
using namespace maxmon::test;
using State = ConnectionState;
using Spec = RawWebSocketPeer::FrameSpec;

Q_DECLARE_METATYPE(maxmon::CloseInfo)

namespace {

Spec spec(int opcode, const QByteArray &payload, bool fin = true, int rsv = 0)
{
    Spec frame;
    frame.opcode = opcode;
    frame.payload = payload;
    frame.fin = fin;
    frame.rsv = rsv;
    return frame;
}

} // namespace

class TestCloseInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void violationsAreTheClientsClose_data();
    void violationsAreTheClientsClose();
    void closeCodesTheServerMayNotSend_data();
    void closeCodesTheServerMayNotSend();
    void serverCloses_data();
    void serverCloses();
    void closeFrameWithTheHandshakeAnswer();
    void clientRequestIsTheClients();
    void lostWithoutCloseFrame();
    void maskedServerFramesAreReported();
    void describesEveryInitiator_data();
    void describesEveryInitiator();

private:
    // Connects a client to a fresh peer.
    void connectTo(RawWebSocketPeer *peer, WebSocketClient *client);
};

void TestCloseInfo::connectTo(RawWebSocketPeer *peer, WebSocketClient *client)
{
    QVERIFY(peer->listen());
    QVERIFY(client->setConfig(plainConfig(peer->url())));
    QVERIFY(client->open());
    QTRY_COMPARE(client->state(), State::Connected);
}

void TestCloseInfo::violationsAreTheClientsClose_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("codeSent");
    QTest::addColumn<QString>("violation");

    QTest::newRow("control frame over 125 bytes")
        << RawWebSocketPeer::frame(9, QByteArray(126, 'p')) << 1002
        << QStringLiteral("ping frame with a 126-byte payload");
    QTest::newRow("fragmented control frame") << RawWebSocketPeer::frame(spec(9, "ping", false))
                                              << 1002 << QStringLiteral("fragmented ping frame");
    QTest::newRow("RSV1 set") << RawWebSocketPeer::frame(spec(1, "hi", true, 4)) << 1002
                              << QStringLiteral("text frame with RSV bits set (4)");
    QTest::newRow("RSV3 set on binary") << RawWebSocketPeer::frame(spec(2, "hi", true, 1)) << 1002
                                        << QStringLiteral("binary frame with RSV bits set (1)");
    QTest::newRow("reserved data opcode 3")
        << RawWebSocketPeer::frame(3, "x") << 1002 << QStringLiteral("reserved opcode 3");
    QTest::newRow("reserved control opcode 11")
        << RawWebSocketPeer::frame(11, "x") << 1002 << QStringLiteral("reserved opcode 11");
    QTest::newRow("orphan continuation") << RawWebSocketPeer::frame(0, "tail") << 1002
                                         << QStringLiteral("continuation frame with no");
    // Qt checks UTF-8 itself; the client's scanner skips text payloads
    QTest::newRow("invalid UTF-8 in text")
        << RawWebSocketPeer::frame(1, "\xc3\x28") << 1007 << QStringLiteral("not valid UTF-8");
    QTest::newRow("violation, then a close frame in the same write")
        << RawWebSocketPeer::frame(spec(1, "hi", true, 2))
            + RawWebSocketPeer::closeFrame(4000, "bye")
        << 1002 << QStringLiteral("RSV bits set (2)");
}

void TestCloseInfo::violationsAreTheClientsClose()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, codeSent);
    QFETCH(QString, violation);
    RawWebSocketPeer peer;
    WebSocketClient client;
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    connectTo(&peer, &client);
    peer.send(bytes);

    QTRY_COMPARE(client.state(), State::Error);
    QTRY_VERIFY(peer.clientCloseFrame());
    QCOMPARE(peer.clientCloseFrame()->closeCode(), codeSent);
    const Error error = client.lastError();
    QVERIFY2(!error.toString().contains(QLatin1String("by the server")),
             qPrintable(error.toString()));
    QCOMPARE(error.context().value(QLatin1String("closedBy")).toString(), QStringLiteral("client"));
    QCOMPARE(client.diagnostics().lastClosedBy, QStringLiteral("client"));
    QCOMPARE(client.diagnostics().lastCloseCode, codeSent);

    const CloseInfo close = client.diagnostics().lastClose;
    QCOMPARE(close.initiator, CloseInfo::Initiator::ClientDetected);
    QCOMPARE(close.codeSent, codeSent);
    QVERIFY(!close.closeFrameReceived);
    QCOMPARE(close.codeReceived, 0);
    QVERIFY(close.serverReason.isEmpty());
    QVERIFY2(close.violation.contains(violation), qPrintable(close.violation));
    QVERIFY2(error.detail().contains(violation), qPrintable(error.detail()));
    QVERIFY(error.message().startsWith(QLatin1String("The client closed the connection")));
    QCOMPARE(error.context().value(QLatin1String("close")).toObject(), close.toJson());
    QCOMPARE(close.toJson().value(QLatin1String("initiator")).toString(),
             QStringLiteral("client_detected"));
    // no close frame from the server is invented for the message log
    QCOMPARE(received.size(), 0);
}

void TestCloseInfo::closeCodesTheServerMayNotSend_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("1005 No status received") << 1005;
    QTest::newRow("999, below the range") << 999;
    QTest::newRow("1015 TLS handshake failure") << 1015;
    QTest::newRow("1006 Abnormal closure") << 1006;
}

void TestCloseInfo::closeCodesTheServerMayNotSend()
{
    QFETCH(int, code);
    RawWebSocketPeer peer;
    WebSocketClient client;
    connectTo(&peer, &client);
    peer.send(RawWebSocketPeer::closeFrame(code, "not allowed"));

    QTRY_COMPARE(client.state(), State::Error);
    QTRY_VERIFY(peer.clientCloseFrame());
    QCOMPARE(peer.clientCloseFrame()->closeCode(), 1002);
    const Error error = client.lastError();
    QCOMPARE(error.code(), Error::Code::ProtocolError);
    QVERIFY2(error.message().contains(QStringLiteral("close code %1").arg(code)),
             qPrintable(error.toString()));
    QVERIFY2(!error.toString().contains(QLatin1String("1002 detected")),
             qPrintable(error.toString()));
    QCOMPARE(client.diagnostics().lastClosedBy, QStringLiteral("server"));

    const CloseInfo close = client.diagnostics().lastClose;
    QCOMPARE(close.initiator, CloseInfo::Initiator::Server);
    QVERIFY(close.closeFrameReceived);
    QCOMPARE(close.codeReceived, code);
    QCOMPARE(close.codeSent, 1002);
    QVERIFY2(close.violation.contains(
                 QStringLiteral("close code %1, which must never be sent").arg(code)),
             qPrintable(close.violation));
    QCOMPARE(client.diagnostics().lastCloseCode, code);
    QVERIFY(error.detail().contains(QLatin1String("The client answered with 1002")));
}

void TestCloseInfo::serverCloses_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("codeReceived");
    QTest::addColumn<QString>("serverReason");
    QTest::addColumn<int>("codeSent");
    QTest::addColumn<QString>("text");

    QTest::newRow("4000 with a reason")
        << RawWebSocketPeer::closeFrame(4000, "bye") << State::Error << 4000
        << QStringLiteral("bye") << 4000
        << QStringLiteral("Closed by the server with 4000 (application-defined); reason given "
                          "by the server: \"bye\".");
    QTest::newRow("1011 without a reason")
        << RawWebSocketPeer::closeFrame(1011) << State::Error << 1011 << QString() << 1011
        << QStringLiteral("Closed by the server with 1011 Internal error; the server gave no "
                          "reason.");
    QTest::newRow("1000 normal")
        << RawWebSocketPeer::closeFrame(1000, "done") << State::Disconnected << 1000
        << QStringLiteral("done") << 1000
        << QStringLiteral("Closed by the server with 1000 Normal closure; reason given by the "
                          "server: \"done\".");
    QTest::newRow("no code") << RawWebSocketPeer::closeFrame(0) << State::Disconnected << 0
                             << QString() << 1000
                             << QStringLiteral("Closed by the server with a close frame without "
                                               "a code (1005 No status received). The client "
                                               "answered with 1000 Normal closure.");
    // registered for servers after RFC 6455; Qt 6.4 refuses it and answers 1002
    QTest::newRow("1012 service restart")
        << RawWebSocketPeer::closeFrame(1012, "restart") << State::Error << 1012
        << QStringLiteral("restart") << 1002
        << QStringLiteral("Closed by the server with 1012 Service restart; reason given by the "
                          "server: \"restart\". The client answered with 1002 Protocol error "
                          "(\"Invalid close code 1002 detected.\").");
}

void TestCloseInfo::serverCloses()
{
    QFETCH(QByteArray, frame);
    QFETCH(State, state);
    QFETCH(int, codeReceived);
    QFETCH(QString, serverReason);
    QFETCH(int, codeSent);
    QFETCH(QString, text);
    RawWebSocketPeer peer;
    WebSocketClient client;
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    connectTo(&peer, &client);
    peer.send(frame);

    QTRY_COMPARE(client.state(), state);
    const CloseInfo close = client.diagnostics().lastClose;
    QCOMPARE(close.initiator, CloseInfo::Initiator::Server);
    QVERIFY(close.closeFrameReceived);
    QCOMPARE(close.codeReceived, codeReceived);
    QCOMPARE(close.serverReason, serverReason);
    QCOMPARE(close.codeSent, codeSent);
    QVERIFY(close.violation.isEmpty());
    QCOMPARE(close.toText(), text);
    QTRY_VERIFY(peer.clientCloseFrame());
    QCOMPARE(peer.clientCloseFrame()->closeCode(), codeSent);
    // the close frame, in the log, as the server sent it
    QCOMPARE(received.size(), 1);
    const auto message = received.constFirst().constFirst().value<Message>();
    QCOMPARE(message.kind(), Message::Kind::Close);
    QCOMPARE(message.payload(), frame.mid(2));
    if (state == State::Error) {
        const Error error = client.lastError();
        QCOMPARE(error.closeCode(), codeReceived);
        QCOMPARE(error.context().value(QLatin1String("closedBy")).toString(),
                 QStringLiteral("server"));
        QCOMPARE(error.context().value(QLatin1String("close")).toObject(), close.toJson());
        if (!serverReason.isEmpty())
            QVERIFY(error.detail().contains(serverReason));
        if (codeSent != codeReceived)
            QVERIFY2(error.hint().contains(QLatin1String("Qt 6.4")), qPrintable(error.hint()));
    }
}

void TestCloseInfo::closeFrameWithTheHandshakeAnswer()
{
    RawWebSocketPeer peer;
    peer.setBytesWithHandshake(RawWebSocketPeer::frame(1, "first")
                               + RawWebSocketPeer::closeFrame(4001, "at once"));
    QVERIFY(peer.listen());
    WebSocketClient client(plainConfig(peer.url()));
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Error);
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).at(0).value<Message>().text(), QStringLiteral("first"));
    const CloseInfo close = client.diagnostics().lastClose;
    QCOMPARE(close.initiator, CloseInfo::Initiator::Server);
    QCOMPARE(close.codeReceived, 4001);
    QCOMPARE(close.serverReason, QStringLiteral("at once"));
}

void TestCloseInfo::clientRequestIsTheClients()
{
    RawWebSocketPeer peer;
    WebSocketClient client;
    connectTo(&peer, &client);
    QVERIFY(client.close(4002, QStringLiteral("enough")));
    QTRY_COMPARE(client.state(), State::Disconnected);
    const CloseInfo close = client.diagnostics().lastClose;
    QCOMPARE(close.initiator, CloseInfo::Initiator::ClientRequest);
    QCOMPARE(close.codeSent, 4002);
    QCOMPARE(close.reasonSent, QStringLiteral("enough"));
    QVERIFY(!close.closeFrameReceived);
    QTRY_VERIFY(peer.clientCloseFrame());
    QCOMPARE(peer.clientCloseFrame()->closeCode(), 4002);
}

void TestCloseInfo::lostWithoutCloseFrame()
{
    RawWebSocketPeer peer;
    WebSocketClient client;
    connectTo(&peer, &client);
    peer.dropConnection();
    QTRY_COMPARE(client.state(), State::Error);
    const CloseInfo close = client.diagnostics().lastClose;
    QCOMPARE(close.initiator, CloseInfo::Initiator::Lost);
    QCOMPARE(close.effectiveCode(), 1006);
    QCOMPARE(client.lastError().code(), Error::Code::ConnectionLost);
    QCOMPARE(client.lastError().context().value(QLatin1String("close")).toObject(), close.toJson());
}

void TestCloseInfo::maskedServerFramesAreReported()
{
    RawWebSocketPeer peer;
    WebSocketClient client;
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    connectTo(&peer, &client);
    QSignalSpy changed(&client, &WebSocketClient::diagnosticsChanged);
    Spec masked = spec(1, "hi");
    masked.masked = true;
    peer.send(RawWebSocketPeer::frame(masked));
    // Qt 6.4 takes it although RFC 6455 5.1 says the client must close: it arrives
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<Message>().text(), QStringLiteral("hi"));
    QCOMPARE(client.state(), State::Connected);
    Diagnostics diagnostics = client.diagnostics();
    QCOMPARE(diagnostics.toleratedViolations.size(), 1);
    QVERIFY2(
        diagnostics.toleratedViolations.constFirst().contains(QLatin1String("masked text frame")),
        qPrintable(diagnostics.toleratedViolations.constFirst()));
    QVERIFY(diagnostics.warnings.join(QLatin1Char('\n')).contains(QLatin1String("masked")));
    QVERIFY(diagnostics.toText().contains(QLatin1String("masked text frame")));
    QVERIFY(diagnostics.toJson().contains(QLatin1String("tolerated_violations")));
    QVERIFY(!changed.isEmpty());

    peer.send(RawWebSocketPeer::frame(masked));
    QTRY_COMPARE(received.size(), 2);
    diagnostics = client.diagnostics();
    QCOMPARE(diagnostics.toleratedViolations.size(), 1);
    QVERIFY2(diagnostics.toleratedViolations.constFirst().contains(QLatin1String("(2 time(s))")),
             qPrintable(diagnostics.toleratedViolations.constFirst()));
}

void TestCloseInfo::describesEveryInitiator_data()
{
    QTest::addColumn<CloseInfo>("close");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("json");

    CloseInfo request;
    request.initiator = CloseInfo::Initiator::ClientRequest;
    request.codeSent = 1000;
    request.reasonSent = QStringLiteral("bye");
    QTest::newRow("client request")
        << request
        << QStringLiteral("Closed by the client, as asked, with 1000 Normal closure (\"bye\").")
        << QJsonObject { { QStringLiteral("initiator"), QStringLiteral("client_request") },
                         { QStringLiteral("close_frame_received"), false },
                         { QStringLiteral("code_sent"), 1000 },
                         { QStringLiteral("reason_sent"), QStringLiteral("bye") } };
    CloseInfo detected;
    detected.initiator = CloseInfo::Initiator::ClientDetected;
    detected.codeSent = 1002;
    detected.reasonSent = QStringLiteral("Rsv field is non-zero");
    detected.violation = QStringLiteral("The server sent RSV bits.");
    QTest::newRow("client detected")
        << detected
        << QStringLiteral("Closed by the client after it found a problem in what the server "
                          "sent: The server sent RSV bits. The client sent 1002 Protocol error "
                          "(\"Rsv field is non-zero\"); the server sent no close frame and gave "
                          "no reason.")
        << QJsonObject { { QStringLiteral("initiator"), QStringLiteral("client_detected") },
                         { QStringLiteral("close_frame_received"), false },
                         { QStringLiteral("code_sent"), 1002 },
                         { QStringLiteral("reason_sent"), QStringLiteral("Rsv field is non-zero") },
                         { QStringLiteral("violation"),
                           QStringLiteral("The server sent RSV bits.") } };
    CloseInfo lost;
    lost.initiator = CloseInfo::Initiator::Lost;
    QTest::newRow("lost") << lost
                          << QStringLiteral("The connection was lost without a close frame (1006 "
                                            "Abnormal closure).")
                          << QJsonObject { { QStringLiteral("initiator"), QStringLiteral("lost") },
                                           { QStringLiteral("close_frame_received"), false } };
    QTest::newRow("none") << CloseInfo() << QString()
                          << QJsonObject { { QStringLiteral("initiator"), QString() },
                                           { QStringLiteral("close_frame_received"), false } };
}

void TestCloseInfo::describesEveryInitiator()
{
    QFETCH(CloseInfo, close);
    QFETCH(QString, text);
    QFETCH(QJsonObject, json);
    QCOMPARE(close.toText(), text);
    QCOMPARE(close.toJson(), json);
}

QTEST_GUILESS_MAIN(TestCloseInfo)
#include "tst_closeinfo.moc"
