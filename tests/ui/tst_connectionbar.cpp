// ConnectionBar: URL checked as typed, the Connect/Disconnect button and
// "Reconnect now" following the state.
#include "connectionbar.h"
#include "statebadge.h"
#include "websocket/message.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

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
    void reconnectCountdownInTheBadge();
    void profilePicker();

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
    // while a retry waits: cancel it, or try now
    QTest::newRow("reconnecting") << State::Reconnecting << QStringLiteral("Cancel") << true
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

void TestConnectionBar::reconnectCountdownInTheBadge()
{
    QSignalSpy disconnectRequested(m_bar, &ConnectionBar::disconnectRequested);
    m_bar->setUrlText(QStringLiteral("ws://127.0.0.1:1/echo"));
    m_bar->setState(State::Reconnecting, Message::nowMonotonicNs());
    ReconnectStatus status;
    status.enabled = true;
    status.attempt = 3;
    status.reason = QStringLiteral("the server closed with 1012");
    status.nextAttemptAtMonotonicNs = Message::nowMonotonicNs() + 4500 * 1000000LL;
    m_bar->setReconnectStatus(status);
    QVERIFY2(m_bar->badge()->text().startsWith(
                 QStringLiteral("Reconnecting \u00b7 attempt 3 \u00b7 next in 5 s \u00b7 ")),
             qPrintable(m_bar->badge()->text()));
    QVERIFY(m_bar->badge()->toolTip().contains(QLatin1String("the server closed with 1012")));
    QVERIFY(m_bar->reconnectButton()->toolTip().contains(QLatin1String("1012")));
    // the countdown runs by itself
    QTRY_VERIFY2(m_bar->badge()->detail().endsWith(QLatin1String("next in 4 s")),
                 qPrintable(m_bar->badge()->detail()));
    // with a limit, the limit is shown
    status.maxAttempts = 5;
    m_bar->setReconnectStatus(status);
    QVERIFY(m_bar->badge()->detail().startsWith(QLatin1String("attempt 3 of 5")));
    QTest::mouseClick(m_bar->connectButton(), Qt::LeftButton); // Cancel
    QCOMPARE(disconnectRequested.size(), 1);
    // other states have no attempt to show
    m_bar->setState(State::Connected, Message::nowMonotonicNs());
    QVERIFY(m_bar->badge()->detail().isEmpty());
    m_bar->setReconnectStatus(status);
    QVERIFY(!m_bar->badge()->text().contains(QLatin1String("attempt")));
    QVERIFY(!m_bar->badge()->toolTip().contains(QLatin1String("1012")));
}

void TestConnectionBar::profilePicker()
{
    QSignalSpy selected(m_bar, &ConnectionBar::profileSelected);
    QSignalSpy manage(m_bar, &ConnectionBar::manageProfilesRequested);
    QComboBox *combo = m_bar->profileCombo();
    QCOMPARE(combo->count(), 1); // "No profile"
    m_bar->setProfileNames({ QStringLiteral("Local"), QStringLiteral("Staging") });
    QCOMPARE(combo->count(), 3);
    QCOMPARE(m_bar->currentProfile(), QString());
    m_bar->setCurrentProfile(QStringLiteral("Staging"));
    QCOMPARE(m_bar->currentProfile(), QStringLiteral("Staging"));
    QCOMPARE(selected.size(), 0); // set by the program: no signal
    // the user picks one
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("Local"));
    // names change, the selection stays; a vanished profile falls back to none
    m_bar->setProfileNames({ QStringLiteral("Local"), QStringLiteral("Other") });
    QCOMPARE(m_bar->currentProfile(), QStringLiteral("Local"));
    m_bar->setProfileNames({ QStringLiteral("Other") });
    QCOMPARE(m_bar->currentProfile(), QString());
    QTest::mouseClick(m_bar->profilesButton(), Qt::LeftButton);
    QCOMPARE(manage.size(), 1);
}

QTEST_MAIN(TestConnectionBar)
#include "tst_connectionbar.moc"
