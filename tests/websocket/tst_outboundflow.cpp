// OutboundFlow: when it asks the peer for proof of delivery. A fast sender
// gets a confirmation ping every confirmEveryMessages messages or
// confirmEveryBytes bytes, so the messages it keeps unconfirmed stay bounded.
#include "websocket/outboundflow.h"

#include <maxmon/testing/scriptedserver.h>

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace maxmon;
using namespace maxmon::testing;

class TestOutboundFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fewMessagesWaitForTheTimer();
    void aPingAfterEveryThousandMessages();
    void aPingAfterEveryMebibyte();

private:
    // Submits count messages of size bytes in one go, without the event loop.
    void submit(int count, qsizetype size);

    ScriptedServer *m_server = nullptr;
    QWebSocket *m_socket = nullptr;
    OutboundFlow *m_flow = nullptr;
};

void TestOutboundFlow::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QSignalSpy connected(m_socket, &QWebSocket::connected);
    m_socket->open(m_server->url(QStringLiteral("/sink")));
    QVERIFY(connected.wait());
    m_flow = new OutboundFlow(this);
    // as WebSocketClient does: the pongs to the flow's pings are its proof
    connect(m_socket, &QWebSocket::pong, m_flow,
            [this](quint64, const QByteArray &payload) { m_flow->handlePong(payload); });
    m_flow->attach(m_socket);
}

void TestOutboundFlow::cleanup()
{
    delete m_flow;
    delete m_socket;
    delete m_server;
}

void TestOutboundFlow::submit(int count, qsizetype size)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(m_flow->submit(Message::fromBinary(
            Message::Direction::Outgoing, QByteArray(size, static_cast<char>('a' + i % 26)))));
}

void TestOutboundFlow::fewMessagesWaitForTheTimer()
{
    submit(10, 100);
    QCOMPARE(m_flow->lastConfirmationRequested(), quint64(0));
    QCOMPARE(m_flow->unconfirmedCount(), 10);
    QTRY_COMPARE(m_flow->lastConfirmationRequested(), quint64(10));
    QTRY_COMPARE(m_flow->counters().confirmed, 10);
    QCOMPARE(m_flow->unconfirmedCount(), 0);
}

void TestOutboundFlow::aPingAfterEveryThousandMessages()
{
    QSignalSpy allConfirmed(m_flow, &OutboundFlow::allConfirmed);
    submit(OutboundFlow::confirmEveryMessages - 1, 10);
    QCOMPARE(m_flow->lastConfirmationRequested(), quint64(0));
    submit(1, 10);
    QCOMPARE(m_flow->lastConfirmationRequested(), quint64(OutboundFlow::confirmEveryMessages));
    // a second one although the first is not answered yet
    submit(OutboundFlow::confirmEveryMessages + 500, 10);
    QCOMPARE(m_flow->lastConfirmationRequested(), quint64(2 * OutboundFlow::confirmEveryMessages));
    QCOMPARE(m_flow->unconfirmedCount(), 2 * OutboundFlow::confirmEveryMessages + 500);
    // the pongs confirm in order; the timer's ping covers the last 500
    QTRY_COMPARE(m_flow->counters().confirmed, 2 * OutboundFlow::confirmEveryMessages + 500);
    QCOMPARE(m_flow->unconfirmedCount(), 0);
    QCOMPARE(allConfirmed.size(), 1);
    QTRY_COMPARE(m_server->receivedBinaries().size(), 2 * OutboundFlow::confirmEveryMessages + 500);
}

void TestOutboundFlow::aPingAfterEveryMebibyte()
{
    const qsizetype size = OutboundFlow::confirmEveryBytes * 2 / 5;
    submit(2, size);
    QCOMPARE(m_flow->lastConfirmationRequested(), quint64(0));
    submit(1, size); // 1.2 MiB since the last request
    QCOMPARE(m_flow->lastConfirmationRequested(), quint64(3));
    submit(2, size); // 0.8 MiB: none yet
    QCOMPARE(m_flow->lastConfirmationRequested(), quint64(3));
    QTRY_COMPARE(m_flow->counters().confirmed, 5);
}

QTEST_GUILESS_MAIN(TestOutboundFlow)
#include "tst_outboundflow.moc"
