// ReconnectConfig, the "reconnect" section of a profile on its own: its JSON,
// what its reader reports, and validate() under any prefix.
#include "configtestutil.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/jsonobjectreader.h>
#include <maxmon/reconnectconfig.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using maxmon::test::describeIssues;
using maxmon::test::parseJsonObject;

namespace {

ReconnectConfig read(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    return maxmon::test::readSection<ReconnectConfig>(json, QStringLiteral("reconnect"), issues);
}

} // namespace

class TestReconnectConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultJson();
    void roundTrip();
    void badFields_data();
    void badFields();
    void validate_data();
    void validate();
    void inProfile();
};

void TestReconnectConfig::defaultJson()
{
    QCOMPARE(ReconnectConfig().toJson(),
             parseJsonObject(R"({"enabled": true, "initial_delay_ms": 100, "max_delay_ms": 5000,
                       "multiplier": 2, "jitter": 0.2, "max_attempts": 0,
                       "reset_after_ms": 10000, "schedule_ms": []})"));
    QList<ConfigIssue> issues;
    QVERIFY(read({}, &issues) == ReconnectConfig());
    QVERIFY(issues.isEmpty());
    QVERIFY(ReconnectConfig().validate().isEmpty());
}

void TestReconnectConfig::roundTrip()
{
    const ReconnectConfig reconnect { false, 50, 8000, 1.5, 0.1, 7, 20000, { 10, 50, 5000 } };
    const QJsonObject json = reconnect.toJson();
    QCOMPARE(json.value(QLatin1String("schedule_ms")).toArray(), (QJsonArray { 10, 50, 5000 }));
    QList<ConfigIssue> issues;
    const ReconnectConfig back = read(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    QVERIFY(back == reconnect);
    ReconnectConfig other = reconnect;
    other.scheduleMs.append(1);
    QVERIFY(other != reconnect);
}

void TestReconnectConfig::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("enabled", R"({"enabled": null})", "reconnect.enabled", "true or false");
    row("initial delay", R"({"initial_delay_ms": 0})", "reconnect.initial_delay_ms",
        "between 1 and 86400000");
    row("max delay", R"({"max_delay_ms": "5s"})", "reconnect.max_delay_ms", "whole number");
    row("multiplier", R"({"multiplier": 0.5})", "reconnect.multiplier", "between 1 and 100");
    row("multiplier type", R"({"multiplier": "2"})", "reconnect.multiplier", "must be a number");
    row("jitter", R"({"jitter": 2})", "reconnect.jitter", "between 0 and 1");
    row("max attempts", R"({"max_attempts": -1})", "reconnect.max_attempts",
        "between 0 and 1000000");
    row("reset after", R"({"reset_after_ms": 1.5})", "reconnect.reset_after_ms", "whole number");
    row("schedule type", R"({"schedule_ms": 100})", "reconnect.schedule_ms",
        "must be a list of whole numbers");
    row("schedule entry", R"({"schedule_ms": [10, 0, 50]})", "reconnect.schedule_ms[1]",
        "must be a whole number from 1 to 86400000");
    row("schedule fraction", R"({"schedule_ms": [10.5]})", "reconnect.schedule_ms[0]",
        "whole number");
    row("schedule text", R"({"schedule_ms": ["10"]})", "reconnect.schedule_ms[0]", "whole number");
    row("unknown key", R"({"retries": 3})", "reconnect.retries", "unknown key");
}

void TestReconnectConfig::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QList<ConfigIssue> issues;
    const ReconnectConfig reconnect = read(QJsonDocument::fromJson(json).object(), &issues);
    QVERIFY2(issues.size() == 1, qPrintable(describeIssues(issues)));
    QCOMPARE(issues.at(0).path, path);
    QVERIFY2(issues.at(0).message.contains(messagePart), qPrintable(issues.at(0).message));
    QVERIFY(reconnect == ReconnectConfig()); // a wrong value leaves the default
}

void TestReconnectConfig::validate_data()
{
    QTest::addColumn<ReconnectConfig>("reconnect");
    QTest::addColumn<QString>("expected");
    auto with = [](auto change) {
        ReconnectConfig reconnect;
        change(reconnect);
        return reconnect;
    };
    QTest::newRow("initial") << with([](ReconnectConfig &r) { r.initialDelayMs = 0; })
                             << QStringLiteral("E rc.initial_delay_ms: must be greater than 0");
    QTest::newRow("initial > max")
        << with([](ReconnectConfig &r) { r.initialDelayMs = 6000; })
        << QStringLiteral("E rc.initial_delay_ms: must not be greater than rc.max_delay_ms");
    QTest::newRow("max") << with([](ReconnectConfig &r) { r.maxDelayMs = -1; })
                         << QStringLiteral("E rc.max_delay_ms: must be greater than 0\n"
                                           "E rc.initial_delay_ms: must not be greater than "
                                           "rc.max_delay_ms");
    QTest::newRow("multiplier") << with([](ReconnectConfig &r) { r.multiplier = 0.9; })
                                << QStringLiteral("E rc.multiplier: must be at least 1");
    QTest::newRow("jitter") << with([](ReconnectConfig &r) { r.jitter = -0.1; })
                            << QStringLiteral("E rc.jitter: must be between 0 and 1");
    QTest::newRow("attempts") << with([](ReconnectConfig &r) { r.maxAttempts = -1; })
                              << QStringLiteral("E rc.max_attempts: must be 0 (unlimited) or more");
    QTest::newRow("reset") << with([](ReconnectConfig &r) { r.resetAfterMs = -1; })
                           << QStringLiteral("E rc.reset_after_ms: must be 0 or more");
    QTest::newRow("schedule") << with([](ReconnectConfig &r) {
        r.scheduleMs = { 5, 0, -1 };
    })
                              << QStringLiteral("E rc.schedule_ms[1]: must be greater than 0\n"
                                                "E rc.schedule_ms[2]: must be greater than 0");
}

void TestReconnectConfig::validate()
{
    QFETCH(ReconnectConfig, reconnect);
    QFETCH(QString, expected);
    QCOMPARE(describeIssues(reconnect.validate(QStringLiteral("rc"))), expected);
}

void TestReconnectConfig::inProfile()
{
    QList<ConfigIssue> issues;
    const ConnectionConfig config = ConnectionConfig::fromJson(
        parseJsonObject(R"({"url": "ws://h/", "reconnect": {"initial_delay_ms": 6000,
                  "schedule_ms": [10, 20]}})"),
        &issues);
    QCOMPARE(describeIssues(issues),
             QStringLiteral("E reconnect.initial_delay_ms: must not be greater than "
                            "reconnect.max_delay_ms"));
    QCOMPARE(config.reconnect.scheduleMs, (QList<int> { 10, 20 }));
}

QTEST_GUILESS_MAIN(TestReconnectConfig)
#include "tst_reconnectconfig.moc"
