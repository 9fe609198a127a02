// ConnectionBar: URL checked as typed, the Connect/Disconnect button and
// "Reconnect now" following the state.
#include "connectionbar.h"
#include "statebadge.h"
#include "websocket/message.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using State = ConnectionState;

class TestConnectionBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void invalidUrlBlocksConnect_data();
    void invalidUrlBlocksConnect();
    void validUrlConnects();
    void buttonsFollowTheState_data();
    void buttonsFollowTheState();
    void disconnectAndReconnectSignals();

private:
    ConnectionBar *m_bar = nullptr;
};

void TestConnectionBar::init()
{
    m_bar = new ConnectionBar;
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar));
}

void TestConnectionBar::cleanup()
{
    delete m_bar;
}

void TestConnectionBar::invalidUrlBlocksConnect_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("problemShown");
    QTest::newRow("empty") << QString() << false; // the placeholder is enough
    QTest::newRow("http") << QStringLiteral("http://example.com/socket") << true;
    QTest::newRow("no host") << QStringLiteral("ws:///path") << true;
    QTest::newRow("bad port") << QStringLiteral("ws://localhost:99999/") << true;
    QTest::newRow("not a url") << QStringLiteral("hello there") << true;
}

void TestConnectionBar::invalidUrlBlocksConnect()
{
    QFETCH(QString, url);
    QFETCH(bool, problemShown);
    QSignalSpy requested(m_bar, &ConnectionBar::connectRequested);
    m_bar->urlEdit()->clear();
    QTest::keyClicks(m_bar->urlEdit(), url);
    QVERIFY(!m_bar->urlProblem().isEmpty());
    QVERIFY(!m_bar->connectButton()->isEnabled());
    QVERIFY(m_bar->connectButton()->toolTip().contains(m_bar->urlProblem()));
    QCOMPARE(m_bar->problemLabel()->isVisible(), problemShown);
    if (problemShown)
        QCOMPARE(m_bar->problemLabel()->text(), m_bar->urlProblem());
    QTest::keyClick(m_bar->urlEdit(), Qt::Key_Return);
    QCOMPARE(requested.size(), 0);
}

void TestConnectionBar::validUrlConnects()
{
    QSignalSpy requested(m_bar, &ConnectionBar::connectRequested);
    QTest::keyClicks(m_bar->urlEdit(), QStringLiteral("http://x"));
    QVERIFY(m_bar->problemLabel()->isVisible());
    m_bar->setUrlText(QStringLiteral("  wss://max.example:8443/socket?vsn=2.0.0 "));
    QVERIFY(m_bar->urlProblem().isEmpty());
    QVERIFY(!m_bar->problemLabel()->isVisible());
    QVERIFY(m_bar->connectButton()->isEnabled());
    QCOMPARE(m_bar->connectButton()->text(), QStringLiteral("Connect"));

    QTest::mouseClick(m_bar->connectButton(), Qt::LeftButton);
    QTest::keyClick(m_bar->urlEdit(), Qt::Key_Return);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).at(0).toUrl(),
             QUrl(QStringLiteral("wss://max.example:8443/socket?vsn=2.0.0")));
}

void TestConnectionBar::buttonsFollowTheState_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("buttonText");
    QTest::addColumn<bool>("buttonEnabled");
    QTest::addColumn<bool>("reconnectVisible");

    QTest::newRow("disconnected") << State::Disconnected << QStringLiteral("Connect") << true
                                  << false;
    QTest::newRow("connecting") << State::Connecting << QStringLiteral("Disconnect") << true
                                << false;
    QTest::newRow("connected") << State::Connected << QStringLiteral("Disconnect") << true << false;
    QTest::newRow("disconnecting")
        << State::Disconnecting << QStringLiteral("Disconnecting...") << false << false;
    QTest::newRow("reconnecting") << State::Reconnecting << QStringLiteral("Disconnect") << true
                                  << true;
    QTest::newRow("error") << State::Error << QStringLiteral("Connect") << true << true;
}

void TestConnectionBar::buttonsFollowTheState()
{
    QFETCH(State, state);
    QFETCH(QString, buttonText);
    QFETCH(bool, buttonEnabled);
    QFETCH(bool, reconnectVisible);
    m_bar->setUrlText(QStringLiteral("ws://127.0.0.1:1/echo"));
    m_bar->setState(state, Message::nowMonotonicNs());
    QCOMPARE(m_bar->state(), state);
    QCOMPARE(m_bar->badge()->state(), state);
    QVERIFY(m_bar->badge()->text().startsWith(connectionStateText(state)));
    QCOMPARE(m_bar->connectButton()->text(), buttonText);
    QCOMPARE(m_bar->connectButton()->isEnabled(), buttonEnabled);
    QCOMPARE(m_bar->reconnectButton()->isVisible(), reconnectVisible);
}

void TestConnectionBar::disconnectAndReconnectSignals()
{
    QSignalSpy connectRequested(m_bar, &ConnectionBar::connectRequested);
    QSignalSpy disconnectRequested(m_bar, &ConnectionBar::disconnectRequested);
    QSignalSpy reconnectRequested(m_bar, &ConnectionBar::reconnectRequested);
    m_bar->setUrlText(QStringLiteral("ws://127.0.0.1:1/echo"));

    m_bar->setState(State::Connected, Message::nowMonotonicNs());
    QTest::mouseClick(m_bar->connectButton(), Qt::LeftButton);
    QTest::keyClick(m_bar->urlEdit(), Qt::Key_Return); // Enter never disconnects
    QCOMPARE(disconnectRequested.size(), 1);
    QCOMPARE(connectRequested.size(), 0);

    m_bar->setState(State::Error, Message::nowMonotonicNs());
    QTest::mouseClick(m_bar->reconnectButton(), Qt::LeftButton);
    QCOMPARE(reconnectRequested.size(), 1);
}

QTEST_MAIN(TestConnectionBar)
#include "tst_connectionbar.moc"
