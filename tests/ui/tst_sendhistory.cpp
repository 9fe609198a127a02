// SendHistory: shell-style walking through what was sent.
#include "send/sendhistory.h"

#include <QTest>

using namespace maxmon;
using Entry = SendHistory::Entry;

namespace {
Entry entry(const QString &text, int mode = 0)
{
    Entry e;
    e.mode = mode;
    e.text = text;
    return e;
}
} // namespace

class TestSendHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksBackAndForthToTheDraft();
    void repeatsAreStoredOnce();
    void oldestEntriesFallOff();
    void addingEndsTheWalk();
    void emptyHistoryGoesNowhere();
};

void TestSendHistory::walksBackAndForthToTheDraft()
{
    SendHistory history;
    history.add(entry(QStringLiteral("one")));
    history.add(entry(QStringLiteral("two"), 1));
    Entry current;
    QVERIFY(!history.isBrowsing());
    QVERIFY(history.previous(entry(QStringLiteral("draft")), &current));
    QCOMPARE(current, entry(QStringLiteral("two"), 1));
    QVERIFY(history.previous(entry(QStringLiteral("ignored")), &current));
    QCOMPARE(current, entry(QStringLiteral("one")));
    QVERIFY(!history.previous(entry(QString()), &current)); // at the oldest
    QCOMPARE(current, entry(QStringLiteral("one")));
    QVERIFY(history.next(&current));
    QCOMPARE(current, entry(QStringLiteral("two"), 1));
    QVERIFY(history.next(&current));
    QCOMPARE(current, entry(QStringLiteral("draft"))); // back where the walk began
    QVERIFY(!history.isBrowsing());
    QVERIFY(!history.next(&current));
}

void TestSendHistory::repeatsAreStoredOnce()
{
    SendHistory history;
    history.add(entry(QStringLiteral("a")));
    history.add(entry(QStringLiteral("a")));
    history.add(entry(QStringLiteral("a"), 1)); // same text, other mode: kept
    history.add(entry(QStringLiteral("b")));
    history.add(entry(QStringLiteral("a")));
    QCOMPARE(history.size(), 4);
}

void TestSendHistory::oldestEntriesFallOff()
{
    SendHistory history(3);
    for (int i = 1; i <= 5; ++i)
        history.add(entry(QString::number(i)));
    QCOMPARE(history.entries(),
             (QList<Entry> { entry(QStringLiteral("3")), entry(QStringLiteral("4")),
                             entry(QStringLiteral("5")) }));
}

void TestSendHistory::addingEndsTheWalk()
{
    SendHistory history;
    history.add(entry(QStringLiteral("a")));
    history.add(entry(QStringLiteral("b")));
    Entry current;
    history.previous(entry(QString()), &current);
    history.previous(entry(QString()), &current);
    history.add(entry(QStringLiteral("c")));
    QVERIFY(!history.isBrowsing());
    QVERIFY(history.previous(entry(QString()), &current));
    QCOMPARE(current.text, QStringLiteral("c"));
}

void TestSendHistory::emptyHistoryGoesNowhere()
{
    SendHistory history;
    Entry current = entry(QStringLiteral("untouched"));
    QVERIFY(!history.previous(entry(QStringLiteral("draft")), &current));
    QVERIFY(!history.next(&current));
    QCOMPARE(current.text, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(TestSendHistory)
#include "tst_sendhistory.moc"
