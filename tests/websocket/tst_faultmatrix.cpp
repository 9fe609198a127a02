// The fault matrix: a stream of 10,000 numbered messages crosses each fault.
// For every fault the test checks the end state, that a dead link was noticed
// within the heartbeat's bounds, and the delivery guarantee: what reached the
// server is in order and complete, except messages the client reported as
// unconfirmed, and the reported count is exact.
#include "fileutil.h"

#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

constexpr int streamSize = 10000;
constexpr int faultAfter = 3000; // messages sent before the fault starts
constexpr int heartbeatIntervalMs = 250;
constexpr int heartbeatTimeoutMs = 1500; // above the 1 s RTT of the latency row
constexpr int slackMs = 1500; // shared, sanitized CI machines

enum class Fault {
    ServerRestart,
    ConnectionReset,
    Blackhole,
    Latency,
    Bandwidth,
    SlowClose,
    HandshakeHangs,
    RenewedToken,
    RefusedTwice,
};

enum class Detection {
    StaysConnected, // the fault must not look like a dead link
    Immediate, // the socket tells at once
    ByHeartbeat, // only the heartbeat can tell: interval + timeout
    Either, // a saturated link may or may not pass for dead
};

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Detection)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamAcrossFault_data();
    void streamAcrossFault();
};

void TestFaultMatrix::streamAcrossFault_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("durationMs");
    QTest::addColumn<Detection>("detection");
    QTest::addColumn<State>("endState");

    QTest::newRow("server process restarts")
        << Fault::ServerRestart << 500 << Detection::Immediate << State::Connected;
    QTest::newRow("connection reset")
        << Fault::ConnectionReset << 0 << Detection::Immediate << State::Connected;
    QTest::newRow("blackhole for 10 s")
        << Fault::Blackhole << 10000 << Detection::ByHeartbeat << State::Connected;
    QTest::newRow("latency 500 ms with jitter")
        << Fault::Latency << 2000 << Detection::StaysConnected << State::Connected;
    QTest::newRow("bandwidth 10 KB/s")
        << Fault::Bandwidth << 2000 << Detection::Either << State::Connected;
    QTest::newRow("slow close") << Fault::SlowClose << 2000 << Detection::Immediate
                                << State::Connected;
    QTest::newRow("handshake hangs")
        << Fault::HandshakeHangs << 2500 << Detection::Immediate << State::Connected;
    QTest::newRow("401 then success after renewal")
        << Fault::RenewedToken << 0 << Detection::Immediate << State::Connected;
    QTest::newRow("401 twice") << Fault::RefusedTwice << 0 << Detection::Immediate << State::Error;
}

void TestFaultMatrix::streamAcrossFault()
{
    QFETCH(Fault, fault);
    QFETCH(int, durationMs);
    QFETCH(Detection, detection);
    QFETCH(State, endState);

    ScriptedServer server;
    QVERIFY(server.listen());
    const quint16 serverPort = server.port();
    FaultProxy proxy;
    proxy.setSeed(42);
    MAXMON_VERIFY(proxy.listen(serverPort));

    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QVERIFY(maxmon::test::writePrivateFile(tokenFile, "token-1"));
    MAXMON_VERIFY(server.requireToken(QStringLiteral("/auth"), QStringLiteral("token-1")));

    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/auth").arg(proxy.port()));
    config.auth.mode = AuthConfig::Mode::BearerHeader;
    config.auth.tokenSource = { SecretRef::Source::File, tokenFile };
    config.heartbeat.intervalMs = heartbeatIntervalMs;
    config.heartbeat.timeoutMs = heartbeatTimeoutMs;
    config.heartbeat.adaptive = false;
    config.reconnect.initialDelayMs = 50;
    config.reconnect.maxDelayMs = 500;
    config.connectTimeoutMs = 1000;
    config.messageQueueSize = streamSize;
    config.outboundHighWaterBytes = 4096;
    WebSocketClient client(config);

    QHash<QString, int> numberOfId;
    QSet<int> unconfirmed;
    connect(&client, &WebSocketClient::messagesUnconfirmed, this, [&](const QList<Message> &lost) {
        for (const Message &message : lost)
            unconfirmed.insert(numberOfId.value(message.id(), -1));
    });
    QElapsedTimer clock;
    qint64 faultAtMs = -1;
    qint64 detectedAtMs = -1;
    connect(&client, &WebSocketClient::stateChanged, this, [&](State state) {
        if (faultAtMs >= 0 && detectedAtMs < 0 && state != State::Connected)
            detectedAtMs = clock.elapsed();
    });

    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), State::Connected);
    clock.start();

    auto startFault = [&] {
        faultAtMs = clock.elapsed();
        switch (fault) {
        case Fault::ServerRestart:
            server.stop();
            QTimer::singleShot(durationMs, &server, [&] { QVERIFY(server.restart()); });
            break;
        case Fault::ConnectionReset:
            proxy.resetConnections();
            break;
        case Fault::Blackhole:
            proxy.setBlackhole(true);
            QTimer::singleShot(durationMs, &proxy, [&] { proxy.setBlackhole(false); });
            break;
        case Fault::Latency:
            MAXMON_VERIFY(proxy.setLatency(500, 100));
            QTimer::singleShot(durationMs, &proxy, [&] { QVERIFY(proxy.setLatency(0, 0)); });
            break;
        case Fault::Bandwidth:
            MAXMON_VERIFY(proxy.setBandwidth(10 * 1024));
            QTimer::singleShot(durationMs, &proxy, [&] { QVERIFY(proxy.setBandwidth(0)); });
            break;
        case Fault::SlowClose:
            MAXMON_VERIFY(proxy.setCloseDelay(durationMs, FaultProxy::Direction::ServerToClient));
            server.closeAll(1001, QStringLiteral("deploying"));
            break;
        case Fault::HandshakeHangs:
            server.setHangHandshakes(true);
            proxy.resetConnections();
            QTimer::singleShot(durationMs, &server, [&] { server.setHangHandshakes(false); });
            break;
        case Fault::RenewedToken:
            // the token expires; a login helper writes a fresh one once it is refused
            MAXMON_VERIFY(server.requireToken(QStringLiteral("/auth"), QStringLiteral("token-2")));
            connect(&server, &ScriptedServer::requestRejected, this,
                    [&] { maxmon::test::writePrivateFile(tokenFile, "token-2"); });
            proxy.resetConnections();
            break;
        case Fault::RefusedTwice:
            MAXMON_VERIFY(
                server.requireToken(QStringLiteral("/auth"), QStringLiteral("a-token-nobody-has")));
            proxy.resetConnections();
            break;
        }
    };

    // the stream: 50 messages every 5 ms, numbered 0..9999 in order
    int sent = 0;
    QStringList sendErrors;
    QTimer pump;
    connect(&pump, &QTimer::timeout, this, [&] {
        for (int i = 0; i < 50 && sent < streamSize; ++i, ++sent) {
            const Result<QString> id = client.sendText(QString::number(sent));
            if (!id)
                sendErrors.append(id.error().message());
            else
                numberOfId.insert(*id, sent);
            if (sent == faultAfter)
                startFault();
        }
        if (sent == streamSize)
            pump.stop();
    });
    pump.start(5);

    // settled: everything sent, and for a live end state everything written
    // on the last connection confirmed by a pong
    const auto settled = [&] {
        if (sent < streamSize || client.state() != endState)
            return false;
        const DeliveryStatus delivery = client.diagnostics().delivery;
        return endState != State::Connected
            || (delivery.pending == 0 && delivery.unconfirmed == 0 && delivery.bytesToWrite == 0
                && clock.elapsed() > faultAtMs + durationMs);
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 60000);

    QVERIFY2(sendErrors.isEmpty(), qPrintable(sendErrors.join(QLatin1Char('\n'))));
    QVERIFY(!unconfirmed.contains(-1));

    // detection
    switch (detection) {
    case Detection::StaysConnected:
        QCOMPARE(detectedAtMs, qint64(-1));
        break;
    case Detection::Immediate:
        QVERIFY(detectedAtMs >= 0);
        QVERIFY2(detectedAtMs - faultAtMs <= 1000 + slackMs,
                 qPrintable(QString::number(detectedAtMs - faultAtMs)));
        break;
    case Detection::ByHeartbeat:
        QVERIFY(detectedAtMs >= 0);
        QVERIFY2(detectedAtMs - faultAtMs <= heartbeatIntervalMs + heartbeatTimeoutMs + slackMs,
                 qPrintable(QString::number(detectedAtMs - faultAtMs)));
        break;
    case Detection::Either:
        break;
    }
    if (endState == State::Error)
        QCOMPARE(client.lastError().code(), Error::Code::AuthFailed);

    // delivery: in order, complete but for the unconfirmed, counted exactly
    QList<int> received;
    for (const QString &text : server.receivedTexts())
        received.append(text.toInt());
    for (qsizetype i = 1; i < received.size(); ++i)
        QVERIFY2(
            received.at(i) > received.at(i - 1),
            qPrintable(QStringLiteral("%1 after %2").arg(received.at(i)).arg(received.at(i - 1))));
    const QSet<int> arrived(received.cbegin(), received.cend());
    const DeliveryStatus delivery = client.diagnostics().delivery;
    int missing = 0;
    for (int n = 0; n < streamSize; ++n) {
        if (arrived.contains(n) || unconfirmed.contains(n))
            continue;
        // only a terminal failure may leave messages waiting in the queue
        QVERIFY2(endState == State::Error, qPrintable(QStringLiteral("%1 is missing").arg(n)));
        ++missing;
    }
    QCOMPARE(delivery.lost, qint64(unconfirmed.size()));
    QCOMPARE(missing, delivery.pending); // still queued, not lost
    QCOMPARE(delivery.written + delivery.pending, qint64(streamSize));
    QCOMPARE(delivery.confirmed + delivery.lost + delivery.unconfirmed, delivery.written);
    if (detection == Detection::StaysConnected)
        QCOMPARE(received.size(), streamSize);
    qInfo("%s: %lld received, %lld unconfirmed (%lld of them arrived), detected after %lld ms",
          QTest::currentDataTag(), qint64(received.size()), qint64(unconfirmed.size()),
          qint64((arrived & unconfirmed).size()), detectedAtMs < 0 ? -1 : detectedAtMs - faultAtMs);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
