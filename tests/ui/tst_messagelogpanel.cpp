// MessageLogPanel: the log table with its filter bar, auto-scroll, selection,
// copy, and a view that keeps up with a flood of messages.
#include "log/matchdelegate.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionevent.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace maxmon;
using Direction = Message::Direction;
using Kind = Message::Kind;

class TestMessageLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsHaveFixedHeights();
    void typingFiltersAfterAPause();
    void regexDirectionAndKindControls();
    void autoScrollFollowsAndPauses();
    void selectionShowsTheMessage();
    void copiesSelectedMessages();
    void clearEmptiesTheLog();
    void keepsUpWithAFlood();
    void kindsMenuStaysOpenWhileTicking();
    void holdsStillWhileTheLogDropsOldRows_data();
    void holdsStillWhileTheLogDropsOldRows();
    void pauseFreezesAndCounts();
    void followingStaysOnTheNewestWhenResized();
    void matchesAreHighlighted();
    void invalidRegexMarksTheField();
    void lineBreaksAreMarked();
    void countsRowsWithTheEvents();

private:
    void appendTexts(int count, const QString &prefix = QStringLiteral("message"));

    MessageLogModel *m_model = nullptr;
    MessageLogPanel *m_panel = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestMessageLogPanel::init()
{
    m_model = new MessageLogModel;
    m_panel = new MessageLogPanel(m_model);
    m_tester = new QAbstractItemModelTester(m_panel->filter(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(800, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestMessageLogPanel::cleanup()
{
    delete m_tester;
    delete m_panel;
    delete m_model;
}

void TestMessageLogPanel::appendTexts(int count, const QString &prefix)
{
    for (int i = 0; i < count; ++i)
        m_model->append(Message::fromText(i % 2 ? Direction::Incoming : Direction::Outgoing,
                                          QStringLiteral("%1 %2").arg(prefix).arg(i)));
    m_model->flush();
}

void TestMessageLogPanel::rowsHaveFixedHeights()
{
    QTableView *view = m_panel->view();
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    for (int column = 0; column < MessageLogModel::ColumnCount; ++column)
        QVERIFY(view->horizontalHeader()->sectionResizeMode(column)
                != QHeaderView::ResizeToContents);
    QVERIFY(view->horizontalHeader()->stretchLastSection());
    QVERIFY(!view->isSortingEnabled());
}

void TestMessageLogPanel::typingFiltersAfterAPause()
{
    appendTexts(10);
    QTest::keyClicks(m_panel->filterEdit(), QStringLiteral("message 7"));
    QCOMPARE(m_panel->filter()->text(), QString()); // not yet: waits for a pause
    QTRY_COMPARE(m_panel->filter()->rowCount(), 1);
    QVERIFY(m_panel->countLabel()->text().contains(QLatin1String("1 of 10")));

    m_panel->filterEdit()->clear();
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return); // Enter applies at once
    QCOMPARE(m_panel->filter()->rowCount(), 10);
}

void TestMessageLogPanel::regexDirectionAndKindControls()
{
    appendTexts(6);
    m_model->append(Message::fromBinary(Direction::Incoming, "\x01\x02"));
    m_model->flush();

    m_panel->filterEdit()->setText(QStringLiteral("message [024]$"));
    m_panel->regexCheck()->setChecked(true);
    QCOMPARE(m_panel->filter()->rowCount(), 3);
    m_panel->filterEdit()->setText(QStringLiteral("message ["));
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return);
    QVERIFY(m_panel->countLabel()->text().contains(QLatin1String("Invalid regular expression")));
    QVERIFY(m_panel->filterEdit()->toolTip().contains(QLatin1String("Invalid")));
    m_panel->filterEdit()->clear();
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return);

    m_panel->directionCombo()->setCurrentIndex(2); // sent only
    QCOMPARE(m_panel->filter()->rowCount(), 3);
    m_panel->directionCombo()->setCurrentIndex(0);

    // untick every kind but Binary
    const QList<QAction *> kinds = m_panel->kindsButton()->menu()->actions();
    for (QAction *action : kinds) {
        if (static_cast<Kind>(action->data().toInt()) != Kind::Binary)
            action->setChecked(false);
    }
    QCOMPARE(m_panel->filter()->rowCount(), 1);
    QCOMPARE(m_panel->kindsButton()->text(), QStringLiteral("Binary"));
    kinds.first()->setChecked(true); // Text
    QCOMPARE(m_panel->filter()->rowCount(), 7);
    for (QAction *action : kinds)
        action->setChecked(false);
    QCOMPARE(m_panel->filter()->rowCount(), 0);
    QCOMPARE(m_panel->kindsButton()->text(), QStringLiteral("No kinds"));
    for (QAction *action : kinds)
        action->setChecked(true);
    QCOMPARE(m_panel->kindsButton()->text(), QStringLiteral("All kinds"));
    QCOMPARE(m_panel->filter()->rowCount(), 7);
}

void TestMessageLogPanel::autoScrollFollowsAndPauses()
{
    QScrollBar *bar = m_panel->view()->verticalScrollBar();
    QSignalSpy changes(m_panel, &MessageLogPanel::autoScrollChanged);
    appendTexts(500);
    QVERIFY(m_panel->autoScroll());
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // the user scrolls up: following stops, new rows leave the view alone
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!m_panel->autoScroll());
    QCOMPARE(changes.size(), 1);
    const int position = bar->value();
    appendTexts(100);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), position);

    // back at the end: following resumes
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(m_panel->autoScroll());
    appendTexts(100);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // and the switch does the same
    m_panel->setAutoScroll(false);
    QVERIFY(!m_panel->autoScroll());
    m_panel->setAutoScroll(true);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(changes.size(), 4);
}

void TestMessageLogPanel::selectionShowsTheMessage()
{
    QSignalSpy selected(m_panel, &MessageLogPanel::messageSelected);
    appendTexts(20);
    m_panel->filterEdit()->setText(QStringLiteral("message 1"));
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return); // 1, 10..19
    m_panel->selectRow(2);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().at(0).value<Message>().text(), QStringLiteral("message 11"));

    // clicking a row selects it too
    QTableView *view = m_panel->view();
    const QRect rect = view->visualRect(m_panel->filter()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(selected.last().at(0).value<Message>().text(), QStringLiteral("message 1"));
    QCOMPARE(m_panel->selectedMessages().size(), 1);
}

void TestMessageLogPanel::copiesSelectedMessages()
{
    appendTexts(3);
    m_model->append(Message::fromBinary(Direction::Incoming, QByteArray::fromHex("00ff")));
    m_model->flush();
    m_panel->view()->selectAll();
    m_panel->copySelection();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("message 0\nmessage 1\nmessage 2\n00 ff"));
}

void TestMessageLogPanel::clearEmptiesTheLog()
{
    QSignalSpy selected(m_panel, &MessageLogPanel::messageSelected);
    appendTexts(5);
    m_panel->selectRow(1);
    m_panel->clearLog();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(selected.last().at(0).value<Message>().isNull());
    QVERIFY(m_panel->countLabel()->text().contains(QLatin1String("0")));
}

void TestMessageLogPanel::keepsUpWithAFlood()
{
    // 150,000 messages through a 100,000-row log with a filter and the view
    // attached, in the batches a live connection produces. Correctness is
    // asserted; the time is printed for bench comparisons, never asserted.
    delete m_tester; // it re-checks the whole model on every change
    m_tester = nullptr;
    m_panel->filterEdit()->setText(QStringLiteral("flood"));
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return);

    QElapsedTimer clock;
    clock.start();
    const int total = 150000;
    const int perTick = 1000; // 50 ms of traffic at 20,000 messages/s
    for (int i = 0; i < total; ++i) {
        m_model->append(Message::fromText(Direction::Incoming,
                                          i % 10 ? QStringLiteral("flood %1").arg(i)
                                                 : QStringLiteral("other %1").arg(i)));
        if ((i + 1) % perTick == 0) {
            m_model->flush();
            QCoreApplication::processEvents(); // the view paints between batches
        }
    }
    qInfo("%d messages with the view attached: %lld ms", total,
          static_cast<long long>(clock.elapsed()));

    QCOMPARE(m_model->rowCount(), MessageLogModel::DefaultCapacity);
    QCOMPARE(m_model->totalCount(), total);
    QCOMPARE(m_model->evictedCount(), total - MessageLogModel::DefaultCapacity);
    QCOMPARE(m_panel->filter()->rowCount(), MessageLogModel::DefaultCapacity * 9 / 10);
    const QModelIndex last = m_panel->filter()->index(m_panel->filter()->rowCount() - 1, 0);
    QCOMPARE(last.data(MessageLogModel::MessageRole).value<Message>().text(),
             QStringLiteral("flood %1").arg(total - 1));
    QScrollBar *bar = m_panel->view()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestMessageLogPanel::kindsMenuStaysOpenWhileTicking()
{
    appendTexts(3);
    m_model->append(Message::fromBinary(Direction::Incoming, QByteArray("\x01\x02", 2)));
    QTRY_COMPARE(m_panel->filter()->rowCount(), 4);
    QMenu *menu = m_panel->kindsButton()->menu();
    menu->popup(m_panel->kindsButton()->mapToGlobal(QPoint(0, m_panel->kindsButton()->height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    const QList<QAction *> kinds = menu->actions();
    // untick Text, then JSON: the menu stays open for the second click
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(kinds.at(0)).center());
    QVERIFY(menu->isVisible());
    QVERIFY(!kinds.at(0)->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(kinds.at(1)).center());
    QVERIFY(menu->isVisible());
    QVERIFY(!kinds.at(1)->isChecked());
    QTRY_COMPARE(m_panel->filter()->rowCount(), 1); // the binary message
    // from the keyboard as well: Space ticks Text again
    menu->setActiveAction(kinds.at(0));
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(menu->isVisible());
    QVERIFY(kinds.at(0)->isChecked());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

void TestMessageLogPanel::holdsStillWhileTheLogDropsOldRows_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("scrolled up") << QStringLiteral("scroll");
    QTest::newRow("row selected") << QStringLiteral("select");
    QTest::newRow("auto-scroll off") << QStringLiteral("switch");
}

void TestMessageLogPanel::holdsStillWhileTheLogDropsOldRows()
{
    QFETCH(QString, how);
    m_model->setCapacity(300);
    appendTexts(300, QStringLiteral("first"));
    QTableView *view = m_panel->view();
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    auto topText = [view] {
        return view->model()
            ->index(view->rowAt(0), MessageLogModel::PreviewColumn)
            .data()
            .toString();
    };
    if (how == QLatin1String("scroll")) {
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    } else if (how == QLatin1String("select")) {
        const int row = view->rowAt(view->viewport()->height() / 2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, 0)).center());
    } else {
        QCheckBox *follow = nullptr;
        for (QCheckBox *box : m_panel->findChildren<QCheckBox *>()) {
            if (box->text() == QLatin1String("Auto-scroll"))
                follow = box;
        }
        QVERIFY(follow);
        QTest::mouseClick(follow, Qt::LeftButton);
    }
    QVERIFY(!m_panel->autoScroll());
    const QString top = topText();
    const int topY = view->visualRect(view->model()->index(view->rowAt(0), 0)).top();
    QVERIFY(!top.isEmpty());
    // the log is full: every new message drops the oldest; the rows in view stay, to the pixel
    for (int round = 0; round < 5; ++round) {
        appendTexts(40, QStringLiteral("round %1").arg(round));
        QCOMPARE(m_model->rowCount(), 300);
        QCOMPARE(topText(), top);
        QCOMPARE(view->visualRect(view->model()->index(view->rowAt(0), 0)).top(), topY);
    }
    QVERIFY(m_model->evictedCount() >= 200);
}

void TestMessageLogPanel::pauseFreezesAndCounts()
{
    appendTexts(200);
    QTableView *view = m_panel->view();
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QTest::mouseClick(m_panel->pauseButton(), Qt::LeftButton);
    QVERIFY(m_panel->isPaused());
    QVERIFY(!m_panel->autoScroll());
    const int position = bar->value();
    appendTexts(7, QStringLiteral("late"));
    QCOMPARE(m_panel->arrivedWhilePaused(), 7);
    QCOMPARE(m_panel->pauseButton()->text(), QStringLiteral("Paused \u00b7 7 new"));
    QCOMPARE(bar->value(), position);
    // scrolling to the end does not end a pause
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(m_panel->isPaused());
    // resumed: following the newest again
    QTest::mouseClick(m_panel->pauseButton(), Qt::LeftButton);
    QVERIFY(!m_panel->isPaused());
    QVERIFY(m_panel->autoScroll());
    QCOMPARE(m_panel->pauseButton()->text(), QStringLiteral("Pause"));
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestMessageLogPanel::followingStaysOnTheNewestWhenResized()
{
    appendTexts(300);
    QTableView *view = m_panel->view();
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    const int last = view->model()->rowCount() - 1;
    // the table gets smaller (a banner above it, a smaller window)
    m_panel->resize(m_panel->width(), m_panel->height() / 2);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QTRY_COMPARE(view->rowAt(view->viewport()->height() - 2), last);
}

void TestMessageLogPanel::matchesAreHighlighted()
{
    appendTexts(5, QStringLiteral("needle in hay"));
    m_panel->filterEdit()->setText(QStringLiteral("NEEDLE"));
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_panel->filter()->rowCount(), 5);
    QCOMPARE(m_panel->view()->itemDelegateForColumn(MessageLogModel::PreviewColumn),
             m_panel->matchDelegate());
    using Ranges = QList<QPair<int, int>>;
    QCOMPARE(m_panel->matchDelegate()->matches(QStringLiteral("a needle, a Needle")),
             (Ranges { { 2, 6 }, { 12, 6 } }));
    // and painted: the marker colour is in the table
    const QImage image = m_panel->view()->viewport()->grab().toImage();
    bool marked = false;
    for (int y = 0; y < image.height() && !marked; ++y) {
        for (int x = 0; x < image.width() && !marked; ++x)
            marked = image.pixelColor(x, y) == MatchDelegate::markerColor();
    }
    QVERIFY(marked);
    // a regular expression marks its matches
    m_panel->regexCheck()->setChecked(true);
    m_panel->filterEdit()->setText(QStringLiteral("h.y"));
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_panel->matchDelegate()->matches(QStringLiteral("needle in hay")),
             (Ranges { { 10, 3 } }));
}

void TestMessageLogPanel::invalidRegexMarksTheField()
{
    appendTexts(3);
    QVERIFY(!m_panel->filterProblemAction()->isVisible());
    m_panel->regexCheck()->setChecked(true);
    m_panel->filterEdit()->setText(QStringLiteral("(unclosed"));
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return);
    QVERIFY(m_panel->filterProblemAction()->isVisible());
    QVERIFY2(m_panel->filterProblemAction()->toolTip().contains(
                 QLatin1String("Invalid regular expression")),
             qPrintable(m_panel->filterProblemAction()->toolTip()));
    QVERIFY(m_panel->countLabel()->text().contains(m_panel->filterProblemAction()->toolTip()));
    // fixed: the mark goes
    m_panel->filterEdit()->setText(QStringLiteral("(closed)?"));
    QTest::keyClick(m_panel->filterEdit(), Qt::Key_Return);
    QVERIFY(!m_panel->filterProblemAction()->isVisible());
}

void TestMessageLogPanel::lineBreaksAreMarked()
{
    m_model->append(
        Message::fromText(Direction::Incoming, QStringLiteral("first\nsecond\r\nthird")));
    m_model->flush();
    QCOMPARE(m_panel->filter()->index(0, MessageLogModel::PreviewColumn).data().toString(),
             QStringLiteral("first\u21b5second\u21b5third"));
}

void TestMessageLogPanel::countsRowsWithTheEvents()
{
    // the status bar counts messages (totalCount()); the log's label its
    // rows, which with events shown are more than the messages
    m_model->setEventsShown(true);
    m_model->appendEvent(SessionEvent::stateChange(ConnectionState::Connected));
    appendTexts(3, QStringLiteral("m"));
    QCOMPARE(m_model->totalCount(), 3);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_panel->countLabel()->text(), QStringLiteral("4 row(s)"));
    m_panel->filterEdit()->setText(QStringLiteral("m 1"));
    QTRY_COMPARE(m_panel->countLabel()->text(), QStringLiteral("1 of 4 row(s) shown"));
}

QTEST_MAIN(TestMessageLogPanel)
#include "tst_messagelogpanel.moc"
