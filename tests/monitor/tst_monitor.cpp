// Monitor with real servers on 127.0.0.1: targets connect and report (up,
// RTT, counters), a lost connection and recovery are counted, what the
// client gives up on is retried, Phoenix topics stay joined (refusals,
// crashes, closes, pushes); and reload semantics: added targets start,
// removed ones close with 1001, changed ones restart, unchanged ones keep
// their connection and counters, a bad config changes nothing; shutdown
// closes everything with 1001.
#include "expositionparser.h"
#include "monitor.h"
#include "server/demoserver.h"
#include "targetrunner.h"

#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using namespace maxmon::monitor;
using maxmon::test::ExpositionParser;
using maxmon::testing::ScriptedServer;

namespace {

// A quick heartbeat, so that RTT samples come within a test's patience.
const QJsonObject quickProfile {
    { QStringLiteral("heartbeat"),
      QJsonObject { { QStringLiteral("interval_ms"), 50 },
                    { QStringLiteral("timeout_ms"), 1000 },
                    { QStringLiteral("adaptive"), false } } },
    { QStringLiteral("reconnect"),
      QJsonObject { { QStringLiteral("initial_delay_ms"), 50 },
                    { QStringLiteral("max_delay_ms"), 200 } } },
};

QJsonObject target(const QString &name, const QUrl &url, const QJsonObject &extra = {})
{
    QJsonObject object { { QStringLiteral("name"), name },
                         { QStringLiteral("url"), url.toString() },
                         { QStringLiteral("profile"), quickProfile } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

MonitorConfig config(const QJsonArray &targets)
{
    QList<ConfigIssue> issues;
    MonitorConfig config = MonitorConfig::fromJson(
        QJsonObject { { QStringLiteral("listen"), QStringLiteral("127.0.0.1:0") },
                      { QStringLiteral("targets"), targets } },
        QString(), &issues);
    if (ConfigIssue::hasErrors(issues))
        qWarning() << "bad test config:" << issues.constFirst().toString();
    return config;
}

Labels of(const QString &targetName, const Labels &more = {})
{
    return Labels { { QStringLiteral("target"), targetName } } + more;
}

// One value of the monitor's /metrics (0.0.4), or -1 when it has no such series.
double metric(Monitor &monitor, const QString &name, const Labels &labels)
{
    const ExpositionParser::Exposition read = ExpositionParser::parse(
        monitor.scrape(ExpositionFormat::PrometheusText), ExpositionParser::Format::PrometheusText);
    if (!read.errors.isEmpty())
        qWarning() << read.errors;
    return read.value(name, labels).value_or(-1);
}

bool hasTarget(Monitor &monitor, const QString &name)
{
    return monitor.scrape(ExpositionFormat::PrometheusText)
        .contains("target=\"" + name.toUtf8() + '"');
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void targetsConnectAndReport();
    void lostConnectionAndRecovery();
    void finalFailuresAreRetried();
    void cleanCloseByTheServerIsRetried();
    void phoenixTopicsStayJoined();
    void reloadSemantics();
    void badReloadKeepsTheConfigInForce();
    void shutdownClosesWith1001();
    void listenerThatCannotListen();

private:
    ScriptedServer *m_server = nullptr;
    std::unique_ptr<Monitor> m_monitor;
};

void TestMonitor::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_monitor = std::make_unique<Monitor>();
}

void TestMonitor::cleanup()
{
    m_monitor.reset();
    delete m_server;
}

void TestMonitor::targetsConnectAndReport()
{
    QVERIFY(m_monitor->apply(
        config({ target(QStringLiteral("a"), m_server->url(),
                        { { QStringLiteral("labels"),
                            QJsonObject { { QStringLiteral("env"), QStringLiteral("test") } } } }),
                 target(QStringLiteral("b"), m_server->url()) })));
    QVERIFY(m_monitor->port() != 0);
    const Labels a = of(QStringLiteral("a"), { { QStringLiteral("env"), QStringLiteral("test") } });
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), a), 1.0);
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), of(QStringLiteral("b"))), 1.0);
    QCOMPARE(m_server->connectionCount(), 2);
    QTRY_VERIFY(metric(*m_monitor, QStringLiteral("maxmon_rtt_seconds_count"), a) >= 3);
    QVERIFY(metric(*m_monitor, QStringLiteral("maxmon_rtt_seconds_sum"), a) > 0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_connects_total"), a), 1.0);
    QVERIFY(metric(*m_monitor, QStringLiteral("maxmon_handshake_duration_seconds"), a) > 0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_monitor_targets"), {}), 2.0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_state"),
                    a + Labels { { QStringLiteral("state"), QStringLiteral("connected") } }),
             1.0);

    // what a target sends and receives is counted (payload bytes)
    TargetRunner *runner = m_monitor->runner(QStringLiteral("a"));
    QVERIFY(runner->client()->sendText(QStringLiteral("hello")));
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_messages_received_total"), a), 1.0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_received_bytes_total"), a), 5.0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_messages_sent_total"), a), 1.0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_sent_bytes_total"), a), 5.0);
}

void TestMonitor::lostConnectionAndRecovery()
{
    QVERIFY(m_monitor->apply(config({ target(QStringLiteral("a"), m_server->url()) })));
    const Labels a = of(QStringLiteral("a"));
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), a), 1.0);
    const quint16 port = m_server->port();

    m_server->stop(); // connections reset, nothing listening: a crashed server
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), a), 0.0);
    QTRY_COMPARE(
        metric(*m_monitor, QStringLiteral("maxmon_disconnects_total"),
               a + Labels { { QStringLiteral("reason"), QStringLiteral("connection_lost") } }),
        1.0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_last_close_code"), a), 1006.0);
    QTRY_VERIFY(
        metric(*m_monitor, QStringLiteral("maxmon_connect_failures_total"),
               a + Labels { { QStringLiteral("reason"), QStringLiteral("connection_refused") } })
        >= 1);

    QVERIFY(m_server->listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(metric(*m_monitor, QStringLiteral("maxmon_up"), a), 1.0, 10000);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_connects_total"), a), 2.0);
    QVERIFY(metric(*m_monitor, QStringLiteral("maxmon_reconnect_attempts_total"), a) >= 1);
}

void TestMonitor::finalFailuresAreRetried()
{
    // a 404 is final for the client; the monitor tries again, after 1 s
    QVERIFY(m_monitor->apply(
        config({ target(QStringLiteral("gone"), m_server->url(QStringLiteral("/reject/404"))) })));
    const Labels failures =
        of(QStringLiteral("gone"), { { QStringLiteral("reason"), QStringLiteral("not_found") } });
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_connect_failures_total"), failures),
                 1.0);
    QCOMPARE(m_monitor->runner(QStringLiteral("gone"))->state(), ConnectionState::Error);
    QTRY_VERIFY_WITH_TIMEOUT(
        metric(*m_monitor, QStringLiteral("maxmon_connect_failures_total"), failures) >= 2, 10000);
    QVERIFY(metric(*m_monitor, QStringLiteral("maxmon_reconnect_attempts_total"),
                   of(QStringLiteral("gone")))
            >= 1);
}

void TestMonitor::cleanCloseByTheServerIsRetried()
{
    QVERIFY(m_monitor->apply(config({ target(
        QStringLiteral("closer"), m_server->url(QStringLiteral("/close/1000?after=100"))) })));
    const Labels closer = of(QStringLiteral("closer"));
    QTRY_VERIFY_WITH_TIMEOUT(
        metric(*m_monitor, QStringLiteral("maxmon_connects_total"), closer) >= 2, 10000);
    QVERIFY(
        metric(*m_monitor, QStringLiteral("maxmon_disconnects_total"),
               closer + Labels { { QStringLiteral("reason"), QStringLiteral("server_closed") } })
        >= 1);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_last_close_code"), closer), 1000.0);
}

void TestMonitor::phoenixTopicsStayJoined()
{
    DemoServer demo;
    QVERIFY(demo.listen());
    QUrl url = demo.url();
    url.setPath(QStringLiteral("/socket"));
    const auto topic = [](const char *name, const char *event, int intervalMs) {
        return QJsonObject { { QStringLiteral("topic"), QString::fromLatin1(name) },
                             { QStringLiteral("push"),
                               QJsonObject {
                                   { QStringLiteral("event"), QString::fromLatin1(event) },
                                   { QStringLiteral("interval_ms"), intervalMs } } } };
    };
    const QJsonArray topics { QStringLiteral("private:ops"), topic("room:lobby", "ping", 100),
                              topic("room:crashy", "crash", 300),
                              topic("room:closing", "stop", 300) };
    QVERIFY(m_monitor->apply(
        config({ target(QStringLiteral("chat"), url, { { QStringLiteral("topics"), topics } }) })));
    const auto onTopic = [](const char *name, const Labels &more = {}) {
        return of(QStringLiteral("chat"),
                  Labels { { QStringLiteral("topic"), QString::fromLatin1(name) } } + more);
    };
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), of(QStringLiteral("chat"))), 1.0);
    QTRY_COMPARE(
        metric(*m_monitor, QStringLiteral("maxmon_phoenix_channel_joined"), onTopic("room:lobby")),
        1.0);
    // the periodic push and its replies
    QTRY_VERIFY(metric(*m_monitor, QStringLiteral("maxmon_phoenix_push_replies_total"),
                       onTopic("room:lobby",
                               { { QStringLiteral("event"), QStringLiteral("ping") },
                                 { QStringLiteral("status"), QStringLiteral("ok") } }))
                >= 3);
    QVERIFY(metric(*m_monitor, QStringLiteral("maxmon_phoenix_push_reply_duration_seconds_count"),
                   onTopic("room:lobby", { { QStringLiteral("event"), QStringLiteral("ping") } }))
            >= 3);
    // private:* needs a token this target does not have: refused, and retried
    QTRY_VERIFY_WITH_TIMEOUT(
        metric(*m_monitor, QStringLiteral("maxmon_phoenix_join_failures_total"),
               onTopic("private:ops",
                       { { QStringLiteral("reason"), QStringLiteral("unauthorized") } }))
            >= 2,
        10000);
    QCOMPARE(
        metric(*m_monitor, QStringLiteral("maxmon_phoenix_channel_joined"), onTopic("private:ops")),
        0.0);
    // "crash" makes the server's channel crash (phx_error): counted, then rejoined
    QTRY_VERIFY(metric(*m_monitor, QStringLiteral("maxmon_phoenix_channel_crashes_total"),
                       onTopic("room:crashy"))
                >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        metric(*m_monitor, QStringLiteral("maxmon_phoenix_joins_total"), onTopic("room:crashy"))
            >= 2,
        10000);
    // "stop" makes the server close the channel (phx_close): the keeper joins a new one
    QTRY_VERIFY_WITH_TIMEOUT(
        metric(*m_monitor, QStringLiteral("maxmon_phoenix_joins_total"), onTopic("room:closing"))
            >= 2,
        10000);
    // Phoenix heartbeats are RTT samples too
    QCOMPARE(
        metric(*m_monitor, QStringLiteral("maxmon_connects_total"), of(QStringLiteral("chat"))),
        1.0);
}

void TestMonitor::reloadSemantics()
{
    QVERIFY(m_monitor->apply(config({ target(QStringLiteral("keep"), m_server->url()),
                                      target(QStringLiteral("drop"), m_server->url()),
                                      target(QStringLiteral("change"), m_server->url()) })));
    for (const char *name : { "keep", "drop", "change" })
        QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), of(QString::fromLatin1(name))),
                     1.0);
    WebSocketClient *kept = m_monitor->runner(QStringLiteral("keep"))->client();
    QSignalSpy keptStates(kept, &WebSocketClient::stateChanged);
    QTRY_VERIFY(
        metric(*m_monitor, QStringLiteral("maxmon_rtt_seconds_count"), of(QStringLiteral("keep")))
        >= 2);
    const double keptSamples =
        metric(*m_monitor, QStringLiteral("maxmon_rtt_seconds_count"), of(QStringLiteral("keep")));

    QVERIFY(m_monitor->apply(
        config({ target(QStringLiteral("keep"), m_server->url()),
                 target(QStringLiteral("change"), m_server->url(),
                        { { QStringLiteral("labels"),
                            QJsonObject { { QStringLiteral("env"), QStringLiteral("new") } } } }),
                 target(QStringLiteral("add"), m_server->url()) })));
    // removed and changed targets close with 1001 (Going away)
    QTRY_COMPARE(m_server->closeCodes(), QList<int>({ 1001, 1001 }));
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), of(QStringLiteral("add"))), 1.0);
    QTRY_COMPARE(
        metric(*m_monitor, QStringLiteral("maxmon_up"),
               of(QStringLiteral("change"), { { QStringLiteral("env"), QStringLiteral("new") } })),
        1.0);
    QVERIFY(!hasTarget(*m_monitor, QStringLiteral("drop")));
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_monitor_targets"), {}), 3.0);
    // the unchanged one kept its connection, its client and its counters
    QCOMPARE(m_monitor->runner(QStringLiteral("keep"))->client(), kept);
    QCOMPARE(keptStates.count(), 0);
    QCOMPARE(kept->state(), ConnectionState::Connected);
    QCOMPARE(
        metric(*m_monitor, QStringLiteral("maxmon_connects_total"), of(QStringLiteral("keep"))),
        1.0);
    QVERIFY(
        metric(*m_monitor, QStringLiteral("maxmon_rtt_seconds_count"), of(QStringLiteral("keep")))
        >= keptSamples);
    QCOMPARE(m_server->connectionCount(), 3);
}

void TestMonitor::badReloadKeepsTheConfigInForce()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("monitor.json"));
    const auto write = [&file](const QByteArray &content) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(content) > 0;
    };
    const QByteArray good =
        QJsonDocument(
            QJsonObject { { QStringLiteral("listen"), QStringLiteral("127.0.0.1:0") },
                          { QStringLiteral("targets"),
                            QJsonArray { target(QStringLiteral("a"), m_server->url()) } } })
            .toJson();
    QVERIFY(write(good));
    QList<ConfigIssue> issues;
    QVERIFY(m_monitor->reload(file, &issues));
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), of(QStringLiteral("a"))), 1.0);
    WebSocketClient *client = m_monitor->runner(QStringLiteral("a"))->client();

    QVERIFY(write(R"({"listen": "127.0.0.1:0", "targets": [], "typo": 1})"));
    issues.clear();
    const Result<void> refused = m_monitor->reload(file, &issues);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(file));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().path, QStringLiteral("typo"));
    // nothing changed
    QCOMPARE(m_monitor->runner(QStringLiteral("a"))->client(), client);
    QCOMPARE(client->state(), ConnectionState::Connected);
    const Labels failure { { QStringLiteral("result"), QStringLiteral("failure") } };
    const Labels success { { QStringLiteral("result"), QStringLiteral("success") } };
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_monitor_config_reloads_total"), failure),
             1.0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_monitor_config_last_reload_successful"), {}),
             0.0);

    QVERIFY(write(good));
    issues.clear();
    QVERIFY(m_monitor->reload(file, &issues));
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_monitor_config_reloads_total"), success),
             2.0);
    QCOMPARE(metric(*m_monitor, QStringLiteral("maxmon_monitor_config_last_reload_successful"), {}),
             1.0);
    QCOMPARE(m_monitor->runner(QStringLiteral("a"))->client(), client); // unchanged: kept
}

void TestMonitor::shutdownClosesWith1001()
{
    QVERIFY(m_monitor->apply(
        config({ target(QStringLiteral("a"), m_server->url()),
                 target(QStringLiteral("b"), m_server->url()),
                 target(QStringLiteral("down"), QUrl(QStringLiteral("ws://127.0.0.1:1/"))) })));
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), of(QStringLiteral("a"))), 1.0);
    QTRY_COMPARE(metric(*m_monitor, QStringLiteral("maxmon_up"), of(QStringLiteral("b"))), 1.0);
    QSignalSpy finished(m_monitor.get(), &Monitor::finished);
    m_monitor->shutdown();
    QTRY_COMPARE(finished.count(), 1);
    QTRY_COMPARE(m_server->closeCodes(), QList<int>({ 1001, 1001 }));
    QCOMPARE(m_monitor->closingCount(), 0);
    QVERIFY(!hasTarget(*m_monitor, QStringLiteral("a")));
    QVERIFY(!hasTarget(*m_monitor, QStringLiteral("down")));
}

void TestMonitor::listenerThatCannotListen()
{
    QVERIFY(m_monitor->apply(config({})));
    Monitor second;
    second.setListenOverride(QHostAddress(QHostAddress::LocalHost), m_monitor->port());
    const Result<void> applied =
        second.apply(config({ target(QStringLiteral("a"), m_server->url()) }));
    QVERIFY(!applied);
    QCOMPARE(applied.error().code(), Error::Code::NetworkError);
    QVERIFY2(applied.error().message().contains(QString::number(m_monitor->port())),
             qPrintable(applied.error().message()));
    QVERIFY(second.runners().isEmpty()); // nothing started
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
