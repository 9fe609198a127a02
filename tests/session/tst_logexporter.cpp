// LogExporter: JSON lines and CSV that read back into the same messages,
// with the token and other credentials masked in every form and kind.
#include <maxmon/connectionconfig.h>
#include <maxmon/logexporter.h>
#include <maxmon/messagerecord.h>
#include <maxmon/sessionentry.h>
#include <maxmon/sessionevent.h>
#include <maxmon/sessionfilter.h>

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace maxmon;
using Direction = Message::Direction;
using Kind = Message::Kind;

namespace {

const QString token = QStringLiteral("tok-5ecr3t/+value=");

// The token as it could appear anywhere: raw, percent-encoded, base64 and
// base64url (the Phoenix subprotocol).
QList<QByteArray> tokenForms()
{
    const QByteArray utf8 = token.toUtf8();
    return { utf8, QUrl::toPercentEncoding(token), utf8.toBase64(),
             utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) };
}

QString findToken(const QByteArray &bytes)
{
    for (const QByteArray &form : tokenForms()) {
        if (bytes.contains(form))
            return QString::fromUtf8(form);
    }
    return QString();
}

Message stamped(const Message &message, int n)
{
    return message.withId(QStringLiteral("m%1").arg(n))
        .withTimestamps(1717171717000000 + n * 1000, n);
}

// One of each kind, some carrying the token.
QList<Message> sampleLog()
{
    const QByteArray raw = token.toUtf8();
    QList<Message> log {
        Message::fromText(
            Direction::Outgoing,
            QStringLiteral("[\"1\",\"1\",\"room:lobby\",\"phx_join\",{\"token\":\"%1\","
                           "\"n\":1}]")
                .arg(token)),
        Message::fromText(Direction::Incoming, QStringLiteral("hello, \"world\"\nline two")),
        Message::fromText(Direction::Incoming, QStringLiteral("your token is ") + token),
        Message::fromText(Direction::Outgoing,
                          QStringLiteral("GET /?access_token=%1 HTTP/1.1")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(token)))),
        Message::fromBinary(Direction::Incoming, QByteArray("\x00\x01", 2) + raw + "\xff"),
        Message::fromText(Direction::Incoming, QByteArray("\xff\xfe bad utf8 ") + raw),
        Message::control(Kind::Ping, Direction::Outgoing, raw.toBase64()),
        Message::control(Kind::Pong, Direction::Incoming, "hb-1"),
        Message::closeFrame(Direction::Incoming, 4001, QStringLiteral("bad token ") + token),
        Message::fromText(Direction::Outgoing, QStringLiteral("{\"event\":\"ping\"}")),
    };
    for (int i = 0; i < log.size(); ++i)
        log[i] = stamped(log.at(i), i);
    return log;
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestLogExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsEveryKind();
    void leavesCleanMessagesAlone();
    void jsonLinesReadBackWithoutTheToken();
    void csvReadsBackWithoutTheToken();
    void eventsAndConnectionsInEveryFormat();
    void csvFields_data();
    void csvFields();
    void secretsOfAProfile();
    void formatFromPath();
    void writeFailureLeavesNoFile();
};

void TestLogExporter::redactsEveryKind()
{
    LogExporter exporter;
    exporter.setSecrets({ token, QString(), token });
    QCOMPARE(exporter.secrets(), QStringList { token });
    const QList<Message> log = sampleLog();
    for (const Message &message : log) {
        const Message redacted = exporter.redact(message);
        QCOMPARE(redacted.kind(), message.kind());
        QCOMPARE(redacted.direction(), message.direction());
        QCOMPARE(redacted.id(), message.id());
        QCOMPARE(redacted.timestampUs(), message.timestampUs());
        QVERIFY2(findToken(redacted.payload()).isEmpty(),
                 qPrintable(QString::fromLatin1(redacted.payload().toHex())));
    }
    // the JSON stays JSON, with only the credential masked
    const Message join = exporter.redact(log.at(0));
    QCOMPARE(join.kind(), Kind::Json);
    QCOMPARE(
        join.text(),
        QStringLiteral("[\"1\",\"1\",\"room:lobby\",\"phx_join\",{\"token\":\"***\",\"n\":1}]"));
    QCOMPARE(join.meta().value(QLatin1String("redacted")).toBool(), true);
    QCOMPARE(join.size(), qint64(join.payload().size()));
    // by name, without knowing the value: the query parameter
    QCOMPARE(exporter.redact(log.at(3)).text(), QStringLiteral("GET /?access_token=*** HTTP/1.1"));
    // binary and invalid UTF-8 byte for byte around the mask
    QCOMPARE(exporter.redact(log.at(4)).payload(), QByteArray("\x00\x01***\xff", 6));
    QCOMPARE(exporter.redact(log.at(5)).payload(), QByteArray("\xff\xfe bad utf8 ***"));
    // a close frame keeps its code
    const Message close = exporter.redact(log.at(8));
    QCOMPARE(close.closeCode(), 4001);
    QCOMPARE(close.closeReason(), QStringLiteral("bad token ***"));
}

void TestLogExporter::leavesCleanMessagesAlone()
{
    LogExporter exporter;
    exporter.setSecrets({ token });
    const Message clean = sampleLog().at(1);
    const Message same = exporter.redact(clean);
    QVERIFY(same.sharesPayloadWith(clean));
    QVERIFY(!same.meta().contains(QLatin1String("redacted")));
    QVERIFY(exporter.redact(Message()).isNull());
}

void TestLogExporter::jsonLinesReadBackWithoutTheToken()
{
    LogExporter exporter(LogExporter::Format::JsonLines);
    exporter.setSecrets({ token });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    const QList<Message> log = sampleLog();
    const Result<qint64> written = exporter.writeFile(path, log + QList<Message> { Message() });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(*written, qint64(log.size())); // the null message is skipped

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY2(findToken(contents).isEmpty(), qPrintable(findToken(contents)));
    QVERIFY(exporter.header().isEmpty());
    QList<QByteArray> lines = contents.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // ends with a line break
    QCOMPARE(lines.size(), log.size());
    for (int i = 0; i < lines.size(); ++i) {
        const Validated<Message> back = MessageRecord::decode(lines.at(i));
        QVERIFY2(back, qPrintable(QString::fromUtf8(lines.at(i))));
        QCOMPARE(*back, exporter.redact(log.at(i)));
    }
}

void TestLogExporter::csvReadsBackWithoutTheToken()
{
    LogExporter exporter(LogExporter::Format::Csv);
    exporter.setSecrets({ token });
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const QList<Message> log = sampleLog();
    QVERIFY(exporter.write(&buffer, log));
    const QByteArray contents = buffer.data();
    QVERIFY2(findToken(contents).isEmpty(), qPrintable(findToken(contents)));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(contents));
    QCOMPARE(rows.size(), log.size() + 1);
    QCOMPARE(rows.at(0), LogExporter::csvColumns());
    QCOMPARE(rows.at(0).join(QLatin1Char(',')),
             QStringLiteral(
                 "time,direction,id,kind,size,encoding,payload,connection_url,connection_attempt"));
    for (int i = 0; i < log.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        const Message expected = exporter.redact(log.at(i));
        QCOMPARE(row.size(), 9);
        QCOMPARE(row.at(7), QString()); // plain messages: no connection is known
        QCOMPARE(row.at(8), QString());
        qint64 time = 0;
        QVERIFY(MessageRecord::parseTime(row.at(0), &time));
        QCOMPARE(time, expected.timestampUs());
        QCOMPARE(row.at(1), Message::directionName(expected.direction()));
        QCOMPARE(row.at(2), expected.id());
        QCOMPARE(row.at(3), Message::kindName(expected.kind()));
        QCOMPARE(row.at(4).toLongLong(), expected.size());
        const QByteArray payload = row.at(5) == QLatin1String("text")
            ? row.at(6).toUtf8()
            : QByteArray::fromBase64(row.at(6).toLatin1());
        QCOMPARE(payload, expected.payload());
        // text where it is text, base64 for bytes and control frames
        const bool text = expected.isTextFrame() && expected.isValidUtf8();
        QCOMPARE(row.at(5), text ? QStringLiteral("text") : QStringLiteral("base64"));
    }
    QCOMPARE(rows.at(2).at(6), QStringLiteral("hello, \"world\"\nline two"));
    QCOMPARE(rows.at(6).at(5), QStringLiteral("base64")); // invalid UTF-8 text frame
}

void TestLogExporter::eventsAndConnectionsInEveryFormat()
{
    // two connections: the second attempt's URL quotes the token
    const auto state = [](const QString &name, const QString &url, int attempt) {
        return SessionEntry(SessionEvent(SessionEvent::Type::State,
                                         QStringLiteral("%1 %2").arg(name, url),
                                         { { QStringLiteral("state"), name },
                                           { QStringLiteral("url"), url },
                                           { QStringLiteral("attempt"), attempt } }));
    };
    const QString first = QStringLiteral("ws://127.0.0.1:1/a");
    const QString second = QStringLiteral("ws://127.0.0.1:1/b?t=") + token;
    const QList<SessionEntry> entries {
        state(QStringLiteral("Connecting"), first, 1),
        SessionEntry(Message::fromText(Message::Direction::Outgoing, QByteArray("one"))),
        SessionEntry(SessionEvent(SessionEvent::Type::Error, QStringLiteral("lost: ") + token)),
        state(QStringLiteral("Connecting"), second, 2),
        SessionEntry(Message::fromText(Message::Direction::Incoming, QByteArray("two"))),
    };

    LogExporter exporter;
    exporter.setSecrets({ token });
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    SessionFilter everything;
    everything.setEventsShown(true);
    QCOMPARE(*exporter.write(&buffer, entries, everything), entries.size());
    const QByteArray contents = buffer.data();
    QVERIFY2(findToken(contents).isEmpty(), contents.constData());
    QList<QByteArray> lines = contents.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), entries.size());
    const QJsonObject error = QJsonDocument::fromJson(lines.at(2)).object();
    QVERIFY(SessionEvent::isRecord(error));
    QCOMPARE(SessionEvent::fromRecord(error)->text(), QStringLiteral("lost: ***"));
    const auto connectionOf = [&](int line) {
        return MessageRecord::decode(lines.at(line))
            ->meta()
            .value(QLatin1String("connection"))
            .toObject();
    };
    QCOMPARE(connectionOf(1).value(QLatin1String("url")).toString(), first);
    QCOMPARE(connectionOf(1).value(QLatin1String("attempt")).toInt(), 1);
    QCOMPARE(connectionOf(4).value(QLatin1String("url")).toString(),
             QStringLiteral("ws://127.0.0.1:1/b?t=***"));
    QCOMPARE(connectionOf(4).value(QLatin1String("attempt")).toInt(), 2);

    exporter.setFormat(LogExporter::Format::Csv);
    QBuffer table;
    QVERIFY(table.open(QIODevice::WriteOnly));
    QVERIFY(exporter.write(&table, entries, everything));
    QVERIFY2(findToken(table.data()).isEmpty(), table.data().constData());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(table.data()));
    QCOMPARE(rows.size(), entries.size() + 1);
    QCOMPARE(rows.at(3).at(1), QStringLiteral("event"));
    QCOMPARE(rows.at(3).at(3), QStringLiteral("error"));
    QCOMPARE(rows.at(3).at(6), QStringLiteral("lost: ***"));
    QCOMPARE(rows.at(2).at(7), first);
    QCOMPARE(rows.at(2).at(8), QStringLiteral("1"));
    QCOMPARE(rows.at(5).at(7), QStringLiteral("ws://127.0.0.1:1/b?t=***"));
    QCOMPARE(rows.at(5).at(8), QStringLiteral("2"));

    // only the messages shown: the hidden state events still name the connections
    exporter.setFormat(LogExporter::Format::JsonLines);
    QBuffer shown;
    QVERIFY(shown.open(QIODevice::WriteOnly));
    QCOMPARE(*exporter.write(&shown, entries, SessionFilter()), 2);
    const QList<QByteArray> messageLines = shown.data().trimmed().split('\n');
    QCOMPARE(MessageRecord::decode(messageLines.at(1))
                 ->meta()
                 .value(QLatin1String("connection"))
                 .toObject()
                 .value(QLatin1String("attempt"))
                 .toInt(),
             2);
}

void TestLogExporter::csvFields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("spaces kept") << QStringLiteral(" a ") << QByteArray("\" a \"");
    QTest::newRow("utf8") << QStringLiteral("\u00e9\u20ac") << QByteArray("\xc3\xa9\xe2\x82\xac");
}

void TestLogExporter::csvFields()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, field);
    QCOMPARE(LogExporter::csvField(value), field);
    QCOMPARE(parseCsv(QString::fromUtf8(field) + QStringLiteral(",x\r\n")),
             (QList<QStringList> { { value, QStringLiteral("x") } }));
}

void TestLogExporter::secretsOfAProfile()
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/"));
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.queryParameter = QStringLiteral("access");
    config.auth.token = token;
    config.headers = { { QStringLiteral("Authorization"), QStringLiteral("Bearer hdr-credential") },
                       { QStringLiteral("X-Client"), QStringLiteral("maxmon") } };
    LogExporter exporter;
    exporter.addSecretsOf(config);
    QVERIFY(exporter.secrets().contains(token));
    QVERIFY(exporter.secrets().contains(QStringLiteral("hdr-credential")));
    QVERIFY(!exporter.secrets().contains(QStringLiteral("maxmon")));
    QCOMPARE(exporter.sensitiveKeys(), QStringList { QStringLiteral("access") });

    const Message message = Message::fromText(
        Direction::Incoming, QStringLiteral("ws://h/?access=other-value seen with hdr-credential"));
    QCOMPARE(exporter.redact(message).text(), QStringLiteral("ws://h/?access=*** seen with ***"));
}

void TestLogExporter::formatFromPath()
{
    QCOMPARE(LogExporter::formatForPath(QStringLiteral("/tmp/a.csv")), LogExporter::Format::Csv);
    QCOMPARE(LogExporter::formatForPath(QStringLiteral("A.CSV")), LogExporter::Format::Csv);
    QCOMPARE(LogExporter::formatForPath(QStringLiteral("a.jsonl")), LogExporter::Format::JsonLines);
    QCOMPARE(LogExporter::formatForPath(QStringLiteral("log")), LogExporter::Format::JsonLines);
}

void TestLogExporter::writeFailureLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/dir/log.csv"));
    const Result<qint64> written =
        LogExporter(LogExporter::Format::Csv).writeFile(path, sampleLog());
    QVERIFY(!written);
    QCOMPARE(written.error().code(), Error::Code::FileError);
    QVERIFY(written.error().message().contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestLogExporter)
#include "tst_logexporter.moc"
