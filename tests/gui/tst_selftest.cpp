// SelfTest (maxmon --self-test): passes against an echo server, fails with a
// reason for every way it can go wrong, and always finishes exactly once.
#include "selftest.h"
#include "temporarysettings.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/testing/scriptedserver.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

class TestSelfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passesAgainstAnEchoServer();
    void failures_data();
    void failures();
    void failsWhenNobodyListens();

private:
    ScriptedServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
};

void TestSelfTest::initTestCase()
{
    maxmon::test::useTemporarySettings();
}

void TestSelfTest::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_window = new MainWindow;
    m_window->setSettingsEnabled(false);
    m_window->show();
}

void TestSelfTest::cleanup()
{
    delete m_window;
    delete m_server;
}

void TestSelfTest::passesAgainstAnEchoServer()
{
    SelfTest test(m_window, m_server->url());
    QSignalSpy finished(&test, &SelfTest::finished);
    test.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    const QString report = finished.at(0).at(1).toString();
    QVERIFY2(report.startsWith(QLatin1String("maxmon self-test passed")), qPrintable(report));
    QVERIFY(test.isFinished());
    // the probe went through the real GUI path: the send panel and the log
    QCOMPARE(m_server->receivedTexts().size(), 1);
    QVERIFY(m_server->receivedTexts().constFirst().startsWith(QLatin1String("maxmon self-test ")));
    // the probe and its echo; the close's confirming ping may add a pong
    const MessageLogModel *log = m_window->currentTab()->logModel();
    int dataMessages = 0;
    for (int row = 0; row < log->rowCount(); ++row) // event rows are no messages
        dataMessages += log->isEvent(row) || log->message(row).isControl() ? 0 : 1;
    QCOMPARE(dataMessages, 2);
    // it closes what it opened, and reports only once
    QTRY_COMPARE(m_window->currentTab()->state(), ConnectionState::Disconnected);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestSelfTest::failures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("reason");
    QTest::newRow("refused handshake")
        << QStringLiteral("/reject/403") << 20000 << QStringLiteral("connection failed");
    // the budget covers opening the tab and connecting too: room for a busy machine
    QTest::newRow("no echo") << QStringLiteral("/sink") << 3000
                             << QStringLiteral("timed out while waiting for the echo");
    QTest::newRow("closed at once")
        << QStringLiteral("/close/4000") << 20000 << QStringLiteral("connection failed");
}

void TestSelfTest::failures()
{
    QFETCH(QString, path);
    QFETCH(int, timeoutMs);
    QFETCH(QString, reason);
    SelfTest test(m_window, m_server->url(path));
    QSignalSpy finished(&test, &SelfTest::finished);
    test.start(timeoutMs);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    const QString report = finished.at(0).at(1).toString();
    QVERIFY2(report.startsWith(QLatin1String("maxmon self-test FAILED: ") + reason),
             qPrintable(report));
    QTest::qWait(50); // whatever else happens to the connection, no second report
    QCOMPARE(finished.size(), 1);
}

void TestSelfTest::failsWhenNobodyListens()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SelfTest test(m_window, QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(port)));
    QSignalSpy finished(&test, &SelfTest::finished);
    test.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("refused")),
             qPrintable(finished.at(0).at(1).toString()));
}

QTEST_MAIN(TestSelfTest)
#include "tst_selftest.moc"
