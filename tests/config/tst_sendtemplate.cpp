// SendTemplate, one entry of a profile's "templates" on its own: its JSON
// (text as it is, binary as base64, json also as the object itself), what its
// reader reports, and validate() of one entry.
#include "configtestutil.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/jsonobjectreader.h>
#include <maxmon/sendtemplate.h>

#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using maxmon::test::describeIssues;
using maxmon::test::parseJsonObject;

namespace {

SendTemplate read(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    return maxmon::test::readSection<SendTemplate>(json, QStringLiteral("templates[3]"), issues);
}

} // namespace

class TestSendTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultJson();
    void roundTrip_data();
    void roundTrip();
    void kindNames();
    void jsonPayloadAsValue();
    void badFields_data();
    void badFields();
    void validate_data();
    void validate();
    void namesAreTheProfilesCheck();
};

void TestSendTemplate::defaultJson()
{
    QCOMPARE(SendTemplate().toJson(),
             parseJsonObject(R"({"name": "", "kind": "text", "payload": ""})"));
    QList<ConfigIssue> issues;
    QVERIFY(read({}, &issues) == SendTemplate());
    QVERIFY(issues.isEmpty());
    // a template needs a name
    QCOMPARE(describeIssues(SendTemplate().validate(QStringLiteral("templates[0]"))),
             QStringLiteral("E templates[0].name: must not be empty"));
}

void TestSendTemplate::roundTrip_data()
{
    QTest::addColumn<SendTemplate>("sendTemplate");
    QTest::addColumn<QString>("payloadJson");
    QTest::newRow("text") << SendTemplate { QStringLiteral("hello"), SendTemplate::Kind::Text,
                                            "h\xc3\xa9llo\n" }
                          << QStringLiteral("h\u00e9llo\n");
    QTest::newRow("json as typed")
        << SendTemplate { QStringLiteral("join"), SendTemplate::Kind::Json,
                          "{\n  \"a\": [1, 2.50]\n}" }
        << QStringLiteral("{\n  \"a\": [1, 2.50]\n}");
    QTest::newRow("binary") << SendTemplate { QStringLiteral("bytes"), SendTemplate::Kind::Binary,
                                              QByteArray("\x00\x01\xfe\xff", 4) }
                            << QStringLiteral("AAH+/w==");
}

void TestSendTemplate::roundTrip()
{
    QFETCH(SendTemplate, sendTemplate);
    QFETCH(QString, payloadJson);
    const QJsonObject json = sendTemplate.toJson();
    QCOMPARE(json.value(QLatin1String("payload")).toString(), payloadJson);
    QList<ConfigIssue> issues;
    const SendTemplate back = read(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    QVERIFY(back == sendTemplate);
    QVERIFY(sendTemplate.validate(QStringLiteral("t")).isEmpty());
}

void TestSendTemplate::kindNames()
{
    QCOMPARE(SendTemplate::kindName(SendTemplate::Kind::Text), QStringLiteral("text"));
    QCOMPARE(SendTemplate::kindName(SendTemplate::Kind::Json), QStringLiteral("json"));
    QCOMPARE(SendTemplate::kindName(SendTemplate::Kind::Binary), QStringLiteral("binary"));
}

void TestSendTemplate::jsonPayloadAsValue()
{
    QList<ConfigIssue> issues;
    const SendTemplate object = read(
        parseJsonObject(R"({"name": "o", "kind": "json", "payload": {"event": "ping"}})"), &issues);
    QCOMPARE(object.payload, QByteArray(R"({"event":"ping"})"));
    const SendTemplate array =
        read(parseJsonObject(R"({"name": "a", "kind": "json", "payload": [1, "x"]})"), &issues);
    QCOMPARE(array.payload, QByteArray(R"([1,"x"])"));
    QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    // written back as the text it stands for
    QCOMPARE(object.toJson().value(QLatin1String("payload")).toString(),
             QStringLiteral(R"({"event":"ping"})"));
}

void TestSendTemplate::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("name type", R"({"name": 1})", "templates[3].name", "must be a string");
    row("kind", R"({"kind": "file"})", "templates[3].kind", "use one of text, json, binary");
    row("payload type", R"({"payload": 5})", "templates[3].payload", "must be a string");
    row("object for text", R"({"kind": "text", "payload": {"a": 1}})", "templates[3].payload",
        "must be a string");
    row("object for binary", R"({"kind": "binary", "payload": [1]})", "templates[3].payload",
        "must be a string");
    row("base64", R"({"kind": "binary", "payload": "**"})", "templates[3].payload",
        "must be base64 for a binary template");
    row("unknown key", R"({"when": 1})", "templates[3].when", "unknown key");
}

void TestSendTemplate::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QList<ConfigIssue> issues;
    read(QJsonDocument::fromJson(json).object(), &issues);
    QVERIFY2(issues.size() == 1, qPrintable(describeIssues(issues)));
    QCOMPARE(issues.at(0).path, path);
    QVERIFY2(issues.at(0).message.contains(messagePart), qPrintable(issues.at(0).message));
}

void TestSendTemplate::validate_data()
{
    QTest::addColumn<SendTemplate>("sendTemplate");
    QTest::addColumn<QString>("expected");
    const QString name = QStringLiteral("n");
    QTest::newRow("blank name") << SendTemplate { QStringLiteral("  "), SendTemplate::Kind::Text,
                                                  "x" }
                                << QStringLiteral("E p.name: must not be empty");
    QTest::newRow("bad json") << SendTemplate { name, SendTemplate::Kind::Json, "{" }
                              << QStringLiteral("E p.payload: is not valid JSON: unterminated "
                                                "object at offset 1");
    QTest::newRow("credential in json")
        << SendTemplate { name, SendTemplate::Kind::Json, R"({"token":"abc"})" }
        << QStringLiteral("W p.payload: seems to hold a credential: templates are stored in "
                          "plain text with the profile");
    QTest::newRow("credential in text")
        << SendTemplate { name, SendTemplate::Kind::Text, "password=hunter2" }
        << QStringLiteral("W p.payload: seems to hold a credential: templates are stored in "
                          "plain text with the profile");
    QTest::newRow("binary is not checked for credentials")
        << SendTemplate { name, SendTemplate::Kind::Binary, "password=hunter2" } << QString();
    QTest::newRow("plain text is not json")
        << SendTemplate { name, SendTemplate::Kind::Text, "{" } << QString();
}

void TestSendTemplate::validate()
{
    QFETCH(SendTemplate, sendTemplate);
    QFETCH(QString, expected);
    QCOMPARE(describeIssues(sendTemplate.validate(QStringLiteral("p"))), expected);
}

void TestSendTemplate::namesAreTheProfilesCheck()
{
    const SendTemplate a { QStringLiteral("a"), SendTemplate::Kind::Text, "1" };
    QVERIFY(a.validate(QStringLiteral("templates[1]")).isEmpty());
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://h/"));
    config.templates = { a, a };
    QCOMPARE(describeIssues(config.validate()),
             QStringLiteral("E templates[1].name: \"a\" is the name of an earlier template"));
}

QTEST_GUILESS_MAIN(TestSendTemplate)
#include "tst_sendtemplate.moc"
