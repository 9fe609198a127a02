#include "expositionwriter.h"

#include "metricsregistry.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace maxmon::monitor {

namespace {

// One media range of an Accept header: "text/plain;version=0.0.4;q=0.5"
struct MediaRange
{
    QByteArray type;
    QByteArray version;
    double quality = 1;
};

MediaRange parseMediaRange(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(';');
    MediaRange range;
    range.type = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = parameter.left(equals).trimmed().toLower();
        const QByteArray value = parameter.mid(equals + 1).trimmed();
        if (name == "q") {
            bool ok = false;
            const double quality = value.toDouble(&ok);
            range.quality = ok ? std::clamp(quality, 0.0, 1.0) : 0;
        } else if (name == "version") {
            range.version = value;
        }
    }
    return range;
}

const char *typeName(MetricType type, ExpositionFormat format)
{
    switch (type) {
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    case MetricType::Info:
        return format == ExpositionFormat::OpenMetrics ? "info" : "gauge";
    }
    return "unknown";
}

// The suffix a type's (only or main) sample adds to the family name.
const char *sampleSuffix(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return "_total";
    case MetricType::Info:
        return "_info";
    case MetricType::Gauge:
    case MetricType::Histogram:
        break;
    }
    return "";
}

// Appends through the QByteArray's raw buffer: for the short pieces of a
// sample line, QByteArray::append's checks cost as much as the copy, and a
// scrape of a thousand targets writes some 60,000 lines.
class Sink
{
public:
    explicit Sink(QByteArray *out)
        : m_out(out)
        , m_used(out->size())
    { }
    ~Sink() { m_out->resize(m_used); }
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    void append(const char *data, qsizetype size)
    {
        if (m_used + size > m_out->size())
            m_out->resize(std::max(2 * m_out->size(), m_used + size + 4096));
        std::memcpy(m_out->data() + m_used, data, static_cast<size_t>(size));
        m_used += size;
    }
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }
    void append(const char *text) { append(text, static_cast<qsizetype>(std::strlen(text))); }
    void append(char c) { append(&c, 1); }

private:
    QByteArray *m_out;
    qsizetype m_used;
};

void appendInteger(Sink &out, qint64 value)
{
    char buffer[24];
    const std::to_chars_result end = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end.ptr - buffer);
}

void appendValue(Sink &out, double value)
{
    if (std::isnan(value)) {
        out.append("NaN");
    } else if (std::isinf(value)) {
        out.append(value > 0 ? "+Inf" : "-Inf");
    } else if (value == std::floor(value) && std::fabs(value) < 1e15) {
        // integers exactly representable as doubles print without a point
        appendInteger(out, static_cast<qint64>(value));
    } else {
        char buffer[32]; // the shortest form that reads back exactly
        const std::to_chars_result end = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, end.ptr - buffer);
    }
}

// extraLabel: one more name="value" after the series' own (a bucket's le)
template<typename Value>
void appendSample(Sink &out, const QByteArray &name, const char *suffix, const QByteArray &labels,
                  Value value, const QByteArray &extraLabel = {})
{
    out.append(name);
    out.append(suffix);
    if (!labels.isEmpty() || !extraLabel.isEmpty()) {
        out.append('{');
        out.append(labels);
        if (!labels.isEmpty() && !extraLabel.isEmpty())
            out.append(',');
        out.append(extraLabel);
        out.append('}');
    }
    out.append(' ');
    if constexpr (std::is_same_v<Value, double>)
        appendValue(out, value);
    else
        appendInteger(out, static_cast<qint64>(value));
    out.append('\n');
}

void writeHistogram(Sink &out, const MetricFamily &family, ExpositionFormat format)
{
    const std::vector<double> &bounds = family.buckets();
    std::vector<QByteArray> leLabels;
    leLabels.reserve(bounds.size() + 1);
    for (const double bound : bounds)
        leLabels.push_back("le=\"" + ExpositionWriter::formatBound(bound, format) + '"');
    leLabels.push_back(QByteArrayLiteral("le=\"+Inf\""));

    for (const auto &[key, series] : family.allSeries()) {
        quint64 cumulative = 0;
        for (size_t i = 0; i < leLabels.size(); ++i) {
            cumulative += series->bucketCounts()[i];
            appendSample(out, family.name(), "_bucket", key, cumulative, leLabels[i]);
        }
        appendSample(out, family.name(), "_sum", key, series->value());
        appendSample(out, family.name(), "_count", key, series->count());
    }
}

void writeFamilyTo(Sink &out, const MetricFamily &family, ExpositionFormat format)
{
    if (family.seriesCount() == 0)
        return;
    const bool openMetrics = format == ExpositionFormat::OpenMetrics;
    const char *suffix = sampleSuffix(family.type());
    // 0.0.4 names the family after its samples; OpenMetrics without the suffix
    const QByteArray metadataName = openMetrics ? family.name() : family.name() + suffix;
    out.append("# HELP " + metadataName + ' ' + ExpositionWriter::escapeHelp(family.help(), format)
               + '\n');
    out.append(QByteArray("# TYPE ") + metadataName + ' ' + typeName(family.type(), format) + '\n');
    if (openMetrics && !family.unit().isEmpty())
        out.append("# UNIT " + metadataName + ' ' + family.unit() + '\n');
    if (family.type() == MetricType::Histogram) {
        writeHistogram(out, family, format);
        return;
    }
    for (const auto &[key, series] : family.allSeries())
        appendSample(out, family.name(), suffix, key, series->value());
}

} // namespace

ExpositionFormat ExpositionWriter::negotiate(const QByteArray &acceptHeader)
{
    double openMetrics = 0;
    double text = 0;
    for (const QByteArray &part : acceptHeader.split(',')) {
        const MediaRange range = parseMediaRange(part);
        if (range.type == "application/openmetrics-text"
            && (range.version.isEmpty() || range.version == "1.0.0"))
            openMetrics = std::max(openMetrics, range.quality);
        else if (range.type == "text/plain" || range.type == "text/*" || range.type == "*/*")
            text = std::max(text, range.quality);
    }
    return openMetrics > 0 && openMetrics >= text ? ExpositionFormat::OpenMetrics
                                                  : ExpositionFormat::PrometheusText;
}

QByteArray ExpositionWriter::contentType(ExpositionFormat format)
{
    return format == ExpositionFormat::OpenMetrics
        ? QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
        : QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray ExpositionWriter::write(const MetricsRegistry &registry, qsizetype reserve) const
{
    QByteArray text;
    text.reserve(reserve);
    {
        Sink out(&text);
        for (const auto &family : registry.families())
            writeFamilyTo(out, *family, m_format);
    }
    finish(&text);
    return text;
}

void ExpositionWriter::finish(QByteArray *out) const
{
    if (m_format == ExpositionFormat::OpenMetrics)
        out->append("# EOF\n");
}

QByteArray ExpositionWriter::formatValue(double value)
{
    QByteArray text;
    {
        Sink out(&text);
        appendValue(out, value);
    }
    return text;
}

QByteArray ExpositionWriter::formatBound(double bound, ExpositionFormat format)
{
    if (std::isinf(bound))
        return bound > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (std::isnan(bound))
        return QByteArrayLiteral("NaN");
    // Go's %g with the shortest digits: exponent form below 1e-4 and from 1e+6 on
    QByteArray exponentForm = QByteArray::number(bound, 'e', QLocale::FloatingPointShortest);
    const int exponent = exponentForm.mid(exponentForm.indexOf('e') + 1).toInt();
    if (bound != 0 && (exponent < -4 || exponent >= 6))
        return exponentForm;
    QByteArray fixed = QByteArray::number(bound, 'f', QLocale::FloatingPointShortest);
    if (format == ExpositionFormat::OpenMetrics && !fixed.contains('.'))
        fixed += ".0";
    return fixed;
}

QByteArray ExpositionWriter::escapeHelp(const QString &help, ExpositionFormat format)
{
    const QByteArray utf8 = help.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '\n')
            escaped += "\\n";
        else if (c == '"' && format == ExpositionFormat::OpenMetrics)
            escaped += "\\\"";
        else
            escaped += c;
    }
    return escaped;
}

} // namespace maxmon::monitor
