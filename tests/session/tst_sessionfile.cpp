// SessionFile: what a file is, recordings and support bundles read into
// session files (bad lines left out and named), and the conversions between
// session files, JSON lines and CSV, every message kept byte for byte.
#include "sessionfactory.h"

#include <maxmon/logexporter.h>
#include <maxmon/messagerecord.h>
#include <maxmon/sessionfile.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionstore.h>
#include <maxmon/supportbundle.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using Direction = Message::Direction;
using Rows = SessionReader::Rows;

namespace {

// One of each kind, a secret-looking value included: copies keep it.
QList<Message> sampleMessages()
{
    return {
        Message::fromText(Direction::Outgoing, QStringLiteral("{\"token\":\"abc\",\"n\":1}"))
            .withId(QStringLiteral("7"))
            .withTimestamps(1700000000000001, 0),
        Message::fromText(Direction::Incoming, QByteArray("line\nbreak, \"quoted\""))
            .withTimestamps(1700000000000002, 0),
        Message::fromBinary(Direction::Incoming, QByteArray("\x00\x01\x02\xff", 4))
            .withTimestamps(1700000000000003, 0),
        Message::control(Message::Kind::Ping, Direction::Outgoing, "p")
            .withTimestamps(1700000000000004, 0),
        Message::closeFrame(Direction::Incoming, 1000, QStringLiteral("bye"))
            .withMeta(QJsonObject { { QStringLiteral("x"), 1 } })
            .withTimestamps(1700000000000005, 0),
    };
}

bool writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    return true;
}

QList<SessionEntry> entriesOf(const QString &path)
{
    SessionReader reader;
    if (!reader.open(path))
        return {};
    return reader.read(0, 1000000, Rows::MessagesAndEvents).value_or(QList<SessionEntry>());
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void kinds();
    void recordingWithBadLines();
    void supportBundle();
    void roundTripsBetweenAllFormats();
    void csvHasEveryMessageAndEvent();
    void filteredWrite();
    void buildIndexOfAnUnindexedFile();
    void errors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestSessionFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSessionFile::kinds()
{
    QVERIFY(writeLines(path(QStringLiteral("r.jsonl")),
                       { MessageRecord::encode(sampleMessages().at(0)) }));
    QCOMPARE(SessionFile::kindOf(path(QStringLiteral("r.jsonl"))).value(),
             SessionFile::Kind::Recording);
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 3;
    QVERIFY(maxmon::test::writeSession(path(QStringLiteral("s.any")), recipe));
    QCOMPARE(SessionFile::kindOf(path(QStringLiteral("s.any"))).value(),
             SessionFile::Kind::Session);
    SupportBundle bundle;
    QVERIFY(bundle.writeFile(path(QStringLiteral("b.json"))));
    QCOMPARE(SessionFile::kindOf(path(QStringLiteral("b.json"))).value(),
             SessionFile::Kind::SupportBundle);
    QVERIFY(writeLines(path(QStringLiteral("other.json")), { "{", "  \"a\": 1", "}" }));
    const Result<SessionFile::Kind> other = SessionFile::kindOf(path(QStringLiteral("other.json")));
    QVERIFY(!other);
    QVERIFY(other.error().message().contains(QStringLiteral("neither")));
    QCOMPARE(SessionFile::formatForPath(QStringLiteral("a.MAXMON")), SessionFile::Format::Session);
    QCOMPARE(SessionFile::formatForPath(QStringLiteral("a.csv")), SessionFile::Format::Csv);
    QCOMPARE(SessionFile::formatForPath(QStringLiteral("a.jsonl")), SessionFile::Format::JsonLines);
}

void TestSessionFile::recordingWithBadLines()
{
    const QList<Message> messages = sampleMessages();
    QList<QByteArray> lines;
    for (const Message &message : messages)
        lines.append(MessageRecord::encode(message));
    lines.insert(2, "not json at all");
    lines.insert(3, "");
    lines.insert(4,
                 QJsonDocument(SessionEvent(SessionEvent::Type::Note, QStringLiteral("hi"), {},
                                            1700000000000002)
                                   .toRecord())
                     .toJson(QJsonDocument::Compact));
    lines.append("{\"direction\":\"sideways\",\"kind\":\"text\",\"payload\":\"x\"}");
    QVERIFY(writeLines(path(QStringLiteral("rec.jsonl")), lines));

    const Result<SessionFile::Report> report =
        SessionFile::import(path(QStringLiteral("rec.jsonl")), path(QStringLiteral("rec.maxmon")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->kind, SessionFile::Kind::Recording);
    QCOMPARE(report->messages, messages.size());
    QCOMPARE(report->events, 1);
    QCOMPARE(report->badLines, 2);
    QCOMPARE(report->problems.size(), 2);
    QVERIFY(report->problems.at(0).startsWith(QStringLiteral("line 3: ")));
    QVERIFY(report->problems.at(1).startsWith(QStringLiteral("line 9: direction")));

    const QList<SessionEntry> entries = entriesOf(path(QStringLiteral("rec.maxmon")));
    QCOMPARE(entries.size(), messages.size() + 1);
    QCOMPARE(entries.at(0).message(), messages.at(0)); // the token stays: a copy
    QCOMPARE(entries.at(1).message(), messages.at(1));
    QVERIFY(entries.at(2).isEvent());
    QCOMPARE(entries.at(2).event().text(), QStringLiteral("hi"));
    QCOMPARE(entries.at(3).message(), messages.at(2));
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("rec.maxmon"))));
    QCOMPARE(reader.indexedCount(), messages.size()); // searchable at once
}

void TestSessionFile::supportBundle()
{
    const QList<Message> messages = sampleMessages();
    ConnectionConfig config;
    config.name = QStringLiteral("demo");
    config.url = QUrl(QStringLiteral("ws://example.com/socket?token=s3cret"));
    SupportBundle bundle;
    bundle.setConfig(config);
    bundle.setMessages(messages, 12);
    QVERIFY(bundle.writeFile(path(QStringLiteral("bundle.json"))));

    const Result<SessionFile::Report> report = SessionFile::import(
        path(QStringLiteral("bundle.json")), path(QStringLiteral("bundle.maxmon")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->kind, SessionFile::Kind::SupportBundle);
    QCOMPARE(report->messages, messages.size());
    // the bundle's own facts, its log left out (the rows hold it)
    QCOMPARE(report->bundle.value(QStringLiteral("format")).toString(),
             QStringLiteral("maxmon-support-bundle"));
    QVERIFY(report->bundle.value(QStringLiteral("diagnostics")).isObject());
    QVERIFY(report->bundle.value(QStringLiteral("profile"))
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .contains(QStringLiteral("token=***")));
    QCOMPARE(report->bundle.value(QStringLiteral("log"))
                 .toObject()
                 .value(QStringLiteral("total_seen"))
                 .toInt(),
             12);
    QVERIFY(!report->bundle.value(QStringLiteral("log"))
                 .toObject()
                 .contains(QStringLiteral("records")));
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("bundle.maxmon"))));
    QCOMPARE(reader.meta()->value(QStringLiteral("bundle")).toObject(), report->bundle);
    // the bundle masked the token by name: that is what it holds
    const QList<SessionEntry> entries = entriesOf(path(QStringLiteral("bundle.maxmon")));
    QCOMPARE(entries.size(), messages.size());
    QCOMPARE(entries.at(0).message().payload(), QByteArray("{\"token\":\"***\",\"n\":1}"));
    QCOMPARE(entries.at(2).message(), messages.at(2).withMeta(QJsonObject()));
}

void TestSessionFile::roundTripsBetweenAllFormats()
{
    // session -> jsonl -> session -> session -> jsonl: the same messages all the way
    SessionStore store;
    store.setRawCopy(true);
    QVERIFY(store.create(path(QStringLiteral("a.maxmon"))));
    const QList<Message> messages = sampleMessages();
    for (const Message &message : messages)
        store.append(message);
    store.appendEvent(
        SessionEvent(SessionEvent::Type::State, QStringLiteral("Connected"),
                     QJsonObject { { QStringLiteral("state"), QStringLiteral("Connected") } },
                     1700000000000009));
    store.appendSample(1700000000000010, 1.5, 2.0);
    store.setMeta(QStringLiteral("url"), QStringLiteral("ws://h/"));
    QVERIFY(store.close());

    SessionFilter everything;
    everything.setEventsShown(true);
    SessionReader a;
    QVERIFY(a.open(path(QStringLiteral("a.maxmon"))));
    QCOMPARE(SessionFile::write(a, path(QStringLiteral("b.jsonl")), SessionFile::Format::JsonLines,
                                everything)
                 .value_or(-1),
             messages.size() + 1);
    QVERIFY(SessionFile::import(path(QStringLiteral("b.jsonl")), path(QStringLiteral("c.maxmon"))));
    QVERIFY(
        SessionFile::import(path(QStringLiteral("c.maxmon")), path(QStringLiteral("d.maxmon"))));
    SessionReader d;
    QVERIFY(d.open(path(QStringLiteral("d.maxmon"))));
    QCOMPARE(SessionFile::write(d, path(QStringLiteral("e.jsonl")), SessionFile::Format::JsonLines,
                                everything)
                 .value_or(-1),
             messages.size() + 1);

    const QList<SessionEntry> original = entriesOf(path(QStringLiteral("a.maxmon")));
    const QList<SessionEntry> copied = entriesOf(path(QStringLiteral("d.maxmon")));
    QCOMPARE(copied.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(copied.at(i).isEvent(), original.at(i).isEvent());
        QCOMPARE(copied.at(i).message(), original.at(i).message());
        QCOMPARE(copied.at(i).event(), original.at(i).event());
    }
    QFile b(path(QStringLiteral("b.jsonl")));
    QFile e(path(QStringLiteral("e.jsonl")));
    QVERIFY(b.open(QIODevice::ReadOnly) && e.open(QIODevice::ReadOnly));
    QCOMPARE(e.readAll(), b.readAll());
    // a copy of a session keeps its samples and facts too (JSON lines have neither)
    QVERIFY(
        SessionFile::import(path(QStringLiteral("a.maxmon")), path(QStringLiteral("f.maxmon"))));
    SessionReader f;
    QVERIFY(f.open(path(QStringLiteral("f.maxmon"))));
    QCOMPARE(f.samples()->size(), 1);
    QCOMPARE(f.samples()->at(0).rttMs, 1.5);
    QCOMPARE(f.meta()->value(QStringLiteral("url")).toString(), QStringLiteral("ws://h/"));
}

void TestSessionFile::csvHasEveryMessageAndEvent()
{
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 500;
    recipe.eventEvery = 100;
    QVERIFY(maxmon::test::writeSession(path(QStringLiteral("s.maxmon")), recipe));
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("s.maxmon"))));
    SessionFilter everything;
    everything.setEventsShown(true);
    const qint64 events = reader.eventCount();
    QVERIFY(events > 0);
    QCOMPARE(SessionFile::write(reader, path(QStringLiteral("s.csv")), SessionFile::Format::Csv,
                                everything)
                 .value_or(-1),
             500 + events);
    QFile csv(path(QStringLiteral("s.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.at(0).trimmed(), LogExporter::csvColumns().join(QLatin1Char(',')).toUtf8());
    // header, 500 messages, the events, and the empty rest after the last CRLF
    QCOMPARE(lines.size(), 502 + events);
    int eventRows = 0;
    bool binary = false;
    for (const QByteArray &line : lines) {
        eventRows += line.contains(",event,") ? 1 : 0;
        binary = binary || line.contains(",base64,");
    }
    QCOMPARE(eventRows, events);
    QVERIFY(binary); // every 100th message is binary
    QVERIFY(lines.at(1).contains(maxmon::test::sessionPayload(1).replace("\"", "\"\"")));
}

void TestSessionFile::filteredWrite()
{
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 100;
    QVERIFY(maxmon::test::writeSession(path(QStringLiteral("s.maxmon")), recipe));
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("s.maxmon"))));
    SessionFilter sent;
    sent.setDirection(SessionFilter::Direction::Outgoing);
    QCOMPARE(SessionFile::write(reader, path(QStringLiteral("sent.maxmon")),
                                SessionFile::Format::Session, sent)
                 .value_or(-1),
             14);
    const QList<SessionEntry> entries = entriesOf(path(QStringLiteral("sent.maxmon")));
    QCOMPARE(entries.size(), 14);
    QCOMPARE(entries.at(0).sequence(), 1); // numbered again
    QCOMPARE(entries.at(0).message().payload(), maxmon::test::sessionPayload(7));
}

void TestSessionFile::buildIndexOfAnUnindexedFile()
{
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 3000;
    recipe.index = false;
    QVERIFY(maxmon::test::writeSession(path(QStringLiteral("u.maxmon")), recipe));
    SessionReader before;
    QVERIFY(before.open(path(QStringLiteral("u.maxmon"))));
    QCOMPARE(before.indexedCount(), 0);
    QCOMPARE(SessionFile::buildIndex(path(QStringLiteral("u.maxmon"))).value_or(-1), 3000);
    SessionReader after;
    QVERIFY(after.open(path(QStringLiteral("u.maxmon"))));
    QCOMPARE(after.indexedCount(), 3000);
    QVERIFY(!after.search(QStringLiteral("\"ticker\""), 0, 10)->isEmpty());
}

void TestSessionFile::errors()
{
    const Result<SessionFile::Report> missing = SessionFile::import(
        path(QStringLiteral("missing.jsonl")), path(QStringLiteral("x.maxmon")));
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains(QStringLiteral("missing.jsonl")));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.maxmon"))));
    // nothing left behind by a failed copy, and never a copy onto itself
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 3;
    QVERIFY(maxmon::test::writeSession(path(QStringLiteral("s.maxmon")), recipe));
    QVERIFY(
        !SessionFile::import(path(QStringLiteral("s.maxmon")), path(QStringLiteral("s.maxmon"))));
    QCOMPARE(entriesOf(path(QStringLiteral("s.maxmon"))).size(), 3);
    SessionReader reader;
    QVERIFY(reader.open(path(QStringLiteral("s.maxmon"))));
    const Result<qint64> unwritable = SessionFile::write(
        reader, path(QStringLiteral("no/such/dir/out.jsonl")), SessionFile::Format::JsonLines);
    QVERIFY(!unwritable);
    QCOMPARE(unwritable.error().code(), Error::Code::FileError);
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
