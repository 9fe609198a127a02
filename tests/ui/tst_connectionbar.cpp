// ConnectionBar: URL checked as typed, the Connect/Disconnect button and
// "Reconnect now" following the state, the protocol following the URL until
// chosen.
#include "widgets/statebadge.h"
#include "window/connectionbar.h"

#include <maxmon/message.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    void longProfileNamesLeaveTheUrlItsRoom();
    void enterOnAnotherUrlOffersToReconnect();
    void protocolFollowsTheUrl_data();
    void protocolFollowsTheUrl();
    void chosenProtocolStays();

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
    // the countdown, and not the time in the state after it as well
    QCOMPARE(m_bar->badge()->text(),
             QStringLiteral("Reconnecting \u00b7 attempt 3 \u00b7 next in 5 s"));
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

void TestConnectionBar::enterOnAnotherUrlOffersToReconnect()
{
    QSignalSpy switchRequested(m_bar, &ConnectionBar::switchUrlRequested);
    QSignalSpy connectRequested(m_bar, &ConnectionBar::connectRequested);
    const QUrl live(QStringLiteral("ws://127.0.0.1:1/echo"));
    m_bar->setUrlText(live.toString());
    m_bar->setLiveUrl(live);
    m_bar->setState(State::Connected, Message::nowMonotonicNs());
    auto question = [this] {
        return m_bar->findChild<QMessageBox *>(QStringLiteral("switchUrlQuestion"));
    };
    // Enter on the live URL: nothing to ask
    QTest::keyClick(m_bar->urlEdit(), Qt::Key_Return);
    QVERIFY(!question());

    // another URL: asked; declined, the field shows the live URL again
    m_bar->urlEdit()->selectAll();
    QTest::keyClicks(m_bar->urlEdit(), QStringLiteral("ws://127.0.0.1:1/other"));
    QTest::keyClick(m_bar->urlEdit(), Qt::Key_Return);
    QTRY_VERIFY(question() && question()->isVisible());
    QTest::mouseClick(question()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!question());
    QCOMPARE(m_bar->urlText(), live.toString());
    QCOMPARE(switchRequested.size(), 0);

    // accepted: the bar asks for the switch
    m_bar->setUrlText(QStringLiteral("ws://127.0.0.1:1/other"));
    QTest::keyClick(m_bar->urlEdit(), Qt::Key_Return);
    QTRY_VERIFY(question() && question()->isVisible());
    QTest::keyClick(question(), Qt::Key_Return); // the default button: Reconnect
    QTRY_COMPARE(switchRequested.size(), 1);
    QCOMPARE(switchRequested.at(0).at(0).toUrl(), QUrl(QStringLiteral("ws://127.0.0.1:1/other")));
    QCOMPARE(connectRequested.size(), 0);
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

void TestConnectionBar::protocolFollowsTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("phoenix");
    QTest::newRow("socket") << QStringLiteral("ws://localhost:4000/socket") << true;
    QTest::newRow("socket/") << QStringLiteral("wss://max.example/socket/") << true;
    QTest::newRow("socket/websocket")
        << QStringLiteral("ws://localhost:4000/socket/websocket") << true;
    QTest::newRow("deeper socket") << QStringLiteral("ws://h/api/live/socket") << true;
    QTest::newRow("vsn") << QStringLiteral("ws://h/ws?vsn=2.0.0") << true;
    QTest::newRow("echo") << QStringLiteral("ws://localhost:8765/echo") << false;
    QTest::newRow("websocket alone") << QStringLiteral("ws://h/websocket") << false;
    QTest::newRow("sockets") << QStringLiteral("ws://h/sockets") << false;
    QTest::newRow("socket in the middle") << QStringLiteral("ws://h/socket/other") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestConnectionBar::protocolFollowsTheUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, phoenix);
    using Protocol = ConnectionConfig::Protocol;
    const Protocol expected = phoenix ? Protocol::Phoenix : Protocol::WebSocket;
    QCOMPARE(ConnectionBar::suggestedProtocol(QUrl(url)), expected);

    QVERIFY(m_bar->protocolFollowsUrl());
    QSignalSpy changed(m_bar, &ConnectionBar::protocolChanged);
    m_bar->urlEdit()->clear();
    QTest::keyClicks(m_bar->urlEdit(), url);
    QCOMPARE(m_bar->protocol(), expected); // at once, for a Connect right now
    // the combo once the typing pauses: one change, not one per keystroke
    QTRY_COMPARE(m_bar->protocolCombo()->currentData().toInt(), int(expected));
    QCOMPARE(changed.size(), phoenix ? 1 : 0);
    QVERIFY(m_bar->protocolFollowsUrl());
    m_bar->setUrlText(QString());
    QCOMPARE(m_bar->protocol(), Protocol::WebSocket);
    QCOMPARE(m_bar->protocolCombo()->currentData().toInt(), int(Protocol::WebSocket));
}

void TestConnectionBar::chosenProtocolStays()
{
    using Protocol = ConnectionConfig::Protocol;
    QSignalSpy changed(m_bar, &ConnectionBar::protocolChanged);
    m_bar->setUrlText(QStringLiteral("ws://localhost:4000/socket"));
    QCOMPARE(m_bar->protocol(), Protocol::Phoenix);

    // the user picks WebSocket for a /socket URL: the URL no longer decides
    QComboBox *combo = m_bar->protocolCombo();
    combo->setCurrentIndex(combo->findData(int(Protocol::WebSocket)));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(!m_bar->protocolFollowsUrl());
    QCOMPARE(m_bar->protocol(), Protocol::WebSocket);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.constLast().at(0).value<Protocol>(), Protocol::WebSocket);
    m_bar->setUrlText(QStringLiteral("ws://localhost:4000/socket/websocket"));
    QCOMPARE(m_bar->protocol(), Protocol::WebSocket);

    // as a profile does
    m_bar->setProtocol(Protocol::Phoenix);
    QCOMPARE(m_bar->protocol(), Protocol::Phoenix);
    QCOMPARE(changed.size(), 3);
    m_bar->setUrlText(QStringLiteral("ws://localhost:8765/echo"));
    QCOMPARE(m_bar->protocol(), Protocol::Phoenix);
    m_bar->setProtocol(Protocol::Phoenix);
    QCOMPARE(changed.size(), 3); // no change, no signal
}

void TestConnectionBar::longProfileNamesLeaveTheUrlItsRoom()
{
    m_bar->setProfileNames({ QStringLiteral("Demo echo") });
    const int width = m_bar->profileCombo()->sizeHint().width();
    const QString longName = QStringLiteral("Staging for the payments team, EU region, "
                                            "with the long-lived token");
    m_bar->setProfileNames({ QStringLiteral("Demo echo"), longName });
    QCOMPARE(m_bar->profileCombo()->sizeHint().width(), width);
    // the list still shows it whole
    QVERIFY(m_bar->profileCombo()->findText(longName) >= 0);
}

QTEST_MAIN(TestConnectionBar)
#include "tst_connectionbar.moc"
