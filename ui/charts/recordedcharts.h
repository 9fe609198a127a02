#pragma once

#include "charts/chartstyle.h"

#include <maxmon/sessionreader.h>

#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QValueAxis;

namespace maxmon {

// The charts of a recording, over its whole time span rather than the last
// minutes: latency (every heartbeat round trip, its p95 as a step line,
// lost probes as red marks along the top) and throughput (messages and
// bytes per second, in and out), rebuilt from the session's samples and
// per-second counts.
//
// Zoomable: drag across either chart to zoom both into that stretch of
// time, right-click to zoom out, "Whole span" to see everything again. A
// series never holds more than about two points per pixel: a long stretch is
// cut into buckets, each drawn as its lowest and highest value (latency) or
// its mean rate (throughput), so spikes stay visible.
class RecordedCharts : public QWidget
{
    Q_OBJECT

public:
    explicit RecordedCharts(QWidget *parent = nullptr);

    void setData(const QList<SessionReader::Sample> &samples,
                 const QList<SessionReader::Second> &seconds);
    // The recording's span, ms since the epoch (0, 0 when empty).
    qint64 firstMs() const { return m_firstMs; }
    qint64 lastMs() const { return m_lastMs; }
    // What the charts show now.
    qint64 viewFromMs() const { return m_fromMs; }
    qint64 viewToMs() const { return m_toMs; }
    void setView(qint64 fromMs, qint64 toMs);
    void showWholeSpan();
    // The figures of the span the charts show: "16:09:00 to 16:25:00 ·
    // Heartbeat: 1,234 round trips, median 0.42 ms, p95 0.61 ms, 2 lost · 12,345 messages"
    QString summaryText() const;

    QChartView *latencyView() const { return m_latencyView; }
    QChartView *throughputView() const { return m_throughputView; }
    QLineSeries *rttSeries() const { return m_latencyParts.rtt; }
    QLineSeries *p95Series() const { return m_latencyParts.p95; }
    QScatterSeries *lossSeries() const { return m_latencyParts.lost; }
    QLineSeries *rateSeries(ThroughputSeries::Series series) const
    {
        return m_throughputParts.rates[series];
    }
    QPushButton *wholeSpanButton() const { return m_whole; }

Q_SIGNALS:
    void viewChanged(qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void onAxisRange(const QDateTime &from, const QDateTime &to);
    int buckets() const;
    // as the time axes show it: with the date once the span is over a day
    QString timeFormat() const;

    QList<SessionReader::Sample> m_samples;
    QList<SessionReader::Second> m_seconds;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_redrawing = false;

    QLabel *m_summary;
    QPushButton *m_whole;
    QChart *m_latencyChart;
    QChartView *m_latencyView;
    chartstyle::LatencyChart m_latencyParts;
    QChart *m_throughputChart;
    QChartView *m_throughputView;
    chartstyle::ThroughputChart m_throughputParts;
};

} // namespace maxmon
