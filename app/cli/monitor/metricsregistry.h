#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace maxmon::monitor {

class MetricFamily;

// Prometheus metric types the monitor exports. Info is OpenMetrics' info type
// (a constant 1 whose labels carry text); the Prometheus text format 0.0.4 has
// no such type and writes it as a gauge named <name>_info.
enum class MetricType { Counter, Gauge, Histogram, Info };

// Label names and values, in the order they are written.
using Labels = QList<QPair<QString, QString>>;

// One labelled series of a family: a counter's total, a gauge's value, an
// info's labels, or a histogram's buckets, sum and count. Handed out by
// MetricFamily::series() and valid until the family removes it.
class MetricSeries
{
public:
    // Counters: by must be 0 or more (a counter never goes down).
    void inc(double by = 1);
    // Gauges.
    void set(double value) { m_value = value; }
    // Histograms: counted in the first bucket whose upper bound is >= value.
    void observe(double value);

    double value() const { return m_value; } // a histogram's sum
    quint64 count() const { return m_count; } // histograms
    // Histograms: one count per bucket of the family, then +Inf; not cumulative.
    const std::vector<quint64> &bucketCounts() const { return m_buckets; }
    // name="value",... escaped, without braces: what goes between them.
    const QByteArray &labelText() const { return m_labelText; }
    const MetricFamily *family() const { return m_family; }

private:
    friend class MetricFamily;
    MetricSeries(const MetricFamily *family, QByteArray labelText);

    const MetricFamily *m_family;
    QByteArray m_labelText;
    double m_value = 0;
    quint64 m_count = 0;
    std::vector<quint64> m_buckets;
};

// A metric family: its name, help, type, unit and series, each series
// identified by its labels. Series are kept in the order of their label
// text, so that an exposition lists them the same way every time.
//
// Not thread-safe: the monitor updates and writes metrics on one thread.
class MetricFamily
{
public:
    // name: the family's name without the sample suffix a type adds (a
    // counter "maxmon_connects" is written maxmon_connects_total, an info
    // "maxmon_target" maxmon_target_info). unit: "seconds", "bytes" or empty;
    // when set, the name ends with it. buckets: a histogram's upper bounds,
    // ascending, without +Inf.
    MetricFamily(QByteArray name, QString help, MetricType type, QByteArray unit = {},
                 std::vector<double> buckets = {});

    const QByteArray &name() const { return m_name; }
    const QString &help() const { return m_help; }
    MetricType type() const { return m_type; }
    const QByteArray &unit() const { return m_unit; }
    const std::vector<double> &buckets() const { return m_buckets; }

    // The series with these labels, created at zero the first time. Label
    // names must be valid ([a-zA-Z_][a-zA-Z0-9_]*); values may be anything.
    MetricSeries *series(const Labels &labels);
    // nullptr when there is none
    MetricSeries *find(const Labels &labels) const;
    void remove(const MetricSeries *series);
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    // Every series, in the order of their label text.
    const std::map<QByteArray, std::unique_ptr<MetricSeries>> &allSeries() const
    {
        return m_series;
    }

    // name="value",... with values escaped (\\, \", \n) as both formats want.
    static QByteArray labelText(const Labels &labels);
    static QByteArray escapeLabelValue(const QString &value);
    static bool isValidMetricName(const QByteArray &name);
    static bool isValidLabelName(const QString &name);

private:
    QByteArray m_name;
    QString m_help;
    MetricType m_type;
    QByteArray m_unit;
    std::vector<double> m_buckets;
    std::map<QByteArray, std::unique_ptr<MetricSeries>> m_series;
};

// The families of one exposition, in the order they are written.
class MetricsRegistry
{
public:
    // Takes the family; its name must be new.
    MetricFamily *add(std::unique_ptr<MetricFamily> family);
    MetricFamily *add(QByteArray name, QString help, MetricType type, QByteArray unit = {},
                      std::vector<double> buckets = {});
    MetricFamily *family(const QByteArray &name) const;
    const std::vector<std::unique_ptr<MetricFamily>> &families() const { return m_families; }

private:
    std::vector<std::unique_ptr<MetricFamily>> m_families;
};

} // namespace maxmon::monitor
