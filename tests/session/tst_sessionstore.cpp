// SessionStore: messages, events and samples written by the writer thread
// in batches and read back exactly; files 0600; redaction by the exports'
// rules before anything is written; a full queue or file becomes a Gap
// event with the count, never a silent drop; write errors are reported.
#include <maxmon/logexporter.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionstore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;
using Kind = Message::Kind;

namespace {

Message textAt(int n, qint64 timeUs, Direction direction = Direction::Incoming)
{
    return Message::fromText(direction, QStringLiteral("message %1").arg(n))
        .withTimestamps(timeUs, 0);
}

QList<SessionEntry> readAll(SessionReader &reader, SessionReader::Rows rows)
{
    const Result<QList<SessionEntry>> entries =
        reader.read(0, static_cast<int>(reader.rowCount(rows)), rows);
    return entries.value_or(QList<SessionEntry>());
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyKindOfMessageReadsBackExactly();
    void eventsAndSamplesInOrder();
    void commitsInBatches();
    void fileIsPrivate();
    void redactedBeforeWriting();
    void rawCopyKeepsEveryByte();
    void fullQueueBecomesAGap();
    void sizeLimitStopsWithAGap();
    void closedStoreTakesNothing();
    void writeErrorIsReported();
    void newSessionPaths();
    void defaultDirectoryIsTheDocumentedOne();
    void textIndexCatchesUp();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestSessionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSessionStore::everyKindOfMessageReadsBackExactly()
{
    const QList<Message> messages {
        Message::fromText(Direction::Outgoing, QStringLiteral("{\"a\":1}"))
            .withId(QStringLiteral("17"))
            .withTimestamps(1700000000000001, 5),
        Message::fromText(Direction::Incoming, QByteArray("plain \xff text")) // not UTF-8
            .withTimestamps(1700000000000002, 6),
        Message::fromBinary(Direction::Incoming, QByteArray("\x00\x01\xfe", 3))
            .withId(QStringLiteral("custom-id"))
            .withTimestamps(1700000000000003, 7),
        Message::control(Kind::Ping, Direction::Outgoing, "p").withTimestamps(1700000000000004, 8),
        Message::control(Kind::Pong, Direction::Incoming, "").withTimestamps(1700000000000005, 9),
        Message::closeFrame(Direction::Incoming, 1001, QStringLiteral("bye"))
            .withTimestamps(1700000000000006, 10),
        Message::fromText(Direction::Incoming, QByteArray(100000, 'x')) // kept by reference
            .withMeta(QJsonObject { { QStringLiteral("note"), QStringLiteral("big") } })
            .withTimestamps(1700000000000007, 11),
        Message::fromText(Direction::Incoming, QByteArray()).withTimestamps(1700000000000008, 1),
    };
    SessionStore store;
    store.setRawCopy(true);
    QVERIFY(store.create(path(QStringLiteral("kinds.maxmon"))));
    for (int i = 0; i < messages.size(); ++i)
        QCOMPARE(store.append(messages.at(i)), qint64(i + 1));
    QVERIFY(store.close());

    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("kinds.maxmon"))));
    QCOMPARE(reader.formatVersion(), 1);
    QCOMPARE(reader.messageCount(), qint64(messages.size()));
    const QList<SessionEntry> entries = readAll(reader, SessionReader::Rows::Messages);
    QCOMPARE(entries.size(), messages.size());
    for (int i = 0; i < messages.size(); ++i) {
        QCOMPARE(entries.at(i).sequence(), qint64(i + 1));
        QCOMPARE(entries.at(i).message(), messages.at(i)); // kind, bytes, id, time, meta
    }
    QCOMPARE(entries.at(0).message().kind(), Kind::Json);
    QCOMPARE(entries.at(5).message().closeCode(), 1001);
    // the facts of every file
    const QJsonObject meta = reader.meta().value_or(QJsonObject());
    QCOMPARE(meta.value(QStringLiteral("format")).toString(), QStringLiteral("maxmon-session"));
    QVERIFY(!meta.value(QStringLiteral("created")).toString().isEmpty());
}

void TestSessionStore::eventsAndSamplesInOrder()
{
    SessionStore store;
    QVERIFY(store.create(path(QStringLiteral("events.maxmon"))));
    store.appendEvent(
        SessionEvent::stateChange(ConnectionState::Connecting, QStringLiteral("ws://h/")));
    store.appendEvent(SessionEvent::stateChange(ConnectionState::Connected));
    for (int n = 1; n <= 3; ++n)
        store.append(textAt(n, 1700000000000000 + n));
    store.appendEvent(SessionEvent::stateChange(ConnectionState::Disconnected));
    store.appendSample(1700000001000000, 0.5, 0.7);
    store.appendSample(1700000002000000, -1); // lost
    store.setMeta(QStringLiteral("url"), QStringLiteral("ws://h/"));
    store.setMeta(QStringLiteral("profile"), QJsonObject { { QStringLiteral("name"), 1 } });
    QVERIFY(store.close());

    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("events.maxmon"))));
    QCOMPARE(reader.messageCount(), 3);
    QCOMPARE(reader.eventCount(), 3);
    const QList<SessionEntry> merged = readAll(reader, SessionReader::Rows::MessagesAndEvents);
    QStringList order;
    for (const SessionEntry &entry : merged)
        order.append(entry.isEvent()
                         ? entry.event().data().value(QStringLiteral("state")).toString()
                         : entry.message().text());
    QCOMPARE(order,
             (QStringList { QStringLiteral("Connecting"), QStringLiteral("Connected"),
                            QStringLiteral("message 1"), QStringLiteral("message 2"),
                            QStringLiteral("message 3"), QStringLiteral("Disconnected") }));
    QCOMPARE(merged.at(0).event().data().value(QStringLiteral("url")).toString(),
             QStringLiteral("ws://h/"));
    QCOMPARE(reader.mergedRowOfMessage(1), 2);
    QCOMPARE(reader.eventRows(), (QList<qint64> { 0, 1, 5 }));
    // reading from the middle of the merged rows
    const QList<SessionEntry> tail =
        reader.read(4, 10, SessionReader::Rows::MessagesAndEvents).value_or(QList<SessionEntry>());
    QCOMPARE(tail.size(), 2);
    QCOMPARE(tail.at(0).message().text(), QStringLiteral("message 3"));
    QVERIFY(tail.at(1).isEvent());

    const QList<SessionReader::Sample> samples =
        reader.samples().value_or(QList<SessionReader::Sample>());
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples.at(0).rttMs, 0.5);
    QCOMPARE(samples.at(0).p95Ms, 0.7);
    QVERIFY(samples.at(1).rttMs < 0);
    const QList<SessionReader::Second> seconds =
        reader.seconds().value_or(QList<SessionReader::Second>());
    QCOMPARE(seconds.size(), 1);
    QCOMPARE(seconds.at(0).second, 1700000000);
    QCOMPARE(seconds.at(0).messagesIn, 3);
    QCOMPARE(seconds.at(0).bytesIn, 27);
    const QJsonObject meta = reader.meta().value_or(QJsonObject());
    QCOMPARE(meta.value(QStringLiteral("url")).toString(), QStringLiteral("ws://h/"));
    QCOMPARE(meta.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toInt(),
             1);
}

void TestSessionStore::commitsInBatches()
{
    SessionStore store;
    store.setCommitIntervalMs(100);
    QVERIFY(store.create(path(QStringLiteral("batches.maxmon"))));
    QSignalSpy stored(&store, &SessionStore::stored);
    const int total = 20000;
    for (int n = 1; n <= total; ++n)
        QCOMPARE(store.append(textAt(n, n)), qint64(n));
    QCOMPARE(store.acceptedCount(), total);
    // written without flush(): the writer commits by itself, in batches
    QTRY_COMPARE_WITH_TIMEOUT(store.storedCount(), total, 30000);
    // stored() comes from the writer thread, queued: the count can be there first
    QTRY_VERIFY(!stored.isEmpty() && stored.constLast().at(0).toLongLong() == total);
    QVERIFY(stored.size() < total / 100);
    QCOMPARE(store.notStoredCount(), 0);
}

void TestSessionStore::fileIsPrivate()
{
    const QString file = path(QStringLiteral("folder/private.maxmon"));
    SessionStore store;
    QVERIFY(store.create(file));
    store.append(textAt(1, 1));
    QVERIFY(store.flush());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    for (const QString &name :
         { file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm") }) {
        QVERIFY2(QFileInfo::exists(name), qPrintable(name));
        QVERIFY2((QFileInfo(name).permissions() & ownerOnly) == ownerOnly, qPrintable(name));
        QVERIFY2(!(QFileInfo(name).permissions() & others), qPrintable(name));
    }
    QVERIFY(!(QFileInfo(path(QStringLiteral("folder"))).permissions() & others));
    QVERIFY(store.close());
    QVERIFY(!(QFileInfo(file).permissions() & others));
}

void TestSessionStore::redactedBeforeWriting()
{
    LogExporter rules;
    rules.setSecrets({ QStringLiteral("s3cr3t-token-value") });
    SessionStore store;
    store.setRedaction(rules);
    QVERIFY(store.create(path(QStringLiteral("redacted.maxmon"))));
    store.append(Message::fromText(Direction::Outgoing,
                                   QStringLiteral("{\"auth\":\"s3cr3t-token-value\",\"n\":1}")));
    store.append(Message::fromText(Direction::Incoming, QStringLiteral("GET /?token=abc123&x=1")));
    store.append(Message::fromBinary(Direction::Incoming, QByteArray("xx s3cr3t-token-value xx")));
    store.append(Message::fromText(Direction::Incoming, QStringLiteral("nothing secret")));
    QVERIFY(store.close());

    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("redacted.maxmon"))));
    const QList<SessionEntry> entries = readAll(reader, SessionReader::Rows::Messages);
    QCOMPARE(entries.size(), 4);
    // nothing of the secret anywhere in the file, and the same masks as an export
    QFile raw(path(QStringLiteral("redacted.maxmon")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("s3cr3t-token-value"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(entries.at(i).message().meta().value(QStringLiteral("redacted")).toBool(),
                 qPrintable(entries.at(i).message().text()));
    }
    QCOMPARE(entries.at(0).message().payload(), QByteArray("{\"auth\":\"***\",\"n\":1}"));
    QCOMPARE(entries.at(1).message().payload(), QByteArray("GET /?token=***&x=1"));
    QCOMPARE(entries.at(2).message().payload(), QByteArray("xx *** xx"));
    QCOMPARE(entries.at(3).message().payload(), QByteArray("nothing secret"));
    QVERIFY(entries.at(3).message().meta().isEmpty());
}

void TestSessionStore::rawCopyKeepsEveryByte()
{
    SessionStore store;
    store.setRawCopy(true);
    QVERIFY(store.create(path(QStringLiteral("raw.maxmon"))));
    const Message message =
        Message::fromText(Direction::Incoming, QStringLiteral("{\"token\":\"abc\"}"));
    store.append(message);
    QVERIFY(store.close());
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("raw.maxmon"))));
    QCOMPARE(readAll(reader, SessionReader::Rows::Messages).at(0).message().payload(),
             message.payload());
}

void TestSessionStore::fullQueueBecomesAGap()
{
    SessionStore store;
    store.setMaxQueuedBytes(64 * 1024);
    store.setCommitIntervalMs(60 * 60 * 1000); // the writer waits for flush()
    QVERIFY(store.create(path(QStringLiteral("gap.maxmon"))));
    QSignalSpy gaps(&store, &SessionStore::gapRecorded);
    const QByteArray payload(200, 'p');
    qint64 accepted = 0;
    qint64 refused = 0;
    for (int n = 0; n < 2000; ++n) {
        const qint64 sequence = store.append(Message::fromText(Direction::Incoming, payload));
        if (sequence > 0) {
            QCOMPARE(refused, 0); // refused only once full, then all
            QCOMPARE(sequence, ++accepted);
        } else {
            ++refused;
        }
    }
    QVERIFY(accepted > 100);
    QVERIFY(refused > 100);
    QCOMPARE(store.notStoredCount(), refused);
    QCOMPARE(store.acceptedCount(), accepted);
    QVERIFY(store.flush());
    // the next message that is stored comes after a Gap event with the count
    QCOMPARE(store.append(Message::fromText(Direction::Incoming, QByteArray("after"))),
             accepted + 1);
    QVERIFY(store.close());
    QTRY_COMPARE(gaps.size(), 1); // from the writer's thread, queued
    QCOMPARE(gaps.at(0).at(0).toLongLong(), refused);

    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("gap.maxmon"))));
    QCOMPARE(reader.messageCount(), accepted + 1);
    const QList<SessionEvent> events = reader.events().value_or(QList<SessionEvent>());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).type(), SessionEvent::Type::Gap);
    QCOMPARE(events.at(0).gapCount(), refused);
    QVERIFY(events.at(0).text().contains(QStringLiteral("did not keep up")));
    QCOMPARE(reader.eventRows(), QList<qint64> { accepted });
}

void TestSessionStore::sizeLimitStopsWithAGap()
{
    SessionStore store;
    store.setMaxFileBytes(256 * 1024);
    QVERIFY(store.create(path(QStringLiteral("limit.maxmon"))));
    const QByteArray payload(1000, 'x');
    int n = 0;
    while (store.notStoredCount() == 0 && n < 100000) {
        store.append(Message::fromText(Direction::Incoming, payload));
        if (++n % 50 == 0)
            QVERIFY(store.flush());
    }
    QVERIFY(store.notStoredCount() > 0);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(store.append(Message::fromText(Direction::Incoming, payload)), 0);
    const qint64 lost = store.notStoredCount();
    QVERIFY(store.close());
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("limit.maxmon"))));
    QCOMPARE(reader.messageCount() + lost, n + 10);
    const QList<SessionEvent> events = reader.events().value_or(QList<SessionEvent>());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).gapCount(), lost);
    QVERIFY(events.at(0).text().contains(QStringLiteral("size limit")));
}

void TestSessionStore::closedStoreTakesNothing()
{
    SessionStore store;
    QCOMPARE(store.append(textAt(1, 1)), 0); // never created
    QVERIFY(!store.isOpen());
    QVERIFY(store.create(path(QStringLiteral("closed.maxmon"))));
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), path(QStringLiteral("closed.maxmon")));
    QVERIFY(store.close());
    QVERIFY(store.close()); // twice is fine
    QCOMPARE(store.append(textAt(2, 2)), 0);
    QVERIFY(!store.flush(10));
}

void TestSessionStore::writeErrorIsReported()
{
    // a folder where the file should be: creating it fails with the reason
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("taken.maxmon/x")));
    SessionStore store;
    const Result<void> created = store.create(path(QStringLiteral("taken.maxmon")));
    QVERIFY(!created);
    QCOMPARE(created.error().code(), Error::Code::FileError);
    QVERIFY(created.error().message().contains(QStringLiteral("taken.maxmon")));
    QVERIFY(!store.isOpen());
}

void TestSessionStore::newSessionPaths()
{
    const QString first =
        SessionStore::newSessionPath(m_dir->path(), QStringLiteral("127.0.0.1:8765/echo?x"));
    QVERIFY(first.endsWith(QStringLiteral("-127.0.0.1_8765_echo_x.maxmon")));
    QFile(first).open(QIODevice::WriteOnly);
    const QString second =
        SessionStore::newSessionPath(m_dir->path(), QStringLiteral("127.0.0.1:8765/echo?x"));
    QVERIFY(second != first);
    QVERIFY(second.endsWith(QStringLiteral("-2.maxmon")));
}

void TestSessionStore::defaultDirectoryIsTheDocumentedOne()
{
    QStandardPaths::setTestModeEnabled(true);
    // the window's names: SECURITY.md and the man pages say ~/.local/share/maxmon/sessions/
    QCoreApplication::setOrganizationName(QStringLiteral("maxmon"));
    QCoreApplication::setApplicationName(QStringLiteral("maxmon"));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(SessionStore::defaultDirectory(), data + QStringLiteral("/maxmon/sessions"));
    QCoreApplication::setApplicationName(QStringLiteral("maxmon-cli"));
    QCOMPARE(SessionStore::defaultDirectory(), data + QStringLiteral("/maxmon/sessions"));

    // sessions where 0.2.0 kept them move over once, files and all
    QDir(SessionStore::defaultDirectory()).removeRecursively();
    QDir(SessionStore::legacyDirectory()).removeRecursively();
    QVERIFY(QDir().mkpath(SessionStore::legacyDirectory()));
    const QString oldPath =
        SessionStore::newSessionPath(SessionStore::legacyDirectory(), QStringLiteral("old"));
    {
        SessionStore store;
        QVERIFY(store.create(oldPath));
        store.append(Message::fromText(Direction::Incoming, QStringLiteral("kept")));
        QVERIFY(store.close());
    }
    QVERIFY(SessionStore::moveLegacySessions());
    QVERIFY(!QFileInfo::exists(SessionStore::legacyDirectory()));
    const QString moved =
        SessionStore::defaultDirectory() + QLatin1Char('/') + QFileInfo(oldPath).fileName();
    SessionReader reader;
    QVERIFY(reader.open(moved));
    QCOMPARE(reader.messageCount(), 1);
    QVERIFY(!SessionStore::moveLegacySessions()); // nothing left to move
    QDir(SessionStore::defaultDirectory()).removeRecursively();
}

void TestSessionStore::textIndexCatchesUp()
{
    SessionStore store;
    QVERIFY(store.create(path(QStringLiteral("index.maxmon"))));
    for (int n = 1; n <= 5000; ++n)
        store.append(Message::fromText(Direction::Incoming,
                                       QStringLiteral("word%1 common %2").arg(n).arg(n % 3)));
    store.append(Message::closeFrame(Direction::Incoming, 1000, QStringLiteral("farewell")));
    QVERIFY(store.flush());
    // idle, the writer indexes what it stored
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("index.maxmon"))));
    QTRY_VERIFY_WITH_TIMEOUT(reader.refresh() && reader.indexedCount() == 5001, 30000);
    QCOMPARE(reader.search(QStringLiteral("\"word4242\""), 0, 10).value_or(QList<qint64>()),
             QList<qint64> { 4242 });
    QCOMPARE(reader.search(QStringLiteral("\"common\" \"2\""), 0, 3).value_or(QList<qint64>()),
             (QList<qint64> { 2, 5, 8 }));
    QCOMPARE(reader.search(QStringLiteral("\"farew\"*"), 0, 3).value_or(QList<qint64>()),
             QList<qint64> { 5001 });
    QVERIFY(!reader.search(QStringLiteral("\"unclosed"), 0, 3)); // a syntax error, reported
    QVERIFY(store.close());
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
