// The window at 1024x640 (the panes' default arrangement puts the charts
// in the send panel's tab group, with the whole width) and at 1440x900 (the
// charts beside the send panel), in English and German: nothing cut. The charts'
// legend labels and axis titles (and tick labels) are found as Qt Charts
// draws them: every text of a chart is a QGraphicsTextItem in its scene,
// and where Qt Charts lacks the room it draws the text shortened with "...".
// So each text item is checked for that ellipsis, and each legend marker's
// label (QLegend::markers()) and each axis title (titleText()) must be drawn
// whole. This reads what is on screen, without pixel comparisons or font
// assumptions.
#include "charts/chartpanel.h"
#include "log/messagelogpanel.h"
#include "phoenix/channelspanel.h"
#include "phoenix/pushform.h"
#include "temporarysettings.h"
#include "widgets/jsonfield.h"
#include "window/connectionbar.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"
#include "window/panewindow.h"

#include <maxmon/testing/scriptedserver.h>
#include <maxmon/translationloader.h>
#include <maxmon/websocketclient.h>

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
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
    void pushFormHasRoom(ConnectionTab *tab);

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
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("chartsBeside");
    for (const char *language : { "en", "de" }) {
        QTest::addRow("%s 1024x640", language)
            << QString::fromLatin1(language) << QSize(1024, 640) << false;
        QTest::addRow("%s 1440x900", language)
            << QString::fromLatin1(language) << QSize(1440, 900) << true;
    }
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
    QFETCH(QSize, size);
    QFETCH(bool, chartsBeside);
    if (language != QLatin1String("en")) {
        m_translations =
            std::make_unique<TranslationLoader>(QStringList { QStringLiteral(MAXMON_QM_DIR) });
        QVERIFY2(m_translations->load(language), MAXMON_QM_DIR);
    }
    ScriptedServer server;
    QVERIFY(server.listen());
    MainWindow window;
    window.setSettingsEnabled(false);
    window.resize(size);
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
    QCOMPARE(window.width(), size.width());
    // the panes' default arrangement: the charts beside the send panel only
    // where their legends have the room, else in its tab group
    using Pane = ConnectionTab::Pane;
    PaneWindow *panes = tab->paneWindow();
    QDockWidget *chartsDock = tab->dock(Pane::Charts);
    QCOMPARE(panes->dockWidgetArea(chartsDock), Qt::BottomDockWidgetArea);
    QTRY_COMPARE(panes->tabifiedDockWidgets(chartsDock).isEmpty(), chartsBeside);
    if (chartsBeside) {
        QTRY_VERIFY(chartsDock->width() >= ConnectionTab::ChartsMinimumWidth);
        QVERIFY(tab->isPaneShown(Pane::Send));
    }
    panes->showPane(chartsDock);
    QTRY_VERIFY(tab->isPaneShown(Pane::Charts));
    QTRY_VERIFY(chartsDock->width() >= size.width() / 2 - 20);
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
    pushFormHasRoom(tab);
}

void TestWindowLayout::pushFormHasRoom(ConnectionTab *tab)
{
    // A Phoenix tab (from the next connection on): the channels pane in
    // front, its push form's payload wide enough to type a JSON object.
    tab->connectionBar()->setProtocol(ConnectionConfig::Protocol::Phoenix);
    QVERIFY(tab->phoenixSocket());
    QTRY_VERIFY(tab->isPaneShown(ConnectionTab::Pane::Channels));
    PushForm *form = tab->channelsPanel()->pushForm();
    QLineEdit *payload = form->payloadField()->lineEdit();
    const QString json = QStringLiteral("{\"body\": \"hello\", \"count\": 1}");
    QTRY_VERIFY2(payload->width() >= payload->fontMetrics().horizontalAdvance(json) + 20,
                 qPrintable(QStringLiteral("payload %1 px").arg(payload->width())));
    QLineEdit *event = form->eventEdit();
    QVERIFY(event->width() >= event->fontMetrics().horizontalAdvance(QStringLiteral("new_msg")));
    // each field has its label
    for (QWidget *field : { static_cast<QWidget *>(event), static_cast<QWidget *>(payload) }) {
        bool labelled = false;
        for (QLabel *label : form->findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == field && label->isVisible());
        QVERIFY(labelled);
    }
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
