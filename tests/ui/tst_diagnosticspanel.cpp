// DiagnosticsPanel: everything about a live connection as copyable text,
// refreshed on change, never showing a secret; the summary on top (health
// with its rule, latency, interval and its changes, TLS, proxy) and the
// persistent warnings in red.
#include "diagnostics/diagnosticspanel.h"
#include "diagnostics/healthbadge.h"
#include "diagnostics/rttfigures.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/testing/testpki.h>
#include <maxmon/websocketclient.h>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

class TestDiagnosticsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void withoutClient();
    void describesALiveConnection();
    void followsChangesAtOnce();
    void neverShowsSecrets();
    void copiesEverything();
    void summaryOfTheHeartbeat();
    void theLastConnectionsFiguresOnceItIsGone();
    void tlsSummaryAndWarningsInRed();
    void supportBundleButton();

private:
    ScriptedServer *m_server = nullptr;
    WebSocketClient *m_client = nullptr;
    MessageLogModel *m_log = nullptr;
    DiagnosticsPanel *m_panel = nullptr;
};

void TestDiagnosticsPanel::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    ConnectionConfig config = plainConfig(m_server->url());
    config.subprotocols = { QStringLiteral("v1.maxmon") };
    config.headers = { { QStringLiteral("X-Client"), QStringLiteral("maxmon") } };
    m_client = new WebSocketClient(config, this);
    m_log = new MessageLogModel(this);
    connect(m_client, &WebSocketClient::messageReceived, m_log, &MessageLogModel::append);
    m_panel = new DiagnosticsPanel;
    m_panel->show();
}

void TestDiagnosticsPanel::cleanup()
{
    delete m_panel;
    delete m_log;
    delete m_client;
    delete m_server;
}

void TestDiagnosticsPanel::withoutClient()
{
    QCOMPARE(m_panel->text(), QStringLiteral("No connection."));
}

void TestDiagnosticsPanel::describesALiveConnection()
{
    m_panel->setClient(m_client);
    m_panel->setLogModel(m_log);
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
    QVERIFY(m_client->sendText(QStringLiteral("ping")));
    QTRY_COMPARE(m_client->diagnostics().messagesIn, 1);
    m_log->flush();
    m_panel->setRates(12.5, 3);
    m_panel->refresh();

    const QString text = m_panel->text();
    // the client's own diagnostics, in full
    const QStringList expected = m_client->diagnostics().toText().split(QLatin1Char('\n'));
    for (const QString &line : expected) {
        // their seconds and milliseconds move on
        if (!line.startsWith(QLatin1String("State:"))
            && !line.startsWith(QLatin1String("Awaiting confirmation:")))
            QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY(text.contains(QLatin1String("State: Connected")));
    QVERIFY(text.contains(QLatin1String("Awaiting confirmation: ")));
    QVERIFY(text.contains(QStringLiteral("Peer address: 127.0.0.1:%1").arg(m_server->port())));
    QVERIFY(text.contains(QLatin1String("Messages in / out: 1 / 1")));
    // and more
    QVERIFY(text.contains(QLatin1String("Rates: 12.5 msg/s in, 3.0 msg/s out")));
    QVERIFY(text.contains(QLatin1String("Log: 1 of")));
    QVERIFY(text.contains(QLatin1String("Subprotocols requested: v1.maxmon")));
    QVERIFY(text.contains(QLatin1String("Headers: X-Client")));
    QVERIFY(text.contains(QLatin1String("Heartbeat: off")));
    QVERIFY(text.contains(QLatin1String("Reconnect: off")));
}

void TestDiagnosticsPanel::followsChangesAtOnce()
{
    m_panel->setClient(m_client);
    QVERIFY(m_panel->text().contains(QLatin1String("State: Disconnected")));
    // Each diagnosticsChanged refreshes the text there and then, without
    // waiting for the one-second timer: look at it right after the panel did.
    QStringList seen;
    connect(m_client, &WebSocketClient::diagnosticsChanged, this, [&] {
        const QString state = connectionStateText(m_client->diagnostics().state);
        QVERIFY2(m_panel->text().contains(QLatin1String("State: ") + state),
                 qPrintable(state + QLatin1String(" not in:\n") + m_panel->text()));
        seen.append(state);
    });
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
    QVERIFY(m_client->close());
    QTRY_COMPARE(m_client->state(), ConnectionState::Disconnected);
    QCOMPARE(seen,
             (QStringList { QStringLiteral("Connecting"), QStringLiteral("Connected"),
                            QStringLiteral("Disconnecting"), QStringLiteral("Disconnected") }));
    QVERIFY2(m_panel->text().contains(
                 QLatin1String("Last close: Closed by the client, as asked, with 1000")),
             qPrintable(m_panel->text()));
}

void TestDiagnosticsPanel::neverShowsSecrets()
{
    ConnectionConfig config = m_client->config();
    config.headers.append({ QStringLiteral("X-Api-Key"), QStringLiteral("s3cr3t-header") });
    config.auth.mode = AuthConfig::Mode::QueryParameter;
    config.auth.token = QStringLiteral("s3cr3t-token");
    QVERIFY(m_client->setConfig(config));
    m_panel->setClient(m_client);
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
    m_panel->refresh();
    const QString text = m_panel->text();
    QVERIFY(text.contains(QLatin1String("X-Api-Key")));
    QVERIFY(!text.contains(QLatin1String("s3cr3t")));
}

void TestDiagnosticsPanel::copiesEverything()
{
    m_panel->setClient(m_client);
    m_panel->copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), m_panel->text());
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("URL: ws://127.0.0.1")));
}

void TestDiagnosticsPanel::summaryOfTheHeartbeat()
{
    ConnectionConfig config = m_client->config();
    config.heartbeat.enabled = true;
    config.heartbeat.intervalMs = 150;
    config.heartbeat.minIntervalMs = 100;
    config.heartbeat.maxIntervalMs = 2000;
    config.heartbeat.adaptive = true; // steady answers lengthen the interval
    QVERIFY(m_client->setConfig(config));
    m_panel->setClient(m_client);
    QCOMPARE(m_panel->healthBadge()->health().level, ConnectionHealth::Level::Unknown);
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->diagnostics().heartbeat.intervalChanges.isEmpty(), 10000);
    m_panel->refresh();

    const Diagnostics diagnostics = m_client->diagnostics();
    const HeartbeatStatus &heartbeat = diagnostics.heartbeat;
    QCOMPARE(m_panel->healthBadge()->health(), heartbeat.health);
    QCOMPARE(m_panel->healthBadge()->text(), QStringLiteral("Good"));
    QCOMPARE(m_panel->summary(QStringLiteral("health")), heartbeat.health.rule);
    QVERIFY(m_panel->healthBadge()->toolTip().contains(heartbeat.health.rule));
    QCOMPARE(m_panel->summary(QStringLiteral("latency")), RttFigures::text(heartbeat, true));
    const QString interval = m_panel->summary(QStringLiteral("interval"));
    // each figure a duration of its own, in the locale's digits
    QVERIFY2(interval.contains(
                 QStringLiteral("every %1 ms (adaptive, 100 ms to %2 ms)")
                     .arg(QLocale().toString(heartbeat.intervalMs), QLocale().toString(2000))),
             qPrintable(interval));
    const HeartbeatStatus::IntervalChange &change = heartbeat.intervalChanges.constLast();
    QVERIFY2(interval.contains(change.reason), qPrintable(interval));
    QCOMPARE(m_panel->summary(QStringLiteral("tls")), QStringLiteral("not used (ws://)"));
    QCOMPARE(m_panel->summary(QStringLiteral("proxy")), diagnostics.proxy);
    QVERIFY(!m_panel->warningLabel()->isVisible());
    // every change with its reason in the text
    const QString text = m_panel->text();
    QVERIFY(text.contains(QLatin1String("Heartbeat interval changes")));
    QVERIFY2(text.contains(QStringLiteral("%1 ms -> %2 ms: %3")
                               .arg(QLocale().toString(change.fromMs),
                                    QLocale().toString(change.toMs), change.reason)),
             qPrintable(text));
}

void TestDiagnosticsPanel::tlsSummaryAndWarningsInRed()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    ScriptedServer tlsServer;
    QVERIFY(
        tlsServer.listenTls(TestPki::shared().serverConfiguration(QStringLiteral("selfsigned"))));
    ConnectionConfig config = plainConfig(tlsServer.url());
    config.tls.allowInsecure = true;
    config.tls.allowedErrors = { QStringLiteral("SelfSignedCertificate") };
    WebSocketClient client(config);
    m_panel->setClient(&client);
    // the profile alone warns, before any connection
    QVERIFY(m_panel->warningLabel()->isVisible());
    QVERIFY2(m_panel->warningLabel()->text().contains(QLatin1String("SelfSignedCertificate")),
             qPrintable(m_panel->warningLabel()->text()));
    QVERIFY(m_panel->warningLabel()->styleSheet().contains(QLatin1String("#c62828")));
    QVERIFY(client.open());
    QTRY_COMPARE(client.state(), ConnectionState::Connected);
    m_panel->refresh();
    const QString tls = m_panel->summary(QStringLiteral("tls"));
    const TlsSessionInfo info = client.diagnostics().tls;
    QVERIFY2(tls.startsWith(info.protocol + QStringLiteral(" \u00b7 ") + info.cipher),
             qPrintable(tls));
    QVERIFY2(tls.contains(QLatin1String("chain NOT verified (SelfSignedCertificate")),
             qPrintable(tls));
    QVERIFY(tls.contains(QLatin1String("peer: CN=")));
    // connected despite a certificate error: that is a warning of its own
    QCOMPARE(m_panel->warningLabel()->text().count(QStringLiteral("\u26a0")), 2);
    m_panel->setClient(nullptr);
}

void TestDiagnosticsPanel::supportBundleButton()
{
    QSignalSpy requested(m_panel, &DiagnosticsPanel::supportBundleRequested);
    QTest::mouseClick(m_panel->bundleButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
}

void TestDiagnosticsPanel::theLastConnectionsFiguresOnceItIsGone()
{
    ConnectionConfig config = m_client->config();
    config.heartbeat.enabled = true;
    config.heartbeat.intervalMs = 150;
    config.heartbeat.adaptive = false;
    QVERIFY(m_client->setConfig(config));
    m_panel->setClient(m_client);
    QVERIFY(m_client->open());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->diagnostics().heartbeat.stats.samples >= 2, 10000);
    QTRY_COMPARE(m_panel->healthBadge()->text(), QStringLiteral("Good"));

    // closed by the user: no verdict on a connection that is gone
    m_client->close();
    QTRY_COMPARE(m_client->state(), ConnectionState::Disconnected);
    QTRY_COMPARE(m_panel->healthBadge()->text(), QStringLiteral("Not connected"));
    const HeartbeatStatus heartbeat = m_client->diagnostics().heartbeat;
    QCOMPARE(m_panel->healthBadge()->health().level, ConnectionHealth::Level::Good);
    QVERIFY(m_panel->healthBadge()->toolTip().contains(QLatin1String("last connection")));
    QVERIFY2(m_panel->summary(QStringLiteral("health"))
                 .startsWith(QLatin1String("Last connection: Good")),
             qPrintable(m_panel->summary(QStringLiteral("health"))));
    QCOMPARE(m_panel->summary(QStringLiteral("latency")), RttFigures::text(heartbeat, false));
    QVERIFY(m_panel->summary(QStringLiteral("latency"))
                .startsWith(QLatin1String("Last connection: RTT ")));

    // a handshake refused with 401 (Error): still not "Good"
    QVERIFY(m_server->refuse(QStringLiteral("/denied"), 401));
    config.url = m_server->url(QStringLiteral("/denied"));
    config.reconnect.enabled = false;
    QVERIFY(m_client->setConfig(config));
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Error);
    QTRY_COMPARE(m_panel->healthBadge()->text(), QStringLiteral("Not connected"));
}

QTEST_MAIN(TestDiagnosticsPanel)
#include "tst_diagnosticspanel.moc"
