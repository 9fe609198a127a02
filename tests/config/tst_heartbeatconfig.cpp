// HeartbeatConfig, the "heartbeat" section of a profile on its own: its JSON,
// what its reader reports, and validate() under any prefix.
#include "configtestutil.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/heartbeatconfig.h>
#include <maxmon/jsonobjectreader.h>

#include <QJsonDocument>
#include <QTest>

using namespace maxmon;
using maxmon::test::describeIssues;
using maxmon::test::parseJsonObject;

namespace {

HeartbeatConfig read(const QJsonObject &json, QList<ConfigIssue> *issues)
{
    return maxmon::test::readSection<HeartbeatConfig>(json, QStringLiteral("heartbeat"), issues);
}

} // namespace

class TestHeartbeatConfig : public QObject
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

void TestHeartbeatConfig::defaultJson()
{
    QCOMPARE(HeartbeatConfig().toJson(),
             parseJsonObject(R"({"enabled": true, "strategy": "ping", "interval_ms": 5000,
                       "timeout_ms": 5000, "max_missed": 2, "adaptive": true,
                       "min_interval_ms": 1000, "max_interval_ms": 30000})"));
    QList<ConfigIssue> issues;
    QVERIFY(read({}, &issues) == HeartbeatConfig());
    QVERIFY(issues.isEmpty());
    QVERIFY(HeartbeatConfig().validate().isEmpty());
}

void TestHeartbeatConfig::roundTrip()
{
    const HeartbeatConfig heartbeat {
        false, HeartbeatConfig::Strategy::Application, 2000, 900, 3, false, 500, 9000
    };
    const QJsonObject json = heartbeat.toJson();
    QCOMPARE(json.value(QLatin1String("strategy")).toString(), QStringLiteral("application"));
    QList<ConfigIssue> issues;
    const HeartbeatConfig back = read(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues)));
    QVERIFY(back == heartbeat);
    // every field takes part in ==
    for (int field = 0; field < 8; ++field) {
        HeartbeatConfig other = heartbeat;
        switch (field) {
        case 0:
            other.enabled = true;
            break;
        case 1:
            other.strategy = HeartbeatConfig::Strategy::Ping;
            break;
        case 2:
            ++other.intervalMs;
            break;
        case 3:
            ++other.timeoutMs;
            break;
        case 4:
            ++other.maxMissed;
            break;
        case 5:
            other.adaptive = true;
            break;
        case 6:
            ++other.minIntervalMs;
            break;
        case 7:
            ++other.maxIntervalMs;
            break;
        }
        QVERIFY2(other != heartbeat, qPrintable(QString::number(field)));
    }
}

void TestHeartbeatConfig::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char *name, const char *json, const char *path, const char *part) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(path)
                            << QString::fromLatin1(part);
    };
    row("enabled", R"({"enabled": 1})", "heartbeat.enabled", "true or false");
    row("adaptive", R"({"adaptive": "no"})", "heartbeat.adaptive", "true or false");
    row("strategy", R"({"strategy": "tcp"})", "heartbeat.strategy", "use one of ping, application");
    row("interval", R"({"interval_ms": 0})", "heartbeat.interval_ms", "between 1 and 86400000");
    row("interval over a day", R"({"interval_ms": 86400001})", "heartbeat.interval_ms",
        "between 1 and 86400000");
    row("timeout", R"({"timeout_ms": 2.5})", "heartbeat.timeout_ms", "whole number");
    row("max missed", R"({"max_missed": 1001})", "heartbeat.max_missed", "between 1 and 1000");
    row("min interval", R"({"min_interval_ms": "1s"})", "heartbeat.min_interval_ms",
        "whole number");
    row("max interval", R"({"max_interval_ms": -3})", "heartbeat.max_interval_ms",
        "between 1 and 86400000");
    row("unknown key", R"({"intervall_ms": 3})", "heartbeat.intervall_ms", "unknown key");
}

void TestHeartbeatConfig::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QList<ConfigIssue> issues;
    const HeartbeatConfig heartbeat = read(QJsonDocument::fromJson(json).object(), &issues);
    QVERIFY2(issues.size() == 1, qPrintable(describeIssues(issues)));
    QCOMPARE(issues.at(0).path, path);
    QVERIFY2(issues.at(0).message.contains(messagePart), qPrintable(issues.at(0).message));
    QVERIFY(heartbeat == HeartbeatConfig()); // a wrong value leaves the default
}

void TestHeartbeatConfig::validate_data()
{
    QTest::addColumn<HeartbeatConfig>("heartbeat");
    QTest::addColumn<QString>("expected");
    auto with = [](auto change) {
        HeartbeatConfig heartbeat;
        change(heartbeat);
        return heartbeat;
    };
    QTest::newRow("interval") << with([](HeartbeatConfig &h) { h.intervalMs = 0; })
                              << QStringLiteral("E hb.interval_ms: must be greater than 0");
    QTest::newRow("timeout") << with([](HeartbeatConfig &h) { h.timeoutMs = -1; })
                             << QStringLiteral("E hb.timeout_ms: must be greater than 0");
    QTest::newRow("max missed") << with([](HeartbeatConfig &h) { h.maxMissed = 0; })
                                << QStringLiteral("E hb.max_missed: must be greater than 0");
    QTest::newRow("min > max") << with([](HeartbeatConfig &h) {
        h.minIntervalMs = 40000;
    }) << QStringLiteral("E hb.min_interval_ms: must not be greater than hb.max_interval_ms");
    QTest::newRow("max not positive")
        << with([](HeartbeatConfig &h) { h.maxIntervalMs = 0; })
        << QStringLiteral("E hb.max_interval_ms: must be greater than 0\n"
                          "E hb.min_interval_ms: must not be greater than hb.max_interval_ms");
    QTest::newRow("min not positive")
        << with([](HeartbeatConfig &h) { h.minIntervalMs = 0; })
        << QStringLiteral("E hb.min_interval_ms: must be greater than 0");
}

void TestHeartbeatConfig::validate()
{
    QFETCH(HeartbeatConfig, heartbeat);
    QFETCH(QString, expected);
    QCOMPARE(describeIssues(heartbeat.validate(QStringLiteral("hb"))), expected);
}

void TestHeartbeatConfig::inProfile()
{
    // a cross-field rule of the section, named with the profile's paths
    QList<ConfigIssue> issues;
    ConnectionConfig::fromJson(parseJsonObject(R"({"url": "ws://h/",
                  "heartbeat": {"min_interval_ms": 5000, "max_interval_ms": 100}})"),
                               &issues);
    QCOMPARE(describeIssues(issues),
             QStringLiteral("E heartbeat.min_interval_ms: must not be greater than "
                            "heartbeat.max_interval_ms"));
}

QTEST_GUILESS_MAIN(TestHeartbeatConfig)
#include "tst_heartbeatconfig.moc"
