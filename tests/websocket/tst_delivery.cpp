// What happens to sent messages: confirmation by pong, exact reports of
// what is unconfirmed when a connection dies, the confirming close, and
// back-pressure on a slow link.
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/waits.h>
#include <maxmon/websocketclient.h>

#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

ConnectionConfig throughProxy(const FaultProxy &proxy, const QString &path)
{
    ConnectionConfig config = plainConfig(proxy.url(path));
    config.closeTimeoutMs = 1000;
    return config;
}

QStringList idsOf(const QList<Message> &messages)
{
    QStringList ids;
    for (const Message &message : messages)
        ids.append(message.id());
    return ids;
}

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pongsConfirmWhatWasWrittenBefore();
    void deadLinkReportsExactlyTheUnconfirmed();
    void closeConfirmsBeforeTheCloseFrame();
    void closeWithoutConfirmationReportsTheRest();
    void slowLinkHoldsMessagesBackInOrder();

private:
    ScriptedServer *m_server = nullptr;
    FaultProxy *m_proxy = nullptr;
};

void TestDelivery::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_proxy = new FaultProxy(this);
    MAXMON_VERIFY(m_proxy->listen(m_server->port()));
}

void TestDelivery::cleanup()
{
    delete m_proxy;
    delete m_server;
}

void TestDelivery::pongsConfirmWhatWasWrittenBefore()
{
    ConnectionConfig config = throughProxy(*m_proxy, QStringLiteral("/sink"));
    config.heartbeat.enabled = true;
    config.heartbeat.intervalMs = 50;
    config.heartbeat.adaptive = false;
    WebSocketClient client(config);
    QSignalSpy unconfirmed(&client, &WebSocketClient::messagesUnconfirmed);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    for (int i = 0; i < 10; ++i)
        QVERIFY(client.sendText(QString::number(i)));
    QCOMPARE(client.diagnostics().delivery.unconfirmed, 10);
    QTRY_COMPARE(client.diagnostics().delivery.confirmed, 10);
    QCOMPARE(client.diagnostics().delivery.unconfirmed, 0);
    QCOMPARE(m_server->receivedTexts().size(), 10);
    QVERIFY(client.close());
    MAXMON_VERIFY(waitForState(client, State::Disconnected));
    QCOMPARE(unconfirmed.size(), 0);
}

void TestDelivery::deadLinkReportsExactlyTheUnconfirmed()
{
    ConnectionConfig config = throughProxy(*m_proxy, QStringLiteral("/sink"));
    WebSocketClient client(config);
    QSignalSpy unconfirmed(&client, &WebSocketClient::messagesUnconfirmed);
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));

    // arrive, but no ping proves it
    QVERIFY(client.sendText(QStringLiteral("a")));
    QVERIFY(client.sendText(QStringLiteral("b")));
    QTRY_COMPARE(m_server->receivedTexts().size(), 2);
    // never arrive
    m_proxy->setBlackhole(true, FaultProxy::Direction::ClientToServer);
    QStringList lostIds;
    for (int i = 0; i < 3; ++i)
        lostIds.append(*client.sendText(QStringLiteral("lost %1").arg(i)));
    QTRY_COMPARE(client.diagnostics().delivery.bytesToWrite, 0); // all in the proxy's hands
    m_proxy->resetConnections();
    MAXMON_VERIFY(waitForState(client, State::Error));

    QCOMPARE(unconfirmed.size(), 1);
    const QList<Message> reported = unconfirmed.at(0).at(0).value<QList<Message>>();
    QCOMPARE(reported.size(), 5); // a, b and the three lost ones: nothing proved any of them
    QCOMPARE(idsOf(reported).mid(2), lostIds);
    QCOMPARE(m_server->receivedTexts(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    const Error report = errors.last().at(0).value<Error>();
    QCOMPARE(report.code(), Error::Code::Unconfirmed);
    QCOMPARE(report.context().value(QLatin1String("count")).toInt(), 5);
    for (const QString &id : lostIds)
        QVERIFY(report.detail().contains(id));
    const DeliveryStatus delivery = client.diagnostics().delivery;
    QCOMPARE(delivery.written, 5);
    QCOMPARE(delivery.lost, 5);
    QCOMPARE(delivery.confirmed, 0);
    QCOMPARE(client.lastError().code(), Error::Code::ConnectionLost); // not overwritten
}

void TestDelivery::closeConfirmsBeforeTheCloseFrame()
{
    WebSocketClient client(throughProxy(*m_proxy, QStringLiteral("/sink")));
    QSignalSpy unconfirmed(&client, &WebSocketClient::messagesUnconfirmed);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    MAXMON_VERIFY(m_proxy->setLatency(30)); // the confirmation has to wait for the link
    for (int i = 0; i < 100; ++i)
        QVERIFY(client.sendText(QString::number(i)));
    QVERIFY(client.close());
    QCOMPARE(client.state(), State::Disconnecting);
    MAXMON_VERIFY(waitForState(client, State::Disconnected));
    QCOMPARE(unconfirmed.size(), 0);
    QCOMPARE(client.diagnostics().delivery.confirmed, 100);
    QCOMPARE(m_server->receivedTexts().size(), 100);
    QCOMPARE(client.diagnostics().lastCloseCode, 1000);
}

void TestDelivery::closeWithoutConfirmationReportsTheRest()
{
    WebSocketClient client(throughProxy(*m_proxy, QStringLiteral("/sink")));
    QSignalSpy unconfirmed(&client, &WebSocketClient::messagesUnconfirmed);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    m_proxy->setBlackhole(true);
    QVERIFY(client.sendText(QStringLiteral("stuck")));
    QVERIFY(client.close());
    // the confirming pong never comes: after closeTimeoutMs the close goes on
    MAXMON_VERIFY(waitForState(client, State::Disconnected));
    QCOMPARE(unconfirmed.size(), 1);
    QCOMPARE(unconfirmed.at(0).at(0).value<QList<Message>>().size(), 1);
}

void TestDelivery::slowLinkHoldsMessagesBackInOrder()
{
    ConnectionConfig config = throughProxy(*m_proxy, QStringLiteral("/sink"));
    config.outboundHighWaterBytes = 8 * 1024;
    config.messageQueueSize = 1000;
    WebSocketClient client(config);
    QVERIFY(client.open());
    MAXMON_VERIFY(waitForState(client, State::Connected));
    MAXMON_VERIFY(m_proxy->setBandwidth(256 * 1024, FaultProxy::Direction::ClientToServer));
    m_proxy->setBlackhole(true, FaultProxy::Direction::ClientToServer);

    const QByteArray filler(1000, 'x');
    int maxBytesToWrite = 0;
    for (int i = 0; i < 400; ++i) {
        QVERIFY(
            client.sendText(QString::number(i) + QLatin1Char(':') + QString::fromLatin1(filler)));
        maxBytesToWrite =
            std::max<int>(maxBytesToWrite, client.diagnostics().delivery.bytesToWrite);
    }
    // the socket took what the kernel would; the rest waits in the queue
    QTRY_VERIFY(client.diagnostics().delivery.pending > 0);
    QVERIFY2(maxBytesToWrite <= 8 * 1024 + 1100, qPrintable(QString::number(maxBytesToWrite)));
    QCOMPARE(client.diagnostics().delivery.rejected, 0);

    m_proxy->setBlackhole(false, FaultProxy::Direction::ClientToServer);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->receivedTexts().size(), 400, 20000);
    for (int i = 0; i < 400; ++i)
        QVERIFY(m_server->receivedTexts().at(i).startsWith(QString::number(i) + QLatin1Char(':')));
    QCOMPARE(client.diagnostics().delivery.pending, 0);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
