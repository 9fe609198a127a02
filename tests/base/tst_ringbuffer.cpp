// RingBuffer: the one bounded ring behind LatencyStats and the charts' TimeRing.
#include <maxmon/ringbuffer.h>

#include <QTest>

using maxmon::RingBuffer;

namespace {

QList<int> contents(const RingBuffer<int> &ring)
{
    QList<int> values;
    for (qsizetype i = 0; i < ring.size(); ++i)
        values.append(ring.at(i));
    return values;
}

RingBuffer<int> filled(qsizetype capacity, int count)
{
    RingBuffer<int> ring(capacity);
    for (int value = 1; value <= count; ++value)
        ring.push(value);
    return ring;
}

} // namespace

class TestRingBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void push_data();
    void push();
    void capacityAtLeastOne();
    void partitionPoint_data();
    void partitionPoint();
    void dropFirst_data();
    void dropFirst();
    void clear();
};

void TestRingBuffer::push_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("pushed"); // 1, 2, ... pushed
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("empty") << 3 << 0 << QList<int> {};
    QTest::newRow("not full") << 3 << 2 << QList<int> { 1, 2 };
    QTest::newRow("full") << 3 << 3 << QList<int> { 1, 2, 3 };
    QTest::newRow("one over") << 3 << 4 << QList<int> { 2, 3, 4 };
    QTest::newRow("wrapped twice") << 3 << 7 << QList<int> { 5, 6, 7 };
    QTest::newRow("capacity one") << 1 << 5 << QList<int> { 5 };
}

void TestRingBuffer::push()
{
    QFETCH(int, capacity);
    QFETCH(int, pushed);
    QFETCH(QList<int>, expected);
    const RingBuffer<int> ring = filled(capacity, pushed);
    QCOMPARE(contents(ring), expected);
    QCOMPARE(ring.size(), expected.size());
    QCOMPARE(ring.isEmpty(), expected.isEmpty());
    QCOMPARE(ring.isFull(), expected.size() == capacity);
    if (!expected.isEmpty()) {
        QCOMPARE(ring.first(), expected.first());
        QCOMPARE(ring.last(), expected.last());
    }
}

void TestRingBuffer::capacityAtLeastOne()
{
    RingBuffer<int> ring(0);
    QCOMPARE(ring.capacity(), 1);
    ring.push(1);
    ring.push(2);
    QCOMPARE(contents(ring), QList<int> { 2 });
}

void TestRingBuffer::partitionPoint_data()
{
    QTest::addColumn<int>("pushed");
    QTest::addColumn<int>("below"); // the point of "value < below"
    QTest::addColumn<int>("expected");
    // capacity 4: after 6 pushes the ring holds 3, 4, 5, 6 across the wrap
    QTest::newRow("before all") << 6 << 1 << 0;
    QTest::newRow("first") << 6 << 3 << 0;
    QTest::newRow("across the wrap") << 6 << 5 << 2;
    QTest::newRow("last") << 6 << 6 << 3;
    QTest::newRow("after all") << 6 << 9 << 4;
    QTest::newRow("empty") << 0 << 9 << 0;
}

void TestRingBuffer::partitionPoint()
{
    QFETCH(int, pushed);
    QFETCH(int, below);
    QFETCH(int, expected);
    const RingBuffer<int> ring = filled(4, pushed);
    QCOMPARE(ring.partitionPoint([below](int value) { return value < below; }), expected);
}

void TestRingBuffer::dropFirst_data()
{
    QTest::addColumn<int>("pushed");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none") << 6 << 0 << QList<int> { 3, 4, 5, 6 };
    QTest::newRow("negative") << 6 << -1 << QList<int> { 3, 4, 5, 6 };
    QTest::newRow("two across the wrap") << 6 << 2 << QList<int> { 5, 6 };
    QTest::newRow("all") << 6 << 4 << QList<int> {};
    QTest::newRow("more than all") << 6 << 9 << QList<int> {};
    QTest::newRow("not full") << 3 << 1 << QList<int> { 2, 3 };
}

void TestRingBuffer::dropFirst()
{
    QFETCH(int, pushed);
    QFETCH(int, count);
    QFETCH(QList<int>, expected);
    RingBuffer<int> ring = filled(4, pushed);
    ring.dropFirst(count);
    QCOMPARE(contents(ring), expected);
    // still a ring of the same capacity: the next pushes keep the newest four
    for (int value = 10; value < 15; ++value)
        ring.push(value);
    QCOMPARE(contents(ring), (QList<int> { 11, 12, 13, 14 }));
}

void TestRingBuffer::clear()
{
    RingBuffer<int> ring = filled(3, 5);
    ring.clear();
    QVERIFY(ring.isEmpty());
    QCOMPARE(ring.capacity(), 3);
    ring.push(7);
    QCOMPARE(contents(ring), QList<int> { 7 });
}

QTEST_GUILESS_MAIN(TestRingBuffer)
#include "tst_ringbuffer.moc"
