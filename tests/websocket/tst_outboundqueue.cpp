// OutboundQueue: bounded, ordered, and exact about what is unconfirmed.
#include "websocket/outboundqueue.h"

#include <QTest>

using namespace maxmon;

namespace {

Message numbered(int n)
{
    return Message::fromText(Message::Direction::Outgoing, QByteArray::number(n))
        .withId(QString::number(n));
}

QStringList idsOf(const QList<Message> &messages)
{
    QStringList ids;
    for (const Message &m : messages)
        ids.append(m.id());
    return ids;
}

} // namespace

class TestOutboundQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOrder();
    void refusesBeyondCapacity();
    void confirmsInOrder();
    void reportsExactlyTheUnconfirmed();
    void discardsPendingWithCount();
};

void TestOutboundQueue::keepsOrder()
{
    OutboundQueue queue(10);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(queue.enqueue(numbered(i)));
    QStringList order;
    while (queue.hasPending())
        order.append(queue.takeNextPending().id());
    QCOMPARE(order,
             (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("4"), QStringLiteral("5") }));
    QVERIFY(queue.takeNextPending().isNull());
}

void TestOutboundQueue::refusesBeyondCapacity()
{
    OutboundQueue queue(2);
    QVERIFY(queue.enqueue(numbered(1)));
    QVERIFY(queue.enqueue(numbered(2)));
    const Result<void> third = queue.enqueue(numbered(3));
    QVERIFY(!third);
    QCOMPARE(third.error().code(), Error::Code::QueueFull);
    QVERIFY(third.error().message().contains(QLatin1String("2 messages")));
    QCOMPARE(queue.pendingCount(), 2);
    QCOMPARE(queue.counters().rejected, 1);
    QCOMPARE(queue.counters().queued, 2);
    queue.takeNextPending();
    QVERIFY(queue.enqueue(numbered(3)));
}

void TestOutboundQueue::confirmsInOrder()
{
    OutboundQueue queue;
    QCOMPARE(queue.recordWritten(numbered(1)), 1u);
    QCOMPARE(queue.recordWritten(numbered(2)), 2u);
    const quint64 probeAfter = queue.lastWrittenSequence();
    QCOMPARE(queue.recordWritten(numbered(3)), 3u);
    QCOMPARE(queue.confirmUpTo(probeAfter), 2);
    QCOMPARE(queue.unconfirmedCount(), 1);
    QCOMPARE(queue.confirmUpTo(probeAfter), 0); // a duplicate pong confirms nothing new
    QCOMPARE(queue.counters().confirmed, 2);
}

void TestOutboundQueue::reportsExactlyTheUnconfirmed()
{
    OutboundQueue queue;
    for (int i = 1; i <= 6; ++i)
        queue.recordWritten(numbered(i));
    queue.confirmUpTo(4);
    const QList<Message> lost = queue.takeUnconfirmed();
    QCOMPARE(idsOf(lost), (QStringList { QStringLiteral("5"), QStringLiteral("6") }));
    QCOMPARE(queue.unconfirmedCount(), 0);
    const OutboundQueue::Counters c = queue.counters();
    QCOMPARE(c.written, 6);
    QCOMPARE(c.confirmed + c.unconfirmed, c.written);
    // sequence numbers keep growing across connections
    QCOMPARE(queue.recordWritten(numbered(7)), 7u);
}

void TestOutboundQueue::discardsPendingWithCount()
{
    OutboundQueue queue;
    queue.enqueue(numbered(1));
    queue.enqueue(numbered(2));
    QCOMPARE(idsOf(queue.discardPending()),
             (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
    QVERIFY(!queue.hasPending());
    QCOMPARE(queue.counters().discarded, 2);
}

QTEST_GUILESS_MAIN(TestOutboundQueue)
#include "tst_outboundqueue.moc"
