// maxmon-cli record, as a process against the demo server in this test:
// every message in and out as MessageRecord lines, each line on disk as it
// happens (a killed process loses nothing), or into a session file (.maxmon)
// with events, masked secrets and permissions 0600, which a kill -9 while
// recording 10,000 messages a second leaves readable and short of at most
// the last 250 ms; and its errors.
#include "cliprocess.h"
#include "server/democonnection.h"
#include "server/demoserver.h"
#include "server/eventstream.h"

#include <maxmon/recordingfile.h>
#include <maxmon/sessionreader.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void sessionFile();
    void sessionSurvivesKill9();
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
    QVERIFY2(run.err.contains("[maxmon] 7 messages recorded in " + file.toUtf8()),
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

void TestRecordCommand::sessionFile()
{
    const QString file = m_dir.filePath(QStringLiteral("echo.maxmon"));
    const CliRun run = maxmon::test::runCli(
        cliPath(),
        { QStringLiteral("record"), m_demo->url().toString(), QStringLiteral("--out"), file,
          QStringLiteral("--token"), QStringLiteral("t0ps3cr3t-value"), QStringLiteral("--send"),
          QStringLiteral("{\"pass\":\"t0ps3cr3t-value\"}"), QStringLiteral("--send"),
          QStringLiteral("plain"), QStringLiteral("--count"), QStringLiteral("2") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("[maxmon] 5 messages recorded in " + file.toUtf8()),
             run.err.constData());
    QVERIFY(!(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

    SessionReader reader;
    QVERIFY(reader.open(file));
    QCOMPARE(reader.messageCount(), 5); // 2 out, 2 echoes, our close frame
    const QList<SessionEntry> rows =
        reader.read(0, 100, SessionReader::Rows::MessagesAndEvents).value_or(QList<SessionEntry>());
    QStringList order;
    for (const SessionEntry &entry : rows) {
        order.append(
            entry.isEvent()
                ? entry.event().data().value(QStringLiteral("state")).toString()
                : QStringLiteral("%1 %2").arg(Message::directionName(entry.message().direction()),
                                              Message::kindName(entry.message().kind())));
    }
    QCOMPARE(order.mid(0, 2),
             (QStringList { QStringLiteral("Connecting"), QStringLiteral("Connected") }));
    QVERIFY(order.contains(QStringLiteral("out close")));
    QCOMPARE(order.constLast(), QStringLiteral("Disconnected"));
    // the token never reaches the file: masked where it was sent
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("t0ps3cr3t-value"));
    QCOMPARE(rows.at(2).message().payload(), QByteArray("{\"pass\":\"***\"}"));
    QCOMPARE(reader.meta()->value(QStringLiteral("url")).toString(), m_demo->url().toString());
}

void TestRecordCommand::sessionSurvivesKill9()
{
    const QString file = m_dir.filePath(QStringLiteral("killed.maxmon"));
    EventStream *stream = nullptr;
    const QMetaObject::Connection opened =
        connect(m_demo, &DemoServer::connectionOpened, this, [&](DemoConnection *connection) {
            QTimer::singleShot(0, this, [&stream, connection] {
                stream = connection->findChild<EventStream *>();
            });
        });
    QUrl events = m_demo->url(QStringLiteral("/events"));
    events.setQuery(QStringLiteral("rate=10000"));
    CliProcess cli(cliPath());
    QVERIFY(
        cli.start({ QStringLiteral("record"), events.toString(), QStringLiteral("--out"), file }));
    // recording for a while: the file holds 20,000 messages (two seconds)
    SessionReader reader;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file) && (reader.isOpen() || reader.open(file)),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(reader.refresh() && reader.messageCount() >= 20000, 60000);
    QVERIFY(stream);
    disconnect(opened);
    // killed mid-stream: the server is in this process, so this is exactly
    // what it has sent when the recorder dies
    cli.sendSignal(SIGKILL);
    const qint64 sent = stream->sent();
    QVERIFY(cli.waitForFinished());
    reader.close();

    // the file opens as it is, without repair. (How much of what the process
    // had received is lost is measured exactly by tst_sessioncrash: here the
    // server's count includes what was still on its way.)
    QVERIFY(reader.open(file));
    QVERIFY(!reader.damage());
    const qint64 stored = reader.messageCount();
    QVERIFY2(stored >= 20000 && stored <= sent,
             qPrintable(QStringLiteral("sent %1, stored %2").arg(sent).arg(stored)));
    // every stored message is there, in order: seq 0, 1, 2, ...
    qint64 expected = 0;
    QVERIFY(reader.scan(1, stored, [&expected](const SessionEntry &entry) {
        const qint64 seq = entry.message().json().object().value(QStringLiteral("seq")).toInteger();
        if (seq != expected)
            return false;
        ++expected;
        return true;
    }));
    QCOMPARE(expected, stored);
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

    const CliRun unwritableSession =
        maxmon::test::runCli(cliPath(),
                             { QStringLiteral("record"), m_demo->url().toString(),
                               QStringLiteral("--out"), QStringLiteral("/proc/x.maxmon") });
    QCOMPARE(unwritableSession.exitCode, 8);
    QVERIFY2(unwritableSession.err.contains("/proc/x.maxmon"), unwritableSession.err.constData());
}

QTEST_GUILESS_MAIN(TestRecordCommand)
#include "tst_recordcommand.moc"
