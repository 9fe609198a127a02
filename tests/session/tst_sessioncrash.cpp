// Crash safety: a process recording 10,000 messages a second into a session
// file is killed with SIGKILL mid-stream. The file opens afterwards as it
// is, without repair, holds every message in order, and lacks at most what
// arrived in the last 250 ms: compared with the exact count the process had
// received (maxmon_record_helper counts in shared memory), and with what the
// server had sent by then.
#include "cliprocess.h"
#include "server/democonnection.h"
#include "server/demoserver.h"
#include "server/eventstream.h"

#include <maxmon/sessionreader.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace maxmon;
using maxmon::test::CliProcess;

class TestSessionCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileRecording();
};

void TestSessionCrash::killedWhileRecording()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("killed.maxmon"));
    const QString counterPath = dir.filePath(QStringLiteral("received"));
    QFile counter(counterPath);
    QVERIFY(counter.open(QIODevice::ReadWrite) && counter.resize(sizeof(qint64)));

    DemoServer demo;
    QVERIFY(demo.listen());
    EventStream *stream = nullptr;
    connect(&demo, &DemoServer::connectionOpened, this, [&stream](DemoConnection *connection) {
        QTimer::singleShot(0, connection, [&stream, connection] {
            stream = connection->findChild<EventStream *>();
        });
    });
    QUrl events = demo.url(QStringLiteral("/events"));
    events.setQuery(QStringLiteral("rate=10000"));
    CliProcess helper(QStringLiteral(MAXMON_RECORD_HELPER_PATH));
    QVERIFY(helper.start({ events.toString(), file, counterPath }));

    // recording for a while: the file holds 20,000 messages (two seconds)
    SessionReader reader;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file) && (reader.isOpen() || reader.open(file)),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(reader.refresh() && reader.messageCount() >= 20000, 60000);
    QVERIFY(stream);
    reader.close();

    helper.sendSignal(SIGKILL); // mid-stream: nothing gets a chance to flush
    const qint64 sent = stream->sent(); // the server is in this process
    QVERIFY(helper.waitForFinished());
    QVERIFY(helper.exitCode() == -1); // crashed, as meant
    const qint64 received = *reinterpret_cast<const qint64 *>(counter.map(0, sizeof(qint64)));

    // opens as it is: no repair, no damage
    QVERIFY(reader.open(file));
    QVERIFY(!reader.damage());
    const qint64 stored = reader.messageCount();
    const QString counts = QStringLiteral("server sent %1, helper received %2, file holds %3")
                               .arg(sent)
                               .arg(received)
                               .arg(stored);
    qInfo("%s", qPrintable(counts));
    // at most 250 ms of 10,000 messages a second lost
    QVERIFY2(stored <= received && received - stored <= 2500, qPrintable(counts));
    QVERIFY2(received <= sent, qPrintable(counts));
    // every stored message in order: seq 0, 1, 2, ...
    qint64 expected = 0;
    QVERIFY(reader.scan(1, stored, [&expected](const SessionEntry &entry) {
        if (entry.message().json().object().value(QStringLiteral("seq")).toInteger() != expected)
            return false;
        ++expected;
        return true;
    }));
    QCOMPARE(expected, stored);
    // and the events up to the kill: Connecting, Connected
    QVERIFY(reader.eventCount() >= 2);
}

QTEST_GUILESS_MAIN(TestSessionCrash)
#include "tst_sessioncrash.moc"
