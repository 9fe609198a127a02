#pragma once

#include "charts/throughputseries.h"

#include <QColor>
#include <QString>

#include <array>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QObject;
class QPalette;
class QValueAxis;

namespace maxmon::chartstyle {

// The look both chart panels share: the live charts (ChartPanel) and a
// recording's (RecordedCharts).

// Colours that read on a light and a dark background alike.
inline const QColor rttColour(0x1e, 0x88, 0xe5);
inline const QColor p95Colour(0xfb, 0x8c, 0x00);
inline const QColor lostColour(0xe5, 0x39, 0x35);
inline const QColor inColour(0x43, 0xa0, 0x47);
inline const QColor outColour(0x1e, 0x88, 0xe5);
// bytes: colours of their own, so "msg in" and "bytes in" never look alike
inline const QColor bytesInColour(0x8e, 0x24, 0xaa);
inline const QColor bytesOutColour(0xef, 0x6c, 0x00);

// 1, 2, 5, 10, 20, 50, ...: the smallest such value >= v, for axis ranges
double niceCeiling(double value);
QLineSeries *lineSeries(const QString &name, const QColor &colour, Qt::PenStyle style,
                        QObject *parent);
// Lost heartbeat probes: red diamonds along the top of the latency chart.
QScatterSeries *lostProbeSeries(const QString &name, QObject *parent);
QChart *newChart();
// The header above the charts ("RTT ... · 0 probes lost · in 4.0 msg/s"):
// wraps where the panel is too narrow; its text goes through
// wrapBetweenParts() so that it breaks after a " · ", never inside a part.
void setupHeader(QLabel *label);
QDateTimeAxis *timeAxis(QChart *chart);
QValueAxis *valueAxis(QChart *chart, const QString &title, Qt::Alignment alignment);
void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
// The chart's background, labels and grid from a widget palette.
void applyPalette(QChart *chart, const QPalette &palette);

// The latency chart of both panels: RTT and p95 lines and lost probes over time.
struct LatencyChart
{
    QDateTimeAxis *time = nullptr;
    QValueAxis *milliseconds = nullptr;
    QLineSeries *rtt = nullptr;
    QLineSeries *p95 = nullptr;
    QScatterSeries *lost = nullptr;
};
LatencyChart addLatencySeries(QChart *chart);

// The throughput chart of both panels, a line per ThroughputSeries::Series.
struct ThroughputChart
{
    QDateTimeAxis *time = nullptr;
    QValueAxis *messages = nullptr; // left
    QValueAxis *bytes = nullptr; // right
    std::array<QLineSeries *, ThroughputSeries::SeriesCount> rates {};
};
ThroughputChart addThroughputSeries(QChart *chart);
// Fits the throughput chart's axes to the highest rates shown, the bytes in
// the unit that keeps the labels short (B/s, KiB/s, MiB/s). Returns the size
// of that unit (1, 1024 or 1024 * 1024): the byte rates are drawn divided by it.
double fitThroughputAxes(const ThroughputChart &chart, double messagesMax, double bytesMax);

} // namespace maxmon::chartstyle
