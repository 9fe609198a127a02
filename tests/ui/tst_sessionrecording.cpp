// The window and its sessions: a connection recorded into a session file
// (the log a window over it, a profile that opts out), File > Open..., a
// file dropped on the window, Open Recent, the actions and exports of a
// file's tab, and the preferences' sessions (limits, Delete All Sessions).
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "preferences/sessionpreferences.h"
#include "profiles/profilelibrary.h"
#include "recording/recentfiles.h"
#include "recording/recordingtab.h"
#include "recording/sessioncontroller.h"
#include "recordingscreenshot.h"
#include "send/sendpanel.h"
#include "temporarysettings.h"
#include "widgets/filechooser.h"
#include "window/connectiontab.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionretention.h>
#include <maxmon/sessionstore.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;
using maxmon::testing::ScriptedServer;

class TestSessionRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void connectionIsRecorded();
    void profileThatOptsOut();
    void openDropAndRecent();
    void fileTabActionsAndExport();
    void preferencesDeleteAll();

private:
    QString example() const { return m_dir.filePath(QStringLiteral("example.maxmon")); }

    ScriptedServer *m_server = nullptr;
    QTemporaryDir m_dir;
};

void TestSessionRecording::initTestCase()
{
    maxmon::test::useTemporarySettings();
    QVERIFY(m_dir.isValid());
    QVERIFY(RecordingScreenshot::writeExample(example()));
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void TestSessionRecording::cleanup()
{
    FileChooser::setAnswer(nullptr);
}

void TestSessionRecording::connectionIsRecorded()
{
    MainWindow window;
    QVERIFY(window.sessions()->settings().recording); // the default
    ConnectionTab *tab = window.openTab(m_server->url().toString(), true);
    QTRY_COMPARE(tab->state(), ConnectionState::Connected);
    SessionStore *store = tab->sessionStore();
    QVERIFY(store);
    const QString path = store->path();
    QVERIFY(path.startsWith(window.sessions()->settings().effectiveDirectory()));
    QCOMPARE(tab->logModel()->store(), store);
    for (int n = 1; n <= 3; ++n)
        QVERIFY(tab->client()->sendText(QStringLiteral("recorded %1").arg(n)));
    // three out, three echoes, and the events Connecting and Connected
    QTRY_COMPARE(tab->logModel()->rowCount(), 8);
    QVERIFY(tab->logModel()->isEvent(0) && tab->logModel()->isEvent(1));
    QVERIFY(window.sessions()->sessionsInUse().contains(path));
    // the log can search its session: over the file, in the background
    QVERIFY(store->flush());
    tab->logPanel()->filter()->setText(QStringLiteral("recorded 2"));
    QTRY_COMPARE(tab->logPanel()->filter()->rowCount(), 2);

    window.closeTab(0); // the session file is complete once the tab is gone
    QTRY_VERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    SessionReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(reader.messageCount(), 6);
    const QList<SessionEvent> events = reader.events().value_or(QList<SessionEvent>());
    QVERIFY(events.size() >= 2);
    QCOMPARE(events.at(0).data().value(QStringLiteral("state")).toString(),
             QStringLiteral("Connecting"));
    QCOMPARE(reader.meta()->value(QStringLiteral("url")).toString(), m_server->url().toString());
}

void TestSessionRecording::profileThatOptsOut()
{
    MainWindow window;
    ConnectionConfig config;
    config.name = QStringLiteral("quiet");
    config.url = m_server->url();
    config.record = false;
    const Result<void> saved = window.profiles()->save(config, QString());
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    ConnectionTab *tab = window.openProfileTab(QStringLiteral("quiet"), true);
    QTRY_COMPARE(tab->state(), ConnectionState::Connected);
    QVERIFY(!tab->sessionStore());
    QVERIFY(tab->logModel()->sessionPath().isEmpty());
}

void TestSessionRecording::openDropAndRecent()
{
    MainWindow window;
    FileChooser::setAnswer([this](FileChooser::Purpose purpose, const QString &) {
        return purpose == FileChooser::Purpose::Open ? example() : QString();
    });
    window.action(QStringLiteral("openFile"))->trigger();
    QCOMPARE(window.tabCount(), 1);
    RecordingTab *opened = window.currentRecordingTab();
    QVERIFY(opened);
    QVERIFY(!window.currentTab());
    QTRY_VERIFY(opened->isReady());
    QCOMPARE(window.sessions()->recentFiles()->files().constFirst(),
             QFileInfo(example()).absoluteFilePath());
    QVERIFY(window.sessions()->sessionsInUse().contains(example()));

    // a file dropped on the window opens the same way
    QFile recording(m_dir.filePath(QStringLiteral("dropped.jsonl")));
    QVERIFY(recording.open(QIODevice::WriteOnly));
    recording.write("{\"direction\":\"in\",\"kind\":\"text\",\"payload\":\"dropped\"}\n");
    recording.close();
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(recording.fileName()) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.tabCount(), 2);
    RecordingTab *dropped = window.currentRecordingTab();
    QTRY_VERIFY(dropped->isReady());
    QCOMPARE(dropped->logModel()->message(0).payload(), QByteArray("dropped"));
    // text that is no file is not taken
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    // Open Recent offers both, newest first, and opens them again
    QMenu *recent = window.sessions()->recentMenu();
    Q_EMIT recent->aboutToShow();
    const QList<QAction *> entries = recent->actions();
    QVERIFY(entries.size() >= 3);
    QCOMPARE(entries.at(0)->text(), QStringLiteral("dropped.jsonl"));
    QCOMPARE(entries.at(1)->text(), QStringLiteral("example.maxmon"));
    entries.at(1)->trigger();
    QCOMPARE(window.tabCount(), 3);
    QVERIFY(window.closeTab(0));
    QCOMPARE(window.tabCount(), 2);
}

void TestSessionRecording::fileTabActionsAndExport()
{
    MainWindow window;
    window.setSettingsEnabled(false);
    RecordingTab *tab = window.openFile(example());
    QVERIFY(tab->isReady());
    for (const char *name : { "find", "copyMessage", "exportLog", "exportShown", "closeTab" })
        QVERIFY2(window.action(QLatin1String(name))->isEnabled(), name);
    for (const char *name : { "connect", "send", "compose", "supportBundle" })
        QVERIFY2(!window.action(QLatin1String(name))->isEnabled(), name);
    window.action(QStringLiteral("find"))->trigger();

    // the shown messages of a filter over the file, exported
    tab->logPanel()->filter()->setText(QStringLiteral("\"seq\":1000\\d,"), true);
    QTRY_VERIFY(!tab->logPanel()->filter()->isSearching());
    QCOMPARE(tab->logPanel()->filter()->rowCount(), 10);
    const QString out = m_dir.filePath(QStringLiteral("shown.jsonl"));
    FileChooser::setAnswer([out](FileChooser::Purpose, const QString &) { return out; });
    QSignalSpy finished(window.exports(), &ExportController::finished);
    window.action(QStringLiteral("exportShown"))->trigger();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 10);
}

void TestSessionRecording::preferencesDeleteAll()
{
    const QString folder = SessionSettings::load().effectiveDirectory();
    QVERIFY(QDir().mkpath(folder));
    for (const char *name : { "a.maxmon", "b.maxmon", "kept.maxmon" }) {
        QFile file(QDir(folder).filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    SessionPreferences preferences;
    preferences.setSettings(SessionSettings::load());
    QVERIFY(preferences.recordCheck()->isChecked());
    QCOMPARE(preferences.daysBox()->value(), 14);
    QCOMPARE(preferences.sizeBox()->value(), 2.0);
    preferences.daysBox()->setValue(3);
    preferences.sizeBox()->setValue(0.5);
    preferences.recordCheck()->setChecked(false);
    const SessionSettings changed = preferences.settings();
    QCOMPARE(changed.maxAgeDays, 3);
    QCOMPARE(changed.maxTotalBytes, qint64(512) * 1024 * 1024);
    QVERIFY(!changed.recording);
    QVERIFY(preferences.usageLabel()->text().contains(QDir::toNativeSeparators(folder)));

    preferences.setSessionsInUse({ QDir(folder).filePath(QStringLiteral("kept.maxmon")) });
    QSignalSpy deleted(&preferences, &SessionPreferences::sessionsDeleted);
    QVERIFY(preferences.deleteAllButton()->isEnabled());
    preferences.deleteAll(true);
    QCOMPARE(deleted.size(), 1);
    QVERIFY(deleted.at(0).at(0).toInt() >= 2);
    QCOMPARE(SessionRetention::sessionFiles(folder),
             QStringList { QDir(folder).filePath(QStringLiteral("kept.maxmon")) });
}

QTEST_MAIN(TestSessionRecording)
#include "tst_sessionrecording.moc"
