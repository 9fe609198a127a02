// The testing kit's FaultProxy (and with it the server's fault proxy under
// it): every fault, against a raw TCP echo server, raw sockets that can tell
// a FIN from an RST, and the ScriptedServer; faults refused at setup.
#include "rawpeers.h"

#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/messagecollector.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

using namespace maxmon;
using namespace maxmon::testing;
using Direction = FaultProxy::Direction;
using Side = FaultProxy::Side;
using maxmon::test::connectRaw;
using maxmon::test::dataOf;
using maxmon::test::EchoServer;
using maxmon::test::End;
using maxmon::test::RawPeer;
using maxmon::test::RawServer;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    return bytes;
}

// Writes everything, reads until as many bytes came back.
QByteArray echoThrough(QTcpSocket &socket, const QByteArray &data)
{
    QByteArray received;
    const auto connection = QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                                             [&] { received.append(socket.readAll()); });
    for (qsizetype offset = 0; offset < data.size(); offset += 4096)
        socket.write(data.mid(offset, 4096));
    QElapsedTimer timer;
    timer.start();
    while (received.size() < data.size() && timer.elapsed() < 30000
           && socket.state() == QAbstractSocket::ConnectedState)
        QTest::qWait(5);
    QObject::disconnect(connection);
    return received;
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void forwardsBytesIntact_data();
    void forwardsBytesIntact();
    void latencyDelaysEachDirection_data();
    void latencyDelaysEachDirection();
    void jitterAndLatencyChangesNeverReorder();
    void bandwidthCapsThroughput();
    void blackholeHoldsDataAndKeepsConnectionsOpen();
    void blackholeOneDirection();
    void resetSendsARealRst_data();
    void resetSendsARealRst();
    void slowCloseDelaysTheFin();
    void refusesNewConnectionsAndAcceptsAgain();
    void slicesWritesIntoTinyChunks();
    void dropsConnectionsAfterAGivenTime();
    void unreachableUpstreamResetsTheClient();
    void webSocketThroughASlicingProxy();
    void tlsThroughTheProxyAndClearedFaults();
    void invalidFaultsAreRefused_data();
    void invalidFaultsAreRefused();
    void listenFailureSaysWhy();

private:
    FaultProxy *m_proxy = nullptr;
    EchoServer *m_echo = nullptr;
};

void TestFaultProxy::init()
{
    m_echo = new EchoServer;
    QVERIFY(m_echo->listen());
    m_proxy = new FaultProxy(this);
    m_proxy->setSeed(1234);
    MAXMON_VERIFY(m_proxy->listen(m_echo->port()));
    QCOMPARE(m_proxy->url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_proxy->port() != 0);
}

void TestFaultProxy::cleanup()
{
    m_proxy->close();
    QVERIFY(!m_proxy->isListening());
    delete m_proxy;
    m_proxy = nullptr;
    delete m_echo;
    m_echo = nullptr;
}

void TestFaultProxy::forwardsBytesIntact_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("jitterMs");
    QTest::addColumn<int>("sliceMax");
    QTest::addColumn<qint64>("bandwidth");

    QTest::newRow("no fault, 2 MB") << 2 * 1024 * 1024 << 0 << 0 << 0 << qint64(0);
    QTest::newRow("latency and jitter") << 256 * 1024 << 20 << 15 << 0 << qint64(0);
    QTest::newRow("slices of 1-7 bytes") << 8 * 1024 << 0 << 0 << 7 << qint64(0);
    QTest::newRow("bandwidth cap") << 64 * 1024 << 0 << 0 << 0 << qint64(512 * 1024);
    QTest::newRow("everything at once") << 6 * 1024 << 5 << 5 << 7 << qint64(256 * 1024);
}

void TestFaultProxy::forwardsBytesIntact()
{
    QFETCH(int, size);
    QFETCH(int, latencyMs);
    QFETCH(int, jitterMs);
    QFETCH(int, sliceMax);
    QFETCH(qint64, bandwidth);

    MAXMON_VERIFY(m_proxy->setLatency(latencyMs, jitterMs));
    MAXMON_VERIFY(m_proxy->setSlicing(sliceMax > 0 ? 1 : 0, sliceMax));
    MAXMON_VERIFY(m_proxy->setBandwidth(bandwidth));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray data = randomBytes(size, static_cast<quint32>(size));
    const QByteArray received = echoThrough(socket, data);
    QCOMPARE(received.size(), data.size());
    QVERIFY(received == data); // same bytes, same order
    QCOMPARE(m_proxy->bytesForwarded(Direction::ClientToServer), qint64(size));
    QCOMPARE(m_proxy->bytesForwarded(Direction::ServerToClient), qint64(size));

    socket.disconnectFromHost();
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
    QCOMPARE(m_proxy->bytesForwarded(Direction::Both), qint64(2 * size)); // kept after close
}

void TestFaultProxy::latencyDelaysEachDirection_data()
{
    QTest::addColumn<int>("upMs");
    QTest::addColumn<int>("downMs");

    QTest::newRow("50 ms each way") << 50 << 50;
    QTest::newRow("client to server only") << 80 << 0;
    QTest::newRow("server to client only") << 0 << 60;
}

void TestFaultProxy::latencyDelaysEachDirection()
{
    QFETCH(int, upMs);
    QFETCH(int, downMs);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    QCOMPARE(echoThrough(socket, "warm-up"), QByteArray("warm-up"));

    MAXMON_VERIFY(m_proxy->setLatency(upMs, 0, Direction::ClientToServer));
    MAXMON_VERIFY(m_proxy->setLatency(downMs, 0, Direction::ServerToClient));
    QCOMPARE(m_proxy->latencyMs(Direction::ClientToServer), upMs);
    QCOMPARE(m_proxy->latencyMs(Direction::ServerToClient), downMs);
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(echoThrough(socket, "ping"), QByteArray("ping"));
        const qint64 rtt = timer.elapsed();
        QVERIFY2(rtt >= upMs + downMs, qPrintable(QString::number(rtt)));
        QVERIFY2(rtt < upMs + downMs + 5000, qPrintable(QString::number(rtt)));
    }
}

void TestFaultProxy::jitterAndLatencyChangesNeverReorder()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received.append(socket.readAll()); });

    // a long delay, then none: the later bytes must still come second
    MAXMON_VERIFY(m_proxy->setLatency(150, 0, Direction::ClientToServer));
    socket.write("first;");
    socket.flush();
    QTest::qWait(20);
    MAXMON_VERIFY(m_proxy->setLatency(0, 0, Direction::ClientToServer));
    socket.write("second;");
    QTRY_COMPARE(received, QByteArray("first;second;"));

    // many small writes under heavy jitter arrive in order
    received.clear();
    MAXMON_VERIFY(m_proxy->setLatency(20, 20));
    QByteArray expected;
    for (int i = 0; i < 100; ++i) {
        const QByteArray line = QByteArray::number(i) + ';';
        expected += line;
        socket.write(line);
        socket.flush();
        QTest::qWait(1);
    }
    QTRY_COMPARE(received.size(), expected.size());
    QCOMPARE(received, expected);
}

void TestFaultProxy::bandwidthCapsThroughput()
{
    RawServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    m_proxy->setUpstream(upstream.serverPort());
    const qint64 rate = 40000;
    MAXMON_VERIFY(m_proxy->setBandwidth(rate, Direction::ServerToClient));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE(upstream.peers.size(), 1);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received.append(socket.readAll()); });

    const QByteArray data = randomBytes(20000, 7);
    QElapsedTimer timer;
    timer.start();
    upstream.peers[0].send(data);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), data.size(), 20000);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY(received == data);
    // 20 kB at 40 kB/s: half a second, less the 50 ms burst the bucket allows
    QVERIFY2(elapsedMs >= 400, qPrintable(QString::number(elapsedMs)));
}

void TestFaultProxy::blackholeHoldsDataAndKeepsConnectionsOpen()
{
    QSignalSpy accepted(m_proxy, &FaultProxy::connectionAccepted);
    QSignalSpy closed(m_proxy, &FaultProxy::connectionClosed);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    QCOMPARE(echoThrough(socket, "before"), QByteArray("before"));

    m_proxy->setBlackhole(true);
    QVERIFY(m_proxy->isBlackholed(Direction::ClientToServer));
    QVERIFY(m_proxy->isBlackholed(Direction::ServerToClient));
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received.append(socket.readAll()); });
    const QByteArray held = randomBytes(300 * 1024, 3); // more than the socket buffers hold
    socket.write(held);
    QTest::qWait(300);
    QVERIFY(received.isEmpty());
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_proxy->connectionCount(), 1);

    m_proxy->setBlackhole(false);
    QVERIFY(!m_proxy->isBlackholed());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), held.size(), 20000);
    QVERIFY(received == held); // held back, not dropped
    socket.disconnectFromHost();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(accepted.size(), 1);
}

void TestFaultProxy::blackholeOneDirection()
{
    RawServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    m_proxy->setUpstream(upstream.serverPort());
    RawPeer client = connectRaw(m_proxy->port());
    QVERIFY(client.fd >= 0);
    QTRY_COMPARE(upstream.peers.size(), 1);
    RawPeer &server = upstream.peers[0];

    m_proxy->setBlackhole(true, Direction::ClientToServer);
    client.send("lost in the hole");
    server.send("still flows down");
    QTRY_COMPARE(dataOf(client), QByteArray("still flows down"));
    QTest::qWait(100);
    server.update();
    QVERIFY(server.data.isEmpty());

    m_proxy->setBlackhole(false, Direction::ClientToServer);
    QTRY_COMPARE(dataOf(server), QByteArray("lost in the hole"));
    ::close(client.fd);
}

void TestFaultProxy::resetSendsARealRst_data()
{
    QTest::addColumn<Side>("side");
    QTest::addColumn<End>("clientEnd");
    QTest::addColumn<End>("serverEnd");

    QTest::newRow("both") << Side::Both << End::Reset << End::Reset;
    QTest::newRow("client side") << Side::Client << End::Reset << End::Fin;
    QTest::newRow("server side") << Side::Server << End::Fin << End::Reset;
}

void TestFaultProxy::resetSendsARealRst()
{
    QFETCH(Side, side);
    QFETCH(End, clientEnd);
    QFETCH(End, serverEnd);

    RawServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    m_proxy->setUpstream(upstream.serverPort());
    RawPeer client = connectRaw(m_proxy->port());
    QVERIFY(client.fd >= 0);
    QTRY_COMPARE(upstream.peers.size(), 1);
    client.send("hello");
    QTRY_COMPARE(dataOf(upstream.peers[0]), QByteArray("hello"));

    m_proxy->resetConnections(side);
    QTRY_COMPARE(client.update(), clientEnd);
    QTRY_COMPARE(upstream.peers[0].update(), serverEnd);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
    ::close(client.fd);
}

void TestFaultProxy::slowCloseDelaysTheFin()
{
    RawServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    m_proxy->setUpstream(upstream.serverPort());
    const int delayMs = 300;
    MAXMON_VERIFY(m_proxy->setCloseDelay(delayMs, Direction::ServerToClient));
    RawPeer client = connectRaw(m_proxy->port());
    QVERIFY(client.fd >= 0);
    QTRY_COMPARE(upstream.peers.size(), 1);

    upstream.peers[0].send("last words");
    QElapsedTimer timer;
    timer.start();
    ::shutdown(upstream.peers[0].fd, SHUT_RDWR); // the server's FIN
    // the data comes at once, the FIN only after the delay
    QTRY_COMPARE(dataOf(client), QByteArray("last words"));
    QTRY_COMPARE_WITH_TIMEOUT(client.update(), End::Fin, 5000);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY2(elapsedMs >= delayMs, qPrintable(QString::number(elapsedMs)));
    ::close(client.fd);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
}

void TestFaultProxy::refusesNewConnectionsAndAcceptsAgain()
{
    QTcpSocket open;
    open.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(open.waitForConnected(5000));
    QCOMPARE(echoThrough(open, "a"), QByteArray("a"));

    const quint16 port = m_proxy->port();
    MAXMON_VERIFY(m_proxy->setRefuseConnections(true));
    QVERIFY(m_proxy->isRefusingConnections());
    QTcpSocket refused;
    QSignalSpy errors(&refused, &QTcpSocket::errorOccurred);
    refused.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::ConnectionRefusedError);
    // connections made before are not touched
    QCOMPARE(echoThrough(open, "b"), QByteArray("b"));

    MAXMON_VERIFY(m_proxy->setRefuseConnections(false));
    QCOMPARE(m_proxy->port(), port);
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(again.waitForConnected(5000));
    QCOMPARE(echoThrough(again, "c"), QByteArray("c"));
    QCOMPARE(m_proxy->acceptedCount(), 2);
}

void TestFaultProxy::slicesWritesIntoTinyChunks()
{
    RawServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    m_proxy->setUpstream(upstream.serverPort());
    MAXMON_VERIFY(m_proxy->setSlicing(1, 7, Direction::ServerToClient));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE(upstream.peers.size(), 1);
    QByteArray received;
    int reads = 0;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        received.append(socket.readAll());
        ++reads;
    });

    const QByteArray data = randomBytes(700, 11);
    upstream.peers[0].send(data); // one write of 700 bytes
    QTRY_COMPARE(received.size(), data.size());
    QVERIFY(received == data);
    // at most 7 bytes per write: the reader sees the bytes trickle in
    QVERIFY2(reads >= 20, qPrintable(QString::number(reads)));
}

void TestFaultProxy::dropsConnectionsAfterAGivenTime()
{
    RawServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    m_proxy->setUpstream(upstream.serverPort());
    const int dropMs = 200;
    MAXMON_VERIFY(m_proxy->setDropAfter(dropMs));

    QElapsedTimer timer;
    timer.start();
    RawPeer client = connectRaw(m_proxy->port());
    QVERIFY(client.fd >= 0);
    QTRY_COMPARE(upstream.peers.size(), 1);
    QCOMPARE(client.update(), End::Open);
    QTRY_COMPARE_WITH_TIMEOUT(client.update(), End::Reset, 5000);
    QVERIFY2(timer.elapsed() >= dropMs, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(upstream.peers[0].update(), End::Reset);
    ::close(client.fd);

    // turned off, connections live on
    MAXMON_VERIFY(m_proxy->setDropAfter(0));
    RawPeer second = connectRaw(m_proxy->port());
    QTRY_COMPARE(upstream.peers.size(), 2);
    QTest::qWait(dropMs + 100);
    QCOMPARE(second.update(), End::Open);
    ::close(second.fd);
}

void TestFaultProxy::unreachableUpstreamResetsTheClient()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    m_proxy->setUpstream(closedPort);

    RawPeer client = connectRaw(m_proxy->port());
    QVERIFY(client.fd >= 0);
    QTRY_COMPARE(client.update(), End::Reset);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
    ::close(client.fd);
}

void TestFaultProxy::webSocketThroughASlicingProxy()
{
    ScriptedServer server;
    MAXMON_VERIFY(server.listen());
    m_proxy->setUpstream(server.port());
    MAXMON_VERIFY(m_proxy->setSlicing(1, 7));
    MAXMON_VERIFY(m_proxy->setLatency(2, 2));

    // a handshake of 1 to 7 byte segments takes a while on a busy machine
    WebSocketClient client(plainConfig(m_proxy->url(QStringLiteral("/echo")), 10000));
    MessageCollector received(&client);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, ConnectionState::Connected));

    const QString text = QString::fromLatin1(randomBytes(6000, 5).toBase64());
    QVERIFY(client.sendText(text));
    MAXMON_VERIFY(received.waitForText(text, 20000));

    QVERIFY(client.close());
    MAXMON_VERIFY(waitForState(client, ConnectionState::Disconnected));
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
    QCOMPARE(m_proxy->acceptedCount(), 1);
}

void TestFaultProxy::tlsThroughTheProxyAndClearedFaults()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const TestPki &pki = TestPki::shared();
    ScriptedServer server;
    MAXMON_VERIFY(server.listenTls(pki.serverConfiguration()));
    m_proxy->setUpstream(server.port());
    MAXMON_VERIFY(m_proxy->setLatency(30));
    MAXMON_VERIFY(m_proxy->setSlicing(1, 50));
    const QUrl url = m_proxy->url(QStringLiteral("wss"), QStringLiteral("/echo"));
    QCOMPARE(url.toString(), QStringLiteral("wss://127.0.0.1:%1/echo").arg(m_proxy->port()));
    ConnectionConfig config = plainConfig(url);
    config.tls.caFile = pki.path(QStringLiteral("ca.pem"));
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, ConnectionState::Connected));
    QVERIFY(client.diagnostics().handshakeMs >= 60); // at least one round trip through the latency

    m_proxy->clearFaults();
    QCOMPARE(m_proxy->latencyMs(Direction::ServerToClient), 0);
    QVERIFY(client.sendText(QStringLiteral("after the faults")));
    MAXMON_VERIFY(waitForText(client, QStringLiteral("after the faults")));
}

void TestFaultProxy::invalidFaultsAreRefused_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative latency") << 0 << QStringLiteral("setLatency(-1, 0) refused");
    QTest::newRow("jitter over latency") << 1 << QStringLiteral("setLatency(10, 20) refused");
    QTest::newRow("negative bandwidth") << 2 << QStringLiteral("a negative bandwidth");
    QTest::newRow("slices 0..7") << 3 << QStringLiteral("1 <= minBytes <= maxBytes");
    QTest::newRow("slices 9..3") << 4 << QStringLiteral("setSlicing(9, 3) refused");
    QTest::newRow("negative close delay") << 5 << QStringLiteral("setCloseDelay(-3) refused");
    QTest::newRow("negative drop") << 6 << QStringLiteral("setDropAfter(-1) refused");
    QTest::newRow("upstream port 0") << 7 << QStringLiteral("upstream port 0");
}

void TestFaultProxy::invalidFaultsAreRefused()
{
    QFETCH(int, fault);
    QFETCH(QString, expected);
    FaultProxy other;
    const Check check = [&] {
        switch (fault) {
        case 0:
            return m_proxy->setLatency(-1);
        case 1:
            return m_proxy->setLatency(10, 20);
        case 2:
            return m_proxy->setBandwidth(-5);
        case 3:
            return m_proxy->setSlicing(0, 7);
        case 4:
            return m_proxy->setSlicing(9, 3);
        case 5:
            return m_proxy->setCloseDelay(-3);
        case 6:
            return m_proxy->setDropAfter(-1);
        default:
            return other.listen(0);
        }
    }();
    QVERIFY(!check);
    QVERIFY2(check.message().contains(expected), qPrintable(check.message()));
    // nothing changed: bytes still pass at once
    QCOMPARE(m_proxy->latencyMs(), 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    QCOMPARE(echoThrough(socket, "intact"), QByteArray("intact"));
}

void TestFaultProxy::listenFailureSaysWhy()
{
    FaultProxy second;
    const Check check = second.listen(m_echo->port(), QStringLiteral("127.0.0.1"), m_proxy->port());
    QVERIFY(!check);
    QVERIFY2(check.message().contains(QString::number(m_proxy->port())),
             qPrintable(check.message()));
    QVERIFY(!second.isListening());
}

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
