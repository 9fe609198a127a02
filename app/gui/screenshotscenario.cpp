#include "screenshotscenario.h"

#include "charts/chartpanel.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "phoenix/channellistmodel.h"
#include "phoenix/channelspanel.h"
#include "phoenix/pushform.h"
#include "profiles/profileeditor.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilesdialog.h"
#include "send/sendpanel.h"
#include "widgets/jsonfield.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"
#include "window/panewindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/websocketclient.h>

#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

namespace maxmon {

namespace {

// long enough for a chart with a few dozen heartbeat samples
const int trickleMs = 6000;

QString quote(int sequence)
{
    const double bid = 61234.5 + (sequence % 7) * 1.5;
    return QStringLiteral("{\"type\":\"price\",\"symbol\":\"BTC-EUR\",\"seq\":%1,\"bid\":%2,"
                          "\"ask\":%3,\"ts\":1717171717%4,\"book\":{\"depth\":25,\"levels\":"
                          "[[%2,0.42],[%5,1.5]]},\"final\":false,\"note\":null}")
        .arg(sequence)
        .arg(bid, 0, 'f', 1)
        .arg(bid + 1.5, 0, 'f', 1)
        .arg(100 + sequence % 900)
        .arg(bid - 0.5, 0, 'f', 1);
}

} // namespace

ScreenshotScenario::ScreenshotScenario(MainWindow *window, const QUrl &echoUrl, const QString &path,
                                       QObject *parent)
    : ScreenshotScenario(window, echoUrl, path, Subject::Window, parent)
{ }

ScreenshotScenario::ScreenshotScenario(MainWindow *window, const QUrl &echoUrl, const QString &path,
                                       Subject subject, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_url(echoUrl)
    , m_path(path)
    , m_subject(subject)
{
    m_trickle.setInterval(150);
    connect(&m_trickle, &QTimer::timeout, this, &ScreenshotScenario::sendTrickle);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(1, tr("screenshot: timed out")); });
}

QString ScreenshotScenario::demoProfileName()
{
    return tr("Demo echo");
}

bool ScreenshotScenario::createProfiles()
{
    if (!m_profiles.isValid())
        return false;
    m_window->useProfileDirectory(m_profiles.path());
    ProfileLibrary *library = m_window->profiles();

    ConnectionConfig demo;
    demo.name = demoProfileName();
    demo.url = m_url;
    demo.heartbeat.intervalMs = 250;
    demo.heartbeat.adaptive = false;
    demo.heartbeat.timeoutMs = 1000;
    demo.templates = { { tr("subscribe prices"), SendTemplate::Kind::Json,
                         QByteArray(
                             R"({"type":"subscribe","channel":"prices","symbols":["BTC-EUR"]})") },
                       { tr("hello"), SendTemplate::Kind::Text, QByteArray("hello from maxmon") } };

    ConnectionConfig staging;
    staging.name = tr("Staging EU");
    staging.url = QUrl(QStringLiteral("wss://staging.max.example/socket/websocket?vsn=2.0.0"));
    staging.headers = { { QStringLiteral("X-Client"), QStringLiteral("maxmon") },
                        { QStringLiteral("X-Tenant"), QStringLiteral("acme") } };
    staging.subprotocols = { QStringLiteral("phoenix") };
    staging.auth.mode = AuthConfig::Mode::PhoenixSubprotocol;
    staging.auth.tokenSource = { SecretRef::Source::Env, QStringLiteral("MAX_STAGING_TOKEN") };

    ConnectionConfig local;
    local.name = tr("Local dev (self-signed)");
    local.url = QUrl(QStringLiteral("wss://localhost:4001/socket/websocket"));
    local.tls.allowInsecure = true;
    local.tls.allowedErrors = { QStringLiteral("SelfSignedCertificate") };
    for (const ConnectionConfig &config : { demo, staging, local }) {
        if (!library->save(config, QString()))
            return false;
    }
    return true;
}

void ScreenshotScenario::start()
{
    m_timeout.start(30000);
    if (!createProfiles()) {
        finish(1, tr("screenshot: cannot create the example profiles"));
        return;
    }
    if (m_subject == Subject::ProfilesDialog) {
        shootProfiles();
        return;
    }
    if (m_subject == Subject::Phoenix) {
        startPhoenix();
        return;
    }
    m_tab = m_window->openProfileTab(demoProfileName(), true);
    connect(m_tab, &ConnectionTab::stateChanged, this, &ScreenshotScenario::onStateChanged);
    if (m_tab->state() != ConnectionState::Connecting)
        finish(1, tr("screenshot: could not connect to %1").arg(m_url.toString()));
}

void ScreenshotScenario::shootProfiles()
{
    ProfilesDialog *dialog = m_window->showProfiles();
    dialog->resize(980, 640);
    dialog->selectProfile(tr("Staging EU"));
    // a typo, as the dialog shows it: marked under the field, the tab flagged
    if (auto *url = qobject_cast<QLineEdit *>(dialog->editor()->field(QStringLiteral("url"))))
        url->setText(QStringLiteral("https://staging.max.example/socket/websocket?vsn=2.0.0"));
    QTimer::singleShot(300, this, [this, dialog] {
        const QPixmap picture = dialog->grab();
        dialog->editor()->setModified(false); // no question when it closes
        if (!picture.save(m_path, "PNG"))
            finish(1, tr("screenshot: cannot write %1").arg(m_path));
        else
            finish(0,
                   tr("screenshot saved to %1 (%2x%3)")
                       .arg(m_path)
                       .arg(picture.width())
                       .arg(picture.height()));
    });
}

void ScreenshotScenario::onStateChanged(ConnectionState state)
{
    if (state == ConnectionState::Error || state == ConnectionState::Disconnected) {
        finish(1, tr("screenshot: the connection failed"));
        return;
    }
    if (state != ConnectionState::Connected)
        return;

    WebSocketClient *client = m_tab->client();
    client->sendText(QStringLiteral("[\"1\",\"1\",\"prices:BTC-EUR\",\"phx_join\",{}]"));
    client->sendText(QStringLiteral("{\"type\":\"subscribe\",\"channel\":\"prices\","
                                    "\"symbols\":[\"BTC-EUR\",\"ETH-EUR\"],\"id\":17}"));
    client->sendText(QStringLiteral("hello from maxmon"));
    client->sendBinary(QByteArray::fromHex("0a0f08b9601206425443"
                                           "2d45555218e8072201ff00"));
    m_trickle.start();
    QTimer::singleShot(trickleMs, this, [this] {
        m_trickle.stop();
        // Let the last echoes arrive and the log take them in.
        QTimer::singleShot(300, this, &ScreenshotScenario::selectAndSave);
    });

    // Something in the send panel, as while working.
    SendPanel *panel = m_tab->sendPanel();
    panel->setMode(SendPanel::Mode::Json);
    panel->setInput(QStringLiteral("{\n  \"type\": \"unsubscribe\",\n  \"channel\": \"prices\",\n"
                                   "  \"symbols\": [\"ETH-EUR\"]\n}"));
}

void ScreenshotScenario::sendTrickle()
{
    ++m_sequence;
    WebSocketClient *client = m_tab->client();
    if (m_sequence % 6 == 0)
        client->sendBinary(QByteArray::fromHex("0a0f08b96012064254432d4555521801")
                           + QByteArray(1, static_cast<char>(m_sequence)));
    else if (m_sequence % 4 == 0)
        client->sendText(QStringLiteral("{\"type\":\"heartbeat\",\"seq\":%1}").arg(m_sequence));
    else if (m_sequence % 5 == 0)
        client->sendText(QStringLiteral("tick %1").arg(m_sequence));
    else
        client->sendText(quote(m_sequence));
}

void ScreenshotScenario::selectAndSave()
{
    MessageLogPanel *log = m_tab->logPanel();
    MessageLogFilter *filter = log->filter();
    // The newest received price quote, a few rows above the end.
    int chosen = -1;
    int seen = 0;
    for (int row = filter->rowCount() - 1; row >= 0 && chosen < 0; --row) {
        const Message message =
            filter->index(row, 0).data(MessageLogModel::MessageRole).value<Message>();
        if (message.direction() == Message::Direction::Incoming
            && message.kind() == Message::Kind::Json
            && message.text().contains(QLatin1String("\"price\"")) && ++seen == 3)
            chosen = row;
    }
    if (chosen < 0) {
        finish(1, tr("screenshot: no JSON message to select"));
        return;
    }
    log->selectRow(chosen);
    save();
}

void ScreenshotScenario::save()
{
    // a narrow window has the charts in the send panel's tab group: the
    // window's picture shows them
    using Pane = ConnectionTab::Pane;
    PaneWindow *panes = m_tab->paneWindow();
    if (m_subject == Subject::Window)
        panes->showPane(m_tab->dock(Pane::Charts));
    // Room for the channels: a taller bottom, the charts narrower (now
    // that the default arrangement has settled).
    if (m_subject == Subject::Phoenix) {
        panes->resizeDocks({ m_tab->dock(Pane::Channels), m_tab->dock(Pane::Charts) }, { 660, 620 },
                           Qt::Horizontal);
        panes->resizeDocks({ m_tab->dock(Pane::Channels) }, { 370 }, Qt::Vertical);
        panes->resizeDocks({ m_tab->dock(Pane::Details) }, { 420 }, Qt::Horizontal);
    }
    m_tab->chartPanel()->redraw();
    QTimer::singleShot(200, this, [this] {
        const QPixmap picture = m_window->grab();
        if (!picture.save(m_path, "PNG"))
            finish(1, tr("screenshot: cannot write %1").arg(m_path));
        else
            finish(0,
                   tr("screenshot saved to %1 (%2x%3)")
                       .arg(m_path)
                       .arg(picture.width())
                       .arg(picture.height()));
    });
}

void ScreenshotScenario::startPhoenix()
{
    m_tab = m_window->openPhoenixDemoTab(false);
    if (!m_tab) {
        finish(1, tr("screenshot: there is no Phoenix demo server"));
        return;
    }
    ConnectionConfig config = m_tab->baseConfig();
    config.phoenix.heartbeatIntervalMs = 250; // the latency chart fills in seconds
    m_tab->setBaseConfig(config);
    m_tab->channelsPanel()->paramsField()->setText(QStringLiteral("{\"user\": \"alice\"}"));
    connect(m_tab, &ConnectionTab::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Error || state == ConnectionState::Disconnected)
            finish(1, tr("screenshot: the Phoenix connection failed"));
        else if (state == ConnectionState::Connected && !m_bob)
            onPhoenixConnected();
    });
    if (!m_tab->openConnection() || !m_tab->channelsPanel()->joinFromForm())
        finish(1, tr("screenshot: could not connect to %1").arg(m_tab->title()));
}

void ScreenshotScenario::onPhoenixConnected()
{
    // bob: another user in room:lobby, on a socket of his own
    ConnectionConfig bob;
    bob.url = m_window->phoenixDemoUrl();
    m_bob = new phoenix::Socket(bob, {}, this);
    m_bob
        ->channel(QStringLiteral("room:lobby"),
                  { { QLatin1String("user"), QStringLiteral("bob") } })
        ->join();
    m_bob->open();

    ChannelsPanel *channels = m_tab->channelsPanel();
    channels->join(QStringLiteral("private:ops"));
    channels->join(QStringLiteral("room:42"),
                   { { QLatin1String("user"), QStringLiteral("alice") } });
    channels->selectTopic(QStringLiteral("room:lobby"));

    disconnect(&m_trickle, &QTimer::timeout, this, &ScreenshotScenario::sendTrickle);
    connect(&m_trickle, &QTimer::timeout, this, &ScreenshotScenario::phoenixTrickle);
    m_trickle.setInterval(450);
    m_trickle.start();
    QTimer::singleShot(trickleMs, this, &ScreenshotScenario::phoenixFinale);
}

void ScreenshotScenario::phoenixTrickle()
{
    ++m_sequence;
    const QList<phoenix::Channel *> bobs = m_bob ? m_bob->channels() : QList<phoenix::Channel *>();
    if (!bobs.isEmpty() && bobs.constFirst()->state() == phoenix::Channel::State::Joined)
        bobs.constFirst()->push(
            QStringLiteral("shout"),
            QJsonObject { { QLatin1String("from"), QStringLiteral("bob") },
                          { QLatin1String("body"), tr("tick %1").arg(m_sequence) } });
    if (m_sequence % 3 == 0) {
        if (phoenix::Channel *lobby = m_tab->channelsPanel()->currentChannel())
            lobby->push(QStringLiteral("typing"),
                        QJsonObject { { QLatin1String("user"), QStringLiteral("alice") } });
    }
}

void ScreenshotScenario::phoenixFinale()
{
    m_trickle.stop();
    ChannelsPanel *channels = m_tab->channelsPanel();
    ChannelListModel *list = channels->channelModel();
    if (phoenix::Channel *left = list->channel(list->rowOfTopic(QStringLiteral("room:42"))))
        left->leave();
    // crashes on the server: errored, and rejoined a second later (after the picture)
    if (phoenix::Channel *ops = list->channel(list->rowOfTopic(QStringLiteral("private:ops"))))
        ops->push(QStringLiteral("crash"));

    channels->selectTopic(QStringLiteral("room:lobby"));
    PushForm *form = channels->pushForm();
    form->eventEdit()->setText(QStringLiteral("new_msg"));
    form->payloadField()->setText(QStringLiteral("{\"body\": \"hi bob!\"}"));
    connect(form, &PushForm::finished, this,
            [this] { QTimer::singleShot(250, this, &ScreenshotScenario::savePhoenix); });
    if (!form->push())
        finish(1, tr("screenshot: the push failed: %1").arg(form->resultLabel()->text()));
}

void ScreenshotScenario::savePhoenix()
{
    // In the log: bob's newest shout, as the details show it.
    const MessageLogModel *log = m_tab->logModel();
    int chosen = -1;
    for (int row = log->rowCount() - 1; row >= 0 && chosen < 0; --row) {
        const MessageLogModel::PhoenixFields &fields = log->phoenixFields(row);
        if (fields.event == QLatin1String("shout")
            && log->message(row).direction() == Message::Direction::Incoming)
            chosen = row;
    }
    if (chosen < 0) {
        finish(1, tr("screenshot: no shout from bob in the log"));
        return;
    }
    // paused, so the heartbeats that keep coming do not scroll it away
    MessageLogPanel *panel = m_tab->logPanel();
    panel->setAutoScroll(false);
    panel->selectRow(chosen);
    panel->view()->scrollTo(panel->filter()->index(chosen, 0), QAbstractItemView::PositionAtCenter);
    save();
}

void ScreenshotScenario::finish(int exitCode, const QString &report)
{
    if (m_finished)
        return;
    m_finished = true;
    m_trickle.stop();
    m_timeout.stop();
    if (m_tab)
        m_tab->disconnect(this);
    Q_EMIT finished(exitCode, report);
}

} // namespace maxmon
