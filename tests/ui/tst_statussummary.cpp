// StatusSummary: the status bar's RTT (last and p95), health and rates of
// the current tab, from a live connection with a fast heartbeat.
#include "charts/chartpanel.h"
#include "diagnostics/diagnosticspanel.h"
#include "diagnostics/healthbadge.h"
#include "widgets/separatedtext.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/statussummary.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

namespace {

// A heartbeat every 150 ms, fixed: RTT samples within a test's patience.
ConnectionConfig quickHeartbeat()
{
    ConnectionConfig config;
    config.heartbeat.intervalMs = 150;
    config.heartbeat.adaptive = false;
    return config;
}

// The tab opens url with config; false when it cannot even start.
bool openWith(ConnectionTab &tab, const QUrl &url,
              const ConnectionConfig &config = quickHeartbeat())
{
    tab.setBaseConfig(config);
    tab.connectionBar()->setUrlText(url.toString());
    return tab.openConnection();
}

} // namespace

class TestStatusSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutATab();
    void followsALiveConnection();
    void showsTheQueueWhileMessagesWait();
    void showsUnconfirmedOnlyOnceTheyWait();
    void notConnectedWhileReconnecting();
    void sameRttFiguresEverywhere();
    void rttShownAtEachProbe();
};

void TestStatusSummary::withoutATab()
{
    StatusSummary summary;
    QCOMPARE(summary.rttText(), QString());
    QCOMPARE(summary.rateText(), QString());
    QCOMPARE(summary.countText(), QString());
    QVERIFY(summary.healthBadge()->isHidden());
}

void TestStatusSummary::followsALiveConnection()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    summary.show();
    QCOMPARE(summary.rttText(), QStringLiteral("RTT n/a"));
    QCOMPARE(summary.healthBadge()->health().level, ConnectionHealth::Level::Unknown);

    QVERIFY(openWith(tab, server.url()));
    QTRY_COMPARE(tab.state(), ConnectionState::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(tab.client()->diagnostics().heartbeat.stats.samples >= 3, 10000);
    // health changes reach it at once, the rest with the tab's once-a-second stats
    QTRY_COMPARE(summary.healthBadge()->health().level, ConnectionHealth::Level::Good);
    summary.refresh();
    const HeartbeatStatus heartbeat = tab.client()->diagnostics().heartbeat;
    const QString rtt = summary.rttText();
    QVERIFY2(rtt.startsWith(QLatin1String("RTT ")) && rtt.contains(QStringLiteral(" \u00b7 p95 ")),
             qPrintable(rtt));
    QVERIFY2(rtt.contains(
                 QLocale().toString(heartbeat.stats.p95Ms, 'f', heartbeat.stats.p95Ms < 10 ? 2 : 1)
                 + QStringLiteral(" ms over the last %1 probe").arg(heartbeat.stats.probes)),
             qPrintable(rtt));
    QVERIFY(summary.healthBadge()->toolTip().contains(heartbeat.health.rule));
    QCOMPARE(summary.rateText(), QStringLiteral("In 0.0 msg/s \u00b7 Out 0.0 msg/s"));
    QVERIFY(summary.countText().endsWith(QLatin1String(" message(s)")));
}

void TestStatusSummary::showsTheQueueWhileMessagesWait()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    QCOMPARE(summary.queueText(), QString());
    // not connected: sends wait in the queue
    QVERIFY(tab.client()->sendText(QStringLiteral("one")));
    QVERIFY(tab.client()->sendText(QStringLiteral("two")));
    summary.refresh();
    QCOMPARE(summary.queueText(), QStringLiteral("Queue 2 \u00b7 unconfirmed 0"));
    // connected: written, then confirmed by a pong, and the queue is gone
    tab.connectionBar()->setUrlText(server.url(QStringLiteral("/sink")).toString());
    QVERIFY(tab.openConnection());
    QTRY_COMPARE(server.receivedTexts().size(), 2);
    QTRY_VERIFY(tab.client()->diagnostics().delivery.unconfirmed == 0);
    summary.refresh();
    QCOMPARE(summary.queueText(), QString());
}

void TestStatusSummary::showsUnconfirmedOnlyOnceTheyWait()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    maxmon::testing::FaultProxy proxy;
    MAXMON_VERIFY(proxy.listen(server.port()));
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    tab.connectionBar()->setUrlText(proxy.url(QStringLiteral("/sink")).toString());
    QVERIFY(tab.openConnection());
    QTRY_COMPARE(tab.state(), ConnectionState::Connected);
    // no pong comes back: the message stays unconfirmed
    proxy.setBlackhole(true, maxmon::testing::FaultProxy::Direction::ServerToClient);
    QVERIFY(tab.client()->sendText(QStringLiteral("waits")));
    QTRY_COMPARE(server.receivedTexts().size(), 1);
    QCOMPARE(tab.client()->diagnostics().delivery.unconfirmed, 1);
    // as every message is for a moment: not worth a word yet
    summary.refresh();
    QCOMPARE(summary.queueText(), QString());
    QTRY_VERIFY(tab.client()->diagnostics().delivery.oldestUnconfirmedMs
                >= StatusSummary::UnconfirmedShownAfterMs);
    summary.refresh();
    QCOMPARE(summary.queueText(), QStringLiteral("Queue 0 \u00b7 unconfirmed 1"));
    // the pongs through again: confirmed, and the word goes
    proxy.setBlackhole(false, maxmon::testing::FaultProxy::Direction::ServerToClient);
    QTRY_COMPARE(tab.client()->diagnostics().delivery.unconfirmed, 0);
    summary.refresh();
    QCOMPARE(summary.queueText(), QString());
}

void TestStatusSummary::notConnectedWhileReconnecting()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionTab tab;
    ConnectionConfig config = quickHeartbeat();
    config.reconnect.initialDelayMs = 60000; // stays Reconnecting for the test
    config.reconnect.maxDelayMs = 60000;
    StatusSummary summary;
    summary.setTab(&tab);
    QVERIFY(openWith(tab, server.url(), config));
    QTRY_COMPARE_WITH_TIMEOUT(summary.healthBadge()->text(), QStringLiteral("Good"), 10000);

    server.closeAll(1011, QStringLiteral("restart"));
    QTRY_COMPARE(tab.state(), ConnectionState::Reconnecting);
    // the state change alone updates it, without waiting for the next refresh
    QCOMPARE(summary.healthBadge()->text(), QStringLiteral("Not connected"));
    QVERIFY(!summary.healthBadge()->isLive());
    QVERIFY2(summary.rttText().startsWith(QLatin1String("Last connection: RTT ")),
             qPrintable(summary.rttText()));
}

void TestStatusSummary::sameRttFiguresEverywhere()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    QVERIFY(openWith(tab, server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(tab.client()->diagnostics().heartbeat.stats.samples >= 3, 10000);
    // no event is processed between these: the same heartbeat state for all three
    summary.refresh();
    tab.chartPanel()->redraw();
    tab.diagnosticsPanel()->refresh();
    const QString rtt = summary.rttText();
    QVERIFY2(rtt.contains(QStringLiteral(" \u00b7 p95 ")), qPrintable(rtt));
    QCOMPARE(tab.diagnosticsPanel()->summary(QStringLiteral("latency")), rtt);
    QVERIFY2(tab.chartPanel()->summaryText().startsWith(rtt + QStringLiteral(" \u00b7 ")),
             qPrintable(tab.chartPanel()->summaryText()));
}

void TestStatusSummary::rttShownAtEachProbe()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ConnectionTab tab;
    StatusSummary summary;
    summary.setTab(&tab);
    const auto labelWithTip = [](QWidget *parent, QLatin1String tip) -> QLabel * {
        for (QLabel *label : parent->findChildren<QLabel *>()) {
            if (label->toolTip().startsWith(tip))
                return label;
        }
        return nullptr;
    };
    QLabel *shown = labelWithTip(&summary, QLatin1String("Heartbeat round-trip"));
    QLabel *chartHeader = labelWithTip(tab.chartPanel(), QLatin1String("The latest heartbeat"));
    QVERIFY(shown && chartHeader);
    QVERIFY(openWith(tab, server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(tab.client()->diagnostics().heartbeat.stats.samples >= 2, 10000);
    // without refresh() or a chart redraw: each sample updates both at once
    for (int probe = 0; probe < 2; ++probe) {
        QSignalSpy sampled(tab.client(), &WebSocketClient::latencySampled);
        QVERIFY(sampled.wait(10000));
        QCOMPARE(shown->text(), summary.rttText());
        // the header keeps its parts whole with non-breaking spaces
        const QString header = withPlainSpaces(chartHeader->text());
        QVERIFY2(header.startsWith(shown->text() + QStringLiteral(" \u00b7 ")),
                 qPrintable(header + QStringLiteral(" | ") + shown->text()));
    }
}

QTEST_MAIN(TestStatusSummary)
#include "tst_statussummary.moc"
