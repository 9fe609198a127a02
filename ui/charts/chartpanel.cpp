#include "charts/chartpanel.h"

#include "charts/chartstyle.h"
#include "diagnostics/rttfigures.h"
#include "widgets/separatedtext.h"

#include <maxmon/message.h>
#include <maxmon/websocketclient.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace maxmon {

namespace {

// The oldest point any window can show; older ones are dropped.
constexpr qint64 longestWindowMs = 15 * 60 * 1000;

} // namespace

using namespace chartstyle;

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_windowMs(windowChoices().constFirst())
    , m_windowCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_latencyChart(newChart())
    , m_latencyView(new QChartView(m_latencyChart, this))
    , m_throughputChart(newChart())
    , m_throughputView(new QChartView(m_throughputChart, this))
{
    m_windowCombo->addItem(tr("1 min"), windowChoices().at(0));
    m_windowCombo->addItem(tr("5 min"), windowChoices().at(1));
    m_windowCombo->addItem(tr("15 min"), windowChoices().at(2));
    m_windowCombo->setToolTip(tr("How much time the charts show (Ctrl+1, Ctrl+2, Ctrl+3)"));
    m_windowCombo->setAccessibleName(tr("Chart time window"));
    // wraps where the panel is too narrow for it: the rates at its end stay in sight
    setupHeader(m_summary);
    m_summary->setToolTip(tr("The latest heartbeat round-trip time and the 95th percentile "
                             "over the heartbeat's recent probes (as in the status bar and the "
                             "diagnostics), the probes lost in the chart's time window, and "
                             "the message rates"));

    m_latencyParts = addLatencySeries(m_latencyChart);
    m_throughputParts = addThroughputSeries(m_throughputChart);
    for (QChartView *view : { m_latencyView, m_throughputView }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(160, 120);
        view->setFrameShape(QFrame::NoFrame);
    }
    m_latencyView->setToolTip(tr("Heartbeat round-trip time: every answer, the p95 line, and "
                                 "lost probes as red marks along the top"));
    m_throughputView->setToolTip(tr("Messages per second (solid, left axis) and bytes per "
                                    "second (dashed, right axis), in and out"));

    auto *top = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_windowCombo);
    top->addWidget(windowLabel);
    top->addWidget(m_windowCombo);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    m_charts = new QBoxLayout(QBoxLayout::LeftToRight);
    m_charts->setSpacing(4);
    m_charts->addWidget(m_latencyView, 1);
    m_charts->addWidget(m_throughputView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(m_charts, 1);

    connect(m_windowCombo, &QComboBox::currentIndexChanged, this,
            [this] { setWindowMs(m_windowCombo->currentData().toLongLong()); });
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(RedrawDelayMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &ChartPanel::redraw);
    m_sampleTimer.setInterval(SampleIntervalMs);
    connect(&m_sampleTimer, &QTimer::timeout, this, &ChartPanel::sampleCounters);
    m_sampleTimer.start();

    applyPalette();
    redraw();
}

ChartPanel::~ChartPanel() = default;

QList<qint64> ChartPanel::windowChoices()
{
    return { 60 * 1000, 5 * 60 * 1000, 15 * 60 * 1000 };
}

void ChartPanel::setClient(WebSocketClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    clear();
    if (m_client) {
        connect(m_client, &WebSocketClient::latencySampled, this, &ChartPanel::onLatencySampled);
        connect(m_client, &WebSocketClient::probeLost, this, &ChartPanel::onProbeLost);
        connect(m_client, &WebSocketClient::stateChanged, this, &ChartPanel::onStateChanged);
        onStateChanged();
        sampleCounters();
    }
}

void ChartPanel::setWindowMs(qint64 windowMs)
{
    const int index = m_windowCombo->findData(windowMs);
    if (index < 0 || windowMs == m_windowMs)
        return;
    m_windowMs = windowMs;
    m_windowCombo->setCurrentIndex(index);
    redraw();
    Q_EMIT windowChanged(windowMs);
}

qint64 ChartPanel::nowMs()
{
    return Message::nowUs() / 1000;
}

void ChartPanel::onLatencySampled(double rttMs)
{
    // the heartbeat counts the sample before it reports it: the p95 includes it
    const double p95 = m_client ? m_client->diagnostics().heartbeat.stats.p95Ms : -1;
    m_latency.addSample(nowMs(), rttMs, p95);
    // the figures at once, as the status bar shows them; the chart within RedrawDelayMs
    m_summary->setText(wrapBetweenParts(summaryText()));
    scheduleRedraw();
}

void ChartPanel::onProbeLost()
{
    m_latency.addLoss(nowMs());
    m_summary->setText(wrapBetweenParts(summaryText()));
    scheduleRedraw();
}

void ChartPanel::onStateChanged()
{
    if (m_client && m_client->state() == ConnectionState::Connected)
        m_latency.addConnectionStart(nowMs());
    scheduleRedraw();
}

QList<QLineSeries *> ChartPanel::rttLines() const
{
    QList<QLineSeries *> lines { m_latencyParts.rtt };
    lines.append(QList<QLineSeries *>(m_moreRtt.begin(), m_moreRtt.end()));
    return lines;
}

void ChartPanel::showSegments(QLineSeries *first, std::vector<QLineSeries *> &more,
                              const QList<QList<QPointF>> &segments)
{
    while (more.size() + 1 < static_cast<size_t>(segments.size())) {
        QLineSeries *line =
            lineSeries(first->name(), first->color(), first->pen().style(), m_latencyChart);
        attach(m_latencyChart, line, m_latencyParts.time, m_latencyParts.milliseconds);
        for (QLegendMarker *marker : m_latencyChart->legend()->markers(line))
            marker->setVisible(false);
        more.push_back(line);
    }
    for (size_t i = 0; i <= more.size(); ++i) {
        QLineSeries *line = i == 0 ? first : more[i - 1];
        const QList<QPointF> points = i < static_cast<size_t>(segments.size())
            ? segments.at(static_cast<int>(i))
            : QList<QPointF>();
        line->setPointsVisible(!points.isEmpty() && points.size() < SparsePoints);
        line->replace(points);
    }
}

void ChartPanel::sampleCounters()
{
    if (!m_client)
        return;
    const Diagnostics diagnostics = m_client->diagnostics();
    m_throughput.addCounters(nowMs(),
                             { diagnostics.messagesIn, diagnostics.messagesOut, diagnostics.bytesIn,
                               diagnostics.bytesOut });
    Q_EMIT ratesSampled();
    // time moves on even without new data: the axis follows
    scheduleRedraw();
}

void ChartPanel::clear()
{
    m_latency.clear();
    m_throughput.clear();
    scheduleRedraw();
}

void ChartPanel::scheduleRedraw()
{
    m_dirty = true;
    if (!m_redrawTimer.isActive() && isVisible())
        m_redrawTimer.start();
}

void ChartPanel::redraw()
{
    using S = ThroughputSeries;
    m_redrawTimer.stop();
    m_dirty = false;
    ++m_redraws;
    const qint64 now = nowMs();
    m_latency.trim(now - longestWindowMs);
    m_throughput.trim(now - longestWindowMs);

    // a chart that only starts filling shows its data, not an empty window
    qint64 start = now - m_windowMs;
    const qint64 latencyStart = m_latency.firstTimeMs();
    const qint64 throughputStart = m_throughput.firstTimeMs();
    if (latencyStart >= 0 || throughputStart >= 0) {
        const qint64 first = latencyStart < 0 ? throughputStart
            : throughputStart < 0             ? latencyStart
                                              : std::min(latencyStart, throughputStart);
        start = std::max(start, std::min(first, now - MinimumSpanMs));
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(start);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(now);
    m_latencyParts.time->setRange(from, to);
    m_throughputParts.time->setRange(from, to);
    // about one label per 100 pixels, so HH:mm:ss never gets cut
    m_latencyParts.time->setTickCount(std::clamp(m_latencyView->width() / 100, 2, 7));
    m_throughputParts.time->setTickCount(std::clamp(m_throughputView->width() / 100, 2, 7));

    const double latencyMax = niceCeiling(std::max(1.0, m_latency.maxIn(now, m_windowMs) * 1.15));
    m_latencyParts.milliseconds->setRange(0, latencyMax);
    showSegments(m_latencyParts.rtt, m_moreRtt,
                 m_latency.splitAtConnections(m_latency.rttPoints(now, m_windowMs)));
    showSegments(m_latencyParts.p95, m_moreP95,
                 m_latency.splitAtConnections(m_latency.p95Points(now, m_windowMs)));
    m_latencyParts.lost->replace(m_latency.lossPoints(now, m_windowMs, latencyMax * 0.96));

    const double messagesMax = std::max(m_throughput.maxIn(S::MessagesIn, now, m_windowMs),
                                        m_throughput.maxIn(S::MessagesOut, now, m_windowMs));
    const double bytesMax = std::max(m_throughput.maxIn(S::BytesIn, now, m_windowMs),
                                     m_throughput.maxIn(S::BytesOut, now, m_windowMs));
    const double scale = fitThroughputAxes(m_throughputParts, messagesMax, bytesMax);

    for (const S::Series series : { S::MessagesIn, S::MessagesOut })
        m_throughputParts.rates[series]->replace(m_throughput.points(series, now, m_windowMs));
    for (const S::Series series : { S::BytesIn, S::BytesOut })
        m_throughputParts.rates[series]->replace(
            m_throughput.points(series, now, m_windowMs, scale));

    m_summary->setText(wrapBetweenParts(summaryText()));
}

QString ChartPanel::summaryText() const
{
    const QLocale locale;
    const QString rtt = m_client ? RttFigures::text(m_client->diagnostics().heartbeat,
                                                    m_client->state() == ConnectionState::Connected)
                                 : RttFigures::text(HeartbeatStatus(), false);
    return tr("%1 \u00b7 %n probe(s) lost in the chart \u00b7 in %2 msg/s \u00b7 out %3 msg/s",
              nullptr, m_latency.lossesIn(nowMs(), m_windowMs))
        .arg(rtt, locale.toString(m_throughput.lastRate(ThroughputSeries::MessagesIn), 'f', 1),
             locale.toString(m_throughput.lastRate(ThroughputSeries::MessagesOut), 'f', 1));
}

void ChartPanel::applyPalette()
{
    for (QChart *chart : { m_latencyChart, m_throughputChart })
        chartstyle::applyPalette(chart, palette());
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // side by side each chart would be too narrow for its legend and axes
    const bool stack = width() < StackBelowWidth && height() >= StackFromHeight;
    m_charts->setDirection(stack ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleRedraw();
}

} // namespace maxmon
