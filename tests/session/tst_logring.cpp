// LogRing, the log's compact in-memory layout: messages come back exactly
// (bytes, kind, id, times, meta), payloads live in arena blocks that are
// released as the oldest entries go, large payloads are shared, the JSON
// kind is decided once, the index records wrap around, grow and shrink
// with every entry and byte count intact, and an entry costs far less than
// 200 bytes.
#include "session/logring.h"

#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;

class TestLogRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesComeBackExactly();
    void eventsAreEntries();
    void blocksAreReleasedAsEntriesGo();
    void largePayloadsAreShared();
    void kindIsDecidedOnce();
    void wrapsGrowsAndShrinks();
    void indexTakesAndReleasesWholeChunks();
    void idsBeyond32BitsComeBack();
    void compact();
};

void TestLogRing::messagesComeBackExactly()
{
    LogRing ring;
    const QList<Message> messages {
        Message::fromText(Direction::Outgoing, QStringLiteral("{\"a\":1}"))
            .withId(QStringLiteral("123"))
            .withTimestamps(1700000000000001, 42),
        Message::fromText(Direction::Incoming, QByteArray("\xff bad utf-8"))
            .withId(QStringLiteral("007")),
        Message::fromBinary(Direction::Incoming, QByteArray("\x00\x01", 2))
            .withId(QStringLiteral("id-x"))
            .withMeta(QJsonObject { { QStringLiteral("k"), true } }),
        Message::control(Message::Kind::Pong, Direction::Incoming, QByteArray()),
        Message::closeFrame(Direction::Outgoing, 4000, QStringLiteral("done")),
    };
    for (int i = 0; i < messages.size(); ++i)
        ring.append(messages.at(i), i + 10);
    QCOMPARE(ring.size(), messages.size());
    for (int i = 0; i < messages.size(); ++i) {
        QCOMPARE(ring.message(i), messages.at(i));
        QCOMPARE(ring.message(i).monotonicNs(), messages.at(i).monotonicNs());
        QCOMPARE(ring.sequence(i), i + 10);
        QCOMPARE(ring.kind(i), messages.at(i).kind());
        QCOMPARE(ring.direction(i), messages.at(i).direction());
        QCOMPARE(ring.payloadSize(i), messages.at(i).size());
        QVERIFY(!ring.isEvent(i));
    }
    QCOMPARE(ring.message(1).id(), QStringLiteral("007")); // not a number: kept as it was
    QCOMPARE(ring.bytes(), 7 + 11 + 2 + 0 + 6);
}

void TestLogRing::eventsAreEntries()
{
    LogRing ring;
    const SessionEvent event(SessionEvent::Type::Error, QStringLiteral("boom"),
                             QJsonObject { { QStringLiteral("code"), QStringLiteral("X") } }, 5);
    ring.append(Message::fromText(Direction::Incoming, QByteArray("a")));
    ring.append(event, 3);
    QVERIFY(ring.isEvent(1));
    QCOMPARE(ring.event(1), event);
    QVERIFY(ring.message(1).isNull());
    QVERIFY(ring.entry(1).isEvent());
    QCOMPARE(ring.entry(1).sequence(), 3);
    QCOMPARE(ring.bytes(), 1);
    ring.dropFront(2);
    QCOMPARE(ring.size(), 0);
    QCOMPARE(ring.firstIndex(), 2);
}

void TestLogRing::blocksAreReleasedAsEntriesGo()
{
    LogRing ring;
    const QByteArray payload(1000, 'x');
    const int perBlock = static_cast<int>(LogRing::BlockBytes / payload.size());
    for (int n = 0; n < perBlock * 10; ++n)
        ring.append(Message::fromText(Direction::Incoming, payload));
    const qint64 full = ring.memoryBytes();
    QVERIFY(full >= 10 * LogRing::BlockBytes);
    ring.dropFront(perBlock * 8);
    // eight blocks freed; at most two kept back for reuse
    QVERIFY(ring.memoryBytes() <= full - 6 * LogRing::BlockBytes);
    for (qint64 i = ring.firstIndex(); i < ring.endIndex(); ++i)
        QCOMPARE(ring.rawPayload(i), payload);
    // reused blocks hold the new payloads right
    for (int n = 0; n < perBlock * 3; ++n)
        ring.append(
            Message::fromText(Direction::Incoming, QByteArray::number(n).leftJustified(1000, '.')));
    QCOMPARE(ring.message(ring.endIndex() - 1).payload(),
             QByteArray::number(perBlock * 3 - 1).leftJustified(1000, '.'));
    ring.clear();
    QCOMPARE(ring.memoryBytes(), 0);
    QCOMPARE(ring.bytes(), 0);
}

void TestLogRing::largePayloadsAreShared()
{
    LogRing ring;
    const Message large =
        Message::fromBinary(Direction::Incoming, QByteArray(LogRing::LargeBytes, 'L'));
    ring.append(large);
    QCOMPARE(ring.message(0).payload().constData(), large.payload().constData()); // no copy
    QCOMPARE(ring.bytes(), LogRing::LargeBytes);
}

void TestLogRing::kindIsDecidedOnce()
{
    LogRing ring;
    ring.append(Message::fromText(Direction::Incoming, QByteArray("{\"json\":true}")));
    ring.append(Message::fromText(Direction::Incoming, QByteArray("{not json")));
    const qint64 before = Message::jsonParseCount();
    QCOMPARE(ring.kind(0), Message::Kind::Json);
    QCOMPARE(ring.kind(1), Message::Kind::Text);
    QCOMPARE(Message::jsonParseCount(), before + 2);
    QCOMPARE(ring.kind(0), Message::Kind::Json);
    QCOMPARE(ring.kind(1), Message::Kind::Text);
    QCOMPARE(Message::jsonParseCount(), before + 2); // kept with the entry
}

void TestLogRing::wrapsGrowsAndShrinks()
{
    LogRing ring;
    qint64 next = 0; // the number of the next message, also its sequence
    const auto payloadOf = [](qint64 n) {
        return QByteArray::number(n).repeated(int(n % 5));
    };
    const auto add = [&](int count) {
        for (int i = 0; i < count; ++i, ++next) {
            if (next % 97 == 0)
                ring.append(SessionEvent::gap(next), next);
            else
                ring.append(Message::fromText(Direction::Incoming, payloadOf(next)), next);
        }
    };
    const auto check = [&] {
        QCOMPARE(ring.endIndex(), next);
        qint64 bytes = 0;
        for (qint64 i = ring.firstIndex(); i < ring.endIndex(); ++i) {
            QCOMPARE(ring.bytesBefore(i) - ring.bytesBefore(ring.firstIndex()), bytes);
            QCOMPARE(ring.sequence(i), i);
            QCOMPARE(ring.isEvent(i), i % 97 == 0);
            if (!ring.isEvent(i)) {
                QCOMPARE(ring.rawPayload(i), payloadOf(i));
                bytes += payloadOf(i).size();
            }
        }
        QCOMPARE(ring.bytes(), bytes);
        QCOMPARE(ring.bytesBefore(ring.endIndex()) - ring.bytesBefore(ring.firstIndex()), bytes);
    };
    // the oldest go while new ones come: the records wrap around, then
    // grow while wrapped
    for (int round = 0; round < 40; ++round) {
        add(700 + round * 37);
        ring.dropFront(600);
        check();
    }
    const qint64 grown = ring.memoryBytes();
    // most of them go: the records shrink, the rest stay intact
    ring.dropFront(ring.size() - 100);
    check();
    QVERIFY(ring.memoryBytes() < grown);
    add(5000);
    check();
    ring.dropFront(ring.size());
    QCOMPARE(ring.bytes(), 0);
    add(3);
    check();
}

void TestLogRing::indexTakesAndReleasesWholeChunks()
{
    LogRing ring;
    const qint64 chunk = LogRing::ChunkEntries;
    const auto payloadOf = [](qint64 n) {
        return QByteArray::number(n * 7919);
    };
    qint64 next = 0;
    const auto add = [&](qint64 count) {
        for (qint64 i = 0; i < count; ++i, ++next)
            ring.append(Message::fromText(Direction::Incoming, payloadOf(next)), next);
    };
    const auto check = [&] {
        for (qint64 i = ring.firstIndex(); i < ring.endIndex(); ++i) {
            QCOMPARE(ring.sequence(i), i);
            QCOMPARE(ring.rawPayload(i), payloadOf(i));
            QCOMPARE(ring.payloadSize(i), payloadOf(i).size());
        }
    };
    QCOMPARE(ring.chunkCount(), 0);
    add(1);
    QCOMPARE(ring.chunkCount(), 1);
    add(3 * chunk - 1); // exactly three full chunks
    QCOMPARE(ring.chunkCount(), 3);
    add(1);
    QCOMPARE(ring.chunkCount(), 4);
    check();
    // a log at its capacity: the oldest go as new ones come, across chunk
    // boundaries; released chunks are reused, so the count stays put
    for (int round = 0; round < 9; ++round) {
        ring.dropFront(1234);
        add(1234);
        QCOMPARE(ring.size(), 3 * chunk + 1);
        QVERIFY2(ring.chunkCount() <= 4 + 1, qPrintable(QString::number(ring.chunkCount())));
        check();
    }
    // nearly all go: the memory goes with them, but for two spare chunks
    ring.dropFront(ring.size() - 1);
    QCOMPARE(ring.chunkCount(), 1 + 2);
    check();
    add(2 * chunk); // the spares first
    QCOMPARE(ring.chunkCount(), 3);
    check();
    ring.clear();
    QCOMPARE(ring.chunkCount(), 0);
    add(chunk + 1); // numbering goes on after a clear
    QCOMPARE(ring.firstIndex(), next - chunk - 1);
    check();
}

void TestLogRing::idsBeyond32BitsComeBack()
{
    LogRing ring;
    const QStringList ids { QStringLiteral("4294967295"), QStringLiteral("4294967296"),
                            QStringLiteral("99999999999999999999"), QStringLiteral("0") };
    for (const QString &id : ids)
        ring.append(Message::fromText(Direction::Outgoing, QByteArray("x")).withId(id));
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ring.message(i).id(), ids.at(i));
}

void TestLogRing::compact()
{
    LogRing ring;
    const int count = 100000;
    const QByteArray payload(200, 'p');
    for (int n = 0; n < count; ++n)
        ring.append(Message::fromText(Direction::Outgoing, payload).withId(QString::number(n + 1)));
    const double perMessage = static_cast<double>(ring.memoryBytes()) / count - payload.size();
    QVERIFY2(perMessage < 100, qPrintable(QString::number(perMessage)));
}

QTEST_GUILESS_MAIN(TestLogRing)
#include "tst_logring.moc"
