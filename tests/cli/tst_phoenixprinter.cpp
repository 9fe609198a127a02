// PhoenixPrinter, the lines of maxmon-cli phoenix: the human form of every
// kind (reply, timeout, broadcast, binary, presence, error, system) and the
// JSON form with its fixed keys, nulls and the binary flag.
#include "phoenixprinter.h"

#include <maxmon/error.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace maxmon;
using namespace maxmon::cli;
using Kind = PhoenixEvent::Kind;

Q_DECLARE_METATYPE(maxmon::cli::PhoenixEvent)

namespace {

// 2024-05-01 12:00:01.234567 UTC
constexpr qint64 timeUs = 1714564801234567;

PhoenixEvent makeEvent(Kind kind, const QString &topic, const QString &eventName,
                       const QJsonValue &payload = QJsonValue())
{
    PhoenixEvent result;
    result.kind = kind;
    result.timeUs = timeUs;
    result.topic = topic;
    result.event = eventName;
    result.payload = payload;
    return result;
}

PhoenixEvent reply(const QString &eventName, const QString &status, const QJsonValue &payload)
{
    PhoenixEvent result = makeEvent(Kind::Reply, QStringLiteral("room:lobby"), eventName, payload);
    result.status = status;
    result.ref = QStringLiteral("2");
    result.joinRef = QStringLiteral("1");
    return result;
}

QString localTime()
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

class TestPhoenixPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void human_data();
    void human();
    void json_data();
    void json();
};

void TestPhoenixPrinter::human_data()
{
    QTest::addColumn<PhoenixEvent>("event");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("expected"); // after the time and a space

    QTest::newRow("reply") << reply(QStringLiteral("new_msg"), QStringLiteral("ok"),
                                    QJsonObject { { QLatin1String("body"), QStringLiteral("hi") } })
                           << false
                           << QStringLiteral(R"(room:lobby reply new_msg ok {"body":"hi"} ref=2)");
    QTest::newRow("scalar reply") << reply(QStringLiteral("x"), QStringLiteral("ok"),
                                           QStringLiteral("text"))
                                  << false
                                  << QStringLiteral(R"(room:lobby reply x ok "text" ref=2)");
    QTest::newRow("timeout: no payload")
        << reply(QStringLiteral("ignore"), QStringLiteral("timeout"), QJsonValue()) << false
        << QStringLiteral("room:lobby reply ignore timeout ref=2");
    PhoenixEvent binary = reply(QStringLiteral("bin"), QStringLiteral("ok"), QJsonValue());
    binary.binaryPayload = QByteArray::fromHex("000102ff");
    QTest::newRow("binary, base64")
        << binary << false
        << QStringLiteral("room:lobby reply bin ok binary 4 byte(s): AAEC/w== ref=2");
    QTest::newRow("binary, hex") << binary << true
                                 << QStringLiteral(
                                        "room:lobby reply bin ok binary 4 byte(s): 000102ff ref=2");
    QTest::newRow("broadcast") << makeEvent(Kind::Broadcast, QStringLiteral("room:lobby"),
                                            QStringLiteral("shout"), QJsonArray { 1, 2 })
                               << false << QStringLiteral("room:lobby broadcast shout [1,2]");
    QTest::newRow("presence") << makeEvent(
        Kind::Presence, QStringLiteral("room:lobby"), QStringLiteral("join"),
        QJsonObject {
            { QLatin1String("key"), QStringLiteral("ann") },
            { QLatin1String("metas"),
              QJsonArray { QJsonObject { { QLatin1String("phx_ref"), QStringLiteral("F1") } } } } })
                              << false
                              << QStringLiteral(
                                     R"(room:lobby presence join ann [{"phx_ref":"F1"}])");
    QTest::newRow("error")
        << makeEvent(Kind::Error, QStringLiteral("private:x"), QStringLiteral("phx_join"),
                     Error(Error::Code::JoinRefused, QStringLiteral("Refused: unauthorized."),
                           QStringLiteral("detail"))
                         .toJson())
        << false << QStringLiteral("private:x error phx_join [JoinRefused] Refused: unauthorized.");
    QTest::newRow("error without a topic")
        << makeEvent(Kind::Error, QString(), QString(),
                     Error(Error::Code::PhoenixError, QStringLiteral("Not a frame.")).toJson())
        << false << QStringLiteral("- error [PhoenixError] Not a frame.");
    QTest::newRow("system") << makeEvent(
        Kind::System, QStringLiteral("room:lobby"), QStringLiteral("phx_close"),
        QJsonObject { { QLatin1String("message"), QStringLiteral("closed") } })
                            << false << QStringLiteral("room:lobby system phx_close closed");
}

void TestPhoenixPrinter::human()
{
    QFETCH(PhoenixEvent, event);
    QFETCH(bool, hex);
    QFETCH(QString, expected);
    const PhoenixPrinter printer(PhoenixPrinter::Mode::Human, hex);
    QCOMPARE(QString::fromUtf8(printer.format(event)), localTime() + QLatin1Char(' ') + expected);
}

void TestPhoenixPrinter::json_data()
{
    QTest::addColumn<PhoenixEvent>("event");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("reply") << reply(QStringLiteral("new_msg"), QStringLiteral("ok"),
                                    QJsonObject { { QLatin1String("body"), QStringLiteral("hi") } })
                           << QByteArray(
                                  R"({"event":"new_msg","join_ref":"1","kind":"reply",)"
                                  R"("payload":{"body":"hi"},"ref":"2","status":"ok",)"
                                  R"("time":"2024-05-01T12:00:01.234567Z","topic":"room:lobby"})");
    QTest::newRow("timeout: payload null")
        << reply(QStringLiteral("ignore"), QStringLiteral("timeout"), QJsonValue::Undefined)
        << QByteArray(R"({"event":"ignore","join_ref":"1","kind":"reply","payload":null,)"
                      R"("ref":"2","status":"timeout","time":"2024-05-01T12:00:01.234567Z",)"
                      R"("topic":"room:lobby"})");
    QTest::newRow("system: nulls")
        << makeEvent(Kind::System, QString(), QStringLiteral("connected"),
                     QJsonObject { { QLatin1String("url"), QStringLiteral("ws://h/socket") } })
        << QByteArray(R"({"event":"connected","join_ref":null,"kind":"system",)"
                      R"("payload":{"url":"ws://h/socket"},"ref":null,"status":null,)"
                      R"("time":"2024-05-01T12:00:01.234567Z","topic":null})");
    PhoenixEvent binary = makeEvent(Kind::Broadcast, QStringLiteral("t"), QStringLiteral("b"));
    binary.binaryPayload = QByteArray::fromHex("000102ff");
    QTest::newRow("binary") << binary
                            << QByteArray(R"({"binary":true,"event":"b","join_ref":null,)"
                                          R"("kind":"broadcast","payload":"AAEC/w==","ref":null,)"
                                          R"("status":null,"time":"2024-05-01T12:00:01.234567Z",)"
                                          R"("topic":"t"})");
}

void TestPhoenixPrinter::json()
{
    QFETCH(PhoenixEvent, event);
    QFETCH(QByteArray, expected);
    const QByteArray line = PhoenixPrinter(PhoenixPrinter::Mode::Json, false).format(event);
    QCOMPARE(line, expected);
    QVERIFY(!line.contains('\n'));
    QVERIFY(QJsonDocument::fromJson(line).isObject());
}

QTEST_GUILESS_MAIN(TestPhoenixPrinter)
#include "tst_phoenixprinter.moc"
