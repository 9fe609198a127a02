// MessageRecorder: MessageRecord lines written through to the file.
#include <maxmon/messagerecord.h>
#include <maxmon/messagerecorder.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;

class TestMessageRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneRecordPerLineAtOnce();
    void truncatesAnOldFile();
    void unwritablePathIsAnError();
};

void TestMessageRecorder::writesOneRecordPerLineAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.jsonl"));
    MessageRecorder recorder;
    QVERIFY(recorder.open(path));
    QVERIFY(recorder.isOpen());
    const QList<Message> messages {
        Message::fromText(Message::Direction::Outgoing, QByteArray("{\"a\":1}")),
        Message::fromBinary(Message::Direction::Incoming, QByteArray("\x00\xff", 2)),
        Message::closeFrame(Message::Direction::Incoming, 1000, QStringLiteral("bye")),
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QVERIFY(recorder.write(messages.at(i)));
        // on disk before the next write, without any flush or close
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), i + 2); // the last one is empty: every line is complete
        QCOMPARE(lines.at(i), MessageRecord::encode(messages.at(i)));
    }
    QCOMPARE(recorder.count(), 3);
}

void TestMessageRecorder::truncatesAnOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.jsonl"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents\n");
    old.close();
    MessageRecorder recorder;
    QVERIFY(recorder.open(path));
    QVERIFY(recorder.write(Message::fromText(Message::Direction::Outgoing, QByteArray("new"))));
    recorder.close();
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(!old.readAll().contains("old contents"));
}

void TestMessageRecorder::unwritablePathIsAnError()
{
    MessageRecorder recorder;
    const Result<void> opened = recorder.open(QStringLiteral("/nonexistent-dir/r.jsonl"));
    QVERIFY(!opened);
    QVERIFY(opened.error().message().contains(QLatin1String("/nonexistent-dir/r.jsonl")));
}

QTEST_GUILESS_MAIN(TestMessageRecorder)
#include "tst_messagerecorder.moc"
