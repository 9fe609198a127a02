#include "charts/recordedcharts.h"

#include "charts/chartstyle.h"
#include "widgets/separatedtext.h"

#include <maxmon/latencystats.h>

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace maxmon {

using namespace chartstyle;

namespace {

constexpr qint64 minimumSpanMs = 1000;

// Points of (time, value) inside [from, to], at most about 2 * buckets: a
// bucket with more than two keeps its lowest and highest, in time order.
template<typename T, typename Time, typename Value>
QList<QPointF> decimated(const QList<T> &items, qint64 from, qint64 to, int buckets, Time time,
                         Value value)
{
    QList<QPointF> points;
    const auto first = std::lower_bound(items.cbegin(), items.cend(), from,
                                        [&](const T &item, qint64 ms) { return time(item) < ms; });
    const double width = std::max(1.0, static_cast<double>(to - from) / std::max(1, buckets));
    for (auto it = first; it != items.cend() && time(*it) <= to;) {
        // past the item in any case: rounded down, the end could be the item itself
        const qint64 bucketEnd = std::max<qint64>(
            time(*it) + 1,
            from + static_cast<qint64>((std::floor((time(*it) - from) / width) + 1) * width));
        auto low = it;
        auto high = it;
        int count = 0;
        for (; it != items.cend() && time(*it) < bucketEnd && time(*it) <= to; ++it, ++count) {
            if (value(*it) < value(*low))
                low = it;
            if (value(*it) > value(*high))
                high = it;
        }
        if (count <= 2 || low == high) {
            points.append(QPointF(time(*low), value(*low)));
            if (high != low)
                points.append(QPointF(time(*high), value(*high)));
        } else {
            const auto [a, b] =
                time(*low) <= time(*high) ? std::pair { low, high } : std::pair { high, low };
            points.append(QPointF(time(*a), value(*a)));
            points.append(QPointF(time(*b), value(*b)));
        }
    }
    return points;
}

} // namespace

RecordedCharts::RecordedCharts(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_whole(new QPushButton(tr("Whole span"), this))
    , m_latencyChart(newChart())
    , m_latencyView(new QChartView(m_latencyChart, this))
    , m_throughputChart(newChart())
    , m_throughputView(new QChartView(m_throughputChart, this))
{
    setupHeader(m_summary);
    m_whole->setToolTip(tr("Show the recording's whole time span again"));
    m_latencyParts = addLatencySeries(m_latencyChart);
    m_throughputParts = addThroughputSeries(m_throughputChart);
    for (QChartView *view : { m_latencyView, m_throughputView }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(160, 120);
        view->setFrameShape(QFrame::NoFrame);
        // drag to zoom into a stretch of time, right-click to zoom out
        view->setRubberBand(QChartView::HorizontalRubberBand);
        view->setToolTip(tr("Drag across the chart to zoom in, right-click to zoom out"));
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_whole);
    auto *charts = new QHBoxLayout;
    charts->setSpacing(4);
    charts->addWidget(m_latencyView, 1);
    charts->addWidget(m_throughputView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    connect(m_whole, &QPushButton::clicked, this, &RecordedCharts::showWholeSpan);
    for (QDateTimeAxis *axis : { m_latencyParts.time, m_throughputParts.time })
        connect(axis, &QDateTimeAxis::rangeChanged, this, &RecordedCharts::onAxisRange);
    for (QChart *chart : { m_latencyChart, m_throughputChart })
        applyPalette(chart, palette());
    redraw();
}

void RecordedCharts::setData(const QList<SessionReader::Sample> &samples,
                             const QList<SessionReader::Second> &seconds)
{
    m_samples = samples;
    // seconds without a message are not stored: zeros where they start and
    // end, so that a pause shows as one and not as a straight line across it
    m_seconds.clear();
    for (const SessionReader::Second &second : seconds) {
        if (!m_seconds.isEmpty() && second.second > m_seconds.constLast().second + 1) {
            const qint64 after = m_seconds.constLast().second + 1;
            m_seconds.append({ after, 0, 0, 0, 0 });
            if (second.second - 1 > after)
                m_seconds.append({ second.second - 1, 0, 0, 0, 0 });
        }
        m_seconds.append(second);
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    if (!samples.isEmpty()) {
        first = samples.constFirst().timestampUs / 1000;
        last = samples.constLast().timestampUs / 1000;
    }
    if (!seconds.isEmpty()) {
        first = std::min(first, seconds.constFirst().second * 1000);
        last = std::max(last, seconds.constLast().second * 1000 + 999);
    }
    m_firstMs = samples.isEmpty() && seconds.isEmpty() ? 0 : first;
    m_lastMs = samples.isEmpty() && seconds.isEmpty() ? 0 : last;
    showWholeSpan();
}

void RecordedCharts::showWholeSpan()
{
    setView(m_firstMs, m_lastMs);
}

void RecordedCharts::setView(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < minimumSpanMs) {
        const qint64 middle = (fromMs + toMs) / 2;
        fromMs = middle - minimumSpanMs / 2;
        toMs = fromMs + minimumSpanMs;
    }
    m_fromMs = fromMs;
    m_toMs = toMs;
    redraw();
    Q_EMIT viewChanged(m_fromMs, m_toMs);
}

void RecordedCharts::onAxisRange(const QDateTime &from, const QDateTime &to)
{
    // a zoom by the user (rubber band, right-click): both charts follow it
    if (m_redrawing)
        return;
    setView(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
}

int RecordedCharts::buckets() const
{
    return std::max(50, std::max(m_latencyView->width(), m_throughputView->width()));
}

void RecordedCharts::redraw()
{
    m_redrawing = true;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_toMs);
    for (QDateTimeAxis *axis : { m_latencyParts.time, m_throughputParts.time }) {
        axis->setRange(from, to);
        axis->setFormat(timeFormat());
        axis->setTickCount(std::clamp(m_latencyView->width() / 110, 2, 7));
    }
    const auto sampleTime = [](const SessionReader::Sample &s) {
        return s.timestampUs / 1000;
    };
    QList<SessionReader::Sample> answered;
    QList<QPointF> lost;
    double highest = 0;
    for (const SessionReader::Sample &sample : std::as_const(m_samples)) {
        if (sample.rttMs >= 0)
            answered.append(sample);
        else if (sampleTime(sample) >= m_fromMs && sampleTime(sample) <= m_toMs)
            lost.append(QPointF(sampleTime(sample), 0));
    }
    const QList<QPointF> rtt = decimated(answered, m_fromMs, m_toMs, buckets(), sampleTime,
                                         [](const SessionReader::Sample &s) { return s.rttMs; });
    const QList<QPointF> p95 = decimated(answered, m_fromMs, m_toMs, buckets(), sampleTime,
                                         [](const SessionReader::Sample &s) { return s.p95Ms; });
    for (const QList<QPointF> &points : { rtt, p95 }) {
        for (const QPointF &point : points)
            highest = std::max(highest, point.y());
    }
    const double latencyMax = niceCeiling(std::max(1.0, highest * 1.15));
    for (QPointF &point : lost)
        point.setY(latencyMax * 0.96);
    m_latencyParts.milliseconds->setRange(0, latencyMax);
    m_latencyParts.rtt->replace(rtt);
    m_latencyParts.p95->replace(p95);
    m_latencyParts.lost->replace(lost);

    // rates: each bucket's mean over its seconds
    using S = ThroughputSeries;
    std::array<QList<QPointF>, S::SeriesCount> rates;
    const auto secondMs = [](const SessionReader::Second &s) {
        return s.second * 1000;
    };
    std::array<double, S::SeriesCount> max {};
    for (int rate = 0; rate < S::SeriesCount; ++rate) {
        rates[rate] = decimated(
            m_seconds, m_fromMs, m_toMs, buckets(), secondMs,
            [rate](const SessionReader::Second &s) {
                const qint64 values[] = { s.messagesIn, s.messagesOut, s.bytesIn, s.bytesOut };
                return static_cast<double>(values[rate]);
            });
        for (const QPointF &point : rates[rate])
            max[rate] = std::max(max[rate], point.y());
    }
    const double scale =
        fitThroughputAxes(m_throughputParts, std::max(max[S::MessagesIn], max[S::MessagesOut]),
                          std::max(max[S::BytesIn], max[S::BytesOut]));
    for (const S::Series rate : { S::BytesIn, S::BytesOut }) {
        for (QPointF &point : rates[rate])
            point.setY(point.y() / scale);
    }
    for (int rate = 0; rate < S::SeriesCount; ++rate)
        m_throughputParts.rates[rate]->replace(rates[rate]);
    m_summary->setText(wrapBetweenParts(summaryText()));
    m_redrawing = false;
}

QString RecordedCharts::timeFormat() const
{
    return m_toMs - m_fromMs > 24 * 3600 * 1000 ? QStringLiteral("MM-dd HH:mm")
                                                : QStringLiteral("HH:mm:ss");
}

QString RecordedCharts::summaryText() const
{
    LatencyStats stats(static_cast<int>(std::max<qsizetype>(1, m_samples.size())));
    qint64 messages = 0;
    for (const SessionReader::Sample &sample : m_samples) {
        if (sample.timestampUs / 1000 < m_fromMs || sample.timestampUs / 1000 > m_toMs)
            continue;
        if (sample.rttMs >= 0)
            stats.addSample(sample.rttMs);
        else
            stats.addLoss();
    }
    for (const SessionReader::Second &second : m_seconds) {
        if (second.second * 1000 >= m_fromMs - 999 && second.second * 1000 <= m_toMs)
            messages += second.messagesIn + second.messagesOut;
    }
    const LatencyStats::Summary summary = stats.summary();
    const QLocale locale;
    QString text = summary.samples > 0
        ? tr("Heartbeat: %n round trip(s), median %1 ms, p95 %2 ms, %3 lost", nullptr,
             static_cast<int>(summary.samples))
              .arg(locale.toString(summary.p50Ms, 'f', 2), locale.toString(summary.p95Ms, 'f', 2))
              .arg(locale.toString(summary.lost))
        : tr("No heartbeat round trips recorded");
    // the figures are the span's the charts show, zoomed or whole
    const QString span = tr("%1 to %2")
                             .arg(QDateTime::fromMSecsSinceEpoch(m_fromMs).toString(timeFormat()),
                                  QDateTime::fromMSecsSinceEpoch(m_toMs).toString(timeFormat()));
    return span + QStringLiteral(" \u00b7 ") + text + QStringLiteral(" \u00b7 ")
        + tr("%Ln message(s)", nullptr,
             static_cast<int>(std::min<qint64>(messages, std::numeric_limits<int>::max())));
}

void RecordedCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (QChart *chart : { m_latencyChart, m_throughputChart })
            applyPalette(chart, palette());
    }
    QWidget::changeEvent(event);
}

} // namespace maxmon
