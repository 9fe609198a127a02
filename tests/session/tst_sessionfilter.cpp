// SessionFilter: the three text modes (contains, words with the FTS5 query
// that finds their candidates, regular expressions), direction, kind,
// Phoenix topic and event, time range, and event rows.
#include <maxmon/sessionfilter.h>

#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;
using Mode = SessionFilter::TextMode;

Q_DECLARE_METATYPE(SessionFilter::TextMode)

namespace {

Message text(const QString &payload, Direction direction = Direction::Incoming)
{
    return Message::fromText(direction, payload);
}

} // namespace

class TestSessionFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textModes_data();
    void textModes();
    void searchQuery_data();
    void searchQuery();
    void wordsNeverMissWhatTheIndexFinds();
    void invalidRegexTurnsTheTextFilterOff();
    void directionKindAndTime();
    void phoenixTopicAndEvent();
    void eventRows();
};

void TestSessionFilter::textModes_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Message>("message");
    QTest::addColumn<bool>("matches");

    const Message lobby = text(QStringLiteral("{\"topic\":\"room:lobby\",\"n\":1}"));
    const Message binary =
        Message::fromBinary(Direction::Incoming, QByteArray::fromHex("00deadbeef"));
    const Message close =
        Message::closeFrame(Direction::Incoming, 1001, QStringLiteral("server restart"));
    QTest::newRow("contains, in a word") << "obby" << Mode::Contains << lobby << true;
    QTest::newRow("contains, any case") << "LOBBY" << Mode::Contains << lobby << true;
    QTest::newRow("contains, binary as hex") << "deadbeef" << Mode::Contains << binary << true;
    QTest::newRow("contains, close code text") << "Going away" << Mode::Contains << close << true;
    QTest::newRow("words, a word") << "lobby" << Mode::Words << lobby << true;
    QTest::newRow("words, a word start") << "lob" << Mode::Words << lobby << true;
    QTest::newRow("words, not inside a word") << "obby" << Mode::Words << lobby << false;
    QTest::newRow("words, across a separator") << "room:lob" << Mode::Words << lobby << true;
    QTest::newRow("words, starting with a separator") << ":lobby\"" << Mode::Words << lobby << true;
    QTest::newRow("words, any case") << "ROOM" << Mode::Words << lobby << true;
    QTest::newRow("words, binary is not indexed") << "deadbeef" << Mode::Words << binary << false;
    QTest::newRow("words, a close reason") << "restart" << Mode::Words << close << true;
    QTest::newRow("words, not the close code") << "Going" << Mode::Words << close << false;
    QTest::newRow("regex") << "room:\\w+\",\"n\":[0-9]" << Mode::RegularExpression << lobby << true;
    QTest::newRow("regex, any case") << "ROOM:L" << Mode::RegularExpression << lobby << true;
    QTest::newRow("regex, binary as hex") << "^00dead" << Mode::RegularExpression << binary << true;
    QTest::newRow("regex, no match") << "^room" << Mode::RegularExpression << lobby << false;
}

void TestSessionFilter::textModes()
{
    QFETCH(QString, needle);
    QFETCH(Mode, mode);
    QFETCH(Message, message);
    QFETCH(bool, matches);
    SessionFilter filter;
    filter.setText(needle, mode);
    QVERIFY(filter.isActive());
    QCOMPARE(filter.matchesMessage(message), matches);
    QCOMPARE(filter.matches(SessionEntry(message)), matches);
}

void TestSessionFilter::searchQuery_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("query");
    QTest::newRow("one word, open") << "lobby"
                                    << "\"lobby\"*";
    QTest::newRow("one word, closed") << "lobby "
                                      << "\"lobby\"";
    QTest::newRow("two words") << "room:lob"
                               << "\"room\" \"lob\"*";
    QTest::newRow("separators first") << "{\"n\":1"
                                      << "\"n\" \"1\"*";
    QTest::newRow("non-ASCII") << "Grüße an"
                               << "\"Grüße\" \"an\"*";
    QTest::newRow("no word") << "{}:"
                             << "";
}

void TestSessionFilter::searchQuery()
{
    QFETCH(QString, needle);
    QFETCH(QString, query);
    SessionFilter filter;
    filter.setText(needle, Mode::Words);
    QCOMPARE(filter.searchQuery(), query);
    filter.setText(needle, Mode::Contains);
    QCOMPARE(filter.searchQuery(), QString()); // only words use the index
}

void TestSessionFilter::wordsNeverMissWhatTheIndexFinds()
{
    // every match starts at a word: its words are in the message's tokens
    QVERIFY(
        SessionFilter::containsWordStart(QStringLiteral("a lobbyist"), QStringLiteral("lobby")));
    QVERIFY(
        SessionFilter::containsWordStart(QStringLiteral("hobby lobby"), QStringLiteral("obby lob"))
        == false);
    QVERIFY(SessionFilter::containsWordStart(QStringLiteral("x.y"), QStringLiteral(".y")));
    QVERIFY(SessionFilter::containsWordStart(QStringLiteral("ab ab"), QStringLiteral("b"))
            == false);
    QVERIFY(SessionFilter::containsWordStart(QStringLiteral("abab ab"), QStringLiteral("ab")));
    QVERIFY(SessionFilter::containsWordStart(QStringLiteral("anything"), QString()));
}

void TestSessionFilter::invalidRegexTurnsTheTextFilterOff()
{
    SessionFilter filter;
    filter.setText(QStringLiteral("(unclosed"), Mode::RegularExpression);
    QVERIFY(!filter.textError().isEmpty());
    QVERIFY(filter.textError().contains(QStringLiteral("at 10")));
    QVERIFY(!filter.isActive());
    QVERIFY(filter.matchesMessage(text(QStringLiteral("whatever"))));
}

void TestSessionFilter::directionKindAndTime()
{
    const Message in = text(QStringLiteral("{\"a\":1}")).withTimestamps(1000, 0);
    const Message out = text(QStringLiteral("plain"), Direction::Outgoing).withTimestamps(2000, 0);
    SessionFilter filter;
    QVERIFY(!filter.isActive());
    filter.setDirection(SessionFilter::Direction::Incoming);
    QVERIFY(filter.matchesMessage(in));
    QVERIFY(!filter.matchesMessage(out));
    filter.setDirection(SessionFilter::Direction::Outgoing);
    QVERIFY(!filter.matchesMessage(in));
    QVERIFY(filter.matchesMessage(out));
    filter.setDirection(SessionFilter::Direction::Both);
    filter.setKinds({ Message::Kind::Json });
    QVERIFY(filter.matchesMessage(in));
    QVERIFY(!filter.matchesMessage(out));
    filter.setKinds({});
    filter.setTimeRange(1500, -1);
    QVERIFY(!filter.matchesMessage(in));
    QVERIFY(filter.matchesMessage(out));
    filter.setTimeRange(-1, 1999);
    QVERIFY(filter.matchesMessage(in));
    QVERIFY(!filter.matchesMessage(out));
    filter.setTimeRange(1000, 2000); // inclusive
    QVERIFY(filter.matchesMessage(in) && filter.matchesMessage(out));
    QVERIFY(!filter.matchesMessage(Message()));
}

void TestSessionFilter::phoenixTopicAndEvent()
{
    const Message push = text(QStringLiteral("[\"1\",\"2\",\"room:lobby\",\"shout\",{}]"));
    const Message other = text(QStringLiteral("[\"1\",\"3\",\"private:x\",\"phx_join\",{}]"));
    const Message plain = text(QStringLiteral("room:lobby shout"));
    SessionFilter filter;
    filter.setTopic(QStringLiteral("room:*"));
    QVERIFY(filter.needsPhoenixFields());
    QVERIFY(filter.matchesMessage(push));
    QVERIFY(!filter.matchesMessage(other));
    QVERIFY(!filter.matchesMessage(plain)); // no frame
    filter.setTopic(QString());
    filter.setEvent(QStringLiteral("JOIN"));
    QVERIFY(filter.matchesMessage(other));
    filter.setEvent(QStringLiteral("phx_join"), SessionFilter::Match::Exact);
    QVERIFY(filter.matchesMessage(other));
    filter.setEvent(QStringLiteral("PHX_JOIN"), SessionFilter::Match::Exact);
    QVERIFY(!filter.matchesMessage(other));
    // fields the caller decoded already are used as they are
    MessageLogModel::PhoenixFields fields;
    fields.isFrame = true;
    fields.event = QStringLiteral("PHX_JOIN");
    QVERIFY(filter.matchesMessage(plain, &fields));
}

void TestSessionFilter::eventRows()
{
    const SessionEntry state(SessionEvent::stateChange(ConnectionState::Connected));
    SessionFilter filter;
    QVERIFY(!filter.matches(state)); // events are hidden unless shown
    filter.setEventsShown(true);
    QVERIFY(filter.matches(state));
    filter.setText(QStringLiteral("connect"), Mode::Contains);
    QVERIFY(filter.matches(state));
    filter.setText(QStringLiteral("closed"), Mode::Contains);
    QVERIFY(!filter.matches(state));
    filter.setText(QString());
    filter.setDirection(SessionFilter::Direction::Incoming);
    QVERIFY(!filter.matches(state)); // events have no direction
    filter.setDirection(SessionFilter::Direction::Both);
    filter.setKinds({ Message::Kind::Text });
    QVERIFY(!filter.matches(state));
}

QTEST_GUILESS_MAIN(TestSessionFilter)
#include "tst_sessionfilter.moc"
