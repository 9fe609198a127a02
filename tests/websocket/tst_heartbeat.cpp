// Heartbeat: driven directly through a fake transport (timing, stale and
// duplicate answers, dead-link rules, adaptive interval), then through
// WebSocketClient against real servers, directly and through a FaultProxy.
#include <maxmon/heartbeat.h>
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <limits>

using namespace maxmon;
using namespace maxmon::testing;
using State = ConnectionState;

namespace {

HeartbeatConfig fixedConfig(int intervalMs, int timeoutMs, int maxMissed = 2)
{
    HeartbeatConfig config;
    config.intervalMs = intervalMs;
    config.timeoutMs = timeoutMs;
    config.maxMissed = maxMissed;
    config.adaptive = false;
    return config;
}

// Stands in for a socket: records every probe and answers (or not) as the
// test says.
struct FakeTransport
{
    enum class Mode { Silent, TrafficOnly, AnswerAtOnce, AnswerAfterDelay };

    explicit FakeTransport(Heartbeat *target)
        : heartbeat(target)
    {
        heartbeat->setProbeSender([this](quint64 sequence) { onProbe(sequence); });
    }

    void onProbe(quint64 sequence)
    {
        sent.append(sequence);
        switch (mode) {
        case Mode::Silent:
            break;
        case Mode::TrafficOnly: // other messages keep arriving, probes are not answered
            heartbeat->trafficReceived();
            break;
        case Mode::AnswerAtOnce:
            heartbeat->trafficReceived();
            heartbeat->pongReceived(Heartbeat::pingPayload(sequence));
            break;
        case Mode::AnswerAfterDelay: {
            const int delay = delaysMs.isEmpty() ? 0 : delaysMs.at(sent.size() % delaysMs.size());
            QTimer::singleShot(delay, Qt::PreciseTimer, heartbeat, [this, sequence] {
                heartbeat->trafficReceived();
                heartbeat->probeAnswered(sequence);
            });
            break;
        }
        }
    }

    Heartbeat *heartbeat;
    Mode mode = Mode::Silent;
    QList<int> delaysMs;
    QList<quint64> sent;
};

ConnectionConfig clientConfig(const QUrl &url, const HeartbeatConfig &heartbeat)
{
    ConnectionConfig config;
    config.url = url;
    config.reconnect.enabled = false;
    config.connectTimeoutMs = 3000;
    config.heartbeat = heartbeat;
    return config;
}

QList<double> doublesOf(const QSignalSpy &spy)
{
    QList<double> values;
    for (const QList<QVariant> &args : spy)
        values.append(args.at(0).toDouble());
    return values;
}

QList<int> intsOf(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &args : spy)
        values.append(args.at(0).toInt());
    return values;
}

} // namespace

class TestHeartbeat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // the heartbeat alone, with a fake transport
    void pingPayload_data();
    void pingPayload();
    void measuresRoundTripTimes();
    void ignoresUnsolicitedDuplicateAndLateAnswers();
    void deadAfterMaxMissedWhenTheLinkFallsQuiet();
    void lossesWhileDataArrivesDoNotKillTheLink();
    void deadWhenTheLinkStaysSilent();
    void answersBetweenLossesKeepTheLinkAlive();
    void adaptiveIntervalFallsUnderLossAndRisesWhenStable();
    void jitterShortensTheInterval();
    void restartArchivesStatsAndNeverReusesSequences();
    void stopSilencesEverything();
    void doesNothingWhenDisabledOrWithoutSender();

    // through WebSocketClient against real servers
    void clientSamplesLatencyFromPongs();
    void rttThroughAProxyWithLatency();
    void blackholedLinkIsDeclaredDead();
    void applicationProbeThroughTheClient();
    void reconnectKeepsEarlierConnections();
};

void TestHeartbeat::pingPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("sequence");

    QTest::newRow("ours") << Heartbeat::pingPayload(42) << true << quint64(42);
    QTest::newRow("largest") << Heartbeat::pingPayload(std::numeric_limits<quint64>::max()) << true
                             << std::numeric_limits<quint64>::max();
    QTest::newRow("empty") << QByteArray() << false << quint64(0);
    QTest::newRow("foreign") << QByteArray("keepalive") << false << quint64(0);
    QTest::newRow("prefix only") << QByteArray("maxmon-hb:") << false << quint64(0);
    QTest::newRow("sign") << QByteArray("maxmon-hb:-1") << false << quint64(0);
    QTest::newRow("trailing junk") << QByteArray("maxmon-hb:12x") << false << quint64(0);
    QTest::newRow("overflow") << QByteArray("maxmon-hb:99999999999999999999") << false
                              << quint64(0);
}

void TestHeartbeat::pingPayload()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, valid);
    QFETCH(quint64, sequence);

    QVERIFY(payload.size() <= 125);
    const std::optional<quint64> decoded = Heartbeat::sequenceFromPingPayload(payload);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, sequence);
}

void TestHeartbeat::measuresRoundTripTimes()
{
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::AnswerAfterDelay;
    transport.delaysMs = { 30 };
    QSignalSpy samples(&heartbeat, &Heartbeat::latencySampled);
    QSignalSpy lost(&heartbeat, &Heartbeat::probeLost);

    QElapsedTimer elapsed;
    elapsed.start();
    heartbeat.start(fixedConfig(40, 2000));
    QVERIFY(heartbeat.isRunning());
    QTRY_VERIFY(samples.size() >= 5);
    heartbeat.stop();
    const double bound = static_cast<double>(elapsed.elapsed());

    for (double rtt : doublesOf(samples)) {
        QVERIFY2(rtt >= 30.0, qPrintable(QString::number(rtt))); // answered 30 ms later
        QVERIFY2(rtt <= bound, qPrintable(QString::number(rtt)));
    }
    QCOMPARE(lost.size(), 0);
    const HeartbeatStatus status = heartbeat.status();
    QCOMPARE(status.probesAnswered, static_cast<qint64>(samples.size()));
    QCOMPARE(status.stats.totalSamples, static_cast<qint64>(samples.size()));
    QVERIFY(status.stats.minMs >= 30.0);
    QCOMPARE(status.lastRttMs, samples.constLast().at(0).toDouble());
    QCOMPARE(status.intervalMs, 40);
    QVERIFY(status.intervalChanges.isEmpty()); // not adaptive
}

void TestHeartbeat::ignoresUnsolicitedDuplicateAndLateAnswers()
{
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::TrafficOnly;
    QSignalSpy samples(&heartbeat, &Heartbeat::latencySampled);
    QSignalSpy lost(&heartbeat, &Heartbeat::probeLost);
    QSignalSpy dead(&heartbeat, &Heartbeat::linkDead);

    QElapsedTimer elapsed;
    elapsed.start();
    // a generous timeout: the first probe must still be waiting when answered
    heartbeat.start(fixedConfig(60, 500, 1000));
    QTRY_VERIFY(!transport.sent.isEmpty());
    const quint64 first = transport.sent.constFirst();
    const int outstanding = heartbeat.status().outstanding;

    // unsolicited: not our payload, sequence 0, or a probe never sent
    heartbeat.pongReceived(QByteArray());
    heartbeat.pongReceived(QByteArray("server keep-alive"));
    heartbeat.pongReceived(Heartbeat::pingPayload(first + 1000));
    heartbeat.probeAnswered(0);
    heartbeat.probeAnswered(first + 5);
    QCOMPARE(samples.size(), 0);
    QCOMPARE(heartbeat.status().outstanding, outstanding);

    // the real answer, then the same answer again
    heartbeat.pongReceived(Heartbeat::pingPayload(first));
    QCOMPARE(samples.size(), 1);
    const double rtt = samples.constFirst().at(0).toDouble();
    heartbeat.pongReceived(Heartbeat::pingPayload(first));
    heartbeat.probeAnswered(first);
    QCOMPARE(samples.size(), 1);

    // a probe left unanswered is lost; its answer arriving later is stale
    QTRY_VERIFY(!lost.isEmpty());
    const quint64 lostSequence = lost.constFirst().at(0).value<quint64>();
    QVERIFY(lostSequence > first);
    heartbeat.probeAnswered(lostSequence);
    heartbeat.stop();

    const HeartbeatStatus status = heartbeat.status();
    QCOMPARE(status.unsolicitedAnswers, 5);
    QCOMPARE(status.duplicateAnswers, 2);
    QCOMPARE(status.lateAnswers, 1);
    QCOMPARE(samples.size(), 1);
    QCOMPARE(status.probesAnswered, 1);
    QCOMPARE(status.stats.totalSamples, 1);
    QCOMPARE(status.stats.minMs, rtt);
    QCOMPARE(status.stats.maxMs, rtt);
    QCOMPARE(status.lastRttMs, rtt);
    QVERIFY(rtt <= static_cast<double>(elapsed.elapsed()));
    QCOMPARE(status.probesLost, static_cast<qint64>(lost.size()));
    QCOMPARE(status.stats.totalLost, status.probesLost);
    QCOMPARE(dead.size(), 0);
    QVERIFY(heartbeat.status()
                .toTextLines()
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("5 unsolicited, 2 duplicate, 1 late")));
}

void TestHeartbeat::deadAfterMaxMissedWhenTheLinkFallsQuiet()
{
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::TrafficOnly;
    QSignalSpy lost(&heartbeat, &Heartbeat::probeLost);
    QSignalSpy dead(&heartbeat, &Heartbeat::linkDead);
    QSignalSpy intervals(&heartbeat, &Heartbeat::intervalChanged);

    // Something arrives as each probe goes out (so no probe meets silence),
    // then nothing for the probe's whole timeout: the link has fallen quiet.
    heartbeat.start(fixedConfig(100, 40, 3));
    QTRY_COMPARE(dead.size(), 1);
    QCOMPARE(lost.size(), 3);
    QVERIFY(!heartbeat.isRunning());
    const Error error = dead.constFirst().at(0).value<Error>();
    QCOMPARE(error.code(), Error::Code::HeartbeatTimeout);
    QCOMPARE(error.context().value(QLatin1String("rule")).toString(), QStringLiteral("missed"));
    QCOMPARE(error.context().value(QLatin1String("missedProbes")).toInt(), 3);
    QCOMPARE(error.context().value(QLatin1String("timeoutMs")).toInt(), 40);
    QVERIFY2(error.message().contains(QLatin1String("3 heartbeat probe")),
             qPrintable(error.message()));
    QVERIFY2(error.message().contains(QLatin1String("40 ms")), qPrintable(error.message()));
    QVERIFY2(error.detail().contains(QLatin1String("no probe was ever answered")),
             qPrintable(error.detail()));
    QCOMPARE(intervals.size(), 0); // not adaptive
    QCOMPARE(heartbeat.status().lostWhileReceiving, 0);

    // dead means stopped: nothing more goes out
    const qsizetype sentAtDeath = transport.sent.size();
    QTest::qWait(100);
    QCOMPARE(transport.sent.size(), sentAtDeath);
    QCOMPARE(dead.size(), 1);
    QCOMPARE(heartbeat.health().level, ConnectionHealth::Level::Bad);
}

void TestHeartbeat::lossesWhileDataArrivesDoNotKillTheLink()
{
    // A peer that sends faster than the client reads queues its pongs behind
    // the data: the probes time out while messages keep arriving.
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::TrafficOnly;
    QSignalSpy lost(&heartbeat, &Heartbeat::probeLost);
    QSignalSpy dead(&heartbeat, &Heartbeat::linkDead);

    heartbeat.start(fixedConfig(20, 200, 2));
    QTRY_VERIFY(lost.size() >= 4);
    QCOMPARE(dead.size(), 0);
    QVERIFY(heartbeat.isRunning());
    const HeartbeatStatus status = heartbeat.status();
    QCOMPARE(status.lostWhileReceiving, status.probesLost);
    QCOMPARE(status.consecutiveLost, 0);
    QCOMPARE(status.health.level, ConnectionHealth::Level::Bad); // every probe lost
    QVERIFY2(status.toTextLines()
                 .join(QLatin1Char('\n'))
                 .contains(QLatin1String("Lost while data arrived")),
             qPrintable(status.toTextLines().join(QLatin1Char('\n'))));
    QCOMPARE(status.toJson().value(QLatin1String("probes_lost_while_receiving")).toInteger(),
             status.probesLost);

    // the data stops: the probes still out meet silence, and the link is dead
    transport.mode = FakeTransport::Mode::Silent;
    QTRY_COMPARE(dead.size(), 1);
}

void TestHeartbeat::deadWhenTheLinkStaysSilent()
{
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::Silent;
    QSignalSpy lost(&heartbeat, &Heartbeat::probeLost);
    QSignalSpy dead(&heartbeat, &Heartbeat::linkDead);

    QElapsedTimer elapsed;
    elapsed.start();
    heartbeat.start(fixedConfig(100, 80, 5));
    QTRY_COMPARE(dead.size(), 1);
    QVERIFY(elapsed.elapsed() >= 180); // one interval to the probe, then its full timeout
    QCOMPARE(lost.size(), 1); // silence is fatal at the first loss, whatever maxMissed says
    const Error error = dead.constFirst().at(0).value<Error>();
    QCOMPARE(error.code(), Error::Code::HeartbeatTimeout);
    QCOMPARE(error.context().value(QLatin1String("rule")).toString(), QStringLiteral("silence"));
    QVERIFY(error.context().value(QLatin1String("silentMs")).toInt() >= 80);
    QVERIFY2(error.message().contains(QLatin1String("nothing at all was received")),
             qPrintable(error.message()));
}

void TestHeartbeat::answersBetweenLossesKeepTheLinkAlive()
{
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    // answer every third probe only: never three losses in a row
    heartbeat.setProbeSender([&](quint64 sequence) {
        transport.sent.append(sequence);
        heartbeat.trafficReceived();
        if (transport.sent.size() % 3 == 0)
            heartbeat.probeAnswered(sequence);
    });
    QSignalSpy lost(&heartbeat, &Heartbeat::probeLost);
    QSignalSpy dead(&heartbeat, &Heartbeat::linkDead);

    heartbeat.start(fixedConfig(20, 30, 3));
    QTRY_VERIFY(lost.size() >= 6);
    QCOMPARE(dead.size(), 0);
    const HeartbeatStatus status = heartbeat.status();
    QVERIFY(status.probesAnswered >= 2);
    QVERIFY(status.consecutiveLost <= 2);
    QVERIFY(status.stats.lossRatio > 0.5);
    QCOMPARE(status.health.level, ConnectionHealth::Level::Bad); // over 10 % lost
    heartbeat.stop();
}

void TestHeartbeat::adaptiveIntervalFallsUnderLossAndRisesWhenStable()
{
    HeartbeatConfig config;
    config.intervalMs = 80;
    config.minIntervalMs = 20;
    config.maxIntervalMs = 160;
    config.timeoutMs = 40;
    config.maxMissed = 1000;
    config.adaptive = true;

    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::TrafficOnly;
    QSignalSpy intervals(&heartbeat, &Heartbeat::intervalChanged);
    QSignalSpy dead(&heartbeat, &Heartbeat::linkDead);

    heartbeat.start(config);
    QCOMPARE(heartbeat.intervalMs(), 80);
    QTRY_COMPARE(heartbeat.intervalMs(), 20);
    QList<int> falling = intsOf(intervals);
    QCOMPARE(falling, (QList<int> { 40, 20 }));
    for (const QList<QVariant> &args : std::as_const(intervals))
        QVERIFY2(args.at(1).toString().contains(QLatin1String("lost")),
                 qPrintable(args.at(1).toString()));
    // losses at the minimum go no lower
    const int lostBefore = static_cast<int>(heartbeat.status().probesLost);
    QTRY_VERIFY(heartbeat.status().probesLost >= lostBefore + 2);
    QCOMPARE(heartbeat.intervalMs(), 20);

    transport.mode = FakeTransport::Mode::AnswerAtOnce;
    // probes sent before the switch are still lost: let them go first
    QTRY_COMPARE(heartbeat.status().outstanding, 0);
    QCOMPARE(heartbeat.intervalMs(), 20);
    intervals.clear();
    QTRY_COMPARE_WITH_TIMEOUT(heartbeat.intervalMs(), 160, 10000);
    const QList<int> rising = intsOf(intervals);
    QVERIFY(!rising.isEmpty());
    int previous = 20;
    for (int value : rising) {
        QVERIFY2(value > previous && value <= 160, qPrintable(QString::number(value)));
        previous = value;
    }
    for (const QList<QVariant> &args : std::as_const(intervals))
        QVERIFY2(args.at(1).toString().contains(QLatin1String("stable")),
                 qPrintable(args.at(1).toString()));
    // steady answers at the maximum go no higher
    const qint64 answeredBefore = heartbeat.status().probesAnswered;
    QTRY_VERIFY(heartbeat.status().probesAnswered >= answeredBefore + 5);
    QCOMPARE(heartbeat.intervalMs(), 160);

    // every change is in the status, with its reason
    const HeartbeatStatus status = heartbeat.status();
    QCOMPARE(status.intervalChanges.size(), falling.size() + rising.size());
    QCOMPARE(status.intervalChanges.constLast().toMs, 160);
    QVERIFY(status.intervalChanges.constFirst().reason.contains(QLatin1String("lost")));
    QVERIFY(status.toTextLines().join(QLatin1Char('\n')).contains(QLatin1String("-> 160 ms")));
    QCOMPARE(dead.size(), 0);
    heartbeat.stop();
}

void TestHeartbeat::jitterShortensTheInterval()
{
    HeartbeatConfig config;
    config.intervalMs = 150;
    config.minIntervalMs = 50;
    config.maxIntervalMs = 150;
    config.timeoutMs = 1000;
    config.adaptive = true;

    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::AnswerAfterDelay;
    transport.delaysMs = { 1, 90 }; // RTT swings by ~90 ms every probe
    QSignalSpy intervals(&heartbeat, &Heartbeat::intervalChanged);

    heartbeat.start(config);
    QTRY_VERIFY(!intervals.isEmpty());
    QCOMPARE(intervals.constFirst().at(0).toInt(), 100);
    const QString reason = intervals.constFirst().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("jitter")), qPrintable(reason));
    QTRY_COMPARE(heartbeat.intervalMs(), 50);
    for (int value : intsOf(intervals))
        QVERIFY(value >= 50 && value <= 150);
    heartbeat.stop();
}

void TestHeartbeat::restartArchivesStatsAndNeverReusesSequences()
{
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    transport.mode = FakeTransport::Mode::AnswerAtOnce;
    QSignalSpy samples(&heartbeat, &Heartbeat::latencySampled);

    heartbeat.start(fixedConfig(10, 1000));
    QTRY_VERIFY(samples.size() >= 3);
    heartbeat.stop();
    const qint64 firstRun = heartbeat.status().probesAnswered;
    const quint64 lastSequence = transport.sent.constLast();

    heartbeat.start(fixedConfig(10, 1000));
    QCOMPARE(heartbeat.stats().sampleCount(), 0);
    QCOMPARE(heartbeat.status().probesSent, 0);
    QCOMPARE(heartbeat.health().level, ConnectionHealth::Level::Unknown);
    QCOMPARE(heartbeat.stats().history().size(), 1);
    QCOMPARE(heartbeat.stats().history().constFirst().totalSamples, firstRun);
    QTRY_VERIFY(transport.sent.constLast() > lastSequence);
    // an answer to a probe of the previous run is stale, not a sample
    heartbeat.probeAnswered(lastSequence);
    QCOMPARE(heartbeat.status().lateAnswers, 1);
    heartbeat.stop();
}

void TestHeartbeat::stopSilencesEverything()
{
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    QSignalSpy dead(&heartbeat, &Heartbeat::linkDead);
    QSignalSpy lost(&heartbeat, &Heartbeat::probeLost);

    heartbeat.start(fixedConfig(30, 1000));
    QTRY_VERIFY(!transport.sent.isEmpty());
    heartbeat.stop();
    QVERIFY(!heartbeat.isRunning());
    const qsizetype sentAtStop = transport.sent.size();
    heartbeat.probeAnswered(transport.sent.constFirst());
    QTest::qWait(100);
    QCOMPARE(transport.sent.size(), sentAtStop);
    QCOMPARE(lost.size(), 0);
    QCOMPARE(dead.size(), 0);
    QCOMPARE(heartbeat.stats().sampleCount(), 0);
}

void TestHeartbeat::doesNothingWhenDisabledOrWithoutSender()
{
    HeartbeatConfig disabled = fixedConfig(10, 20);
    disabled.enabled = false;
    Heartbeat heartbeat;
    FakeTransport transport(&heartbeat);
    heartbeat.start(disabled);
    QVERIFY(!heartbeat.isRunning());
    QVERIFY(!heartbeat.status().enabled);
    QVERIFY(heartbeat.status().toTextLines().constFirst().contains(QLatin1String("off")));

    Heartbeat orphan;
    orphan.start(fixedConfig(10, 20));
    QVERIFY(!orphan.isRunning());
    QVERIFY(orphan.status().enabled);
    QVERIFY(!orphan.status().note.isEmpty());
    QTest::qWait(50);
    QCOMPARE(transport.sent.size(), 0);
}

void TestHeartbeat::clientSamplesLatencyFromPongs()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    WebSocketClient client(clientConfig(server.url(), fixedConfig(50, 2000)));
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);
    QSignalSpy lost(&client, &WebSocketClient::probeLost);
    QSignalSpy health(&client, &WebSocketClient::healthChanged);
    QSignalSpy received(&client, &WebSocketClient::messageReceived);

    QVERIFY(client.open());
    QTRY_VERIFY(samples.size() >= 3);
    for (double rtt : doublesOf(samples))
        QVERIFY(rtt > 0 && rtt < 2000);
    QCOMPARE(lost.size(), 0);
    QTRY_COMPARE(client.diagnostics().heartbeat.health.level, ConnectionHealth::Level::Good);
    QVERIFY(!health.isEmpty());

    // the heartbeat's own pongs are bookkeeping, not messages
    QCOMPARE(received.size(), 0);

    const Diagnostics diagnostics = client.diagnostics();
    QVERIFY(diagnostics.heartbeat.running);
    QCOMPARE(diagnostics.heartbeat.strategy, QStringLiteral("ping"));
    QVERIFY(diagnostics.heartbeat.probesAnswered >= 3);
    QVERIFY(diagnostics.heartbeat.lastRttMs > 0);
    const QString text = diagnostics.toText();
    QVERIFY2(text.contains(QLatin1String("Health: Good")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("RTT min/p50/p95/p99/max")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("every 50 ms")), qPrintable(text));
    const QJsonObject json = diagnostics.toJson().value(QLatin1String("heartbeat")).toObject();
    QCOMPARE(json.value(QLatin1String("health")).toObject().value(QLatin1String("level")),
             QJsonValue(QStringLiteral("good")));
    QVERIFY(json.value(QLatin1String("stats")).toObject().value(QLatin1String("samples")).toInt()
            >= 3);
    QCOMPARE(json.value(QLatin1String("interval_ms")).toInt(), 50);

    QVERIFY(client.close());
    QTRY_COMPARE(client.state(), State::Disconnected);
    const qsizetype afterClose = samples.size();
    QVERIFY(!client.diagnostics().heartbeat.running);
    QTest::qWait(120);
    QCOMPARE(samples.size(), afterClose);
}

void TestHeartbeat::rttThroughAProxyWithLatency()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(server.port()));
    MAXMON_VERIFY(proxy.setLatency(50)); // each way

    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/echo").arg(proxy.port()));
    WebSocketClient client(clientConfig(url, fixedConfig(150, 3000)));
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);
    QVERIFY(client.open());
    QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 4, 10000);

    for (double rtt : doublesOf(samples)) {
        QVERIFY2(rtt >= 99.0, qPrintable(QString::number(rtt))); // 50 ms there, 50 back
        QVERIFY2(rtt < 3000.0, qPrintable(QString::number(rtt)));
    }
    const LatencyStats::Summary stats = client.diagnostics().heartbeat.stats;
    QVERIFY(stats.minMs >= 99.0);
    QVERIFY(stats.minMs <= stats.p50Ms && stats.p50Ms <= stats.p95Ms && stats.p95Ms <= stats.p99Ms
            && stats.p99Ms <= stats.maxMs);
    QCOMPARE(client.diagnostics().heartbeat.probesLost, 0);
    QVERIFY(client.close());
    QTRY_COMPARE(client.state(), State::Disconnected);
}

void TestHeartbeat::blackholedLinkIsDeclaredDead()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(server.port()));

    const int intervalMs = 200;
    const int timeoutMs = 300;
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/echo").arg(proxy.port()));
    WebSocketClient client(clientConfig(url, fixedConfig(intervalMs, timeoutMs, 2)));
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);
    QSignalSpy lost(&client, &WebSocketClient::probeLost);
    QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
    QVERIFY(client.open());
    QTRY_VERIFY(samples.size() >= 2);

    // the proxy keeps both TCP connections open and forwards nothing
    proxy.setBlackhole(true);
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
    const qint64 detectedMs = elapsed.elapsed();

    // the next probe goes out within one interval and waits one timeout;
    // the slack covers timer coarseness and a loaded machine
    QVERIFY2(detectedMs <= intervalMs + timeoutMs + 1500, qPrintable(QString::number(detectedMs)));
    QCOMPARE(errors.size(), 1);
    const Error error = client.lastError();
    QCOMPARE(error.code(), Error::Code::HeartbeatTimeout);
    QVERIFY2(error.message().contains(QLatin1String("300 ms")), qPrintable(error.message()));
    QVERIFY(error.context().value(QLatin1String("silentMs")).toInt() >= timeoutMs);
    QVERIFY(!lost.isEmpty());
    QVERIFY(client.diagnostics().toText().contains(QLatin1String("HeartbeatTimeout"))
            || client.diagnostics().toText().contains(error.message()));
    // the socket was aborted, not left half-open
    QTRY_VERIFY(client.findChildren<QWebSocket *>().isEmpty());

    // the blackhole swallowed the client's close too; lifting it lets the proxy finish
    QCOMPARE(proxy.connectionCount(), 1);
    proxy.setBlackhole(false);
    QTRY_COMPARE(proxy.connectionCount(), 0);
}

void TestHeartbeat::applicationProbeThroughTheClient()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    HeartbeatConfig heartbeat = fixedConfig(50, 2000);
    heartbeat.strategy = HeartbeatConfig::Strategy::Application;

    // without a protocol layer there is nothing to probe with
    {
        WebSocketClient client(clientConfig(server.url(), heartbeat));
        QVERIFY(client.open());
        QTRY_COMPARE(client.state(), State::Connected);
        const HeartbeatStatus status = client.diagnostics().heartbeat;
        QVERIFY(!status.running);
        QVERIFY(status.note.contains(QLatin1String("application")));
    }

    // a fake protocol layer: "hb:<n>" through the echo server
    WebSocketClient client(clientConfig(server.url(), heartbeat));
    client.setApplicationProbe(
        [&client](quint64 sequence) { client.sendText(QStringLiteral("hb:%1").arg(sequence)); });
    connect(&client, &WebSocketClient::messageReceived, &client, [&client](const Message &m) {
        if (m.text().startsWith(QLatin1String("hb:")))
            client.applicationProbeAnswered(m.text().mid(3).toULongLong());
    });
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);
    QVERIFY(client.open());
    QTRY_VERIFY(samples.size() >= 3);
    const HeartbeatStatus status = client.diagnostics().heartbeat;
    QCOMPARE(status.strategy, QStringLiteral("application"));
    QCOMPARE(status.probesLost, 0);
    QVERIFY(server.receivedTexts().size() >= 3);
    QVERIFY(server.receivedTexts().constFirst().startsWith(QLatin1String("hb:")));
}

void TestHeartbeat::reconnectKeepsEarlierConnections()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    WebSocketClient client(clientConfig(server.url(), fixedConfig(20, 2000)));
    QSignalSpy samples(&client, &WebSocketClient::latencySampled);

    QVERIFY(client.open());
    QTRY_VERIFY(samples.size() >= 2);
    QVERIFY(client.close());
    QTRY_COMPARE(client.state(), State::Disconnected);
    const qint64 firstConnection = client.diagnostics().heartbeat.stats.totalSamples;
    QVERIFY(firstConnection >= 2);

    samples.clear();
    QVERIFY(client.open());
    QTRY_VERIFY(!samples.isEmpty());
    const HeartbeatStatus status = client.diagnostics().heartbeat;
    QCOMPARE(status.history.size(), 1);
    QCOMPARE(status.history.constFirst().totalSamples, firstConnection);
    QCOMPARE(status.stats.totalSamples, status.probesAnswered); // counted afresh
}

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "tst_heartbeat.moc"
