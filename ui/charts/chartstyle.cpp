#include "charts/chartstyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace maxmon::chartstyle {

// 1, 2, 5, 10, 20, 50, ...: the smallest such value >= v, for axis ranges
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double base = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * base >= value)
            return step * base;
    }
    return 10 * base;
}

QLineSeries *lineSeries(const QString &name, const QColor &colour, Qt::PenStyle style,
                        QObject *parent)
{
    auto *series = new QLineSeries(parent);
    series->setName(name);
    QPen pen(colour, style == Qt::SolidLine ? 2.0 : 1.5, style);
    pen.setCosmetic(true);
    series->setPen(pen);
    return series;
}

QScatterSeries *lostProbeSeries(const QString &name, QObject *parent)
{
    auto *series = new QScatterSeries(parent);
    series->setName(name);
    series->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    series->setMarkerSize(10);
    series->setColor(lostColour);
    series->setBorderColor(lostColour);
    return series;
}

void setupHeader(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    chart->legend()->setFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    // axis labels in the UI language's digits ("2,5"), not printf's C locale
    chart->setLocalizeNumbers(true);
    return chart;
}

QDateTimeAxis *timeAxis(QChart *chart)
{
    auto *axis = new QDateTimeAxis(chart);
    axis->setFormat(QStringLiteral("HH:mm:ss"));
    axis->setTickCount(5);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, const QString &title, Qt::Alignment alignment)
{
    auto *axis = new QValueAxis(chart);
    axis->setTitleText(title);
    // "2.5", "1500": the scaled byte rates stay below 2048. The precision is
    // spelled out: with localized numbers Qt Charts draws no label for "%g".
    axis->setLabelFormat(QStringLiteral("%.6g"));
    axis->setTickCount(5);
    axis->setMin(0);
    chart->addAxis(axis, alignment);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

namespace {
// tr() for the texts both panels' charts show
class ChartTexts
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::chartstyle::ChartTexts)
};
} // namespace

LatencyChart addLatencySeries(QChart *chart)
{
    LatencyChart parts;
    parts.time = timeAxis(chart);
    parts.milliseconds = valueAxis(chart, ChartTexts::tr("RTT (ms)"), Qt::AlignLeft);
    parts.rtt = lineSeries(ChartTexts::tr("RTT"), rttColour, Qt::SolidLine, chart);
    parts.p95 = lineSeries(ChartTexts::tr("p95"), p95Colour, Qt::DashLine, chart);
    parts.lost = lostProbeSeries(ChartTexts::tr("lost probe"), chart);
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *> { parts.rtt, parts.p95, parts.lost })
        attach(chart, series, parts.time, parts.milliseconds);
    return parts;
}

ThroughputChart addThroughputSeries(QChart *chart)
{
    ThroughputChart parts;
    parts.time = timeAxis(chart);
    parts.messages = valueAxis(chart, ChartTexts::tr("msg/s"), Qt::AlignLeft);
    parts.bytes = valueAxis(chart, ChartTexts::tr("B/s"), Qt::AlignRight);
    using S = ThroughputSeries;
    parts.rates[S::MessagesIn] =
        lineSeries(ChartTexts::tr("msg in"), inColour, Qt::SolidLine, chart);
    parts.rates[S::MessagesOut] =
        lineSeries(ChartTexts::tr("msg out"), outColour, Qt::SolidLine, chart);
    parts.rates[S::BytesIn] =
        lineSeries(ChartTexts::tr("bytes in"), bytesInColour, Qt::DashLine, chart);
    parts.rates[S::BytesOut] =
        lineSeries(ChartTexts::tr("bytes out"), bytesOutColour, Qt::DashDotLine, chart);
    for (const S::Series series : { S::MessagesIn, S::MessagesOut })
        attach(chart, parts.rates[series], parts.time, parts.messages);
    for (const S::Series series : { S::BytesIn, S::BytesOut })
        attach(chart, parts.rates[series], parts.time, parts.bytes);
    return parts;
}

double fitThroughputAxes(const ThroughputChart &chart, double messagesMax, double bytesMax)
{
    chart.messages->setRange(0, niceCeiling(std::max(1.0, messagesMax * 1.1)));
    double scale = 1;
    QString unit = ChartTexts::tr("B/s");
    if (bytesMax >= 2 * 1024 * 1024) {
        scale = 1024.0 * 1024.0;
        unit = ChartTexts::tr("MiB/s");
    } else if (bytesMax >= 2 * 1024) {
        scale = 1024.0;
        unit = ChartTexts::tr("KiB/s");
    }
    chart.bytes->setTitleText(unit);
    chart.bytes->setRange(0, niceCeiling(std::max(1.0, bytesMax * 1.1 / scale)));
    return scale;
}

} // namespace maxmon::chartstyle
