// MessageLogPanel: the log table with its filter bar, auto-scroll, selection,
// copy, and a view that keeps up with a flood of messages.
#include "messagelogfilter.h"
#include "messagelogpanel.h"

#include <maxmon/messagelogmodel.h>

#include <QAbstractItemModelTester>
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

QTEST_MAIN(TestMessageLogPanel)
#include "tst_messagelogpanel.moc"
