// maxmon-cli query and convert, as processes: every filter over a session
// file (the index for --search), recordings and bundles read too, lines and
// --json records; conversions between .maxmon, .jsonl and .csv that keep
// every message; and their errors.
#include "cliprocess.h"
#include "sessionfactory.h"

#include <maxmon/messagerecord.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionstore.h>
#include <maxmon/supportbundle.h>

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using maxmon::test::CliRun;

namespace {

CliRun cli(const QStringList &arguments)
{
    return maxmon::test::runCli(QStringLiteral(MAXMON_CLI_PATH), arguments);
}

QList<QByteArray> lines(const QByteArray &out)
{
    QList<QByteArray> result = out.split('\n');
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

class TestQueryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMessageAsLines();
    void filters_data();
    void filters();
    void jsonRecordsWithEvents();
    void recordingsAndBundles();
    void convertRoundTrips();
    void errors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_session; // 1000 messages, an event after every 250th
};

void TestQueryCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = path(QStringLiteral("s.maxmon"));
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 1000;
    recipe.eventEvery = 250;
    QVERIFY(maxmon::test::writeSession(m_session, recipe));
}

void TestQueryCommand::everyMessageAsLines()
{
    const CliRun run = cli({ QStringLiteral("query"), m_session });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> out = lines(run.out);
    QCOMPARE(out.size(), 1000);
    // "     1 2023-11-14T22:13:20.000100Z in  json        .. {"n":1,...}"
    QVERIFY2(out.at(0).startsWith("       1 2023-11-14T22:13:20.000100Z in  json"),
             out.at(0).constData());
    QVERIFY(out.at(0).endsWith(maxmon::test::sessionPayload(1)));
    QVERIFY(out.at(6).contains(" out json ")); // message 7
    QVERIFY(out.at(99).contains(" in  binary ")); // message 100, as hex
}

void TestQueryCommand::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("first");
    QTest::newRow("out") << QStringList { QStringLiteral("--direction"), QStringLiteral("out") }
                         << 142 << QByteArray("       7 ");
    QTest::newRow("binary") << QStringList { QStringLiteral("--kind"), QStringLiteral("binary") }
                            << 10 << QByteArray("     100 ");
    QTest::newRow("kinds") << QStringList { QStringLiteral("--kind"), QStringLiteral("binary,json"),
                                            QStringLiteral("--direction"), QStringLiteral("in") }
                           << 858 << QByteArray("       1 ");
    QTest::newRow("search, through the index")
        << QStringList { QStringLiteral("--search"), QStringLiteral("lobby tick") } << 27
        << QByteArray("      34 ");
    QTest::newRow("search, a word start only")
        << QStringList { QStringLiteral("--search"), QStringLiteral("obby") } << 0 << QByteArray();
    QTest::newRow("contains, anywhere")
        << QStringList { QStringLiteral("--contains"), QStringLiteral("obby tick") } << 27
        << QByteArray("      34 ");
    QTest::newRow("regex") << QStringList { QStringLiteral("--regex"),
                                            QStringLiteral("\"n\":99[0-9],") }
                           << 10 << QByteArray("     990 ");
    QTest::newRow("topic, not Phoenix frames")
        << QStringList { QStringLiteral("--topic"), QStringLiteral("room:*") } << 0 << QByteArray();
    QTest::newRow("since and until")
        << QStringList { QStringLiteral("--since"), QStringLiteral("2023-11-14T22:13:20.050000Z"),
                         QStringLiteral("--until"), QStringLiteral("2023-11-14T22:13:20.059900Z") }
        << 100 << QByteArray("     500 ");
}

void TestQueryCommand::filters()
{
    QFETCH(QStringList, options);
    QFETCH(int, count);
    QFETCH(QByteArray, first);
    const CliRun run = cli(QStringList { QStringLiteral("query"), m_session } + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> out = lines(run.out);
    QCOMPARE(out.size(), count);
    if (count > 0)
        QVERIFY2(out.at(0).startsWith(first), out.at(0).constData());
}

void TestQueryCommand::jsonRecordsWithEvents()
{
    const CliRun run = cli({ QStringLiteral("query"), m_session, QStringLiteral("--json"),
                             QStringLiteral("--events") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> out = lines(run.out);
    QCOMPARE(out.size(), 1004);
    QCOMPARE(MessageRecord::decode(out.at(0)).value().payload(), maxmon::test::sessionPayload(1));
    const QJsonObject event = QJsonDocument::fromJson(out.at(250)).object();
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("note"));
    QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("note 250"));
    // events take the filters: a text filter keeps only those that match
    const CliRun filtered = cli({ QStringLiteral("query"), m_session, QStringLiteral("--events"),
                                  QStringLiteral("--contains"), QStringLiteral("note 5") });
    QCOMPARE(lines(filtered.out).size(), 1);
    QVERIFY(filtered.out.contains(" evt note "));
}

void TestQueryCommand::recordingsAndBundles()
{
    QFile recording(path(QStringLiteral("r.jsonl")));
    QVERIFY(recording.open(QIODevice::WriteOnly));
    for (int n = 1; n <= 5; ++n)
        recording.write(MessageRecord::encode(
                            Message::fromText(Message::Direction::Incoming, QByteArray::number(n)))
                        + '\n');
    recording.write("broken line\n");
    recording.close();
    const CliRun fromRecording = cli({ QStringLiteral("query"), path(QStringLiteral("r.jsonl")),
                                       QStringLiteral("--regex"), QStringLiteral("^[24]$") });
    QCOMPARE(fromRecording.exitCode, 0);
    QCOMPARE(lines(fromRecording.out).size(), 2);
    QVERIFY2(fromRecording.err.contains("1 line is no record"), fromRecording.err.constData());
    QVERIFY(fromRecording.err.contains("line 6: "));

    SupportBundle bundle;
    bundle.setMessages(
        { Message::fromText(Message::Direction::Outgoing, QByteArray("from a bundle")) });
    QVERIFY(bundle.writeFile(path(QStringLiteral("b.json"))));
    const CliRun fromBundle = cli({ QStringLiteral("query"), path(QStringLiteral("b.json")) });
    QCOMPARE(fromBundle.exitCode, 0);
    QCOMPARE(lines(fromBundle.out).size(), 1);
    QVERIFY(fromBundle.out.contains(" out text ") && fromBundle.out.endsWith("from a bundle\n"));
}

void TestQueryCommand::convertRoundTrips()
{
    // .maxmon -> .jsonl -> .maxmon -> .maxmon -> .jsonl and .csv: every message and event kept
    const QString jsonl = path(QStringLiteral("a.jsonl"));
    const QString copy = path(QStringLiteral("b.maxmon"));
    const QString copy2 = path(QStringLiteral("c.maxmon"));
    const QString jsonl2 = path(QStringLiteral("d.jsonl"));
    const QString csv = path(QStringLiteral("e.csv"));
    for (const auto &[in, out] :
         { std::pair { m_session, jsonl }, std::pair { jsonl, copy }, std::pair { copy, copy2 },
           std::pair { copy2, jsonl2 }, std::pair { copy2, csv } }) {
        const CliRun run = cli({ QStringLiteral("convert"), in, out });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains(QLocale().toString(1000).toUtf8() + " messages"),
                 run.err.constData());
    }
    QFile first(jsonl);
    QFile last(jsonl2);
    QVERIFY(first.open(QIODevice::ReadOnly) && last.open(QIODevice::ReadOnly));
    const QByteArray records = first.readAll();
    QCOMPARE(last.readAll(), records);
    QCOMPARE(lines(records).size(), 1004);
    SessionReader original;
    SessionReader converted;
    QVERIFY(original.open(m_session) && converted.open(copy2));
    QCOMPARE(converted.messageCount(), 1000);
    QCOMPARE(converted.eventCount(), 4);
    const auto all = [](SessionReader &reader) {
        return reader.read(0, 2000, SessionReader::Rows::MessagesAndEvents)
            .value_or(QList<SessionEntry>());
    };
    const QList<SessionEntry> a = all(original);
    const QList<SessionEntry> b = all(converted);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b.at(i).message(), a.at(i).message());
        QCOMPARE(b.at(i).event(), a.at(i).event());
    }
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    QCOMPARE(table.readAll().count("\r\n"), 1005); // header, every message and event
}

void TestQueryCommand::errors()
{
    const CliRun missing = cli({ QStringLiteral("query"), path(QStringLiteral("none.maxmon")) });
    QCOMPARE(missing.exitCode, 8);
    QVERIFY(missing.err.contains("error [FileError]"));
    const CliRun regex =
        cli({ QStringLiteral("query"), m_session, QStringLiteral("--regex"), QStringLiteral("(") });
    QCOMPARE(regex.exitCode, 2);
    QVERIFY(regex.err.contains("--regex: Invalid regular expression"));
    const CliRun both =
        cli({ QStringLiteral("query"), m_session, QStringLiteral("--regex"), QStringLiteral("a"),
              QStringLiteral("--search"), QStringLiteral("b") });
    QCOMPARE(both.exitCode, 2);
    const CliRun time = cli({ QStringLiteral("query"), m_session, QStringLiteral("--since"),
                              QStringLiteral("yesterday") });
    QCOMPARE(time.exitCode, 2);
    QVERIFY(time.err.contains("--since"));
    const CliRun badOut =
        cli({ QStringLiteral("convert"), m_session, path(QStringLiteral("x.txt")) });
    QCOMPARE(badOut.exitCode, 2);
    QVERIFY(badOut.err.contains(".maxmon, .jsonl or .csv"));
    const CliRun unwritable =
        cli({ QStringLiteral("convert"), m_session, QStringLiteral("/nonexistent-dir/x.jsonl") });
    QCOMPARE(unwritable.exitCode, 8);
    QCOMPARE(cli({ QStringLiteral("convert"), m_session }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestQueryCommand)
#include "tst_querycommand.moc"
