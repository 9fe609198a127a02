#include "metricsregistry.h"

#include <algorithm>

namespace maxmon::monitor {

namespace {

bool isNameStart(char c, bool colonAllowed)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
        || (colonAllowed && c == ':');
}

bool isNameChar(char c, bool colonAllowed)
{
    return isNameStart(c, colonAllowed) || (c >= '0' && c <= '9');
}

bool isValidName(const QByteArray &name, bool colonAllowed)
{
    if (name.isEmpty() || !isNameStart(name.front(), colonAllowed))
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [colonAllowed](char c) { return isNameChar(c, colonAllowed); });
}

} // namespace

MetricSeries::MetricSeries(const MetricFamily *family, QByteArray labelText)
    : m_family(family)
    , m_labelText(std::move(labelText))
{
    if (family->type() == MetricType::Histogram)
        m_buckets.assign(family->buckets().size() + 1, 0);
    else if (family->type() == MetricType::Info)
        m_value = 1;
}

void MetricSeries::inc(double by)
{
    Q_ASSERT(by >= 0 || m_family->type() != MetricType::Counter);
    m_value += by;
}

void MetricSeries::observe(double value)
{
    Q_ASSERT(m_family->type() == MetricType::Histogram);
    const std::vector<double> &bounds = m_family->buckets();
    // le semantics: a value equal to a bound belongs to that bucket
    const auto bucket = std::lower_bound(bounds.cbegin(), bounds.cend(), value);
    ++m_buckets[static_cast<size_t>(bucket - bounds.cbegin())];
    ++m_count;
    m_value += value;
}

MetricFamily::MetricFamily(QByteArray name, QString help, MetricType type, QByteArray unit,
                           std::vector<double> buckets)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_type(type)
    , m_unit(std::move(unit))
    , m_buckets(std::move(buckets))
{
    Q_ASSERT(isValidMetricName(m_name));
    Q_ASSERT(m_unit.isEmpty() || m_name.endsWith('_' + m_unit));
    Q_ASSERT(std::is_sorted(m_buckets.cbegin(), m_buckets.cend()));
    Q_ASSERT(type == MetricType::Histogram || m_buckets.empty());
}

MetricSeries *MetricFamily::series(const Labels &labels)
{
    QByteArray key = labelText(labels);
    auto it = m_series.find(key);
    if (it == m_series.end()) {
        std::unique_ptr<MetricSeries> created(new MetricSeries(this, key));
        it = m_series.emplace(std::move(key), std::move(created)).first;
    }
    return it->second.get();
}

MetricSeries *MetricFamily::find(const Labels &labels) const
{
    const auto it = m_series.find(labelText(labels));
    return it == m_series.end() ? nullptr : it->second.get();
}

void MetricFamily::remove(const MetricSeries *series)
{
    if (!series)
        return;
    const auto it = m_series.find(series->labelText());
    if (it != m_series.end() && it->second.get() == series)
        m_series.erase(it);
}

QByteArray MetricFamily::labelText(const Labels &labels)
{
    QByteArray text;
    for (const auto &[name, value] : labels) {
        Q_ASSERT(isValidLabelName(name));
        if (!text.isEmpty())
            text += ',';
        text += name.toLatin1();
        text += "=\"";
        text += escapeLabelValue(value);
        text += '"';
    }
    return text;
}

QByteArray MetricFamily::escapeLabelValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            escaped += "\\\\";
            break;
        case '"':
            escaped += "\\\"";
            break;
        case '\n':
            escaped += "\\n";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

bool MetricFamily::isValidMetricName(const QByteArray &name)
{
    return isValidName(name, true);
}

bool MetricFamily::isValidLabelName(const QString &name)
{
    // characters beyond Latin-1 become '?', which no name may hold
    return isValidName(name.toLatin1(), false);
}

MetricFamily *MetricsRegistry::add(std::unique_ptr<MetricFamily> family)
{
    Q_ASSERT(!this->family(family->name()));
    m_families.push_back(std::move(family));
    return m_families.back().get();
}

MetricFamily *MetricsRegistry::add(QByteArray name, QString help, MetricType type, QByteArray unit,
                                   std::vector<double> buckets)
{
    return add(std::make_unique<MetricFamily>(std::move(name), std::move(help), type,
                                              std::move(unit), std::move(buckets)));
}

MetricFamily *MetricsRegistry::family(const QByteArray &name) const
{
    const auto it = std::find_if(m_families.cbegin(), m_families.cend(),
                                 [&name](const auto &family) { return family->name() == name; });
    return it == m_families.cend() ? nullptr : it->get();
}

} // namespace maxmon::monitor
