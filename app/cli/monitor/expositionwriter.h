#pragma once

#include <QByteArray>
#include <QString>

namespace maxmon::monitor {

class MetricFamily;
class MetricsRegistry;

// The two text formats a Prometheus server scrapes.
enum class ExpositionFormat {
    PrometheusText, // text/plain; version=0.0.4
    OpenMetrics, // application/openmetrics-text; version=1.0.0
};

// Writes a MetricsRegistry in the Prometheus text format 0.0.4 or in
// OpenMetrics 1.0 (the one Prometheus asks for first), written here from the
// specifications since Debian 12 has no C++ Prometheus client library.
//
// The differences the formats make: OpenMetrics names a counter family
// without "_total" and an info family without "_info" in its metadata, has
// the info type and # UNIT lines, escapes '"' in HELP, writes le bounds as
// canonical floats ("1.0") and ends with "# EOF". The 0.0.4 format writes an
// info family as a gauge named <name>_info, and bounds as Go's %g does ("1").
// Families without series are left out of both.
class ExpositionWriter
{
public:
    explicit ExpositionWriter(ExpositionFormat format)
        : m_format(format)
    { }

    // The format a scraper's Accept header asks for: OpenMetrics 1.0.0 when
    // it prefers application/openmetrics-text (without a version, or 1.0.0),
    // otherwise the 0.0.4 text format, which is also the default.
    static ExpositionFormat negotiate(const QByteArray &acceptHeader);
    static QByteArray contentType(ExpositionFormat format);

    // The whole exposition; reserve: the expected size, to allocate once.
    QByteArray write(const MetricsRegistry &registry, qsizetype reserve = 0) const;
    // What ends an exposition: "# EOF" in OpenMetrics, nothing in 0.0.4.
    void finish(QByteArray *out) const;

    // A sample value: integers without a decimal point, other numbers in
    // their shortest form that reads back exactly, +Inf, -Inf, NaN.
    static QByteArray formatValue(double value);
    // An le label value: Go's %g ("0.0001", "2.5", "10", "1e+06"), with ".0"
    // appended in OpenMetrics when it has neither a point nor an exponent.
    static QByteArray formatBound(double bound, ExpositionFormat format);
    // HELP text: \\ and \n escaped, and \" in OpenMetrics.
    static QByteArray escapeHelp(const QString &help, ExpositionFormat format);

private:
    ExpositionFormat m_format;
};

} // namespace maxmon::monitor
