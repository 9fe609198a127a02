// SessionSearch: the rows of a session file that pass a filter, found in the
// background, in order and in batches, through the full-text index or by
// reading every message (both give the same rows), with progress, a limit,
// events in the merged rows, cancel, and a clear failure.
#include "sessionfactory.h"

#include <maxmon/sessionsearch.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using maxmon::test::SessionRecipe;
using Rows = SessionReader::Rows;

namespace {

QList<qint64> collected(const QSignalSpy &found)
{
    QList<qint64> rows;
    for (const QList<QVariant> &args : found)
        rows.append(args.at(0).value<QList<qint64>>());
    return rows;
}

// What the filter should find, worked out from the recipe's payloads.
QList<qint64> expectedRows(qint64 messages,
                           const std::function<bool(qint64, const QByteArray &)> &keep)
{
    QList<qint64> rows;
    for (qint64 n = 1; n <= messages; ++n) {
        if (keep(n, maxmon::test::sessionPayload(n)))
            rows.append(n - 1);
    }
    return rows;
}

} // namespace

class TestSessionSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexAndScanFindTheSameRows();
    void regexOverMergedRowsWithEvents();
    void limitedToEndRow();
    void progressAndFinish();
    void splitScanKeepsRowOrderAtTheBorder();
    void splitScanWithMatchesOnlyInTheSecondHalf();
    void cancelStopsEverySignal();
    void newSearchReplacesTheRunningOne();
    void failureIsReported();

private:
    QTemporaryDir m_dir;
    QString m_indexed;
    QString m_unindexed;
    QString m_events;
};

void TestSessionSearch::initTestCase()
{
    qRegisterMetaType<QList<qint64>>();
    QVERIFY(m_dir.isValid());
    m_indexed = m_dir.filePath(QStringLiteral("indexed.maxmon"));
    m_unindexed = m_dir.filePath(QStringLiteral("unindexed.maxmon"));
    m_events = m_dir.filePath(QStringLiteral("events.maxmon"));
    SessionRecipe recipe;
    recipe.messages = 20000;
    QVERIFY(maxmon::test::writeSession(m_indexed, recipe));
    recipe.index = false;
    QVERIFY(maxmon::test::writeSession(m_unindexed, recipe));
    recipe.eventEvery = 1000;
    QVERIFY(maxmon::test::writeSession(m_events, recipe));
}

void TestSessionSearch::indexAndScanFindTheSameRows()
{
    SessionFilter filter;
    filter.setText(QStringLiteral("lobby tick"), SessionFilter::TextMode::Words);
    const QList<qint64> expected = expectedRows(20000, [](qint64 n, const QByteArray &payload) {
        return n % 100 != 0 && payload.contains("lobby tick");
    });
    QVERIFY(expected.size() > 100);
    for (const QString &path : { m_indexed, m_unindexed }) {
        SessionSearch search;
        QSignalSpy found(&search, &SessionSearch::found);
        QSignalSpy finished(&search, &SessionSearch::finished);
        search.start(path, filter, Rows::Messages);
        QVERIFY(search.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!search.isRunning());
        QCOMPARE(collected(found), expected);
        QCOMPARE(finished.at(0).at(0).toLongLong(), expected.size());
        QCOMPARE(finished.at(0).at(1).toLongLong(), 20000);
    }
}

void TestSessionSearch::regexOverMergedRowsWithEvents()
{
    SessionFilter filter;
    filter.setText(QStringLiteral("^note 2000$|^\\{\"n\":2000[0-9]?,"),
                   SessionFilter::TextMode::RegularExpression);
    filter.setEventsShown(true);
    SessionSearch search;
    QSignalSpy found(&search, &SessionSearch::found);
    QSignalSpy finished(&search, &SessionSearch::finished);
    search.start(m_events, filter, Rows::MessagesAndEvents);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    // message 2000 is binary (every 100th): not text. Messages 20001.. do
    // not exist; the event "note 2000" follows message 2000 at row 2001.
    QCOMPARE(collected(found), (QList<qint64> { 2001 }));

    filter.setText(QStringLiteral("^note 1000$|\"n\":1001,"),
                   SessionFilter::TextMode::RegularExpression);
    found.clear();
    finished.clear();
    search.start(m_events, filter, Rows::MessagesAndEvents);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(collected(found), (QList<qint64> { 1000, 1001 })); // event, then message 1001
}

void TestSessionSearch::limitedToEndRow()
{
    SessionFilter filter;
    filter.setDirection(SessionFilter::Direction::Outgoing); // every 7th
    SessionSearch search;
    QSignalSpy found(&search, &SessionSearch::found);
    QSignalSpy finished(&search, &SessionSearch::finished);
    search.start(m_indexed, filter, Rows::Messages, 100);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(collected(found),
             (QList<qint64> { 6, 13, 20, 27, 34, 41, 48, 55, 62, 69, 76, 83, 90, 97 }));
    QCOMPARE(finished.at(0).at(1).toLongLong(), 100);
}

void TestSessionSearch::progressAndFinish()
{
    SessionFilter filter;
    filter.setText(QStringLiteral("value 999\"\\}$"), SessionFilter::TextMode::RegularExpression);
    SessionSearch search;
    QSignalSpy progress(&search, &SessionSearch::progress);
    QSignalSpy finished(&search, &SessionSearch::finished);
    search.start(m_unindexed, filter, Rows::Messages);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!progress.isEmpty());
    qint64 previous = -1;
    for (const QList<QVariant> &args : progress) {
        QVERIFY(args.at(0).toLongLong() >= previous);
        previous = args.at(0).toLongLong();
        QCOMPARE(args.at(1).toLongLong(), 20000);
    }
    QCOMPARE(progress.constLast().at(0).toLongLong(), 20000);
}

void TestSessionSearch::splitScanKeepsRowOrderAtTheBorder()
{
    // 20,000 rows are scanned in two halves, 1-10,000 and 10,001-20,000:
    // matches on both sides of the border, and at both ends
    SessionFilter filter;
    filter.setText(QStringLiteral("\\{\"n\":(1|9999|10001|10002|19999),"),
                   SessionFilter::TextMode::RegularExpression);
    QVERIFY(filter.textError().isEmpty());
    SessionSearch search;
    QSignalSpy found(&search, &SessionSearch::found);
    QSignalSpy progress(&search, &SessionSearch::progress);
    QSignalSpy finished(&search, &SessionSearch::finished);
    search.start(m_unindexed, filter, Rows::Messages);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(collected(found), (QList<qint64> { 0, 9998, 10000, 10001, 19998 }));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 5);
    QCOMPARE(progress.constLast().at(0).toLongLong(), 20000);
}

void TestSessionSearch::splitScanWithMatchesOnlyInTheSecondHalf()
{
    // with events: the message numbers become merged rows after the halves are joined
    SessionFilter filter;
    filter.setText(QStringLiteral("\\{\"n\":(15001|19999),"),
                   SessionFilter::TextMode::RegularExpression);
    filter.setEventsShown(true);
    SessionSearch search;
    QSignalSpy found(&search, &SessionSearch::found);
    QSignalSpy finished(&search, &SessionSearch::finished);
    search.start(m_events, filter, Rows::MessagesAndEvents);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    // an event after every 1,000th message: 15 before message 15001, 19 before 19999
    QCOMPARE(collected(found), (QList<qint64> { 15000 + 15, 19998 + 19 }));
}

void TestSessionSearch::cancelStopsEverySignal()
{
    const QString big = m_dir.filePath(QStringLiteral("big.maxmon"));
    SessionRecipe recipe;
    recipe.messages = 300000;
    recipe.index = false;
    QVERIFY(maxmon::test::writeSession(big, recipe));
    SessionFilter filter;
    filter.setText(QStringLiteral("a+l+p+h+a"), SessionFilter::TextMode::RegularExpression);
    SessionSearch search;
    QSignalSpy found(&search, &SessionSearch::found);
    QSignalSpy finished(&search, &SessionSearch::finished);
    search.start(big, filter, Rows::Messages);
    QTRY_VERIFY(!found.isEmpty()); // under way
    search.cancel();
    QVERIFY(!search.isRunning());
    const qsizetype batches = found.size();
    // whatever the search had posted before it stopped is delivered now, and dropped
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(found.size(), batches);
    QVERIFY(finished.isEmpty());
}

void TestSessionSearch::newSearchReplacesTheRunningOne()
{
    SessionFilter everything;
    everything.setDirection(SessionFilter::Direction::Incoming);
    SessionFilter few;
    few.setDirection(SessionFilter::Direction::Outgoing);
    SessionSearch search;
    QSignalSpy found(&search, &SessionSearch::found);
    QSignalSpy finished(&search, &SessionSearch::finished);
    search.start(m_unindexed, everything, Rows::Messages);
    search.start(m_unindexed, few, Rows::Messages, 50);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(collected(found), (QList<qint64> { 6, 13, 20, 27, 34, 41, 48 }));
}

void TestSessionSearch::failureIsReported()
{
    SessionSearch search;
    QSignalSpy failed(&search, &SessionSearch::failed);
    search.start(m_dir.filePath(QStringLiteral("missing.maxmon")), SessionFilter(), Rows::Messages);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code(), Error::Code::FileError);
    QVERIFY(!search.isRunning());
}

QTEST_GUILESS_MAIN(TestSessionSearch)
#include "tst_sessionsearch.moc"
