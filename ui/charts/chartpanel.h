#pragma once

#include "charts/chartstyle.h"
#include "charts/latencyseries.h"
#include "charts/throughputseries.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <vector>

class QBoxLayout;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace maxmon {

class WebSocketClient;

// The live charts of one connection over a chosen time window (1, 5 or 15
// minutes): latency (every heartbeat RTT, the heartbeat's p95 as a step
// line, lost probes as red markers along the top) and throughput (messages
// and bytes per second, in and out, sampled from the client's counters once
// a second). Narrow and tall, the charts stack vertically, so that legends
// and axis titles keep their width. Each connection's latency is a line of its own: the lines do
// not join across a time without connection, and a line with few samples
// shows them as point markers, so a single sample is visible.
//
// The data lives in LatencySeries and ThroughputSeries; the charts only show
// it. New data marks the charts dirty and a redraw follows within 100 ms, so
// there are at most 10 redraws a second however fast samples come, and each
// redraw hands every series its whole window in ONE replace() (appending
// point by point is quadratic in Qt Charts 6.4). A hidden panel does not
// redraw until it is shown again.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RedrawDelayMs = 100;
    // The rates' interval: the chart's points, its header and the window's
    // other rates (status bar, diagnostics, all read from throughput()) are
    // the same messages per second over the same second.
    static constexpr int SampleIntervalMs = 1000;
    // The time axis: the window, or less while the data does not fill it
    // yet (but at least MinimumSpanMs), ending now.
    static constexpr qint64 MinimumSpanMs = 10000;
    // A latency line with fewer points than this shows each as a marker.
    static constexpr int SparsePoints = 30;
    // Narrower than this and at least StackFromHeight tall, the charts
    // stack one above the other (short, they would lose their axes instead).
    static constexpr int StackBelowWidth = 560;
    static constexpr int StackFromHeight = 400;

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setClient(WebSocketClient *client);

    // 1, 5 and 15 minutes, in ms
    static QList<qint64> windowChoices();
    qint64 windowMs() const { return m_windowMs; }
    // One of windowChoices(); redraws at once.
    void setWindowMs(qint64 windowMs);

    const LatencySeries &latency() const { return m_latency; }
    const ThroughputSeries &throughput() const { return m_throughput; }
    // The heartbeat's RTT figures (RttFigures, as the status bar and the
    // diagnostics show them), the probes lost in the chart's window and the rates.
    QString summaryText() const;
    int redrawCount() const { return m_redraws; }

    QComboBox *windowCombo() const { return m_windowCombo; }
    QChartView *latencyView() const { return m_latencyView; }
    QChartView *throughputView() const { return m_throughputView; }
    QLineSeries *rttSeries() const { return m_latencyParts.rtt; }
    QLineSeries *p95Series() const { return m_latencyParts.p95; }
    // The RTT lines, one per connection in the window (rttSeries() first);
    // lines past the window's connections are empty.
    QList<QLineSeries *> rttLines() const;
    QScatterSeries *lossSeries() const { return m_latencyParts.lost; }
    QLineSeries *rateSeries(ThroughputSeries::Series series) const
    {
        return m_throughputParts.rates[series];
    }

public Q_SLOTS:
    // Puts the window's points into the charts now.
    void redraw();
    void sampleCounters();
    void clear();

Q_SIGNALS:
    void windowChanged(qint64 windowMs);
    // New rates in throughput(), once a second while a client is set.
    void ratesSampled();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRedraw();
    void applyPalette();
    void onLatencySampled(double rttMs);
    void onProbeLost();
    void onStateChanged();
    // Puts one segment per line, creating lines (without a legend entry) as needed.
    void showSegments(QLineSeries *first, std::vector<QLineSeries *> &more,
                      const QList<QList<QPointF>> &segments);
    static qint64 nowMs();

    QPointer<WebSocketClient> m_client;
    LatencySeries m_latency;
    ThroughputSeries m_throughput;
    qint64 m_windowMs;

    QBoxLayout *m_charts;
    QComboBox *m_windowCombo;
    QLabel *m_summary;
    QChart *m_latencyChart;
    QChartView *m_latencyView;
    chartstyle::LatencyChart m_latencyParts;
    std::vector<QLineSeries *> m_moreRtt;
    std::vector<QLineSeries *> m_moreP95;
    QChart *m_throughputChart;
    QChartView *m_throughputView;
    chartstyle::ThroughputChart m_throughputParts;

    QTimer m_redrawTimer;
    QTimer m_sampleTimer;
    bool m_dirty = true;
    int m_redraws = 0;
};

} // namespace maxmon
