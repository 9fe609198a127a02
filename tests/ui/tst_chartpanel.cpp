// ChartPanel against a live connection (heartbeat every 200 ms): RTT samples,
// the p95 line, throughput and lost probes reach the charts, each series is
// updated with one replace() per redraw, and redraws are rate-limited.
#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "widgets/separatedtext.h"

#include <maxmon/testing/faultproxy.h>
#include <maxmon/testing/scriptedserver.h>
#include <maxmon/websocketclient.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace maxmon;
using namespace maxmon::testing;
using S = ThroughputSeries;

class TestChartPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latencyFromALiveConnection();
    void throughputFromTheCounters();
    void oneReplacePerSeriesAndRedraw();
    void lostProbesAreMarked();
    void timeWindow();
    void aSingleSampleIsVisible();
    void linesDoNotJoinAcrossADisconnection();
    void byteRatesInAShortUnit_data();
    void byteRatesInAShortUnit();
    void headerWrapsBetweenItsParts();

private:
    void openThrough(quint16 port);

    ScriptedServer *m_server = nullptr;
    FaultProxy *m_proxy = nullptr;
    WebSocketClient *m_client = nullptr;
    ChartPanel *m_panel = nullptr;
};

void TestChartPanel::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_proxy = new FaultProxy(this);
    MAXMON_VERIFY(m_proxy->listen(m_server->port()));
    m_client = new WebSocketClient(this);
    m_panel = new ChartPanel;
    m_panel->setClient(m_client);
    m_panel->resize(900, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestChartPanel::cleanup()
{
    delete m_panel;
    delete m_client;
    delete m_proxy;
    delete m_server;
}

void TestChartPanel::openThrough(quint16 port)
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(port));
    config.heartbeat.intervalMs = 200;
    config.heartbeat.timeoutMs = 300;
    config.heartbeat.adaptive = false;
    config.reconnect.enabled = false;
    QVERIFY(m_client->setConfig(config));
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
}

void TestChartPanel::latencyFromALiveConnection()
{
    openThrough(m_server->port());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->rttSeries()->count() >= 4, 10000);
    QCOMPARE(m_panel->latency().sampleCount(), m_panel->rttSeries()->count());
    QVERIFY(m_panel->p95Series()->count() >= 1);
    QCOMPARE(m_panel->lossSeries()->count(), 0);
    // the chart shows what the heartbeat measured
    const double p95 = m_client->diagnostics().heartbeat.stats.p95Ms;
    QTRY_COMPARE(m_panel->latency().lastP95Ms(), m_client->diagnostics().heartbeat.stats.p95Ms);
    QVERIFY(p95 > 0);
    for (const QPointF &point : m_panel->rttSeries()->points())
        QVERIFY(point.y() > 0 && point.y() < 5000);
    auto *axis = qobject_cast<QValueAxis *>(
        m_panel->latencyView()->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(axis->max() >= m_panel->latency().maxIn(QDateTime::currentMSecsSinceEpoch(), 60000));
    QVERIFY2(m_panel->summaryText().startsWith(QLatin1String("RTT ")),
             qPrintable(m_panel->summaryText()));
    QVERIFY(!m_panel->summaryText().contains(QLatin1String("n/a")));
}

void TestChartPanel::throughputFromTheCounters()
{
    openThrough(m_server->port());
    for (int i = 0; i < 40; ++i)
        QVERIFY(m_client->sendText(QStringLiteral("message %1").arg(i)));
    auto maxY = [](QLineSeries *series) {
        double max = 0;
        for (const QPointF &point : series->points())
            max = std::max(max, point.y());
        return max;
    };
    QTRY_VERIFY_WITH_TIMEOUT(maxY(m_panel->rateSeries(S::MessagesIn)) > 0, 5000);
    QTRY_VERIFY(maxY(m_panel->rateSeries(S::MessagesOut)) > 0);
    QTRY_VERIFY(maxY(m_panel->rateSeries(S::BytesIn)) > 0);
    QVERIFY(maxY(m_panel->rateSeries(S::BytesOut)) > 0);
    // 40 messages in and out within the first samples
    QCOMPARE(m_client->diagnostics().messagesOut, 40);
}

void TestChartPanel::oneReplacePerSeriesAndRedraw()
{
    QList<QXYSeries *> series { m_panel->rttSeries(), m_panel->p95Series(), m_panel->lossSeries() };
    for (int i = 0; i < S::SeriesCount; ++i)
        series.append(m_panel->rateSeries(S::Series(i)));
    QList<QSignalSpy *> replaced;
    QList<QSignalSpy *> added;
    for (QXYSeries *one : std::as_const(series)) {
        replaced.append(new QSignalSpy(one, &QXYSeries::pointsReplaced));
        added.append(new QSignalSpy(one, &QXYSeries::pointAdded));
    }
    const int redrawsBefore = m_panel->redrawCount();
    QElapsedTimer clock;
    clock.start();
    openThrough(m_server->port());
    for (int i = 0; i < 200; ++i) // a burst: far more than 10 samples a second
        QVERIFY(m_client->sendText(QStringLiteral("burst %1").arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->latency().sampleCount() >= 3, 10000);
    QTRY_VERIFY(m_panel->redrawCount() - redrawsBefore >= 5);
    const int redraws = m_panel->redrawCount() - redrawsBefore;
    // at most one redraw per RedrawDelayMs, plus the one in flight
    QVERIFY2(redraws <= clock.elapsed() / ChartPanel::RedrawDelayMs + 2,
             qPrintable(QStringLiteral("%1 redraws in %2 ms").arg(redraws).arg(clock.elapsed())));
    for (int i = 0; i < series.size(); ++i) {
        QCOMPARE(added.at(i)->size(), 0);
        QCOMPARE(replaced.at(i)->size(), redraws);
    }
    qDeleteAll(replaced);
    qDeleteAll(added);
}

void TestChartPanel::lostProbesAreMarked()
{
    openThrough(m_proxy->port());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->latency().sampleCount() >= 2, 10000);
    // answers stop coming back: the next probe is lost (and the link declared dead)
    m_proxy->setBlackhole(true, FaultProxy::Direction::ServerToClient);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->lossSeries()->count() >= 1, 10000);
    QCOMPARE(m_panel->lossSeries()->count(), m_panel->latency().lossCount());
    // drawn along the top of the latency axis, above every RTT
    auto *axis = qobject_cast<QValueAxis *>(
        m_panel->latencyView()->chart()->axes(Qt::Vertical).constFirst());
    const QPointF mark = m_panel->lossSeries()->points().constFirst();
    QVERIFY(mark.y() > axis->max() * 0.9 && mark.y() <= axis->max());
    QVERIFY(m_panel->summaryText().contains(QLatin1String("1 probe(s) lost in the chart")));
}

void TestChartPanel::timeWindow()
{
    QSignalSpy changed(m_panel, &ChartPanel::windowChanged);
    QCOMPARE(m_panel->windowMs(), 60000);
    m_panel->windowCombo()->setCurrentIndex(2);
    QCOMPARE(m_panel->windowMs(), 15 * 60000);
    QCOMPARE(changed.size(), 1);
    auto *axis = m_panel->latencyView()->chart()->axes(Qt::Horizontal).constFirst();
    auto *time = qobject_cast<QDateTimeAxis *>(axis);
    QCOMPARE(time->min().msecsTo(time->max()), 15 * 60000); // no data: the whole window
    m_panel->setWindowMs(5 * 60000);
    QCOMPARE(m_panel->windowCombo()->currentIndex(), 1);
    QCOMPARE(time->min().msecsTo(time->max()), 5 * 60000);
    m_panel->setWindowMs(1234); // not a choice
    QCOMPARE(m_panel->windowMs(), 5 * 60000);
    QCOMPARE(changed.size(), 2);

    // data that does not fill the window yet: the axis shows the data's span
    openThrough(m_server->port());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->latency().sampleCount() >= 1, 10000);
    m_panel->redraw();
    const qint64 span = time->min().msecsTo(time->max());
    QVERIFY2(span >= ChartPanel::MinimumSpanMs && span < 5 * 60000,
             qPrintable(QString::number(span)));
}

void TestChartPanel::aSingleSampleIsVisible()
{
    openThrough(m_server->port());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->latency().sampleCount() >= 1, 10000);
    m_panel->redraw();
    // a line through one point draws nothing: few samples are markers
    QVERIFY(m_panel->rttSeries()->count() >= 1);
    QVERIFY(m_panel->rttSeries()->count() < ChartPanel::SparsePoints);
    QVERIFY(m_panel->rttSeries()->pointsVisible());
}

void TestChartPanel::linesDoNotJoinAcrossADisconnection()
{
    openThrough(m_server->port());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->latency().sampleCount() >= 2, 10000);
    m_client->close();
    QTRY_COMPARE(m_client->state(), ConnectionState::Disconnected);
    const int first = m_panel->latency().sampleCount();
    QVERIFY(m_client->open());
    QTRY_COMPARE(m_client->state(), ConnectionState::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->latency().sampleCount() >= first + 2, 10000);
    m_panel->redraw();

    const QList<QLineSeries *> lines = m_panel->rttLines();
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(0), m_panel->rttSeries());
    QCOMPARE(lines.at(0)->count(), first);
    QCOMPARE(lines.at(1)->count(), m_panel->latency().sampleCount() - first);
    QVERIFY(lines.at(0)->points().constLast().x() < lines.at(1)->points().constFirst().x());
    // one legend entry for RTT however many connections
    int rttEntries = 0;
    for (QLegendMarker *marker : m_panel->latencyView()->chart()->legend()->markers())
        rttEntries += marker->isVisible() && marker->label() == QLatin1String("RTT");
    QCOMPARE(rttEntries, 1);
}

void TestChartPanel::byteRatesInAShortUnit_data()
{
    QTest::addColumn<double>("bytesMax");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("axisMax");
    QTest::newRow("bytes") << 1500.0 << 1.0 << QStringLiteral("B/s") << 2000.0;
    QTest::newRow("2 KiB and more") << 2048.0 << 1024.0 << QStringLiteral("KiB/s") << 5.0;
    QTest::newRow("2 MiB and more")
        << 3.0 * 1024 * 1024 << 1024.0 * 1024.0 << QStringLiteral("MiB/s") << 5.0;
    QTest::newRow("nothing yet") << 0.0 << 1.0 << QStringLiteral("B/s") << 1.0;
}

void TestChartPanel::byteRatesInAShortUnit()
{
    // what both the live and a recording's throughput chart do after each redraw
    QFETCH(double, bytesMax);
    QFETCH(double, scale);
    QFETCH(QString, unit);
    QFETCH(double, axisMax);
    std::unique_ptr<QChart> chart(chartstyle::newChart());
    const chartstyle::ThroughputChart parts = chartstyle::addThroughputSeries(chart.get());
    QCOMPARE(chartstyle::fitThroughputAxes(parts, 42, bytesMax), scale);
    QCOMPARE(parts.bytes->titleText(), unit);
    QCOMPARE(parts.bytes->max(), axisMax);
    QCOMPARE(parts.messages->max(), 50.0); // 42 and a tenth more, rounded up to 1, 2, 5 x 10^n
}

void TestChartPanel::headerWrapsBetweenItsParts()
{
    openThrough(m_server->port());
    m_panel->resize(420, 300);
    QLabel *header = nullptr;
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("msg/s")))
            header = label;
    }
    QVERIFY(header);
    QVERIFY(header->wordWrap());
    // the text of summaryText(), breakable only after a separator
    QCOMPARE(withPlainSpaces(header->text()), m_panel->summaryText());
    const QStringList lines = header->text().split(QLatin1Char(' '));
    QVERIFY(lines.size() >= 4); // RTT (and p95 once there are probes), lost, in, out
    for (const QString &line : lines.mid(0, lines.size() - 1))
        QVERIFY2(line.endsWith(QChar(0x00b7)), qPrintable(line));
    // too long for one line at this width: it takes more, the rates included
    QTRY_VERIFY(header->height() >= 2 * header->fontMetrics().height());
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
