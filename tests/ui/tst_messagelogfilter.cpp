// MessageLogFilter over a MessageLogModel: text, regex, direction and kind
// filters, Phoenix topic and event, also while the log grows and evicts. QAbstractItemModelTester
// watches both models throughout.
#include "log/messagelogfilter.h"

#include <maxmon/messagelogmodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;
using Kind = Message::Kind;
using DirectionFilter = MessageLogFilter::DirectionFilter;

Q_DECLARE_METATYPE(maxmon::MessageLogFilter::Match)

namespace {

const Direction In = Direction::Incoming;
const Direction Out = Direction::Outgoing;

// The payloads the filter shows, in order, as people read them (binary as hex).
QStringList shown(const MessageLogFilter &filter)
{
    QStringList payloads;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const Message message =
            filter.index(row, 0).data(MessageLogModel::MessageRole).value<Message>();
        const QString text = MessageLogModel::readableText(message);
        payloads.append(text.isNull() ? QString::fromLatin1(message.payload().toHex()) : text);
    }
    return payloads;
}

} // namespace

class TestMessageLogFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEverythingByDefault();
    void text_data();
    void text();
    void invalidRegexIsReportedAndIgnored();
    void direction();
    void kinds();
    void filtersCombine();
    void followsInsertionsAndEvictions();
    void clearEmptiesTheFilter();
    void phoenixTopicAndEvent_data();
    void phoenixTopicAndEvent();
    void phoenixFiltersCombineAndFollowTheLog();

private:
    void fillPhoenix();

    void fill();

    MessageLogModel *m_model = nullptr;
    MessageLogFilter *m_filter = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

void TestMessageLogFilter::init()
{
    m_model = new MessageLogModel(this);
    m_model->setBatchIntervalMs(60 * 60 * 1000); // only explicit flushes
    m_filter = new MessageLogFilter(this);
    m_filter->setSourceModel(m_model);
    m_modelTester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_filterTester = new QAbstractItemModelTester(
        m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    fill();
}

void TestMessageLogFilter::cleanup()
{
    delete m_filterTester;
    delete m_modelTester;
    delete m_filter;
    delete m_model;
}

void TestMessageLogFilter::fill()
{
    m_model->append(Message::fromText(Out, QStringLiteral("Hello server")));
    m_model->append(Message::fromText(In, QStringLiteral("hello client")));
    m_model->append(Message::fromText(Out, QStringLiteral("{\"event\":\"phx_join\",\"ref\":1}"))
                        .withId(QStringLiteral("77")));
    m_model->append(Message::fromText(In, QStringLiteral("{\"event\":\"phx_reply\",\"ref\":1}")));
    m_model->append(Message::fromBinary(In, QByteArray::fromHex("deadbeef01")));
    m_model->append(Message::control(Kind::Pong, In, "seq 1"));
    m_model->append(Message::control(Kind::Close, In, QByteArray::fromHex("03e8") + "bye"));
    m_model->flush();
}

void TestMessageLogFilter::showsEverythingByDefault()
{
    QVERIFY(!m_filter->isActive());
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
    QCOMPARE(m_filter->columnCount(), int(MessageLogModel::ColumnCount));
    QCOMPARE(m_filter->logModel(), m_model);
}

void TestMessageLogFilter::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("case-insensitive")
        << QStringLiteral("HELLO") << false
        << QStringList { QStringLiteral("Hello server"), QStringLiteral("hello client") };
    QTest::newRow("inside JSON") << QStringLiteral("phx_reply") << false
                                 << QStringList { QStringLiteral(
                                        "{\"event\":\"phx_reply\",\"ref\":1}") };
    QTest::newRow("binary as hex")
        << QStringLiteral("BEEF") << false << QStringList { QStringLiteral("deadbeef01") };
    QTest::newRow("by id") << QStringLiteral("77") << false
                           << QStringList { QStringLiteral("{\"event\":\"phx_join\",\"ref\":1}") };
    QTest::newRow("close reason") << QStringLiteral("bye") << false
                                  << QStringList { QStringLiteral("1000 Normal closure: bye") };
    QTest::newRow("close code name") << QStringLiteral("normal closure") << false
                                     << QStringList { QStringLiteral("1000 Normal closure: bye") };
    QTest::newRow("regex") << QStringLiteral("^hello (server|client)$") << true
                           << QStringList { QStringLiteral("Hello server"),
                                            QStringLiteral("hello client") };
    QTest::newRow("regex alternatives")
        << QStringLiteral("phx_(join|reply)") << true
        << QStringList { QStringLiteral("{\"event\":\"phx_join\",\"ref\":1}"),
                         QStringLiteral("{\"event\":\"phx_reply\",\"ref\":1}") };
    QTest::newRow("regex characters as text")
        << QStringLiteral("(server") << false << QStringList {};
    QTest::newRow("no match") << QStringLiteral("nothing like it") << false << QStringList {};
}

void TestMessageLogFilter::text()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(QStringList, expected);
    m_filter->setText(text, regex);
    QVERIFY(m_filter->isActive());
    QVERIFY(m_filter->textError().isEmpty());
    QCOMPARE(shown(*m_filter), expected);

    m_filter->setText(QString());
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

void TestMessageLogFilter::invalidRegexIsReportedAndIgnored()
{
    m_filter->setText(QStringLiteral("phx_(join"), true);
    QVERIFY(m_filter->textError().contains(QLatin1String("Invalid regular expression")));
    QVERIFY(!m_filter->isActive());
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
    // the same text as plain text is fine
    m_filter->setText(QStringLiteral("phx_(join"), false);
    QVERIFY(m_filter->textError().isEmpty());
    QCOMPARE(m_filter->rowCount(), 0);
}

void TestMessageLogFilter::direction()
{
    m_filter->setDirectionFilter(DirectionFilter::Outgoing);
    QCOMPARE(shown(*m_filter),
             (QStringList { QStringLiteral("Hello server"),
                            QStringLiteral("{\"event\":\"phx_join\",\"ref\":1}") }));
    m_filter->setDirectionFilter(DirectionFilter::Incoming);
    QCOMPARE(m_filter->rowCount(), 5);
    m_filter->setDirectionFilter(DirectionFilter::Both);
    QCOMPARE(m_filter->rowCount(), 7);
}

void TestMessageLogFilter::kinds()
{
    m_filter->setKinds({ Kind::Json });
    QCOMPARE(m_filter->rowCount(), 2);
    m_filter->setKinds({ Kind::Binary, Kind::Pong, Kind::Close });
    QCOMPARE(shown(*m_filter),
             (QStringList { QStringLiteral("deadbeef01"), QStringLiteral("seq 1"),
                            QStringLiteral("1000 Normal closure: bye") }));
    m_filter->setKinds({});
    QCOMPARE(m_filter->rowCount(), 7);
}

void TestMessageLogFilter::filtersCombine()
{
    m_filter->setKinds({ Kind::Json, Kind::Text });
    m_filter->setDirectionFilter(DirectionFilter::Incoming);
    m_filter->setText(QStringLiteral("e"));
    QCOMPARE(shown(*m_filter),
             (QStringList { QStringLiteral("hello client"),
                            QStringLiteral("{\"event\":\"phx_reply\",\"ref\":1}") }));
    QVERIFY(m_filter->accepts(Message::fromText(In, QStringLiteral("event"))));
    QVERIFY(!m_filter->accepts(Message::fromText(Out, QStringLiteral("event"))));
    QVERIFY(!m_filter->accepts(Message::fromBinary(In, "e")));
}

void TestMessageLogFilter::followsInsertionsAndEvictions()
{
    m_model->clear();
    m_model->setCapacity(6);
    m_filter->setText(QStringLiteral("keep"));
    for (int i = 1; i <= 4; ++i) {
        m_model->append(Message::fromText(In, QStringLiteral("keep %1").arg(i)));
        m_model->append(Message::fromText(In, QStringLiteral("drop %1").arg(i)));
    }
    m_model->flush(); // 8 messages into 6 rows: "keep 1" and "drop 1" are evicted
    QCOMPARE(shown(*m_filter),
             (QStringList { QStringLiteral("keep 2"), QStringLiteral("keep 3"),
                            QStringLiteral("keep 4") }));
    for (int i = 5; i <= 6; ++i)
        m_model->append(Message::fromText(In, QStringLiteral("keep %1").arg(i)));
    m_model->flush();
    QCOMPARE(shown(*m_filter),
             (QStringList { QStringLiteral("keep 3"), QStringLiteral("keep 4"),
                            QStringLiteral("keep 5"), QStringLiteral("keep 6") }));
    // mapping stays right after evictions
    const QModelIndex last = m_filter->index(m_filter->rowCount() - 1, 0);
    QCOMPARE(m_model->message(m_filter->mapToSource(last).row()).text(), QStringLiteral("keep 6"));
}

void TestMessageLogFilter::clearEmptiesTheFilter()
{
    m_filter->setText(QStringLiteral("hello"));
    QCOMPARE(m_filter->rowCount(), 2);
    m_model->clear();
    QCOMPARE(m_filter->rowCount(), 0);
    m_model->append(Message::fromText(In, QStringLiteral("hello again")));
    m_model->flush();
    QCOMPARE(shown(*m_filter), QStringList { QStringLiteral("hello again") });
}

void TestMessageLogFilter::fillPhoenix()
{
    m_model->clear();
    m_model->setPhoenixVersion(phoenix::Serializer::Version::V2);
    const char *frames[][2] = {
        { "out", R"(["1","1","room:lobby","phx_join",{}])" },
        { "in", R"(["1","1","room:lobby","phx_reply",{"status":"ok","response":{}}])" },
        { "out", R"(["3","3","room:42","phx_join",{}])" },
        { "in", R"([null,null,"room:42","shout",{"body":"hi"}])" },
        { "out", R"([null,"4","phoenix","heartbeat",{}])" },
        { "in", R"(["5","5","private:x","phx_reply",{"status":"error","response":{}}])" },
        { "in", "plain text" },
    };
    for (const auto &frame : frames)
        m_model->append(
            Message::fromText(qstrcmp(frame[0], "in") == 0 ? In : Out, QByteArray(frame[1])));
    m_model->flush();
}

void TestMessageLogFilter::phoenixTopicAndEvent_data()
{
    using Match = MessageLogFilter::Match;
    QTest::addColumn<QString>("topic");
    QTest::addColumn<Match>("topicMatch");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("expected"); // topic event, per row shown

    QTest::newRow("topic contains") << QStringLiteral("LOBBY") << Match::Contains << QString()
                                    << QStringList { QStringLiteral("room:lobby phx_join"),
                                                     QStringLiteral("room:lobby phx_reply") };
    QTest::newRow("topic wildcard")
        << QStringLiteral("room:*") << Match::Contains << QString()
        << QStringList { QStringLiteral("room:lobby phx_join"),
                         QStringLiteral("room:lobby phx_reply"), QStringLiteral("room:42 phx_join"),
                         QStringLiteral("room:42 shout") };
    QTest::newRow("wildcard is the whole field")
        << QStringLiteral("*42") << Match::Contains << QString()
        << QStringList { QStringLiteral("room:42 phx_join"), QStringLiteral("room:42 shout") };
    QTest::newRow("topic exact") << QStringLiteral("room:4") << Match::Exact << QString()
                                 << QStringList {};
    QTest::newRow("topic exact hit")
        << QStringLiteral("room:42") << Match::Exact << QString()
        << QStringList { QStringLiteral("room:42 phx_join"), QStringLiteral("room:42 shout") };
    QTest::newRow("event") << QString() << Match::Contains << QStringLiteral("reply")
                           << QStringList { QStringLiteral("room:lobby phx_reply"),
                                            QStringLiteral("private:x phx_reply") };
    QTest::newRow("topic and event")
        << QStringLiteral("room") << Match::Contains << QStringLiteral("phx_join")
        << QStringList { QStringLiteral("room:lobby phx_join"),
                         QStringLiteral("room:42 phx_join") };
    QTest::newRow("heartbeats") << QStringLiteral("phoenix") << Match::Contains << QString()
                                << QStringList { QStringLiteral("phoenix heartbeat") };
}

void TestMessageLogFilter::phoenixTopicAndEvent()
{
    using Match = MessageLogFilter::Match;
    QFETCH(QString, topic);
    QFETCH(Match, topicMatch);
    QFETCH(QString, event);
    QFETCH(QStringList, expected);
    fillPhoenix();
    m_filter->setTopic(topic, topicMatch);
    m_filter->setEvent(event);
    QVERIFY(m_filter->isActive());
    QStringList rows;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(m_filter->index(row, MessageLogModel::TopicColumn).data().toString()
                    + QLatin1Char(' ')
                    + m_filter->index(row, MessageLogModel::EventColumn).data().toString());
    QCOMPARE(rows, expected);

    m_filter->setTopic(QString());
    m_filter->setEvent(QString());
    QVERIFY(!m_filter->isActive());
    QCOMPARE(m_filter->rowCount(), 7);
}

void TestMessageLogFilter::phoenixFiltersCombineAndFollowTheLog()
{
    fillPhoenix();
    m_filter->setTopic(QStringLiteral("room:42"), MessageLogFilter::Match::Exact);
    m_filter->setDirectionFilter(DirectionFilter::Incoming);
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->index(0, MessageLogModel::EventColumn).data().toString(),
             QStringLiteral("shout"));
    // accepts() decodes a message the log has not seen
    QVERIFY(
        m_filter->accepts(Message::fromText(In, QByteArray(R"([null,null,"room:42","x",{}])"))));
    QVERIFY(
        !m_filter->accepts(Message::fromText(In, QByteArray(R"([null,null,"room:4","x",{}])"))));
    QVERIFY(!m_filter->accepts(Message::fromText(In, QByteArray("room:42"))));

    m_model->append(Message::fromText(In,
                                      QByteArray(R"(["3","9","room:42","phx_reply",)"
                                                 R"({"status":"ok","response":{}}])")));
    m_model->append(Message::fromText(In, QByteArray(R"([null,null,"room:7","shout",{}])")));
    m_model->flush();
    QCOMPARE(m_filter->rowCount(), 2);
    QCOMPARE(m_filter->index(1, MessageLogModel::StatusColumn).data().toString(),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestMessageLogFilter)
#include "tst_messagelogfilter.moc"
