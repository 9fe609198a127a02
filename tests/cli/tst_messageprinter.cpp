// MessagePrinter: what maxmon-cli connect prints for a message, in a pipe,
// on a terminal and as JSON records.
#include "messageprinter.h"

#include <maxmon/messagerecord.h>

#include <QDateTime>
#include <QTest>

using namespace maxmon;
using maxmon::cli::MessagePrinter;
using Mode = MessagePrinter::Mode;
using Direction = Message::Direction;

namespace {

// 2024-05-01 12:00:01.234 local time
qint64 stampUs()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0, 1, 234)).toMSecsSinceEpoch() * 1000 + 567;
}

Message stamped(const Message &message)
{
    return message.withTimestamps(stampUs(), 0);
}

} // namespace

class TestMessagePrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void recordsAreMessageRecords();
};

void TestMessagePrinter::format_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<Message>("message");
    QTest::addColumn<QByteArray>("expected"); // "<none>" for nothing
    const Message textIn = stamped(Message::fromText(Direction::Incoming, QByteArray("hello")));
    const Message textOut = stamped(Message::fromText(Direction::Outgoing, QByteArray("hello")));
    const Message jsonIn =
        stamped(Message::fromText(Direction::Incoming, QByteArray("{ \"a\": 1 }")));
    const Message binaryIn =
        stamped(Message::fromBinary(Direction::Incoming, QByteArray("\x00\x01\x02\xff", 4)));
    const Message pong = stamped(Message::control(Message::Kind::Pong, Direction::Incoming, "1"));
    const Message closeIn =
        stamped(Message::closeFrame(Direction::Incoming, 4000, QStringLiteral("bye")));
    const Message closeOut = stamped(Message::closeFrame(Direction::Outgoing, 1000));
    const int pipe = int(Mode::Pipe);
    const int terminal = int(Mode::Interactive);

    QTest::newRow("pipe text in") << pipe << false << textIn << QByteArray("hello");
    QTest::newRow("pipe text out") << pipe << false << textOut << QByteArray("<none>");
    QTest::newRow("pipe json kept as sent")
        << pipe << false << jsonIn << QByteArray("{ \"a\": 1 }");
    QTest::newRow("pipe binary base64") << pipe << false << binaryIn << QByteArray("AAEC/w==");
    QTest::newRow("pipe binary hex") << pipe << true << binaryIn << QByteArray("000102ff");
    QTest::newRow("pipe pong") << pipe << false << pong << QByteArray("<none>");
    QTest::newRow("pipe close") << pipe << false << closeIn << QByteArray("<none>");
    QTest::newRow("terminal in") << terminal << false << textIn
                                 << QByteArray("12:00:01.234 < hello");
    QTest::newRow("terminal out") << terminal << false << textOut
                                  << QByteArray("12:00:01.234 > hello");
    QTest::newRow("terminal binary")
        << terminal << false << binaryIn << QByteArray("12:00:01.234 < binary 4 byte(s): AAEC/w==");
    QTest::newRow("terminal pong") << terminal << false << pong << QByteArray("<none>");
    QTest::newRow("terminal close in")
        << terminal << false << closeIn
        << QByteArray("12:00:01.234 < close 4000 (application-defined): bye");
    QTest::newRow("terminal close out")
        << terminal << false << closeOut << QByteArray("12:00:01.234 > close 1000 Normal closure");
}

void TestMessagePrinter::format()
{
    QFETCH(int, mode);
    QFETCH(bool, hex);
    QFETCH(Message, message);
    QFETCH(QByteArray, expected);
    const QByteArray line = MessagePrinter(Mode(mode), hex).format(message);
    if (expected == "<none>")
        QVERIFY2(line.isNull(), line.constData());
    else
        QCOMPARE(line, expected);
}

void TestMessagePrinter::recordsAreMessageRecords()
{
    const MessagePrinter printer(Mode::Records, false);
    const QList<Message> messages {
        Message::fromText(Direction::Outgoing, QByteArray("out")).withId(QStringLiteral("7")),
        Message::control(Message::Kind::Pong, Direction::Incoming, "p"),
        Message::closeFrame(Direction::Incoming, 1000, QStringLiteral("done")),
    };
    for (const Message &message : messages) {
        const QByteArray line = printer.format(message);
        QCOMPARE(line, MessageRecord::encode(message));
        QVERIFY(!line.contains('\n'));
    }
}

QTEST_GUILESS_MAIN(TestMessagePrinter)
#include "tst_messageprinter.moc"
