// MonitorConfig and TargetConfig: the smallest config, profiles from files
// (relative to the config) and inline, URL overrides, defaults, labels,
// topics, the listener and probe modules; and bad configs, each refused with
// the path of the field and what is wrong with it.
#include "monitorconfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using namespace maxmon::monitor;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "json", text);
    return document.object();
}

QStringList errorsOf(const QList<ConfigIssue> &issues)
{
    QStringList errors;
    for (const ConfigIssue &issue : issues) {
        if (issue.isError())
            errors.append(issue.toString());
    }
    return errors;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestMonitorConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smallestConfig();
    void profileFileRelativeToTheConfig();
    void inlineProfileAndUrlOverride();
    void defaults();
    void labelsSortedAfterTarget();
    void phoenixTopics();
    void listener_data();
    void listener();
    void probeModules();
    void badConfig_data();
    void badConfig();
    void profileWarningsKeepTheirPaths();
    void fileProblems();
    void equalityForReload();

private:
    QTemporaryDir m_dir;
};

void TestMonitorConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("staging.json")),
                      R"({"url": "wss://staging.example/socket", "protocol": "phoenix",
                          "heartbeat": {"interval_ms": 2000},
                          "reconnect": {"max_delay_ms": 1000}})"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("fleet.json")),
                      R"({"heartbeat": {"interval_ms": 5000, "adaptive": false}})"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("typo.json")),
                      R"({"url": "ws://a.example/", "heartbeat": {"intervall_ms": 5}})"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("broken.json")), "{\"url\": "));
}

void TestMonitorConfig::smallestConfig()
{
    // the issue's example, minus the profile file
    QList<ConfigIssue> issues;
    const MonitorConfig config = MonitorConfig::fromJson(json(R"({"listen": "127.0.0.1:9464",
                 "targets": [{"name": "eu-1", "url": "wss://max.example/socket"}]})"),
                                                         m_dir.path(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(errorsOf(issues).join(QLatin1Char('\n'))));
    QCOMPARE(config.listener.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config.listener.port, quint16(9464));
    QVERIFY(!config.listener.tlsEnabled());
    QVERIFY(config.listener.basicAuthUser.isEmpty());
    QCOMPARE(config.targets.size(), 1);
    const TargetConfig &target = config.targets.constFirst();
    QCOMPARE(target.name, QStringLiteral("eu-1"));
    QCOMPARE(target.connection.url, QUrl(QStringLiteral("wss://max.example/socket")));
    QCOMPARE(target.connection.protocol, ConnectionConfig::Protocol::WebSocket);
    QCOMPARE(target.connection.heartbeat.intervalMs, ConnectionConfig().heartbeat.intervalMs);
    QVERIFY(target.labels.isEmpty());
    QCOMPARE(target.metricLabels(),
             Labels({ { QStringLiteral("target"), QStringLiteral("eu-1") } }));
    QCOMPARE(config.probeModules.keys(), QStringList { QStringLiteral("default") });
}

void TestMonitorConfig::profileFileRelativeToTheConfig()
{
    const QString file = m_dir.filePath(QStringLiteral("monitor.json"));
    QVERIFY(writeFile(file, R"({"targets": [{"name": "staging", "profile": "staging.json",
                                             "labels": {"env": "staging"}}]})"));
    QList<ConfigIssue> issues;
    const MonitorConfig config = MonitorConfig::fromFile(file, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(errorsOf(issues).join(QLatin1Char('\n'))));
    const TargetConfig &target = config.targets.constFirst();
    QCOMPARE(target.connection.url, QUrl(QStringLiteral("wss://staging.example/socket")));
    QCOMPARE(target.connection.protocol, ConnectionConfig::Protocol::Phoenix);
    QCOMPARE(target.connection.heartbeat.intervalMs, 2000);
    QCOMPARE(target.connection.reconnect.maxDelayMs, 1000);
    QCOMPARE(target.labels, Labels({ { QStringLiteral("env"), QStringLiteral("staging") } }));
}

void TestMonitorConfig::inlineProfileAndUrlOverride()
{
    QList<ConfigIssue> issues;
    const MonitorConfig config = MonitorConfig::fromJson(json(R"({"targets": [
            {"name": "a", "profile": {"url": "ws://a.example/x", "connect_timeout_ms": 1234}},
            {"name": "b", "profile": "staging.json", "url": "wss://other.example/socket"},
            {"name": "c", "profile": "fleet.json", "url": "ws://c.example/echo"},
            {"name": "d", "profile": {"heartbeat": {"interval_ms": 700}}, "url": "ws://d.example/"}]})"),
                                                         m_dir.path(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(errorsOf(issues).join(QLatin1Char('\n'))));
    QCOMPARE(config.targets.at(0).connection.connectTimeoutMs, 1234);
    QCOMPARE(config.targets.at(0).connection.url, QUrl(QStringLiteral("ws://a.example/x")));
    // the target's URL wins over the profile's; the rest is the profile's
    QCOMPARE(config.targets.at(1).connection.url,
             QUrl(QStringLiteral("wss://other.example/socket")));
    QCOMPARE(config.targets.at(1).connection.heartbeat.intervalMs, 2000);
    // a profile for a fleet has no URL of its own
    QCOMPARE(config.targets.at(2).connection.url, QUrl(QStringLiteral("ws://c.example/echo")));
    QCOMPARE(config.targets.at(2).connection.heartbeat.adaptive, false);
    QCOMPARE(config.targets.at(3).connection.heartbeat.intervalMs, 700);
}

void TestMonitorConfig::defaults()
{
    QList<ConfigIssue> issues;
    const MonitorConfig config = MonitorConfig::fromJson(
        json(R"({"defaults": {"profile": "fleet.json", "labels": {"env": "prod", "region": "eu"}},
                 "targets": [{"name": "a", "url": "ws://a.example/"},
                             {"name": "b", "url": "ws://b.example/", "labels": {"region": "us"}},
                             {"name": "c", "profile": {"url": "ws://c.example/"}}]})"),
        m_dir.path(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(errorsOf(issues).join(QLatin1Char('\n'))));
    QCOMPARE(config.targets.at(0).connection.heartbeat.adaptive, false);
    QCOMPARE(config.targets.at(0).labels,
             Labels({ { QStringLiteral("env"), QStringLiteral("prod") },
                      { QStringLiteral("region"), QStringLiteral("eu") } }));
    // the target's label replaces the default's
    QCOMPARE(config.targets.at(1).labels,
             Labels({ { QStringLiteral("env"), QStringLiteral("prod") },
                      { QStringLiteral("region"), QStringLiteral("us") } }));
    // its own profile replaces the default one entirely
    QCOMPARE(config.targets.at(2).connection.heartbeat.adaptive, true);
}

void TestMonitorConfig::labelsSortedAfterTarget()
{
    QList<ConfigIssue> issues;
    const MonitorConfig config =
        MonitorConfig::fromJson(json(R"({"targets": [{"name": "x", "url": "ws://x.example/",
                              "labels": {"zone": "1", "app": "chat", "env": "dev"}}]})"),
                                m_dir.path(), &issues);
    QVERIFY(issues.isEmpty());
    const Labels expected { { QStringLiteral("target"), QStringLiteral("x") },
                            { QStringLiteral("app"), QStringLiteral("chat") },
                            { QStringLiteral("env"), QStringLiteral("dev") },
                            { QStringLiteral("zone"), QStringLiteral("1") } };
    QCOMPARE(config.targets.constFirst().metricLabels(), expected);
}

void TestMonitorConfig::phoenixTopics()
{
    QList<ConfigIssue> issues;
    const MonitorConfig config = MonitorConfig::fromJson(
        json(R"({"targets": [{"name": "chat", "url": "ws://chat.example/socket",
            "topics": ["room:lobby",
                       {"topic": "room:ops", "params": {"user": "monitor"},
                        "push": {"event": "ping", "payload": {"n": 1}, "interval_ms": 2500}}]}]})"),
        m_dir.path(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(errorsOf(issues).join(QLatin1Char('\n'))));
    const TargetConfig &target = config.targets.constFirst();
    // topics make it a Phoenix target
    QCOMPARE(target.connection.protocol, ConnectionConfig::Protocol::Phoenix);
    QCOMPARE(target.topics.size(), 2);
    QCOMPARE(target.topics.at(0).topic, QStringLiteral("room:lobby"));
    QVERIFY(target.topics.at(0).pushEvent.isEmpty());
    QCOMPARE(target.topics.at(1).params.value(QLatin1String("user")).toString(),
             QStringLiteral("monitor"));
    QCOMPARE(target.topics.at(1).pushEvent, QStringLiteral("ping"));
    QCOMPARE(target.topics.at(1).pushPayload.toObject().value(QLatin1String("n")).toInt(), 1);
    QCOMPARE(target.topics.at(1).pushIntervalMs, 2500);
}

void TestMonitorConfig::listener_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("address"); // empty: refused
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1:9464") << QStringLiteral("127.0.0.1")
                          << 9464;
    QTest::newRow("IPv6") << QStringLiteral("[::1]:9000") << QStringLiteral("::1") << 9000;
    QTest::newRow("every address") << QStringLiteral(":9464") << QStringLiteral("any") << 9464;
    QTest::newRow("any port") << QStringLiteral("127.0.0.1:0") << QStringLiteral("127.0.0.1") << 0;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString() << 0;
    QTest::newRow("port too large") << QStringLiteral("127.0.0.1:70000") << QString() << 0;
    QTest::newRow("host name") << QStringLiteral("localhost:9464") << QString() << 0;
    QTest::newRow("not a number") << QStringLiteral("127.0.0.1:http") << QString() << 0;
}

void TestMonitorConfig::listener()
{
    QFETCH(QString, listen);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress parsed;
    quint16 parsedPort = 0;
    QString why;
    const bool ok = ListenerConfig::parseAddress(listen, &parsed, &parsedPort, &why);
    QCOMPARE(ok, !address.isEmpty());
    if (!ok) {
        QVERIFY(!why.isEmpty());
        QList<ConfigIssue> issues;
        MonitorConfig::fromJson(QJsonObject { { QStringLiteral("listen"), listen } }, m_dir.path(),
                                &issues);
        QCOMPARE(errorsOf(issues), QStringList { QStringLiteral("listen: ") + why });
        return;
    }
    QCOMPARE(parsed,
             address == QLatin1String("any") ? QHostAddress(QHostAddress::Any)
                                             : QHostAddress(address));
    QCOMPARE(parsedPort, quint16(port));
}

void TestMonitorConfig::probeModules()
{
    QList<ConfigIssue> issues;
    const MonitorConfig config = MonitorConfig::fromJson(
        json(R"({"probe_modules": {"quick": {"count": 2, "interval_ms": 50, "timeout_ms": 500,
                                             "profile": {"connect_timeout_ms": 900}}}})"),
        m_dir.path(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(errorsOf(issues).join(QLatin1Char('\n'))));
    QCOMPARE(config.probeModules.keys(),
             QStringList({ QStringLiteral("default"), QStringLiteral("quick") }));
    const ProbeModule quick = config.probeModules.value(QStringLiteral("quick"));
    QCOMPARE(quick.count, 2);
    QCOMPARE(quick.intervalMs, 50);
    QCOMPARE(quick.timeoutMs, 500);
    QCOMPARE(quick.connection.connectTimeoutMs, 900);
    QVERIFY(config.targets.isEmpty()); // a monitor for /probe only
}

void TestMonitorConfig::badConfig_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("error"); // the start of the one error expected

    QTest::newRow("unknown key at the top")
        << QByteArray(R"({"targts": []})") << QStringLiteral("targts: unknown key");
    QTest::newRow("unknown key in a target")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws://a.example/", "lables": {}}]})")
        << QStringLiteral("targets[0].lables: unknown key");
    QTest::newRow("unknown key in a push")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws://a.example/s",
                          "topics": [{"topic": "t", "push": {"event": "e", "every": 5}}]}]})")
        << QStringLiteral("targets[0].topics[0].push.every: unknown key");
    QTest::newRow("unknown key in basic_auth")
        << QByteArray(R"({"basic_auth": {"username": "u", "password": {"env": "P"}, "pass": "x"}})")
        << QStringLiteral("basic_auth.pass: unknown key");
    QTest::newRow("bad URL scheme")
        << QByteArray(R"({"targets": [{"name": "a", "url": "http://a.example/"}]})")
        << QStringLiteral("targets[0].url: the scheme must be ws or wss, not http");
    QTest::newRow("URL without host")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws:///path"}]})")
        << QStringLiteral("targets[0].url: ");
    QTest::newRow("no URL at all") << QByteArray(R"({"targets": [{"name": "a"}]})")
                                   << QStringLiteral("targets[0].url: a target needs a URL");
    QTest::newRow("duplicate names")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws://a.example/"},
                                      {"name": "b", "url": "ws://b.example/"},
                                      {"name": "a", "url": "ws://c.example/"}]})")
        << QStringLiteral("targets[2].name: \"a\" is already the name of targets[0]");
    QTest::newRow("no name") << QByteArray(R"({"targets": [{"url": "ws://a.example/"}]})")
                             << QStringLiteral("targets[0].name: is missing or empty");
    QTest::newRow("missing profile file")
        << QByteArray(R"({"targets": [{"name": "a", "profile": "nowhere.json"}]})")
        << QStringLiteral("targets[0].profile: cannot read ");
    QTest::newRow("profile file not JSON")
        << QByteArray(R"({"targets": [{"name": "a", "profile": "broken.json"}]})")
        << QStringLiteral("targets[0].profile: ");
    QTest::newRow("wrong value in an inline profile")
        << QByteArray(R"({"targets": [{"name": "a", "profile": {"url": "ws://a.example/",
                          "heartbeat": {"interval_ms": "often"}}}]})")
        << QStringLiteral("targets[0].profile.heartbeat.interval_ms: must be a whole number");
    QTest::newRow("reserved label")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws://a.example/",
                          "labels": {"instance": "x"}}]})")
        << QStringLiteral("targets[0].labels.instance: is a label the monitor or Prometheus sets");
    QTest::newRow("invalid label name")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws://a.example/",
                          "labels": {"data-center": "x"}}]})")
        << QStringLiteral("targets[0].labels.data-center: is not a label name");
    QTest::newRow("label value not a string")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws://a.example/",
                          "labels": {"rack": 7}}]})")
        << QStringLiteral("targets[0].labels.rack: must be a string");
    QTest::newRow("topics on a WebSocket target")
        << QByteArray(
               R"({"targets": [{"name": "a", "url": "ws://a.example/", "protocol": "websocket",
                          "topics": ["t"]}]})")
        << QStringLiteral("targets[0].topics: only Phoenix targets join topics");
    QTest::newRow("unknown protocol")
        << QByteArray(
               R"({"targets": [{"name": "a", "url": "ws://a.example/", "protocol": "mqtt"}]})")
        << QStringLiteral("targets[0].protocol: must be \"websocket\" or \"phoenix\"");
    QTest::newRow("topic listed twice")
        << QByteArray(
               R"({"targets": [{"name": "a", "url": "ws://a.example/s", "topics": ["t", "t"]}]})")
        << QStringLiteral("targets[0].topics[1]: \"t\" is listed twice");
    QTest::newRow("push of a protocol event")
        << QByteArray(R"({"targets": [{"name": "a", "url": "ws://a.example/s",
                          "topics": [{"topic": "t", "push": {"event": "phx_leave"}}]}]})")
        << QStringLiteral("targets[0].topics[0].push.event: an event name is needed");
    QTest::newRow("targets not a list") << QByteArray(R"({"targets": {"name": "a"}})")
                                        << QStringLiteral("targets: must be a list of targets");
    QTest::newRow("basic auth password in plain text")
        << QByteArray(R"({"basic_auth": {"username": "u", "password": "hunter2"}})")
        << QStringLiteral("basic_auth.password: ");
    QTest::newRow("basic auth password from a command")
        << QByteArray(R"({"basic_auth": {"username": "u", "password": {"command": "pass x"}}})")
        << QStringLiteral("basic_auth.password: only {\"env\": ...} or {\"file\": ...} here");
    QTest::newRow("TLS without key")
        << QByteArray(R"({"tls": {"cert_file": "c.pem"}})")
        << QStringLiteral("tls.cert_file: TLS needs both cert_file and key_file");
    QTest::newRow("probe module count")
        << QByteArray(R"({"probe_modules": {"x": {"count": 0}}})")
        << QStringLiteral("probe_modules.x.count: must be between 1 and 1000");
}

void TestMonitorConfig::badConfig()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, error);
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(file, config));
    QList<ConfigIssue> issues;
    MonitorConfig::fromFile(file, &issues);
    const QStringList errors = errorsOf(issues);
    QVERIFY2(errors.size() == 1, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(errors.constFirst().startsWith(error), qPrintable(errors.constFirst()));
    QVERIFY(ConfigIssue::hasErrors(issues));
}

void TestMonitorConfig::profileWarningsKeepTheirPaths()
{
    // a profile is the GUI's too: its unknown keys stay warnings, named after the file
    QList<ConfigIssue> issues;
    MonitorConfig::fromJson(json(R"({"targets": [{"name": "a", "profile": "typo.json"}]})"),
                            m_dir.path(), &issues);
    QVERIFY(!ConfigIssue::hasErrors(issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().path,
             QStringLiteral("targets[0].profile (%1).heartbeat.intervall_ms")
                 .arg(m_dir.filePath(QStringLiteral("typo.json"))));
}

void TestMonitorConfig::fileProblems()
{
    QList<ConfigIssue> issues;
    MonitorConfig::fromFile(m_dir.filePath(QStringLiteral("absent.json")), &issues);
    QCOMPARE(errorsOf(issues).size(), 1);
    QVERIFY(errorsOf(issues).constFirst().contains(QLatin1String("absent.json")));
    issues.clear();
    MonitorConfig::fromFile(m_dir.filePath(QStringLiteral("broken.json")), &issues);
    QVERIFY(errorsOf(issues).constFirst().contains(QLatin1String("is not valid JSON")));
    issues.clear();
    const QString array = m_dir.filePath(QStringLiteral("array.json"));
    QVERIFY(writeFile(array, "[]"));
    MonitorConfig::fromFile(array, &issues);
    QVERIFY(errorsOf(issues).constFirst().contains(QLatin1String("must hold a JSON object")));
}

void TestMonitorConfig::equalityForReload()
{
    // what a reload compares to keep a connection: every setting, not the profile's file name
    QList<ConfigIssue> issues;
    const char *text =
        R"({"targets": [{"name": "a", "url": "ws://a.example/", "labels": {"env": "x"}}]})";
    const TargetConfig one =
        MonitorConfig::fromJson(json(text), m_dir.path(), &issues).targets.at(0);
    TargetConfig same = MonitorConfig::fromJson(json(text), m_dir.path(), &issues).targets.at(0);
    same.profileSource = QStringLiteral("elsewhere");
    QCOMPARE(one, same);
    TargetConfig otherLabel = one;
    otherLabel.labels.first().second = QStringLiteral("y");
    QVERIFY(one != otherLabel);
    TargetConfig otherHeartbeat = one;
    otherHeartbeat.connection.heartbeat.intervalMs += 1;
    QVERIFY(one != otherHeartbeat);
}

QTEST_GUILESS_MAIN(TestMonitorConfig)
#include "tst_monitorconfig.moc"
