// The window at 1024x640 in English and German: nothing cut. The charts'
// legend labels and axis titles (and tick labels) are found as Qt Charts
// draws them: every text of a chart is a QGraphicsTextItem in its scene,
// and where Qt Charts lacks the room it draws the text shortened with "...".
// So each text item is checked for that ellipsis, and each legend marker's
// label (QLegend::markers()) and each axis title (titleText()) must be drawn
// whole. This reads what is on screen, without pixel comparisons or font
// assumptions.
#include "chartpanel.h"
#include "connectionbar.h"
#include "connectiontab.h"
#include "mainwindow.h"
#include "messagelogpanel.h"
#include "temporarysettings.h"

#include <maxmon/testing/scriptedserver.h>
#include <maxmon/translationloader.h>
#include <maxmon/websocketclient.h>

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QTabWidget>
#include <QTest>

using namespace maxmon;
using namespace maxmon::testing;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void nothingIsCutAt1024x640_data();
    void nothingIsCutAt1024x640();
    void messagesAndBytesLookDifferent();

private:
    std::unique_ptr<TranslationLoader> m_translations;
};

void TestWindowLayout::initTestCase()
{
    maxmon::test::useTemporarySettings();
}

void TestWindowLayout::cleanup()
{
    m_translations.reset(); // back to English
}

void TestWindowLayout::nothingIsCutAt1024x640_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

namespace {

// Every text drawn in a chart, as drawn.
QStringList drawnTexts(QChartView *view)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

} // namespace

void TestWindowLayout::nothingIsCutAt1024x640()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en")) {
        m_translations =
            std::make_unique<TranslationLoader>(QStringList { QStringLiteral(MAXMON_QM_DIR) });
        QVERIFY2(m_translations->load(language), MAXMON_QM_DIR);
    }
    ScriptedServer server;
    QVERIFY(server.listen());
    MainWindow window;
    window.setSettingsEnabled(false);
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionTab *tab = window.openTab(server.url().toString(), false);
    ConnectionConfig config;
    config.heartbeat.intervalMs = 100;
    config.heartbeat.adaptive = false;
    tab->setBaseConfig(config);
    QVERIFY(tab->openConnection());
    QTRY_COMPARE(tab->state(), ConnectionState::Connected);
    for (int i = 0; i < 20; ++i)
        QVERIFY(tab->client()->sendText(QStringLiteral("traffic %1").arg(i)));
    ChartPanel *charts = tab->chartPanel();
    QTRY_VERIFY_WITH_TIMEOUT(charts->latency().sampleCount() >= 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(charts->throughput().pointCount() >= 2, 10000);

    // the window keeps the size of the screen: no widget asks for more
    QCOMPARE(window.width(), 1024);
    // at this width the charts have a tab of their own, the whole width
    QVERIFY(tab->chartsInTabs());
    tab->bottomTabs()->setCurrentWidget(charts);
    QTRY_VERIFY(charts->isVisible());
    charts->redraw();
    QCoreApplication::processEvents();

    for (QChartView *view : { charts->latencyView(), charts->throughputView() }) {
        const QStringList texts = drawnTexts(view);
        QVERIFY(!texts.isEmpty());
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(QLatin1String("...")) && !text.contains(QChar(0x2026)),
                     qPrintable(QStringLiteral("cut: \"%1\" in %2").arg(text, texts.join(u'|'))));
        }
        for (QLegendMarker *marker : view->chart()->legend()->markers()) {
            if (marker->isVisible())
                QVERIFY2(texts.contains(marker->label()), qPrintable(marker->label()));
        }
        for (QAbstractAxis *axis : view->chart()->axes()) {
            if (!axis->titleText().isEmpty())
                QVERIFY2(texts.contains(axis->titleText()), qPrintable(axis->titleText()));
        }
    }
    // the log's filter field keeps room to read what is typed
    QLineEdit *filter = tab->logPanel()->filterEdit();
    QVERIFY(filter->width() >= filter->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 14);
    tab->closeConnection();
    QTRY_COMPARE(tab->state(), ConnectionState::Disconnected);
}

void TestWindowLayout::messagesAndBytesLookDifferent()
{
    ChartPanel charts;
    using S = ThroughputSeries;
    for (const auto &[messages, bytes] :
         { std::pair { S::MessagesIn, S::BytesIn }, std::pair { S::MessagesOut, S::BytesOut } }) {
        const QPen a = charts.rateSeries(messages)->pen();
        const QPen b = charts.rateSeries(bytes)->pen();
        QVERIFY(a.color() != b.color());
        QVERIFY(a.style() != b.style());
    }
    QVERIFY(charts.rateSeries(S::BytesIn)->pen().color()
            != charts.rateSeries(S::BytesOut)->pen().color());
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
