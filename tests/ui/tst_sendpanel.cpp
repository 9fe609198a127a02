// SendPanel against a real echo server: text, JSON, binary and file sends,
// validation that blocks sending with the reason, Ctrl+Enter, history,
// repeats, and sends the client refuses. In English as the app shows it:
// with maxmon_en.qm's plural forms ("Send 5 times").
#include "send/sendpanel.h"

#include <maxmon/testing/clientconfigs.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/translationloader.h>
#include <maxmon/websocketclient.h>

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;
using Mode = SendPanel::Mode;
using Encoding = SendPanel::BinaryEncoding;

class TestSendPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void disabledWithTheReasonWhileNotConnected();
    void ctrlEnterSendsText();
    void invalidJsonBlocksSendingWithThePlace();
    void jsonIsSentAsTyped();
    void jsonScalarIsSent();
    void binaryFromHexAndBase64();
    void fileAsBinaryOrText();
    void upAndDownRecallHistory();
    void historyRestoresTheMode();
    void upInATypedDraftMovesUpFirst();
    void repeatsNTimes();
    void repeatStopsOnDisconnectOrClick();
    void refusedSendIsReported();
    void formatIndentsJson();

private:
    void connectClient();

    ScriptedServer *m_server = nullptr;
    WebSocketClient *m_client = nullptr;
    SendPanel *m_panel = nullptr;
    TranslationLoader m_translations { { QStringLiteral(MAXMON_QM_DIR) } };
};

void TestSendPanel::initTestCase()
{
    QVERIFY(!m_translations.load(QStringLiteral("en")));
    QVERIFY(m_translations.applicationFile().endsWith(QLatin1String("maxmon_en.qm")));
}

void TestSendPanel::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_client = new WebSocketClient(plainConfig(m_server->url()), this);
    m_panel = new SendPanel;
    m_panel->setClient(m_client);
    m_panel->resize(600, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestSendPanel::cleanup()
{
    delete m_panel;
    delete m_client;
    delete m_server;
}

void TestSendPanel::connectClient()
{
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
}

void TestSendPanel::disabledWithTheReasonWhileNotConnected()
{
    m_panel->setInput(QStringLiteral("hello"));
    QVERIFY(!m_panel->canSend());
    QVERIFY(!m_panel->sendButton()->isEnabled());
    QVERIFY2(m_panel->statusText().contains(QLatin1String("connect first")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->sendButton()->toolTip(), m_panel->statusText());
    QTest::keyClick(m_panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_panel->history().size(), 0);

    connectClient();
    QVERIFY(m_panel->sendButton()->isEnabled());
    QVERIFY(!m_panel->statusText().contains(QLatin1String("connect first")));

    m_panel->setClient(nullptr);
    QVERIFY(!m_panel->sendButton()->isEnabled());
    QVERIFY(m_panel->statusText().contains(QLatin1String("No connection")));
}

void TestSendPanel::ctrlEnterSendsText()
{
    connectClient();
    QSignalSpy echoes(m_client, &WebSocketClient::messageReceived);
    QSignalSpy sent(m_client, &WebSocketClient::messageSent);
    m_panel->editor()->setFocus();
    QTest::keyClicks(m_panel->editor(), QStringLiteral("hello "));
    m_panel->editor()->insertPlainText(QStringLiteral("\u00e9t\u00e9")); // keyClicks: ASCII only
    QTest::keyClick(m_panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { QStringLiteral("hello \u00e9t\u00e9") });
    QTRY_COMPARE(echoes.size(), 1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<Message>().kind(), Message::Kind::Text);
    QVERIFY(m_panel->statusText().startsWith(QLatin1String("Sent")));
    // the input stays for another send; Enter alone is a new line
    QCOMPARE(m_panel->input(), QStringLiteral("hello \u00e9t\u00e9"));
    QTest::keyClick(m_panel->editor(), Qt::Key_Return);
    QCOMPARE(m_panel->input(), QStringLiteral("hello \u00e9t\u00e9\n"));
    QCOMPARE(sent.size(), 1);

    QTest::keyClick(m_panel->editor(), Qt::Key_Enter, Qt::ControlModifier); // keypad Enter
    QTRY_COMPARE(m_server->receivedTexts().size(), 2);
}

void TestSendPanel::invalidJsonBlocksSendingWithThePlace()
{
    connectClient();
    m_panel->setMode(Mode::Json);
    QVERIFY(m_panel->statusText().contains(QLatin1String("Type a JSON")));
    m_panel->setInput(QStringLiteral("{\n  \"event\": \"ping\"\n  \"ref\": 1\n}"));
    QVERIFY(!m_panel->canSend());
    QVERIFY(!m_panel->sendButton()->isEnabled());
    QVERIFY2(m_panel->statusText().startsWith(QLatin1String("Invalid JSON at line 3, column 3")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->editor()->extraSelections().size(), 1);
    QCOMPARE(m_panel->editor()->extraSelections().constFirst().cursor.selectedText(),
             QStringLiteral("\""));
    QVERIFY(!m_panel->buildMessage());

    m_panel->send();
    QTest::keyClick(m_panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_panel->history().size(), 0);

    // fixed: the mark goes, sending works
    m_panel->setInput(QStringLiteral("{\n  \"event\": \"ping\",\n  \"ref\": 1\n}"));
    QVERIFY(m_panel->canSend());
    QVERIFY(m_panel->editor()->extraSelections().isEmpty());
    m_panel->send();
    QTRY_COMPARE(m_server->receivedTexts().size(), 1);
}

void TestSendPanel::jsonIsSentAsTyped()
{
    connectClient();
    QSignalSpy sent(m_client, &WebSocketClient::messageSent);
    m_panel->setMode(Mode::Json);
    const QString typed = QStringLiteral("{\"z\": 1, \"a\": 12345678901234567890}");
    m_panel->setInput(typed);
    m_panel->send();
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { typed });
    QCOMPARE(sent.at(0).at(0).value<Message>().kind(), Message::Kind::Json);
}

// MessageDraft's rule, as maxmon-cli's: any JSON value, without its surrounding white space
void TestSendPanel::jsonScalarIsSent()
{
    connectClient();
    m_panel->setMode(Mode::Json);
    m_panel->setInput(QStringLiteral("  \"ping\"\n"));
    QVERIFY2(m_panel->canSend(), qPrintable(m_panel->statusText()));
    m_panel->send();
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { QStringLiteral("\"ping\"") });
}

void TestSendPanel::binaryFromHexAndBase64()
{
    connectClient();
    m_panel->setMode(Mode::Binary);
    m_panel->setBinaryEncoding(Encoding::Hex);
    QVERIFY(m_panel->statusText().contains(QLatin1String("hex")));
    m_panel->setInput(QStringLiteral("de ad\nbe eg"));
    QVERIFY(!m_panel->canSend());
    QVERIFY2(m_panel->statusText().contains(QLatin1String("line 2, column 5")),
             qPrintable(m_panel->statusText()));
    m_panel->setInput(QStringLiteral("de:ad\nbe:ef:00"));
    m_panel->send();
    QTRY_COMPARE(m_server->receivedBinaries(),
                 QList<QByteArray> { QByteArray::fromHex("deadbeef00") });

    m_panel->setBinaryEncoding(Encoding::Base64);
    QVERIFY(!m_panel->canSend()); // ':' is no base64
    m_panel->setInput(QStringLiteral("SGVsbG8="));
    m_panel->send();
    QTRY_COMPARE(m_server->receivedBinaries().size(), 2);
    QCOMPARE(m_server->receivedBinaries().at(1), QByteArray("Hello"));
}

void TestSendPanel::fileAsBinaryOrText()
{
    connectClient();
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("line one\n\x01\x02");
    file.close();

    m_panel->setMode(Mode::File);
    QVERIFY(m_panel->statusText().contains(QLatin1String("Choose a file")));
    m_panel->setFilePath(file.fileName() + QStringLiteral(".missing"));
    QVERIFY(m_panel->statusText().startsWith(QLatin1String("Cannot read")));
    QVERIFY(!m_panel->canSend());
    m_panel->setFilePath(file.fileName());
    QVERIFY(m_panel->canSend());
    m_panel->send();
    QTRY_COMPARE(m_server->receivedBinaries(),
                 QList<QByteArray> { QByteArray("line one\n\x01\x02") });

    m_panel->setFileAsText(true);
    m_panel->send();
    QTRY_COMPARE(m_server->receivedTexts(), QStringList { QStringLiteral("line one\n\x01\x02") });
}

void TestSendPanel::upAndDownRecallHistory()
{
    connectClient();
    for (const QString &text : { QStringLiteral("one"), QStringLiteral("two\nlines") }) {
        m_panel->setInput(text);
        m_panel->send();
    }
    QCOMPARE(m_panel->history().size(), 2);
    m_panel->setInput(QStringLiteral("draft"));
    m_panel->editor()->setFocus();

    QTest::keyClick(m_panel->editor(), Qt::Key_Up);
    QCOMPARE(m_panel->input(), QStringLiteral("two\nlines"));
    // the cursor is at the end, on the second line: Up moves inside the text
    QTest::keyClick(m_panel->editor(), Qt::Key_Up);
    QCOMPARE(m_panel->input(), QStringLiteral("two\nlines"));
    QTest::keyClick(m_panel->editor(), Qt::Key_Up); // now on the first line
    QCOMPARE(m_panel->input(), QStringLiteral("one"));
    QTest::keyClick(m_panel->editor(), Qt::Key_Up); // oldest: stays
    QCOMPARE(m_panel->input(), QStringLiteral("one"));
    QTest::keyClick(m_panel->editor(), Qt::Key_Down);
    QCOMPARE(m_panel->input(), QStringLiteral("two\nlines"));
    QTest::keyClick(m_panel->editor(), Qt::Key_Down);
    QCOMPARE(m_panel->input(), QStringLiteral("draft"));

    // Ctrl+Up works from anywhere in a multi-line text
    m_panel->setInput(QStringLiteral("a\nb\nc"));
    QTest::keyClick(m_panel->editor(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_panel->input(), QStringLiteral("two\nlines"));
}

void TestSendPanel::historyRestoresTheMode()
{
    connectClient();
    m_panel->setMode(Mode::Binary);
    m_panel->setBinaryEncoding(Encoding::Base64);
    m_panel->setInput(QStringLiteral("AAE="));
    m_panel->send();
    m_panel->setMode(Mode::Text);
    m_panel->setInput(QString());
    QVERIFY(m_panel->recallPrevious());
    QCOMPARE(m_panel->mode(), Mode::Binary);
    QCOMPARE(m_panel->binaryEncoding(), Encoding::Base64);
    QCOMPARE(m_panel->input(), QStringLiteral("AAE="));
    QVERIFY(m_panel->recallNext());
    QCOMPARE(m_panel->input(), QString());
}

void TestSendPanel::repeatsNTimes()
{
    connectClient();
    m_panel->setInput(QStringLiteral("tick"));
    m_panel->setRepeat(true, 5, 10);
    QCOMPARE(m_panel->sendButton()->text(), QStringLiteral("Send 5 times"));
    m_panel->send();
    QVERIFY(m_panel->isRepeating());
    QVERIFY(m_panel->sendButton()->text().startsWith(QLatin1String("Stop")));
    QTRY_COMPARE(m_server->receivedTexts().size(), 5);
    QTRY_VERIFY(!m_panel->isRepeating());
    QCOMPARE(m_panel->repeatSent(), 5);
    QCOMPARE(m_panel->history().size(), 1); // one entry for the whole run
    QVERIFY2(m_panel->statusText().startsWith(QLatin1String("Sent 5 of 5")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->sendButton()->text(), QStringLiteral("Send 5 times"));
}

void TestSendPanel::repeatStopsOnDisconnectOrClick()
{
    connectClient();
    m_panel->setInput(QStringLiteral("tick"));
    m_panel->setRepeat(true, 100000, 5);
    m_panel->send();
    QTRY_VERIFY(m_server->receivedTexts().size() >= 3);
    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton); // "Stop"
    QVERIFY(!m_panel->isRepeating());
    const int sent = m_panel->repeatSent();
    QVERIFY(sent < 100000);

    m_panel->send();
    QTRY_VERIFY(m_panel->repeatSent() >= 2);
    QVERIFY(m_client->close());
    QVERIFY(!m_panel->isRepeating());
    QVERIFY(!m_panel->sendButton()->isEnabled());
    QVERIFY(m_panel->statusText().contains(QLatin1String("connect first")));
}

void TestSendPanel::refusedSendIsReported()
{
    ConnectionConfig config = m_client->config();
    config.maxOutgoingMessageSize = 8;
    QVERIFY(m_client->setConfig(config));
    connectClient();
    QSignalSpy failed(m_panel, &SendPanel::sendFailed);
    m_panel->setInput(QStringLiteral("far more than eight bytes"));
    m_panel->send();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code(), Error::Code::OutgoingMessageTooLarge);
    QVERIFY2(m_panel->statusText().startsWith(QLatin1String("Not sent:")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->history().size(), 0);
}

void TestSendPanel::formatIndentsJson()
{
    m_panel->setMode(Mode::Json);
    m_panel->setInput(QStringLiteral("{\"a\":[1,2]}"));
    m_panel->formatJson();
    QCOMPARE(m_panel->input(), QStringLiteral("{\n  \"a\": [\n    1,\n    2\n  ]\n}"));
    m_panel->setInput(QStringLiteral("{broken"));
    m_panel->formatJson(); // leaves invalid input alone
    QCOMPARE(m_panel->input(), QStringLiteral("{broken"));
}

void TestSendPanel::upInATypedDraftMovesUpFirst()
{
    connectClient();
    m_panel->setInput(QStringLiteral("sent before"));
    m_panel->send();
    QCOMPARE(m_panel->history().size(), 1);
    // a draft typed over three lines, the cursor at its end
    QPlainTextEdit *editor = m_panel->editor();
    m_panel->setInput(QString());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("one"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("two"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("three"));
    const QString draft = QStringLiteral("one\ntwo\nthree");
    QCOMPARE(m_panel->input(), draft);
    QTest::keyClick(editor, Qt::Key_Up); // to "two"
    QCOMPARE(m_panel->input(), draft);
    QCOMPARE(editor->textCursor().blockNumber(), 1);
    QTest::keyClick(editor, Qt::Key_Up); // to "one"
    QCOMPARE(m_panel->input(), draft);
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    QTest::keyClick(editor, Qt::Key_Up); // on the first line: history
    QCOMPARE(m_panel->input(), QStringLiteral("sent before"));
    QTest::keyClick(editor, Qt::Key_Down); // and the draft comes back
    QCOMPARE(m_panel->input(), draft);
}

QTEST_MAIN(TestSendPanel)
#include "tst_sendpanel.moc"
