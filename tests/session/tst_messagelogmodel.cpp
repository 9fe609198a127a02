// MessageLogModel: batching, eviction from the ring buffer, counters, roles
// and previews, Phoenix frames decoded into columns (lazily, once per row),
// event rows, and the log as a window over a session being written or a
// session file of millions of rows, all under QAbstractItemModelTester.
#include "sessionfactory.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionstore.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;
using Kind = Message::Kind;
using Version = phoenix::Serializer::Version;
using OptionalVersion = std::optional<Version>;

Q_DECLARE_METATYPE(OptionalVersion)

namespace {

// A Close frame's payload as on the wire: big-endian code, then the reason.
QByteArray closePayload(int code, const QByteArray &reason)
{
    QByteArray payload;
    payload.append(static_cast<char>(code >> 8));
    payload.append(static_cast<char>(code & 0xff));
    return payload + reason;
}

Message text(int n)
{
    return Message::fromText(Direction::Incoming, QStringLiteral("message %1").arg(n));
}

// The numbers of the messages in the log, in row order.
QList<int> numbersIn(const MessageLogModel &model)
{
    QList<int> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.message(row).text().mid(8).toInt());
    return numbers;
}

QList<int> range(int first, int last)
{
    QList<int> numbers;
    for (int n = first; n <= last; ++n)
        numbers.append(n);
    return numbers;
}

// first/last of every rowsInserted or rowsRemoved signal
QList<QPair<int, int>> spans(const QSignalSpy &spy)
{
    QList<QPair<int, int>> result;
    for (const QList<QVariant> &args : spy)
        result.append({ args.at(1).toInt(), args.at(2).toInt() });
    return result;
}

} // namespace

class TestMessageLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsEmpty();
    void appendsWaitForTheBatchTimer();
    void fullBatchIsInsertedAtOnce();
    void flushInsertsPendingInOneBatch();
    void evictsOldestInOneRemoval();
    void batchLargerThanCapacityKeepsNewest();
    void byteCapacityBoundsThePayloads();
    void ringWrapsAroundManyTimes();
    void setCapacityShrinksAndGrows();
    void clearForgetsEverything();
    void rolesExposeTheMessage();
    void displayColumns();
    void previewText_data();
    void previewText();
    void readableText_data();
    void readableText();
    void manyMessagesStayExact();
    void decodePhoenix_data();
    void decodePhoenix();
    void phoenixColumns();
    void phoenixDecodingIsLazyAndOnce();
    void phoenixVersionChangeDecodesAgain();
    void phoenixFieldsSurviveTheRing();
    void eventRows();
    void storeKeepsEveryRow();
    void storeThatCannotKeepUpIsCounted();
    void millionsOfRowsFromAFile();
    void fileWithEventsShown();
    void refreshedFileGrows();
    void clearLetsGoOfTheSession();

private:
    MessageLogModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestMessageLogModel::init()
{
    m_model = new MessageLogModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestMessageLogModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestMessageLogModel::startsEmpty()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(MessageLogModel::ColumnCount));
    QCOMPARE(m_model->capacity(), MessageLogModel::DefaultCapacity);
    QCOMPARE(m_model->totalCount(), 0);
    QVERIFY(m_model->message(0).isNull());
    QCOMPARE(m_model->headerData(MessageLogModel::PreviewColumn, Qt::Horizontal).toString(),
             QStringLiteral("Message"));
}

void TestMessageLogModel::appendsWaitForTheBatchTimer()
{
    m_model->setBatchIntervalMs(20);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    for (int n = 1; n <= 5; ++n)
        m_model->append(text(n));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->pendingCount(), 5);
    QCOMPARE(m_model->totalCount(), 5);

    QTRY_COMPARE(m_model->rowCount(), 5);
    QCOMPARE(spans(inserted), (QList<QPair<int, int>> { { 0, 4 } }));
    QCOMPARE(m_model->pendingCount(), 0);
    QCOMPARE(numbersIn(*m_model), range(1, 5));
}

void TestMessageLogModel::fullBatchIsInsertedAtOnce()
{
    m_model->setBatchIntervalMs(60 * 60 * 1000); // only full batches
    m_model->setBatchSize(10);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    for (int n = 1; n <= 25; ++n)
        m_model->append(text(n));
    QCOMPARE(spans(inserted), (QList<QPair<int, int>> { { 0, 9 }, { 10, 19 } }));
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->pendingCount(), 5);
    QCOMPARE(m_model->totalCount(), 25);
}

void TestMessageLogModel::flushInsertsPendingInOneBatch()
{
    m_model->setBatchIntervalMs(60 * 60 * 1000);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(m_model, &MessageLogModel::countsChanged);
    for (int n = 1; n <= 3; ++n)
        m_model->append(text(n));
    m_model->flush();
    m_model->flush(); // nothing pending: no signal
    QCOMPARE(spans(inserted), (QList<QPair<int, int>> { { 0, 2 } }));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(numbersIn(*m_model), range(1, 3));
}

void TestMessageLogModel::evictsOldestInOneRemoval()
{
    m_model->setCapacity(10);
    m_model->setBatchSize(4);
    m_model->setBatchIntervalMs(60 * 60 * 1000);
    for (int n = 1; n <= 10; ++n)
        m_model->append(text(n));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 10);

    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    for (int n = 11; n <= 14; ++n)
        m_model->append(text(n)); // the 4th fills the batch
    QCOMPARE(spans(removed), (QList<QPair<int, int>> { { 0, 3 } }));
    QCOMPARE(spans(inserted), (QList<QPair<int, int>> { { 6, 9 } }));
    QCOMPARE(numbersIn(*m_model), range(5, 14));
    QCOMPARE(m_model->totalCount(), 14);
    QCOMPARE(m_model->evictedCount(), 4);
}

void TestMessageLogModel::batchLargerThanCapacityKeepsNewest()
{
    m_model->setCapacity(5);
    m_model->setBatchIntervalMs(60 * 60 * 1000);
    for (int n = 1; n <= 3; ++n)
        m_model->append(text(n));
    m_model->flush();

    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    for (int n = 4; n <= 15; ++n)
        m_model->append(text(n));
    m_model->flush();
    QCOMPARE(spans(removed), (QList<QPair<int, int>> { { 0, 2 } }));
    QCOMPARE(spans(inserted), (QList<QPair<int, int>> { { 0, 4 } }));
    QCOMPARE(numbersIn(*m_model), range(11, 15));
    QCOMPARE(m_model->totalCount(), 15);
    QCOMPARE(m_model->evictedCount(), 10);
}

void TestMessageLogModel::byteCapacityBoundsThePayloads()
{
    QCOMPARE(m_model->byteCapacity(), MessageLogModel::DefaultByteCapacity);
    m_model->setBatchIntervalMs(60 * 60 * 1000);
    m_model->setByteCapacity(1000);
    // "<n>|" padded to the size
    const auto sized = [](int n, int bytes) {
        QByteArray payload = QByteArray::number(n) + '|';
        payload.append(QByteArray(bytes - payload.size(), '.'));
        return Message::fromText(Message::Direction::Incoming, payload);
    };
    const auto numbersOf = [](const MessageLogModel &model) {
        QList<int> numbers;
        for (int row = 0; row < model.rowCount(); ++row)
            numbers.append(model.message(row).payload().split('|').constFirst().toInt());
        return numbers;
    };
    for (int n = 1; n <= 3; ++n)
        m_model->append(sized(n, 300));
    m_model->flush();
    QCOMPARE(numbersOf(*m_model), range(1, 3));
    QCOMPARE(m_model->byteCount(), 900);

    // two more: the oldest two make room, in one removal
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    for (int n = 4; n <= 5; ++n)
        m_model->append(sized(n, 300));
    m_model->flush();
    QCOMPARE(spans(removed), (QList<QPair<int, int>> { { 0, 1 } }));
    QCOMPARE(numbersOf(*m_model), range(3, 5));
    QCOMPARE(m_model->byteCount(), 900);
    QCOMPARE(m_model->evictedCount(), 2);

    // a batch over the budget keeps its newest messages that fit
    for (int n = 6; n <= 12; ++n)
        m_model->append(sized(n, 300));
    m_model->flush();
    QCOMPARE(numbersOf(*m_model), range(10, 12));
    QCOMPARE(m_model->byteCount(), 900);
    QCOMPARE(m_model->evictedCount(), 9);

    // one message larger than the whole budget still stays, alone
    m_model->append(sized(13, 5000));
    m_model->flush();
    QCOMPARE(numbersOf(*m_model), QList<int> { 13 });
    QCOMPARE(m_model->byteCount(), 5000);
    QCOMPARE(m_model->totalCount(), 13);

    m_model->clear();
    QCOMPARE(m_model->byteCount(), 0);
}

void TestMessageLogModel::ringWrapsAroundManyTimes()
{
    m_model->setCapacity(7);
    m_model->setBatchIntervalMs(60 * 60 * 1000);
    int n = 0;
    // batches of varying size, so the ring's head lands on every slot
    for (int batch = 1; batch <= 40; ++batch) {
        for (int i = 0; i < batch % 9; ++i)
            m_model->append(text(++n));
        m_model->flush();
        const int rows = std::min(n, 7);
        QCOMPARE(m_model->rowCount(), rows);
        QCOMPARE(numbersIn(*m_model), range(n - rows + 1, n));
    }
    QCOMPARE(m_model->totalCount(), n);
    QCOMPARE(m_model->evictedCount(), n - 7);
}

void TestMessageLogModel::setCapacityShrinksAndGrows()
{
    m_model->setCapacity(8);
    m_model->setBatchIntervalMs(60 * 60 * 1000);
    for (int n = 1; n <= 12; ++n)
        m_model->append(text(n));
    m_model->flush(); // the ring has wrapped: rows 5..12
    QCOMPARE(numbersIn(*m_model), range(5, 12));

    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setCapacity(3);
    QCOMPARE(spans(removed), (QList<QPair<int, int>> { { 0, 4 } }));
    QCOMPARE(numbersIn(*m_model), range(10, 12));
    QCOMPARE(m_model->evictedCount(), 9);

    m_model->setCapacity(6);
    for (int n = 13; n <= 16; ++n)
        m_model->append(text(n));
    m_model->flush();
    QCOMPARE(numbersIn(*m_model), range(11, 16));

    m_model->setCapacity(0); // clamped to 1
    QCOMPARE(m_model->capacity(), 1);
    QCOMPARE(numbersIn(*m_model), range(16, 16));
}

void TestMessageLogModel::clearForgetsEverything()
{
    m_model->setCapacity(4);
    m_model->setBatchIntervalMs(60 * 60 * 1000);
    for (int n = 1; n <= 6; ++n)
        m_model->append(text(n));
    m_model->flush();
    m_model->append(text(7)); // still pending
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->pendingCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QCOMPARE(m_model->evictedCount(), 0);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0);

    m_model->append(text(8));
    m_model->flush();
    QCOMPARE(numbersIn(*m_model), range(8, 8));
}

void TestMessageLogModel::rolesExposeTheMessage()
{
    const Message sent = Message::fromText(Direction::Outgoing, QStringLiteral("{\"a\":1}"))
                             .withId(QStringLiteral("42"))
                             .withTimestamps(1700000000123456, 1);
    const Message binary = Message::fromBinary(Direction::Incoming, QByteArray("\x00\xff", 2));
    m_model->append(sent);
    m_model->append(binary);
    m_model->flush();

    const QModelIndex first = m_model->index(0, MessageLogModel::PreviewColumn);
    QCOMPARE(first.data(MessageLogModel::MessageRole).value<Message>(), sent);
    QCOMPARE(first.data(MessageLogModel::PayloadRole).toByteArray(), QByteArray("{\"a\":1}"));
    QCOMPARE(first.data(MessageLogModel::DirectionRole).toInt(), int(Direction::Outgoing));
    QCOMPARE(first.data(MessageLogModel::KindRole).toInt(), int(Kind::Json));
    QCOMPARE(first.data(MessageLogModel::TimestampRole).toLongLong(), 1700000000123456);
    QCOMPARE(first.data(MessageLogModel::IdRole).toString(), QStringLiteral("42"));
    QCOMPARE(first.data(MessageLogModel::SizeRole).toLongLong(), 7);

    const QModelIndex second = m_model->index(1, 0);
    QCOMPARE(second.data(MessageLogModel::PayloadRole).toByteArray(), QByteArray("\x00\xff", 2));
    QCOMPARE(second.data(MessageLogModel::KindRole).toInt(), int(Kind::Binary));
    QCOMPARE(m_model->roleNames().value(MessageLogModel::MessageRole), QByteArray("message"));
}

void TestMessageLogModel::displayColumns()
{
    const qint64 us =
        QDateTime(QDate(2024, 5, 6), QTime(13, 14, 15, 678)).toMSecsSinceEpoch() * 1000;
    m_model->append(
        Message::fromText(Direction::Outgoing, QStringLiteral("[1,2]")).withTimestamps(us, 1));
    m_model->append(Message::fromBinary(Direction::Incoming, QByteArray(1500, 'x')));
    m_model->flush();

    auto display = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(display(0, MessageLogModel::TimeColumn), QStringLiteral("13:14:15.678"));
    QVERIFY(display(0, MessageLogModel::DirectionColumn).endsWith(QLatin1String("out")));
    QVERIFY(display(1, MessageLogModel::DirectionColumn).endsWith(QLatin1String("in")));
    QCOMPARE(display(0, MessageLogModel::KindColumn), QStringLiteral("JSON"));
    QCOMPARE(display(1, MessageLogModel::KindColumn), QStringLiteral("Binary"));
    QCOMPARE(display(0, MessageLogModel::SizeColumn), QStringLiteral("5"));
    QCOMPARE(display(1, MessageLogModel::SizeColumn), QLocale().toString(1500));
    QCOMPARE(display(0, MessageLogModel::PreviewColumn), QStringLiteral("[1,2]"));
    QCOMPARE(m_model->index(0, MessageLogModel::SizeColumn).data(Qt::TextAlignmentRole),
             QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
}

void TestMessageLogModel::previewText_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    const QString ellipsis(QChar(0x2026));
    QTest::newRow("text") << Message::fromText(Direction::Incoming, QStringLiteral("hello")) << 200
                          << QStringLiteral("hello");
    QTest::newRow("line breaks marked")
        << Message::fromText(Direction::Incoming, QStringLiteral("a\nb\r\nc\td")) << 200
        << QStringLiteral("a\u21b5b\u21b5c d");
    QTest::newRow("truncated") << Message::fromText(Direction::Incoming, QStringLiteral("abcdef"))
                               << 3 << QStringLiteral("abc") + ellipsis;
    QTest::newRow("multi-byte") << Message::fromText(Direction::Incoming,
                                                     QStringLiteral("\u00e9t\u00e9"))
                                << 200 << QStringLiteral("\u00e9t\u00e9");
    QTest::newRow("json") << Message::fromText(Direction::Outgoing,
                                               QStringLiteral("{\n  \"k\": 1\n}"))
                          << 200 << QStringLiteral("{\u21b5  \"k\": 1\u21b5}");
    QTest::newRow("binary as hex")
        << Message::fromBinary(Direction::Incoming, QByteArray::fromHex("00ff10")) << 200
        << QStringLiteral("00 ff 10");
    QTest::newRow("long binary") << Message::fromBinary(Direction::Incoming,
                                                        QByteArray::fromHex("0102030405"))
                                 << 9 << QStringLiteral("01 02 03 ") + ellipsis;
    QTest::newRow("close with reason")
        << Message::control(Kind::Close, Direction::Incoming, closePayload(1001, "bye now")) << 200
        << QStringLiteral("1001 Going away: bye now");
    QTest::newRow("close without reason")
        << Message::control(Kind::Close, Direction::Incoming, closePayload(4000, {})) << 200
        << QStringLiteral("4000 (application-defined)");
    QTest::newRow("close without status")
        << Message::control(Kind::Close, Direction::Incoming, QByteArray()) << 200
        << QStringLiteral("(no status)");
    QTest::newRow("binary ping") << Message::control(Kind::Ping, Direction::Outgoing,
                                                     QByteArray::fromHex("c3"))
                                 << 200 << QStringLiteral("c3");
    QTest::newRow("text pong") << Message::control(Kind::Pong, Direction::Incoming, "seq 7") << 200
                               << QStringLiteral("seq 7");
}

void TestMessageLogModel::previewText()
{
    QFETCH(Message, message);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    QCOMPARE(MessageLogModel::previewText(message, maxChars), expected);
}

void TestMessageLogModel::readableText_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("isNull");

    QTest::newRow("text, whole") << Message::fromText(Direction::Incoming, QStringLiteral("a\nb"))
                                 << QStringLiteral("a\nb") << false;
    QTest::newRow("json") << Message::fromText(Direction::Incoming, QStringLiteral("[1]"))
                          << QStringLiteral("[1]") << false;
    QTest::newRow("binary") << Message::fromBinary(Direction::Incoming, "abc") << QString() << true;
    QTest::newRow("utf-8 pong") << Message::control(Kind::Pong, Direction::Incoming, "seq 1")
                                << QStringLiteral("seq 1") << false;
    QTest::newRow("binary ping") << Message::control(Kind::Ping, Direction::Outgoing,
                                                     QByteArray::fromHex("ff00"))
                                 << QString() << true;
    QTest::newRow("close") << Message::control(Kind::Close, Direction::Incoming,
                                               closePayload(1000, "done"))
                           << QStringLiteral("1000 Normal closure: done") << false;
    QTest::newRow("truncated close payload")
        << Message::control(Kind::Close, Direction::Incoming, QByteArray::fromHex("03"))
        << QStringLiteral("03") << false;
}

void TestMessageLogModel::readableText()
{
    QFETCH(Message, message);
    QFETCH(QString, expected);
    QFETCH(bool, isNull);
    const QString text = MessageLogModel::readableText(message);
    QCOMPARE(text, expected);
    QCOMPARE(text.isNull(), isNull);
}

void TestMessageLogModel::manyMessagesStayExact()
{
    // No tester here: it re-checks the whole model on every change.
    delete m_tester;
    m_tester = nullptr;
    m_model->setCapacity(1000);
    m_model->setBatchSize(333);
    const int total = 100000;
    for (int n = 1; n <= total; ++n)
        m_model->append(text(n));
    m_model->flush();
    QCOMPARE(m_model->totalCount(), total);
    QCOMPARE(m_model->evictedCount(), total - 1000);
    QCOMPARE(numbersIn(*m_model), range(total - 999, total));
}

void TestMessageLogModel::decodePhoenix_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<OptionalVersion>("version");
    QTest::addColumn<bool>("isFrame");
    // join_ref|ref|topic|event|status
    QTest::addColumn<QString>("fields");

    const OptionalVersion plain;
    const OptionalVersion v2 = Version::V2;
    const OptionalVersion v1 = Version::V1;
    auto textIn = [](const char *text) {
        return Message::fromText(Direction::Incoming, QByteArray(text));
    };
    auto row = [](const char *name, const Message &message, OptionalVersion version, bool isFrame,
                  const char *fields) {
        QTest::newRow(name) << message << version << isFrame << QString::fromUtf8(fields);
    };
    row("v2 push", textIn(R"(["1","2","room:lobby","shout",{"body":"hi"}])"), v2, true,
        "1|2|room:lobby|shout|");
    row("v2 reply", textIn(R"(["1","3","room:lobby","phx_reply",{"status":"ok","response":{}}])"),
        v2, true, "1|3|room:lobby|phx_reply|ok");
    row("v2 error reply",
        textIn(
            R"(["4","4","private:x","phx_reply",{"status":"error","response":{"reason":"unauthorized"}}])"),
        v2, true, "4|4|private:x|phx_reply|error");
    row("v2 broadcast, null refs", textIn(R"([null,null,"room:1","presence_diff",{}])"), v2, true,
        "||room:1|presence_diff|");
    row("v2 frame on a plain connection", textIn(R"(  [null,"9","phoenix","heartbeat",{}])"), plain,
        true, "|9|phoenix|heartbeat|");
    row("v1 object", textIn(R"({"topic":"t","event":"e","payload":{},"ref":"5","join_ref":"1"})"),
        v1, true, "1|5|t|e|");
    row("v1 object on a plain connection",
        textIn(R"({"topic":"t","event":"e","payload":{},"ref":"5"})"), plain, false, "||||");
    row("binary push out",
        Message::fromBinary(Direction::Outgoing,
                            QByteArray::fromHex("0001010a04313272"
                                                "6f6f6d3a6c6f6262797069"
                                                "6e67000102")),
        v2, true, "1|2|room:lobby|ping|");
    row("binary on a plain connection",
        Message::fromBinary(Direction::Outgoing,
                            QByteArray::fromHex("0001010a04313272"
                                                "6f6f6d3a6c6f6262797069"
                                                "6e67000102")),
        plain, false, "||||");
    row("plain text", textIn("hello"), v2, false, "||||");
    row("array, not a frame", textIn("[1,2,3]"), plain, false, "||||");
    row("JSON object", textIn(R"({"a":1})"), plain, false, "||||");
    row("ping", Message::control(Kind::Ping, Direction::Outgoing, "1"), v2, false, "||||");
}

void TestMessageLogModel::decodePhoenix()
{
    QFETCH(Message, message);
    QFETCH(OptionalVersion, version);
    QFETCH(bool, isFrame);
    QFETCH(QString, fields);

    const MessageLogModel::PhoenixFields decoded = MessageLogModel::decodePhoenix(message, version);
    QCOMPARE(decoded.isFrame, isFrame);
    QCOMPARE(
        QStringList({ decoded.joinRef, decoded.ref, decoded.topic, decoded.event, decoded.status })
            .join(QLatin1Char('|')),
        fields);
}

void TestMessageLogModel::phoenixColumns()
{
    m_model->setPhoenixVersion(Version::V2);
    m_model->append(Message::fromText(Direction::Outgoing,
                                      QByteArray(R"(["1","1","room:lobby","phx_join",{}])")));
    m_model->append(Message::fromText(
        Direction::Incoming,
        QByteArray(R"(["1","1","room:lobby","phx_reply",{"status":"ok","response":{}}])")));
    m_model->append(Message::fromText(Direction::Incoming, QByteArray("not a frame")));
    m_model->flush();

    auto display = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(m_model->headerData(MessageLogModel::TopicColumn, Qt::Horizontal).toString(),
             QStringLiteral("Topic"));
    QCOMPARE(m_model->headerData(MessageLogModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(display(0, MessageLogModel::TopicColumn), QStringLiteral("room:lobby"));
    QCOMPARE(display(0, MessageLogModel::EventColumn), QStringLiteral("phx_join"));
    QCOMPARE(display(0, MessageLogModel::RefColumn), QStringLiteral("1"));
    QCOMPARE(display(0, MessageLogModel::StatusColumn), QString());
    QCOMPARE(display(1, MessageLogModel::EventColumn), QStringLiteral("phx_reply"));
    QCOMPARE(display(1, MessageLogModel::StatusColumn), QStringLiteral("ok"));
    QCOMPARE(m_model->index(1, MessageLogModel::RefColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("join_ref 1 \u00b7 ref 1"));
    QCOMPARE(display(2, MessageLogModel::TopicColumn), QString());
    QCOMPARE(display(2, MessageLogModel::PreviewColumn), QStringLiteral("not a frame"));

    const QModelIndex reply = m_model->index(1, 0);
    QCOMPARE(reply.data(MessageLogModel::TopicRole).toString(), QStringLiteral("room:lobby"));
    QCOMPARE(reply.data(MessageLogModel::EventRole).toString(), QStringLiteral("phx_reply"));
    QCOMPARE(reply.data(MessageLogModel::RefRole).toString(), QStringLiteral("1"));
    QCOMPARE(reply.data(MessageLogModel::JoinRefRole).toString(), QStringLiteral("1"));
    QCOMPARE(reply.data(MessageLogModel::StatusRole).toString(), QStringLiteral("ok"));
    QVERIFY(m_model->roleNames().values().contains("topic"));
}

void TestMessageLogModel::phoenixDecodingIsLazyAndOnce()
{
    m_model->setPhoenixVersion(Version::V2);
    // outgoing JSON nobody has looked at yet: not parsed
    for (int n = 0; n < 1000; ++n)
        m_model->append(Message::fromText(
            Direction::Outgoing,
            QStringLiteral(R"(["1","%1","room:lobby","shout",{"n":%1}])").arg(n)));
    const qint64 before = Message::jsonParseCount();
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1000);
    QCOMPARE(Message::jsonParseCount(), before); // inserting decodes nothing

    QCOMPARE(m_model->phoenixFields(500).ref, QStringLiteral("500"));
    QCOMPARE(Message::jsonParseCount(), before + 1);
    QCOMPARE(m_model->index(500, MessageLogModel::EventColumn).data().toString(),
             QStringLiteral("shout"));
    QCOMPARE(m_model->index(500, MessageLogModel::TopicColumn).data().toString(),
             QStringLiteral("room:lobby"));
    QCOMPARE(Message::jsonParseCount(), before + 1); // kept with the row

    // a plain connection's text that cannot be a frame is never parsed
    m_model->setPhoenixVersion(std::nullopt);
    m_model->append(Message::fromText(Direction::Incoming, QStringLiteral(R"({"a": 1})")));
    m_model->flush();
    const qint64 plain = Message::jsonParseCount();
    QVERIFY(!m_model->phoenixFields(1000).isFrame);
    QCOMPARE(Message::jsonParseCount(), plain);
}

void TestMessageLogModel::phoenixVersionChangeDecodesAgain()
{
    m_model->append(Message::fromText(
        Direction::Incoming, QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":null})")));
    m_model->flush();
    QVERIFY(!m_model->phoenixFields(0).isFrame); // an object, on a plain connection
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setPhoenixVersion(Version::V1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(MessageLogModel::TopicColumn));
    QCOMPARE(changed.constFirst().at(1).toModelIndex().column(),
             int(MessageLogModel::StatusColumn));
    QVERIFY(m_model->phoenixFields(0).isFrame);
    QCOMPARE(m_model->phoenixFields(0).topic, QStringLiteral("t"));
    m_model->setPhoenixVersion(Version::V1);
    QCOMPARE(changed.size(), 1); // no change, no signal
}

void TestMessageLogModel::phoenixFieldsSurviveTheRing()
{
    m_model->setPhoenixVersion(Version::V2);
    m_model->setCapacity(3000);
    auto frame = [](int n) {
        return Message::fromText(Direction::Incoming,
                                 QStringLiteral(R"([null,null,"topic:%1","e",{}])").arg(n));
    };
    // decoded rows, then growth, wrap-around and shrinking relayout the ring
    for (int n = 0; n < 10; ++n)
        m_model->append(frame(n));
    m_model->flush();
    QCOMPARE(m_model->phoenixFields(9).topic, QStringLiteral("topic:9"));
    for (int n = 10; n < 5000; ++n)
        m_model->append(frame(n));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3000);
    QCOMPARE(m_model->phoenixFields(0).topic, QStringLiteral("topic:2000"));
    QCOMPARE(m_model->phoenixFields(2999).topic, QStringLiteral("topic:4999"));
    m_model->setCapacity(100);
    QCOMPARE(m_model->phoenixFields(0).topic, QStringLiteral("topic:4900"));
    QCOMPARE(m_model->phoenixFields(99).topic, QStringLiteral("topic:4999"));
    QVERIFY(!m_model->phoenixFields(100).isFrame); // out of range
}

void TestMessageLogModel::eventRows()
{
    m_model->appendEvent(SessionEvent::stateChange(ConnectionState::Connected));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0); // events are not rows unless shown
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setEventsShown(true);
    QCOMPARE(reset.size(), 1);
    QVERIFY(m_model->eventsShown());
    m_model->append(text(1));
    m_model->appendEvent(
        SessionEvent(SessionEvent::Type::Error, QStringLiteral("it broke"), {}, 1700000000000000));
    m_model->append(text(2));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->isEvent(0));
    QVERIFY(m_model->isEvent(1));
    QVERIFY(m_model->message(1).isNull());
    QCOMPARE(m_model->event(1).text(), QStringLiteral("it broke"));
    QCOMPARE(m_model->entry(1).event().type(), SessionEvent::Type::Error);
    const QModelIndex event = m_model->index(1, MessageLogModel::PreviewColumn);
    QCOMPARE(event.data().toString(), QStringLiteral("it broke"));
    QCOMPARE(m_model->index(1, MessageLogModel::KindColumn).data().toString(),
             QStringLiteral("Error"));
    QVERIFY(event.data(MessageLogModel::IsSessionEventRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(MessageLogModel::IsSessionEventRole).toBool());
    QCOMPARE(event.data(MessageLogModel::SessionEventRole).value<SessionEvent>().text(),
             QStringLiteral("it broke"));
    QCOMPARE(event.data(MessageLogModel::TimestampRole).toLongLong(), 1700000000000000);
    QVERIFY(!m_model->phoenixFields(1).isFrame);
    QCOMPARE(numbersIn(*m_model), (QList<int> { 1, 0, 2 }));
}

void TestMessageLogModel::storeKeepsEveryRow()
{
    QTemporaryDir dir;
    SessionStore store;
    QVERIFY(store.create(dir.filePath(QStringLiteral("live.maxmon"))));
    m_model->setCapacity(1000); // the in-memory part
    m_model->setBatchSize(500);
    m_model->setStore(&store);
    QCOMPARE(m_model->store(), &store);
    QVERIFY(!m_model->isReadOnly());
    QCOMPARE(m_model->sessionPath(), store.path());
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    const int total = 25000;
    for (int n = 1; n <= total; ++n)
        m_model->append(text(n));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), total); // the session's count: nothing evicted
    QCOMPARE(m_model->evictedCount(), 0);
    QVERIFY(removed.isEmpty());
    QVERIFY(m_model->byteCount() < 1000 * 20);
    QVERIFY(store.flush());
    QTRY_COMPARE(m_model->storedRowCount(), total);
    // old rows come back from the file, new ones from memory: all of them exact
    QCOMPARE(numbersIn(*m_model), range(1, total));
    QCOMPARE(m_model->index(0, 0).data(MessageLogModel::SequenceRole).toLongLong(), 1);
    QCOMPARE(m_model->index(0, MessageLogModel::PreviewColumn).data().toString(),
             QStringLiteral("message 1"));
    // more messages after a page was read: the rows go on
    for (int n = total + 1; n <= total + 10; ++n)
        m_model->append(text(n));
    m_model->flush();
    QCOMPARE(m_model->message(total + 9).text(), QStringLiteral("message %1").arg(total + 10));
    m_model->setStore(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->store() == nullptr);
}

void TestMessageLogModel::storeThatCannotKeepUpIsCounted()
{
    QTemporaryDir dir;
    SessionStore store;
    store.setMaxQueuedBytes(64 * 1024);
    store.setCommitIntervalMs(60 * 60 * 1000);
    QVERIFY(store.create(dir.filePath(QStringLiteral("slow.maxmon"))));
    m_model->setStore(&store);
    QSignalSpy counts(m_model, &MessageLogModel::countsChanged);
    for (int n = 1; n <= 3000; ++n)
        m_model->append(Message::fromText(Direction::Incoming, QByteArray(200, 'x')));
    QTRY_VERIFY(!counts.isEmpty());
    QVERIFY(m_model->notStoredCount() > 0);
    QCOMPARE(m_model->notStoredCount() + m_model->rowCount(), 3000);
    QCOMPARE(m_model->rowCount(), store.acceptedCount());
    QCOMPARE(m_model->totalCount(), 3000);
}

void TestMessageLogModel::millionsOfRowsFromAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.maxmon"));
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 2000000;
    recipe.index = false;
    QVERIFY(maxmon::test::writeSession(path, recipe));
    // the tester walks every row and column once the model resets
    QVERIFY(m_model->openSession(path));
    QVERIFY(m_model->isReadOnly());
    QCOMPARE(m_model->rowCount(), 2000000);
    QCOMPARE(m_model->storedRowCount(), 2000000);
    QVERIFY(!m_model->sessionError());
    for (const int row : { 0, 1, 255, 256, 999999, 1999998, 1999999 }) {
        const Message message = m_model->message(row);
        QCOMPARE(message.payload(), maxmon::test::sessionPayload(row + 1));
        QCOMPARE(m_model->index(row, MessageLogModel::SizeColumn)
                     .data(MessageLogModel::SizeRole)
                     .toLongLong(),
                 message.size());
    }
    QCOMPARE(m_model->index(6, MessageLogModel::DirectionColumn)
                 .data(MessageLogModel::DirectionRole)
                 .toInt(),
             int(Direction::Outgoing)); // message 7
    QCOMPARE(m_model->index(99, MessageLogModel::KindColumn).data().toString(),
             QStringLiteral("Binary")); // message 100
    QCOMPARE(m_model->index(0, MessageLogModel::KindColumn).data().toString(),
             QStringLiteral("JSON"));
    // appending to a file's log does nothing: it is read-only
    m_model->append(text(1));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 2000000);
}

void TestMessageLogModel::fileWithEventsShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.maxmon"));
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 5000;
    recipe.eventEvery = 1000;
    QVERIFY(maxmon::test::writeSession(path, recipe));
    QVERIFY(m_model->openSession(path));
    QCOMPARE(m_model->rowCount(), 5000);
    m_model->setEventsShown(true);
    QVERIFY(m_model->isReadOnly());
    QCOMPARE(m_model->rowCount(), 5005);
    QVERIFY(m_model->isEvent(1000));
    QCOMPARE(m_model->event(1000).text(), QStringLiteral("note 1000"));
    QCOMPARE(m_model->message(1001).payload(), maxmon::test::sessionPayload(1001));
    QCOMPARE(m_model->index(5004, MessageLogModel::PreviewColumn).data().toString(),
             QStringLiteral("note 5000"));
}

void TestMessageLogModel::refreshedFileGrows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("growing.maxmon"));
    SessionStore store;
    QVERIFY(store.create(path));
    for (int n = 1; n <= 100; ++n)
        store.append(text(n));
    QVERIFY(store.flush());
    QVERIFY(m_model->openSession(path));
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->message(99).text(), QStringLiteral("message 100"));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    for (int n = 101; n <= 150; ++n)
        store.append(text(n));
    QVERIFY(store.flush());
    m_model->refreshSession();
    QCOMPARE(spans(inserted), (QList<QPair<int, int>> { { 100, 149 } }));
    QCOMPARE(numbersIn(*m_model), range(1, 150));
}

void TestMessageLogModel::clearLetsGoOfTheSession()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.maxmon"));
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 10;
    QVERIFY(maxmon::test::writeSession(path, recipe));
    QVERIFY(m_model->openSession(path));
    m_model->clear();
    QVERIFY(!m_model->isReadOnly());
    QVERIFY(m_model->sessionPath().isEmpty());
    QCOMPARE(m_model->rowCount(), 0);
    const Result<void> missing = m_model->openSession(dir.filePath(QStringLiteral("none.maxmon")));
    QVERIFY(!missing);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"
