// MessageDetailView: pretty JSON with colours, raw text, hex dump, which page
// shows first, copying, and the limits for huge payloads.
#include "log/hexdump.h"
#include "log/jsonhighlighter.h"
#include "log/messagedetailview.h"
#include "widgets/separatedtext.h"
#include "window/connectiontab.h"

#include <maxmon/jsontext.h>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace maxmon;
using Direction = Message::Direction;
using Page = MessageDetailView::Page;

namespace {

bool hasHighlighting(QPlainTextEdit *editor)
{
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.layout()->formats().isEmpty())
            return true;
    }
    return false;
}

} // namespace

class TestMessageDetailView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsEmpty();
    void jsonIsPrettyAndColoured();
    void binaryShowsTheHexDump();
    void textShowsRaw();
    void brokenJsonSaysWhy();
    void closeFrameReadsAsCodeAndReason();
    void userPickedPageSticks();
    void copiesTextOrHex();
    void hugePayloadsAreCut();
    void hexFitsTheDefaultWidth();
    void summaryWrapsBetweenItsParts();

private:
    MessageDetailView *m_view = nullptr;
};

void TestMessageDetailView::init()
{
    m_view = new MessageDetailView;
    m_view->resize(500, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestMessageDetailView::cleanup()
{
    delete m_view;
}

void TestMessageDetailView::startsEmpty()
{
    QVERIFY(m_view->message().isNull());
    QVERIFY(m_view->summaryText().contains(QLatin1String("Select a message")));
    for (Page page : { Page::PrettyPage, Page::RawPage, Page::HexPage })
        QVERIFY(!m_view->isPageEnabled(page));
    QCOMPARE(m_view->copyText(), QString());
}

void TestMessageDetailView::jsonIsPrettyAndColoured()
{
    const QByteArray json = R"({"z":12345678901234567890,"a":[true,null],"s":"x"})";
    const Message message =
        Message::fromText(Direction::Outgoing, json).withId(QStringLiteral("5"));
    m_view->setMessage(message);

    QCOMPARE(m_view->currentPage(), Page::PrettyPage);
    QCOMPARE(m_view->pageText(Page::PrettyPage), QString::fromUtf8(JsonText::indent(json)));
    // keys keep their order, the big number its digits
    QVERIFY(m_view->pageText(Page::PrettyPage)
                .startsWith(QLatin1String("{\n  \"z\": 12345678901234567890,")));
    QVERIFY(hasHighlighting(m_view->pageEditor(Page::PrettyPage)));
    QCOMPARE(m_view->pageText(Page::RawPage), QString::fromUtf8(json));
    QVERIFY(m_view->pageText(Page::HexPage).startsWith(QLatin1String("00000000  7b 22 7a 22")));
    QVERIFY(m_view->isPageEnabled(Page::RawPage));
    QVERIFY(m_view->summaryText().contains(QLatin1String("Sent")));
    QVERIFY(m_view->summaryText().contains(QLatin1String("JSON")));
    QVERIFY(m_view->summaryText().contains(QStringLiteral("%1 byte(s)").arg(json.size())));
    QVERIFY(m_view->summaryText().contains(QLatin1String("id 5")));
}

void TestMessageDetailView::binaryShowsTheHexDump()
{
    const QByteArray data = QByteArray::fromHex("000102ff48656c6c6f");
    m_view->resize(900, 400); // wide enough for 16 bytes a line
    m_view->setMessage(Message::fromBinary(Direction::Incoming, data));
    QTRY_COMPARE(m_view->hexBytesPerLine(), 16);
    QCOMPARE(m_view->currentPage(), Page::HexPage);
    QCOMPARE(m_view->pageText(Page::HexPage),
             HexDump::format(data, HexDump::DefaultMaxBytes, m_view->hexBytesPerLine()));
    QVERIFY(m_view->pageText(Page::HexPage).contains(QLatin1String("|....Hello|")));
    QVERIFY(!m_view->isPageEnabled(Page::PrettyPage));
    QVERIFY(!m_view->isPageEnabled(Page::RawPage));
    QVERIFY(m_view->summaryText().contains(QLatin1String("Received")));
    QVERIFY(m_view->summaryText().contains(QLatin1String("Binary")));
}

void TestMessageDetailView::textShowsRaw()
{
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("line 1\nline 2")));
    QCOMPARE(m_view->currentPage(), Page::RawPage);
    QCOMPARE(m_view->pageText(Page::RawPage), QStringLiteral("line 1\nline 2"));
    QVERIFY(!m_view->isPageEnabled(Page::PrettyPage));
    QVERIFY(m_view->isPageEnabled(Page::HexPage));
    // back to a JSON message: its page again
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("[1]")));
    QCOMPARE(m_view->currentPage(), Page::PrettyPage);
}

void TestMessageDetailView::brokenJsonSaysWhy()
{
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("{\"a\": }")));
    QCOMPARE(m_view->currentPage(), Page::RawPage);
    QVERIFY(m_view->isPageEnabled(Page::PrettyPage));
    QVERIFY(m_view->pageText(Page::PrettyPage).contains(QLatin1String("not valid")));
}

void TestMessageDetailView::closeFrameReadsAsCodeAndReason()
{
    // the payload as on the wire: 0x03e8 = 1000, then the reason
    const QByteArray payload = QByteArray::fromHex("03e8") + "shutting down";
    m_view->setMessage(Message::control(Message::Kind::Close, Direction::Incoming, payload));
    QCOMPARE(m_view->currentPage(), Page::RawPage);
    QCOMPARE(m_view->pageText(Page::RawPage), QStringLiteral("1000 Normal closure: shutting down"));
    QCOMPARE(m_view->copyText(), QStringLiteral("1000 Normal closure: shutting down"));
    QVERIFY(m_view->pageText(Page::HexPage).startsWith(QLatin1String("00000000  03 e8 73")));
    QVERIFY(m_view->summaryText().contains(QLatin1String("Close")));
}

void TestMessageDetailView::userPickedPageSticks()
{
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("[1]")));
    auto *tabs = m_view->findChild<QTabWidget *>();
    QVERIFY(tabs);
    const QRect hexTab = tabs->tabBar()->tabRect(Page::HexPage);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, hexTab.center());
    QCOMPARE(m_view->currentPage(), Page::HexPage);
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("[2]")));
    QCOMPARE(m_view->currentPage(), Page::HexPage);
    m_view->setMessage(Message::fromBinary(Direction::Incoming, "b"));
    QCOMPARE(m_view->currentPage(), Page::HexPage);
}

void TestMessageDetailView::copiesTextOrHex()
{
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("{\"k\":1}")));
    m_view->copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("{\"k\":1}"));
    m_view->setMessage(Message::fromBinary(Direction::Incoming, "AB"));
    QCOMPARE(m_view->copyText(), HexDump::format("AB"));
    m_view->copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), HexDump::format("AB"));
    m_view->clear();
    QVERIFY(m_view->message().isNull());
    QVERIFY(!m_view->isPageEnabled(Page::HexPage));
    // all pages disabled, the first one current (Qt would leave Hex)
    QCOMPARE(m_view->currentPage(), Page::PrettyPage);
}

void TestMessageDetailView::hugePayloadsAreCut()
{
    // big enough to skip the colours, small enough to pretty-print
    QByteArray big = "[";
    while (big.size() < MessageDetailView::MaxHighlightBytes + 10)
        big += "1234567890,";
    big += "0]";
    m_view->setMessage(Message::fromText(Direction::Incoming, big));
    QCOMPARE(m_view->currentPage(), Page::PrettyPage);
    QVERIFY(m_view->pageText(Page::PrettyPage).startsWith(QLatin1String("[\n  1234567890,")));
    QVERIFY(!hasHighlighting(m_view->pageEditor(Page::PrettyPage)));

    // too big to pretty-print: say so; the hex dump stops at its limit
    QByteArray huge = "[\"" + QByteArray(MessageDetailView::MaxPrettyBytes, 'x') + "\"]";
    m_view->setMessage(Message::fromText(Direction::Incoming, huge));
    QVERIFY(m_view->pageText(Page::PrettyPage).contains(QLatin1String("too large")));
    QVERIFY(m_view->pageText(Page::HexPage).contains(QLatin1String("more bytes not shown")));

    // a small one afterwards is coloured again
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("{\"a\":1}")));
    QVERIFY(hasHighlighting(m_view->pageEditor(Page::PrettyPage)));
}

void TestMessageDetailView::hexFitsTheDefaultWidth()
{
    // the detail pane as a connection tab in the default window gives it
    ConnectionTab tab;
    tab.resize(1200, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    MessageDetailView *view = tab.detailView();
    QByteArray data;
    for (int i = 0; i < 100; ++i)
        data.append(static_cast<char>('A' + i % 26));
    view->setMessage(Message::fromBinary(Direction::Incoming, data));
    QCOMPARE(view->currentPage(), Page::HexPage);
    QPlainTextEdit *hex = view->pageEditor(Page::HexPage);
    auto everyLineFits = [hex] {
        const QFontMetrics metrics(hex->font());
        const QStringList lines = hex->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.endsWith(QLatin1Char('|'))
                || metrics.horizontalAdvance(line) > hex->viewport()->width())
                return false;
        }
        return !lines.isEmpty();
    };
    QVERIFY2(everyLineFits(), qPrintable(hex->toPlainText()));
    // once the panes' default sizes apply (after the tab is laid out)
    QTRY_VERIFY(view->pageText(Page::HexPage).contains(QLatin1String("|ABCDEFGH")));
    QVERIFY2(everyLineFits(), qPrintable(hex->toPlainText()));
    // wide enough again: the classic 16 bytes a line
    view->resize(1000, view->height());
    tab.resize(2400, 760);
    QTRY_COMPARE(view->hexBytesPerLine(), 16);
    QTRY_COMPARE(view->pageText(Page::HexPage),
                 HexDump::format(data, HexDump::DefaultMaxBytes, 16));
    QVERIFY(everyLineFits());
}

void TestMessageDetailView::summaryWrapsBetweenItsParts()
{
    m_view->setMessage(Message::fromText(Direction::Incoming, QStringLiteral("{\"k\":1}")));
    QLabel *summary = nullptr;
    for (QLabel *label : m_view->findChildren<QLabel *>()) {
        if (withPlainSpaces(label->text()) == m_view->summaryText())
            summary = label;
    }
    QVERIFY(summary);
    QVERIFY(summary->wordWrap());
    // "7 byte(s)" stays on one line; a line may end after a " · " only
    QVERIFY2(summary->text().contains(QStringLiteral("7\u00a0byte(s)")),
             qPrintable(summary->text()));
    QCOMPARE(summary->text(), wrapBetweenParts(m_view->summaryText()));
    QVERIFY(!m_view->summaryText().contains(QChar::Nbsp));
}

QTEST_MAIN(TestMessageDetailView)
#include "tst_messagedetailview.moc"
