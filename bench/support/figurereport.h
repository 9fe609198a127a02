#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace maxmon::bench {

// One measured figure, maxmon side by side with its baseline from the same
// run. Every benchmark prints each figure as one JSON line on stdout (what
// scripts/bench collects into its table) and in words on stderr.
struct Figure
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    QString id; // stable key, e.g. "echo64.rate"
    QString figure; // "echo 64 B text, window 1000"
    QString server; // the peer it ran against
    QString unit; // "msg/s", "ms", "MiB", ...
    double maxmon = none;
    double baseline = none; // NaN: no baseline for this figure
    QString baselineName = QStringLiteral("bare QWebSocket");
    QString target; // "≥ 85 % of baseline", "< 1 ms"; empty: reported only
    std::optional<bool> pass; // unset when there is no target
    QString note;

    // maxmon / baseline, NaN without both
    double ratio() const;
    QJsonObject toJson() const;
};

class FigureReport
{
public:
    // Prints the figure at once (a crash later keeps what was measured).
    void add(const Figure &figure);
    // Fills in pass from a predicate on the figure's own numbers.
    void add(Figure figure, bool passed);

    const QList<Figure> &figures() const { return m_figures; }
    // 0 when every figure has a maxmon number (targets missed or not: the
    // table says so); 3 when a figure came out empty, or there were none.
    int exitCode() const;

private:
    QList<Figure> m_figures;
};

} // namespace maxmon::bench
