// DiagnosticsPanel: everything about a live connection as copyable text,
// refreshed on change, never showing a secret.
#include "diagnosticspanel.h"
#include "session/messagelogmodel.h"
#include "testserver.h"
#include "websocket/websocketclient.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QTest>

using namespace maxmon;
using maxmon::test::TestServer;

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

private:
    TestServer *m_server = nullptr;
    WebSocketClient *m_client = nullptr;
    MessageLogModel *m_log = nullptr;
    DiagnosticsPanel *m_panel = nullptr;
};

void TestDiagnosticsPanel::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->listen());
    ConnectionConfig config;
    config.url = m_server->url();
    config.reconnect.enabled = false;
    config.heartbeat.enabled = false;
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
        if (!line.startsWith(QLatin1String("State:"))) // its seconds move on
            QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY(text.contains(QLatin1String("State: Connected")));
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
    QVERIFY(m_panel->text().contains(QLatin1String("Last close: 1000")));
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

QTEST_MAIN(TestDiagnosticsPanel)
#include "tst_diagnosticspanel.moc"
