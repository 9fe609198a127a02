#include "expositionparser.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace maxmon::test {

namespace {

using Labels = QList<QPair<QString, QString>>;

bool isNameChar(char c, bool first, bool colon)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colon && c == ':')
        || (!first && c >= '0' && c <= '9');
}

// Reads a name at pos; empty when there is none.
QByteArray readName(const QByteArray &line, qsizetype *pos, bool colon)
{
    const qsizetype start = *pos;
    while (*pos < line.size() && isNameChar(line.at(*pos), *pos == start, colon))
        ++*pos;
    return line.mid(start, *pos - start);
}

// Reads an escaped string up to the closing quote; nullopt, with why, when malformed.
std::optional<QString> readQuoted(const QByteArray &line, qsizetype *pos, QString *why)
{
    QByteArray value;
    while (*pos < line.size()) {
        const char c = line.at((*pos)++);
        if (c == '"')
            return QString::fromUtf8(value);
        if (c != '\\') {
            value += c;
            continue;
        }
        if (*pos >= line.size())
            break;
        const char escaped = line.at((*pos)++);
        if (escaped == 'n')
            value += '\n';
        else if (escaped == '\\' || escaped == '"')
            value += escaped;
        else {
            *why = QStringLiteral("undefined escape \\%1").arg(QLatin1Char(escaped));
            return std::nullopt;
        }
    }
    *why = QStringLiteral("unterminated label value");
    return std::nullopt;
}

QString unescapeHelp(const QByteArray &text, bool openMetrics, QString *why)
{
    QByteArray value;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != '\\') {
            value += text.at(i);
            continue;
        }
        const char next = i + 1 < text.size() ? text.at(++i) : '\0';
        if (next == 'n')
            value += '\n';
        else if (next == '\\' || (openMetrics && next == '"'))
            value += next;
        else
            *why = QStringLiteral("undefined escape in HELP");
    }
    return QString::fromUtf8(value);
}

std::optional<double> readNumber(const QByteArray &token)
{
    if (token == "+Inf")
        return std::numeric_limits<double>::infinity();
    if (token == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (token == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (token.isEmpty() || !std::all_of(token.cbegin(), token.cend(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+'
                || c == '-';
        }))
        return std::nullopt;
    bool ok = false;
    const double value = token.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// The sample names a family of this type allows.
QStringList sampleNames(const QString &family, const QString &type, bool openMetrics)
{
    if (type == QLatin1String("counter"))
        return openMetrics
            ? QStringList { family + QLatin1String("_total"), family + QLatin1String("_created") }
            : QStringList { family };
    if (type == QLatin1String("histogram"))
        return { family + QLatin1String("_bucket"), family + QLatin1String("_sum"),
                 family + QLatin1String("_count") };
    if (type == QLatin1String("info") && openMetrics)
        return { family + QLatin1String("_info") };
    return { family };
}

QString seriesKey(const QString &name, Labels labels)
{
    std::sort(labels.begin(), labels.end());
    QString key = name;
    for (const auto &[label, value] : labels)
        key += QLatin1Char('|') + label + QLatin1Char('=') + value;
    return key;
}

class Reader
{
public:
    explicit Reader(bool openMetrics)
        : m_openMetrics(openMetrics)
    { }

    void line(const QByteArray &text, int number)
    {
        m_number = number;
        if (text.startsWith('#'))
            metadata(text);
        else
            sample(text);
    }

    void finish()
    {
        for (const ExpositionParser::Family &family : std::as_const(m_result.families)) {
            if (family.type == QLatin1String("histogram"))
                checkHistogram(family);
        }
    }

    ExpositionParser::Exposition m_result;

private:
    void error(const QString &what)
    {
        m_result.errors.append(QStringLiteral("line %1: %2").arg(m_number).arg(what));
    }

    ExpositionParser::Family *family(const QString &name)
    {
        if (!m_result.families.isEmpty() && m_result.families.last().name == name)
            return &m_result.families.last();
        if (m_seen.contains(name))
            error(QStringLiteral("family %1 appears twice, or interleaved").arg(name));
        m_seen.insert(name);
        m_result.families.append({ name, QString(), QString(), QString(), {} });
        return &m_result.families.last();
    }

    void metadata(const QByteArray &text)
    {
        const QList<QByteArray> parts = text.split(' ');
        const QByteArray keyword = parts.value(1);
        if (parts.value(0) != "#" || !QByteArrayList { "HELP", "TYPE", "UNIT" }.contains(keyword)) {
            if (m_openMetrics)
                error(QStringLiteral("a comment that is not HELP, TYPE or UNIT: %1")
                          .arg(QString::fromUtf8(text)));
            return;
        }
        const QString name = QString::fromUtf8(parts.value(2));
        ExpositionParser::Family *target = family(name);
        if (!target->samples.isEmpty())
            error(QStringLiteral("%1 after the samples of %2")
                      .arg(QString::fromLatin1(keyword), name));
        const QByteArray rest = text.mid(7 + parts.value(2).size() + 1);
        QString *field = keyword == "HELP" ? &target->help
            : keyword == "TYPE"            ? &target->type
                                           : &target->unit;
        if (!field->isEmpty())
            error(QStringLiteral("a second %1 for %2").arg(QString::fromLatin1(keyword), name));
        if (keyword == "HELP") {
            QString why;
            *field = unescapeHelp(rest, m_openMetrics, &why);
            if (!why.isEmpty())
                error(why);
        } else if (keyword == "UNIT") {
            if (!m_openMetrics)
                error(QStringLiteral("UNIT is OpenMetrics only"));
            *field = QString::fromUtf8(rest);
            if (!name.endsWith(QLatin1Char('_') + *field))
                error(QStringLiteral("unit %1 is not the suffix of %2").arg(*field, name));
        } else {
            *field = QString::fromUtf8(rest);
            const QStringList types = m_openMetrics
                ? QStringList { QStringLiteral("counter"),        QStringLiteral("gauge"),
                                QStringLiteral("histogram"),      QStringLiteral("info"),
                                QStringLiteral("stateset"),       QStringLiteral("summary"),
                                QStringLiteral("gaugehistogram"), QStringLiteral("unknown") }
                : QStringList { QStringLiteral("counter"), QStringLiteral("gauge"),
                                QStringLiteral("histogram"), QStringLiteral("summary"),
                                QStringLiteral("untyped") };
            if (!types.contains(*field))
                error(QStringLiteral("unknown type %1").arg(*field));
            if (!m_openMetrics && *field == QLatin1String("counter")
                && !name.endsWith(QLatin1String("_total")))
                error(QStringLiteral("counter %1 does not end with _total").arg(name));
        }
    }

    void sample(const QByteArray &text)
    {
        qsizetype pos = 0;
        ExpositionParser::Sample sample;
        sample.name = QString::fromUtf8(readName(text, &pos, true));
        if (sample.name.isEmpty())
            return error(QStringLiteral("no metric name"));
        if (pos < text.size() && text.at(pos) == '{' && !readLabels(text, &pos, &sample.labels))
            return;
        if (pos >= text.size() || text.at(pos) != ' ')
            return error(QStringLiteral("no space before the value"));
        const QByteArray token = text.mid(pos + 1);
        if (token.contains(' '))
            return error(QStringLiteral("more than a value after the labels: %1")
                             .arg(QString::fromUtf8(token)));
        const std::optional<double> value = readNumber(token);
        if (!value)
            return error(QStringLiteral("not a number: %1").arg(QString::fromUtf8(token)));
        sample.value = *value;
        if (m_result.families.isEmpty())
            return error(QStringLiteral("%1 before any metadata").arg(sample.name));
        ExpositionParser::Family &current = m_result.families.last();
        if (!sampleNames(current.name, current.type, m_openMetrics).contains(sample.name))
            return error(QStringLiteral("%1 is not a sample of the %2 %3")
                             .arg(sample.name, current.type, current.name));
        const QString key = seriesKey(sample.name, sample.labels);
        if (m_series.contains(key))
            error(QStringLiteral("%1 twice").arg(key));
        m_series.insert(key);
        current.samples.append(sample);
    }

    bool readLabels(const QByteArray &text, qsizetype *pos, Labels *labels)
    {
        ++*pos; // {
        while (*pos < text.size() && text.at(*pos) != '}') {
            const QString name = QString::fromUtf8(readName(text, pos, false));
            if (name.isEmpty() || *pos + 1 >= text.size() || text.at(*pos) != '='
                || text.at(*pos + 1) != '"') {
                error(QStringLiteral("a label is not name=\"value\""));
                return false;
            }
            *pos += 2;
            QString why;
            const std::optional<QString> value = readQuoted(text, pos, &why);
            if (!value) {
                error(why);
                return false;
            }
            if (std::any_of(labels->cbegin(), labels->cend(),
                            [&name](const auto &label) { return label.first == name; }))
                error(QStringLiteral("label %1 twice").arg(name));
            if (m_openMetrics && name == QLatin1String("le") && *value != QLatin1String("+Inf")
                && !value->contains(QLatin1Char('.')) && !value->contains(QLatin1Char('e')))
                error(QStringLiteral("le=\"%1\" is not a canonical float").arg(*value));
            labels->append({ name, *value });
            if (*pos < text.size() && text.at(*pos) == ',') {
                ++*pos;
                if (m_openMetrics && *pos < text.size() && text.at(*pos) == '}')
                    error(QStringLiteral("a comma before }"));
            }
        }
        if (*pos >= text.size()) {
            error(QStringLiteral("unterminated labels"));
            return false;
        }
        ++*pos; // }
        return true;
    }

    void checkHistogram(const ExpositionParser::Family &family)
    {
        struct Series
        {
            QList<QPair<double, double>> buckets; // le, count
            std::optional<double> count;
        };
        QHash<QString, Series> series;
        for (const ExpositionParser::Sample &sample : family.samples) {
            Labels labels = sample.labels;
            const auto le = std::find_if(labels.begin(), labels.end(), [](const auto &l) {
                return l.first == QLatin1String("le");
            });
            std::optional<double> bound;
            if (le != labels.end()) {
                bound = readNumber(le->second.toUtf8());
                labels.erase(le);
            }
            Series &one = series[seriesKey(QString(), labels)];
            if (sample.name.endsWith(QLatin1String("_bucket"))) {
                if (!bound)
                    m_result.errors.append(
                        QStringLiteral("%1: a bucket without le").arg(family.name));
                else
                    one.buckets.append({ *bound, sample.value });
            } else if (sample.name.endsWith(QLatin1String("_count"))) {
                one.count = sample.value;
            }
        }
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            const QList<QPair<double, double>> &buckets = it->buckets;
            const QString where = family.name + it.key();
            for (qsizetype i = 1; i < buckets.size(); ++i) {
                if (!(buckets[i].first > buckets[i - 1].first))
                    m_result.errors.append(QStringLiteral("%1: le not ascending").arg(where));
                if (buckets[i].second < buckets[i - 1].second)
                    m_result.errors.append(QStringLiteral("%1: buckets not cumulative").arg(where));
            }
            if (buckets.isEmpty() || !std::isinf(buckets.last().first))
                m_result.errors.append(QStringLiteral("%1: no le=\"+Inf\" bucket last").arg(where));
            else if (!it->count || *it->count != buckets.last().second)
                m_result.errors.append(
                    QStringLiteral("%1: _count is not the +Inf bucket").arg(where));
        }
    }

    bool m_openMetrics;
    int m_number = 0;
    QSet<QString> m_seen;
    QSet<QString> m_series;
};

} // namespace

QString ExpositionParser::Sample::label(const QString &labelName) const
{
    for (const auto &[key, labelValue] : labels) {
        if (key == labelName)
            return labelValue;
    }
    return {};
}

const ExpositionParser::Family *ExpositionParser::Exposition::family(const QString &name) const
{
    for (const Family &family : families) {
        if (family.name == name)
            return &family;
    }
    return nullptr;
}

QList<ExpositionParser::Sample> ExpositionParser::Exposition::samples(const QString &name,
                                                                      const Labels &labels) const
{
    QList<Sample> found;
    for (const Family &family : families) {
        for (const Sample &sample : family.samples) {
            if (sample.name == name
                && std::all_of(labels.cbegin(), labels.cend(), [&sample](const auto &label) {
                       return sample.label(label.first) == label.second;
                   }))
                found.append(sample);
        }
    }
    return found;
}

std::optional<double> ExpositionParser::Exposition::value(const QString &name,
                                                          const Labels &labels) const
{
    const QList<Sample> found = samples(name, labels);
    return found.size() == 1 ? std::optional<double>(found.constFirst().value) : std::nullopt;
}

ExpositionParser::Exposition ExpositionParser::parse(const QByteArray &text, Format format)
{
    const bool openMetrics = format == Format::OpenMetrics;
    Reader reader(openMetrics);
    if (!text.endsWith('\n'))
        reader.m_result.errors.append(QStringLiteral("the last line does not end with \\n"));
    QList<QByteArray> lines = text.split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    if (openMetrics) {
        if (lines.isEmpty() || lines.last() != "# EOF")
            reader.m_result.errors.append(QStringLiteral("no # EOF at the end"));
        else
            lines.removeLast();
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() || lines.at(i).contains('\r'))
            reader.m_result.errors.append(QStringLiteral("line %1 is empty or has \\r").arg(i + 1));
        else if (openMetrics && lines.at(i) == "# EOF")
            reader.m_result.errors.append(
                QStringLiteral("line %1: # EOF before the end").arg(i + 1));
        else
            reader.line(lines.at(i), static_cast<int>(i + 1));
    }
    reader.finish();
    return reader.m_result;
}

} // namespace maxmon::test
