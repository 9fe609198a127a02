// maxmon-cli record, as a process against the demo server in this test:
// every message in and out as MessageRecord lines, each line on disk as it
// happens (a killed process loses nothing), and its errors.
#include "cliprocess.h"
#include "server/demoserver.h"

#include <maxmon/recordingfile.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace maxmon;
using maxmon::test::CliProcess;
using maxmon::test::CliRun;

namespace {

QString cliPath()
{
    return QStringLiteral(MAXMON_CLI_PATH);
}

} // namespace

class TestRecordCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsEveryMessageBothWays();
    void linesAreOnDiskAtOnce();
    void errors();

private:
    DemoServer *m_demo = nullptr;
    QTemporaryDir m_dir;
};

void TestRecordCommand::initTestCase()
{
    m_demo = new DemoServer(this);
    QVERIFY(m_demo->listen());
    QVERIFY(m_dir.isValid());
}

void TestRecordCommand::recordsEveryMessageBothWays()
{
    const QString file = m_dir.filePath(QStringLiteral("echo.jsonl"));
    const CliRun run = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("record"), m_demo->url().toString(), QStringLiteral("--out"), file,
          QStringLiteral("--send"), QStringLiteral("{\"op\":\"hello\"}"), QStringLiteral("--send"),
          QStringLiteral("plain"), QStringLiteral("--count"), QStringLiteral("3") },
        "from stdin\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("[maxmon] 7 message(s) recorded in " + file.toUtf8()),
             run.err.constData());

    const Result<RecordingFile> recording = RecordingFile::read(file, true);
    QVERIFY2(recording, qPrintable(recording ? QString() : recording.error().message()));
    const QList<RecordingFile::Entry> entries = recording->entries();
    QCOMPARE(entries.size(), 7); // 3 out, 3 echoes, our close frame
    const QList<QByteArray> texts { "{\"op\":\"hello\"}", "plain", "from stdin" };
    QList<RecordingFile::Entry> out = recording->outgoingData();
    QList<RecordingFile::Entry> in = recording->incomingData();
    QCOMPARE(out.size(), 3);
    QCOMPARE(in.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(out.at(i).message.payload(), texts.at(i));
        QCOMPARE(in.at(i).message.payload(), texts.at(i));
        QVERIFY(!out.at(i).message.id().isEmpty());
        QVERIFY(in.at(i).message.timestampUs() >= out.at(i).message.timestampUs());
    }
    QCOMPARE(out.at(0).message.kind(), Message::Kind::Json);
    const Message close = entries.constLast().message;
    QCOMPARE(close.kind(), Message::Kind::Close);
    QCOMPARE(close.direction(), Message::Direction::Outgoing);
    QCOMPARE(close.closeCode(), 1000);
}

void TestRecordCommand::linesAreOnDiskAtOnce()
{
    const QString file = m_dir.filePath(QStringLiteral("events.jsonl"));
    QUrl events = m_demo->url(QStringLiteral("/events"));
    events.setQuery(QStringLiteral("rate=100"));
    CliProcess cli(cliPath());
    QVERIFY(
        cli.start({ QStringLiteral("record"), events.toString(), QStringLiteral("--out"), file }));
    // the file grows while the process runs: every line is written through
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile(file).size() > 0 &&
            [&file] {
                QFile f(file);
                return f.open(QIODevice::ReadOnly) && f.readAll().count('\n') >= 10;
            }(),
        20000);
    cli.sendSignal(SIGKILL); // a crash: nothing gets a chance to flush
    QVERIFY(cli.waitForFinished());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray contents = f.readAll();
    QVERIFY(contents.endsWith('\n')); // no half line
    const RecordingFile recording = RecordingFile::parse(contents);
    QVERIFY(recording.errors().isEmpty());
    QVERIFY(recording.incomingData().size() >= 10);
}

void TestRecordCommand::errors()
{
    const CliRun noOut =
        maxmon::test::runCli(cliPath(), { QStringLiteral("record"), m_demo->url().toString() });
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.err.contains("--out FILE is required"));

    const CliRun unwritable = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("record"), m_demo->url().toString(), QStringLiteral("--out"),
          QStringLiteral("/nonexistent-dir/x.jsonl") });
    QCOMPARE(unwritable.exitCode, 8);
    QVERIFY2(unwritable.err.contains("Cannot write the recording /nonexistent-dir/x.jsonl"),
             unwritable.err.constData());

    const CliRun refused = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("record"), m_demo->url(QStringLiteral("/nope")).toString(),
          QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.jsonl")) });
    QCOMPARE(refused.exitCode, 7);
}

QTEST_GUILESS_MAIN(TestRecordCommand)
#include "tst_recordcommand.moc"
