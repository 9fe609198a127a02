// ScreenshotScenario (maxmon --screenshot, --screenshot-profiles,
// --screenshot-phoenix): a real PNG of the window with traffic in the log,
// the charts filled with real samples and a JSON message selected; one of
// the profiles dialog; one of the Phoenix demo.
#include "charts/chartpanel.h"
#include "log/messagedetailview.h"
#include "log/messagelogfilter.h"
#include "phoenix/channellistmodel.h"
#include "phoenix/channelspanel.h"
#include "phoenix/presencelistmodel.h"
#include "phoenix/pushform.h"
#include "profiles/profileeditor.h"
#include "profiles/profilelibrary.h"
#include "profiles/profilesdialog.h"
#include "screenshotscenario.h"
#include "server/demoserver.h"
#include "temporarysettings.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/phoenix/channel.h>
#include <maxmon/testing/scriptedserver.h>

#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

class TestScreenshotScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savesTheWindowWithTraffic();
    void failsWhenItCannotConnect();
    void savesTheProfilesDialog();
    void savesThePhoenixDemo();
};

void TestScreenshotScenario::initTestCase()
{
    maxmon::test::useTemporarySettings();
}

namespace {

// Shows the window, runs the scenario to its end and returns its exit code;
// a failure's message is the test's.
int runScenario(MainWindow *window, const QUrl &url, const QString &path,
                ScreenshotScenario::Subject subject = ScreenshotScenario::Subject::Window)
{
    window->setSettingsEnabled(false);
    window->show();
    // the window's child: what it set up (the example profiles) stays for the checks
    auto *scenario = new ScreenshotScenario(window, url, path, subject, window);
    QSignalSpy finished(scenario, &ScreenshotScenario::finished);
    scenario->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
        return -1;
    const int code = finished.at(0).at(0).toInt();
    if (code != 0)
        qInfo("scenario: %s", qPrintable(finished.at(0).at(1).toString()));
    return code;
}

} // namespace

void TestScreenshotScenario::savesTheWindowWithTraffic()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    MainWindow window;
    window.resize(1000, 700);
    QCOMPARE(runScenario(&window, server.url(), path), 0);

    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    ConnectionTab *tab = window.currentTab();
    QCOMPARE(tab->detailView()->message().kind(), Message::Kind::Json);
    QCOMPARE(tab->detailView()->message().direction(), Message::Direction::Incoming);
    QSet<Message::Kind> kinds;
    for (int row = 0; row < tab->logModel()->rowCount(); ++row)
        kinds.insert(tab->logModel()->message(row).kind());
    QVERIFY(kinds.contains(Message::Kind::Text));
    QVERIFY(kinds.contains(Message::Kind::Json));
    QVERIFY(kinds.contains(Message::Kind::Binary));
    // the example profile, with a heartbeat fast enough to fill the charts
    QCOMPARE(tab->profileName(), ScreenshotScenario::demoProfileName());
    QVERIFY(window.profiles()->names().size() >= 3);
    QVERIFY2(tab->chartPanel()->rttSeries()->count() >= 10,
             qPrintable(QString::number(tab->chartPanel()->rttSeries()->count())));
    // a rate a second over the six seconds of traffic
    QVERIFY(tab->chartPanel()->rateSeries(ThroughputSeries::MessagesIn)->count() >= 4);
}

void TestScreenshotScenario::failsWhenItCannotConnect()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    MainWindow window;
    QCOMPARE(runScenario(&window, server.url(QStringLiteral("/reject/404")), path), 1);
    QVERIFY(!QFile::exists(path));
}

void TestScreenshotScenario::savesTheProfilesDialog()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.png"));
    MainWindow window;
    QCOMPARE(runScenario(&window, server.url(), path, ScreenshotScenario::Subject::ProfilesDialog),
             0);
    const QImage image(path);
    QVERIFY(!image.isNull());
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QCOMPARE(image.size(), dialog->size() * dialog->devicePixelRatio());
    // the mistyped URL, marked where the dialog shows it
    QVERIFY(dialog->editor()->errorText(QStringLiteral("url")).contains(QLatin1String("wss://")));
}

void TestScreenshotScenario::savesThePhoenixDemo()
{
    DemoServer demo;
    QVERIFY(demo.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phoenix.png"));
    MainWindow window;
    window.resize(1280, 800);
    window.setPhoenixDemo(demo.url(QStringLiteral("/socket")), demo.authToken());
    QCOMPARE(runScenario(&window, demo.url(), path, ScreenshotScenario::Subject::Phoenix), 0);

    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    ConnectionTab *tab = window.currentTab();
    QVERIFY(tab->phoenixSocket());
    ChannelsPanel *channels = tab->channelsPanel();
    ChannelListModel *list = channels->channelModel();
    QCOMPARE(list->rowCount(), 3);
    QCOMPARE(list->channel(list->rowOfTopic(QStringLiteral("room:lobby")))->state(),
             phoenix::Channel::State::Joined);
    QCOMPARE(list->detail(list->rowOfTopic(QStringLiteral("private:ops"))),
             QStringLiteral("crashed (phx_error)"));
    QCOMPARE(list->detail(list->rowOfTopic(QStringLiteral("room:42"))), QStringLiteral("left"));
    QCOMPARE(channels->presenceModel()->rowCount(), 2); // alice and bob
    QVERIFY(channels->pushForm()->resultLabel()->text().contains(QLatin1String("ok")));
    QVERIFY(channels->eventFilter()->rowCount() > 10);
    // bob's shout, selected in the log
    const Message selected = tab->detailView()->message();
    QCOMPARE(MessageLogModel::decodePhoenix(selected, phoenix::Serializer::Version::V2).event,
             QStringLiteral("shout"));
    QVERIFY2(tab->chartPanel()->rttSeries()->count() >= 5,
             qPrintable(QString::number(tab->chartPanel()->rttSeries()->count())));
}

QTEST_MAIN(TestScreenshotScenario)
#include "tst_screenshotscenario.moc"
