// SessionReader: pages in both row spaces, a file read while it is being
// written, and every kind of bad file: random bytes, another program's
// database, a newer format, a truncated file. Each gives a clear error or
// opens as far as it can be read; none crashes.
#include "sessionfactory.h"

#include <maxmon/sessionfile.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionstore.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace maxmon;
using maxmon::test::SessionRecipe;

namespace {

bool runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool opened = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK;
    const bool ran = opened && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ran;
}

} // namespace

class TestSessionReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesOfMessages();
    void pagesOfMessagesAndEvents_data();
    void pagesOfMessagesAndEvents();
    void readsWhileTheStoreWrites();
    void randomBytesAreNoSession();
    void otherDatabaseIsNoSession();
    void newerFormatIsRefused();
    void truncatedFileOpensAsFarAsItCan();
    void missingFile();

private:
    QTemporaryDir m_dir;
    QString m_events; // 10,000 messages, an event after every 1,000th
};

void TestSessionReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_events = m_dir.filePath(QStringLiteral("events.maxmon"));
    SessionRecipe recipe;
    recipe.messages = 10000;
    recipe.eventEvery = 1000;
    QVERIFY(maxmon::test::writeSession(m_events, recipe));
}

void TestSessionReader::pagesOfMessages()
{
    SessionReader reader;
    QVERIFY(reader.open(m_events));
    QVERIFY(!reader.damage());
    QCOMPARE(reader.messageCount(), 10000);
    QCOMPARE(reader.eventCount(), 10);
    QCOMPARE(reader.indexedCount(), 10000);
    const QList<SessionEntry> page =
        reader.read(9990, 256, SessionReader::Rows::Messages).value_or(QList<SessionEntry>());
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.at(0).sequence(), 9991);
    QCOMPARE(page.at(0).message().payload(), maxmon::test::sessionPayload(9991));
    QCOMPARE(page.at(9).message().kind(), Message::Kind::Binary); // every 100th
    QVERIFY(reader.read(20000, 10, SessionReader::Rows::Messages)->isEmpty());
    QVERIFY(reader.read(-1, 10, SessionReader::Rows::Messages)->isEmpty());
}

void TestSessionReader::pagesOfMessagesAndEvents_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<int>("count");
    for (const auto &[first, count] : { std::pair<qint64, int> { 0, 1 },
                                        { 995, 20 }, // across the first event, at row 1000
                                        { 1000, 1 }, // the event alone
                                        { 1001, 3 }, // right after it
                                        { 9999, 100 }, // to the end: the last event is last
                                        { 0, 10010 } })
        QTest::addRow("%lld+%d", static_cast<long long>(first), count) << first << count;
}

void TestSessionReader::pagesOfMessagesAndEvents()
{
    QFETCH(qint64, first);
    QFETCH(int, count);
    SessionReader reader;
    QVERIFY(reader.open(m_events));
    QCOMPARE(reader.rowCount(SessionReader::Rows::MessagesAndEvents), 10010);
    const QList<SessionEntry> rows =
        reader.read(first, count, SessionReader::Rows::MessagesAndEvents)
            .value_or(QList<SessionEntry>());
    QCOMPARE(rows.size(), std::min<qint64>(count, 10010 - first));
    // row r: message r - r/1001 + 1, or the event after message 1000 * k
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qint64 row = first + i;
        const qint64 k = (row + 1) / 1001; // events before and at this row
        const bool isEvent = (row + 1) % 1001 == 0;
        QCOMPARE(rows.at(i).isEvent(), isEvent);
        if (isEvent) {
            QCOMPARE(rows.at(i).event().text(), QStringLiteral("note %1").arg(k * 1000));
        } else {
            QCOMPARE(rows.at(i).sequence(), row - k + 1);
            QCOMPARE(reader.mergedRowOfMessage(row - k + 1), row);
        }
    }
}

void TestSessionReader::readsWhileTheStoreWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("live.maxmon"));
    SessionStore store;
    QVERIFY(store.create(path));
    SessionReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(reader.messageCount(), 0);
    qint64 seen = 0;
    for (int round = 1; round <= 5; ++round) {
        for (int n = 0; n < 1000; ++n)
            store.append(Message::fromText(Message::Direction::Incoming,
                                           QByteArray::number((round - 1) * 1000 + n + 1)));
        // the reader sees what the writer commits, never a half-written batch
        QTRY_VERIFY(reader.refresh() && reader.messageCount() > seen);
        seen = reader.messageCount();
        const QList<SessionEntry> last =
            reader.read(seen - 1, 1, SessionReader::Rows::Messages).value_or(QList<SessionEntry>());
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0).message().payload(), QByteArray::number(seen));
    }
    QVERIFY(store.close());
    QVERIFY(reader.refresh());
    QCOMPARE(reader.messageCount(), 5000);
}

void TestSessionReader::randomBytesAreNoSession()
{
    const QString path = m_dir.filePath(QStringLiteral("random.maxmon"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes(100000, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7919) % 251);
    file.write(bytes);
    file.close();
    SessionReader reader;
    const Result<void> opened = reader.open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::FileError);
    QVERIFY(opened.error().message().contains(path));
    QVERIFY(!reader.isOpen());
}

void TestSessionReader::otherDatabaseIsNoSession()
{
    const QString path = m_dir.filePath(QStringLiteral("other.db"));
    QVERIFY(runSql(path, "CREATE TABLE t(x); INSERT INTO t VALUES(1);"));
    SessionReader reader;
    const Result<void> opened = reader.open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().context().value(QStringLiteral("reason")).toString(),
             QStringLiteral("not_a_session"));
    QVERIFY(opened.error().message().contains(QStringLiteral("no maxmon session")));
}

void TestSessionReader::newerFormatIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.maxmon"));
    SessionRecipe recipe;
    recipe.messages = 10;
    QVERIFY(maxmon::test::writeSession(path, recipe));
    QVERIFY(runSql(path, "PRAGMA user_version = 7"));
    SessionReader reader;
    const Result<void> opened = reader.open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().context().value(QStringLiteral("reason")).toString(),
             QStringLiteral("newer_version"));
    QCOMPARE(opened.error().context().value(QStringLiteral("formatVersion")).toInt(), 7);
    QVERIFY2(opened.error().message().contains(QStringLiteral("newer maxmon")),
             qPrintable(opened.error().message()));
    // nor is it indexed in place (which would mark it down)
    QVERIFY(!SessionFile::buildIndex(path));
    QCOMPARE(
        SessionReader().open(path).error().context().value(QStringLiteral("formatVersion")).toInt(),
        7);
}

void TestSessionReader::truncatedFileOpensAsFarAsItCan()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.maxmon"));
    SessionRecipe recipe;
    recipe.messages = 20000;
    recipe.index = false;
    QVERIFY(maxmon::test::writeSession(path, recipe));
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY(file.resize(size * 6 / 10));

    SessionReader reader;
    const Result<void> opened = reader.open(path);
    if (!opened) {
        // nothing readable at all: said clearly
        QCOMPARE(opened.error().code(), Error::Code::FileError);
        QVERIFY(!opened.error().detail().isEmpty());
        return;
    }
    QVERIFY(reader.messageCount() < 20000);
    // what is there reads back right, up to a clear error at the damage
    qint64 good = 0;
    for (qint64 row = 0; row < 20000; row += 256) {
        const Result<QList<SessionEntry>> page =
            reader.read(row, 256, SessionReader::Rows::Messages);
        if (!page) {
            QCOMPARE(page.error().context().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("damaged"));
            break;
        }
        for (const SessionEntry &entry : *page)
            QCOMPARE(entry.message().payload(), maxmon::test::sessionPayload(entry.sequence()));
        good += page->size();
        if (page->isEmpty())
            break;
    }
    QVERIFY(good > 1000);
    QVERIFY(reader.damage() || good == reader.messageCount());
}

void TestSessionReader::missingFile()
{
    SessionReader reader;
    const Result<void> opened = reader.open(m_dir.filePath(QStringLiteral("nothing.maxmon")));
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::FileError);
}

QTEST_GUILESS_MAIN(TestSessionReader)
#include "tst_sessionreader.moc"
