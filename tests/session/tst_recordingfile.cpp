// RecordingFile: a recording read back, with line numbers and bad lines.
#include <maxmon/messagerecord.h>
#include <maxmon/recordingfile.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;

class TestRecordingFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEntriesWithLineNumbers();
    void badLinesAreKeptAsErrors();
    void strictStopsAtTheFirstBadLine();
};

void TestRecordingFile::readsEntriesWithLineNumbers()
{
    const QList<Message> messages {
        Message::fromText(Direction::Outgoing, QByteArray("hi")),
        Message::fromText(Direction::Incoming, QByteArray("hi")),
        Message::control(Message::Kind::Pong, Direction::Incoming, "1"),
        Message::fromBinary(Direction::Outgoing, QByteArray("\x01", 1)),
        Message::closeFrame(Direction::Outgoing, 1000),
    };
    QByteArray contents;
    for (const Message &message : messages)
        contents += MessageRecord::encode(message) + "\r\n\n"; // CRLF and blank lines are fine
    const RecordingFile recording = RecordingFile::parse(contents);
    QVERIFY(recording.errors().isEmpty());
    QCOMPARE(recording.entries().size(), 5);
    QCOMPARE(recording.entries().at(3).line, 7);
    QCOMPARE(recording.entries().at(3).message, messages.at(3));
    const QList<RecordingFile::Entry> out = recording.outgoingData();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).line, 1);
    QCOMPARE(out.at(1).message.kind(), Message::Kind::Binary);
    QCOMPARE(recording.incomingData().size(), 1);
}

void TestRecordingFile::badLinesAreKeptAsErrors()
{
    const QByteArray good =
        MessageRecord::encode(Message::fromText(Direction::Outgoing, QByteArray("x")));
    const RecordingFile recording = RecordingFile::parse(
        good + "\n{\"direction\":\"sideways\",\"kind\":\"text\",\"payload\":\"x\"}\n[1]\n" + good);
    QCOMPARE(recording.entries().size(), 2);
    QCOMPARE(recording.entries().at(1).line, 4);
    QCOMPARE(recording.errors().size(), 2);
    QCOMPARE(recording.errors().at(0).line, 2);
    QVERIFY2(recording.errors().at(0).error.startsWith(QLatin1String("direction")),
             qPrintable(recording.errors().at(0).error));
    QCOMPARE(recording.errors().at(1).line, 3);
}

void TestRecordingFile::strictStopsAtTheFirstBadLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(MessageRecord::encode(Message::fromText(Direction::Outgoing, QByteArray("x")))
               + "\nbroken\n");
    file.close();
    const Result<RecordingFile> lenient = RecordingFile::read(path);
    QVERIFY(lenient);
    QCOMPARE(lenient->errors().size(), 1);
    const Result<RecordingFile> strict = RecordingFile::read(path, true);
    QVERIFY(!strict);
    QVERIFY2(strict.error().message().startsWith(path + QStringLiteral(", line 2: ")),
             qPrintable(strict.error().message()));
    QVERIFY(!RecordingFile::read(dir.filePath(QStringLiteral("missing.jsonl"))));
}

QTEST_GUILESS_MAIN(TestRecordingFile)
#include "tst_recordingfile.moc"
