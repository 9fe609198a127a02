// RecordingTab and RecordedCharts: each kind of file opened read-only (a
// session, a recording read in the background with its bad lines named, a
// support bundle with its diagnostics and profile, a file that is neither),
// the log's filter running over the session in the background with Stop,
// and the charts over the recording's whole span, zoomed and back.
#include "charts/recordedcharts.h"
#include "log/messagelogfilter.h"
#include "log/messagelogpanel.h"
#include "recording/recordingtab.h"
#include "recordingscreenshot.h"
#include "sessionfactory.h"
#include "widgets/separatedtext.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/messagerecord.h>
#include <maxmon/supportbundle.h>

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace maxmon;

class TestRecordingTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionFile();
    void recordingWithABadLine();
    void supportBundle();
    void neitherKind();
    void filterRunsInTheBackground();
    void chartsOverTheWholeSpan();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_example;
};

void TestRecordingTab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_example = path(QStringLiteral("example.maxmon"));
    QVERIFY(RecordingScreenshot::writeExample(m_example));
}

void TestRecordingTab::sessionFile()
{
    RecordingTab tab;
    QSignalSpy opened(&tab, &RecordingTab::opened);
    tab.open(m_example);
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(opened.at(0).at(0).toBool());
    QVERIFY(tab.isReady());
    QCOMPARE(tab.kind(), SessionFile::Kind::Session);
    QCOMPARE(tab.sessionPath(), m_example); // read where it is
    QCOMPARE(tab.title(), QStringLiteral("example.maxmon"));
    QAbstractItemModelTester tester(tab.logModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // the events are rows too: state changes, the gap
    QVERIFY(tab.logModel()->isReadOnly());
    QVERIFY(tab.logModel()->eventsShown());
    QCOMPARE(tab.logModel()->rowCount(), 15002 + 6);
    QVERIFY(tab.logModel()->isEvent(0));
    QCOMPARE(tab.logModel()->event(0).data().value(QStringLiteral("state")).toString(),
             QStringLiteral("Connecting"));
    // each count its own plural (no English plural file loaded here); the
    // parts kept whole when the line wraps
    const QString info = tab.infoLabel()->text();
    QVERIFY2(info.contains(QStringLiteral("%1\u00a0message(s)\u00a0\u00b7 6\u00a0event(s)")
                               .arg(QLocale().toString(15002))),
             qPrintable(info));
    QVERIFY(tab.infoLabel()->wordWrap());
    QVERIFY(withPlainSpaces(info).contains(QStringLiteral("wss://prices.max.example/socket")));
    // no bundle: no diagnostics or profile
    QVERIFY(tab.dock(RecordingTab::Pane::Diagnostics)->isHidden());
    QVERIFY(tab.dock(RecordingTab::Pane::Profile)->isHidden());
    QVERIFY(!tab.dock(RecordingTab::Pane::Diagnostics)->toggleViewAction()->isEnabled());
    QVERIFY(!tab.dock(RecordingTab::Pane::Charts)->isHidden());
    QVERIFY(!tab.dock(RecordingTab::Pane::Details)->isHidden());
    // read-only: nothing to clear, nothing to follow
    tab.logPanel()->clearLog();
    QCOMPARE(tab.logModel()->rowCount(), 15008);
}

void TestRecordingTab::recordingWithABadLine()
{
    QFile file(path(QStringLiteral("r.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int n = 1; n <= 2000; ++n) {
        file.write(MessageRecord::encode(
                       Message::fromText(Message::Direction::Incoming, QByteArray::number(n))
                           .withTimestamps(1700000000000000 + n * 1000, 0))
                   + '\n');
        if (n == 3)
            file.write("{\"direction\":\"up\"}\n");
    }
    file.close();
    RecordingTab tab;
    QSignalSpy opened(&tab, &RecordingTab::opened);
    tab.open(file.fileName());
    QCOMPARE(tab.kind(), SessionFile::Kind::Recording);
    QTRY_COMPARE(opened.size(), 1); // read into a session in the background
    QVERIFY(opened.at(0).at(0).toBool());
    QVERIFY(tab.sessionPath() != file.fileName());
    QCOMPARE(tab.logModel()->rowCount(), 2000);
    QCOMPARE(tab.logModel()->message(1999).payload(), QByteArray("2000"));
    QVERIFY2(tab.infoLabel()->text().contains(QStringLiteral("1 line(s) are no records")),
             qPrintable(tab.infoLabel()->text()));
    QVERIFY(tab.infoLabel()->text().contains(QStringLiteral("line 4: kind: missing")));
    QVERIFY(!tab.progressBar()->isVisible());
    QVERIFY(tab.charts()->lastMs() - tab.charts()->firstMs() >= 1000);
}

void TestRecordingTab::supportBundle()
{
    ConnectionConfig config;
    config.name = QStringLiteral("prod");
    config.url = QUrl(QStringLiteral("wss://max.example/socket?token=s3cr3tvalue"));
    SupportBundle bundle;
    bundle.setConfig(config);
    bundle.setMessages(
        { Message::fromText(Message::Direction::Outgoing, QByteArray("{\"a\":1}")),
          Message::fromText(Message::Direction::Incoming, QByteArray("{\"b\":2}")) });
    QVERIFY(bundle.writeFile(path(QStringLiteral("bundle.json"))));
    RecordingTab tab;
    QSignalSpy opened(&tab, &RecordingTab::opened);
    tab.open(path(QStringLiteral("bundle.json")));
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(opened.at(0).at(0).toBool());
    QCOMPARE(tab.kind(), SessionFile::Kind::SupportBundle);
    QCOMPARE(tab.logModel()->rowCount(), 2);
    QCOMPARE(tab.dock(RecordingTab::Pane::Diagnostics)->widget(),
             static_cast<QWidget *>(tab.diagnosticsView()));
    QVERIFY(!tab.dock(RecordingTab::Pane::Diagnostics)->isHidden());
    QVERIFY(!tab.dock(RecordingTab::Pane::Profile)->isHidden());
    QVERIFY(tab.dock(RecordingTab::Pane::Profile)->toggleViewAction()->isEnabled());
    QVERIFY(tab.diagnosticsView()->toPlainText().contains(QStringLiteral("\"diagnostics\"")));
    QVERIFY(tab.diagnosticsView()->toPlainText().contains(QStringLiteral("\"qt\"")));
    const QString profile = tab.profileView()->toPlainText();
    QVERIFY(profile.contains(QStringLiteral("\"name\": \"prod\"")));
    QVERIFY(profile.contains(QStringLiteral("token=***")));
    QVERIFY(!profile.contains(QStringLiteral("s3cr3tvalue")));
    QVERIFY(withPlainSpaces(tab.infoLabel()->text()).contains(QStringLiteral("support bundle")));
}

void TestRecordingTab::neitherKind()
{
    QFile file(path(QStringLiteral("other.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"hello\": 1\n}\n");
    file.close();
    RecordingTab tab;
    QSignalSpy opened(&tab, &RecordingTab::opened);
    tab.open(file.fileName());
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(!opened.at(0).at(0).toBool());
    QVERIFY(opened.at(0).at(1).toString().contains(QStringLiteral("neither")));
    QVERIFY(tab.infoLabel()->text().contains(QStringLiteral("neither")));
    QVERIFY(!tab.isReady());
    QCOMPARE(tab.logModel()->rowCount(), 0);

    RecordingTab missing;
    QSignalSpy missingOpened(&missing, &RecordingTab::opened);
    missing.open(path(QStringLiteral("missing.maxmon")));
    QTRY_COMPARE(missingOpened.size(), 1);
    QVERIFY(!missingOpened.at(0).at(0).toBool());
}

void TestRecordingTab::filterRunsInTheBackground()
{
    const QString big = path(QStringLiteral("big.maxmon"));
    maxmon::test::SessionRecipe recipe;
    recipe.messages = 300000;
    recipe.index = false;
    QVERIFY(maxmon::test::writeSession(big, recipe));
    RecordingTab tab;
    tab.show();
    QSignalSpy opened(&tab, &RecordingTab::opened);
    tab.open(big);
    QTRY_COMPARE(opened.size(), 1);
    MessageLogPanel *panel = tab.logPanel();
    MessageLogFilter *filter = panel->filter();
    QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searching(filter, &MessageLogFilter::searchingChanged);
    panel->regexCheck()->setChecked(true);
    filter->setText(QStringLiteral("a+l+p+h+a"), true);
    QVERIFY(filter->isSearching());
    QVERIFY(panel->searchProgress()->isVisibleTo(&tab));
    QVERIFY(panel->stopSearchButton()->isVisibleTo(&tab));
    QTRY_VERIFY(filter->rowCount() > 0); // the first matches show while it runs
    if (filter->isSearching()) {
        panel->stopSearchButton()->click();
        QVERIFY(!filter->isSearching());
    }
    QVERIFY(!panel->searchProgress()->isVisibleTo(&tab));
    QCOMPARE(searching.constLast().at(0).toBool(), false);
    const int found = filter->rowCount();
    QVERIFY(found > 0);
    for (int row = 0; row < std::min(found, 50); ++row) {
        const Message message =
            filter->index(row, 0).data(MessageLogModel::MessageRole).value<Message>();
        QVERIFY(message.text().contains(QStringLiteral("alpha")));
    }
    // a plain text filter over a session goes by word starts, through the index if any
    filter->setText(QStringLiteral("\"n\":299999,"), false);
    QTRY_VERIFY_WITH_TIMEOUT(!filter->isSearching(), 60000);
    QCOMPARE(filter->rowCount(), 1);
}

void TestRecordingTab::chartsOverTheWholeSpan()
{
    RecordingTab tab;
    tab.resize(1000, 700);
    tab.show();
    tab.open(m_example);
    QVERIFY(tab.isReady());
    RecordedCharts *charts = tab.charts();
    const qint64 start = 1717171200000;
    QVERIFY(charts->firstMs() <= start + 5000);
    QVERIFY(charts->lastMs() >= start + 39 * 60 * 1000);
    QCOMPARE(charts->viewFromMs(), charts->firstMs());
    QCOMPARE(charts->viewToMs(), charts->lastMs());
    // every sample of forty minutes, the spike included, and the lost probes
    QVERIFY(charts->rttSeries()->count() > 100);
    double highest = 0;
    for (const QPointF &point : charts->rttSeries()->points())
        highest = std::max(highest, point.y());
    QVERIFY(highest > 25);
    QCOMPARE(charts->lossSeries()->count(), 4);
    QVERIFY(charts->rateSeries(ThroughputSeries::MessagesIn)->count() > 10);
    QVERIFY(charts->summaryText().contains(QStringLiteral("4 lost")));

    // zoomed onto the restart: only its points, both charts alike
    QSignalSpy changed(charts, &RecordedCharts::viewChanged);
    charts->setView(start + 20 * 60 * 1000, start + 24 * 60 * 1000);
    QCOMPARE(changed.size(), 1);
    for (const QPointF &point : charts->rttSeries()->points()) {
        QVERIFY(point.x() >= start + 20 * 60 * 1000);
        QVERIFY(point.x() <= start + 24 * 60 * 1000);
    }
    QCOMPARE(charts->lossSeries()->count(), 4);
    // the header's figures name the span they are of
    const auto timeOf = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
    };
    QVERIFY2(charts->summaryText().startsWith(
                 QStringLiteral("%1 to %2 \u00b7 Heartbeat: ")
                     .arg(timeOf(start + 20 * 60 * 1000), timeOf(start + 24 * 60 * 1000))),
             qPrintable(charts->summaryText()));
    // a zoom in the chart itself (as the rubber band does) moves the other one too
    charts->latencyView()->chart()->zoom(2.0);
    QCOMPARE(changed.size(), 2);
    QVERIFY(charts->viewToMs() - charts->viewFromMs() < 3 * 60 * 1000);
    charts->wholeSpanButton()->click();
    QCOMPARE(charts->viewFromMs(), charts->firstMs());
    QCOMPARE(charts->viewToMs(), charts->lastMs());
}

QTEST_MAIN(TestRecordingTab)
#include "tst_recordingtab.moc"
