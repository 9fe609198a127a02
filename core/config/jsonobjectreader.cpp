#include <maxmon/jsonobjectreader.h>

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace maxmon {

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, QList<ConfigIssue> *issues)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_issues(issues)
{ }

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QJsonValue JsonObjectReader::value(const QString &key)
{
    m_seen.insert(key);
    return m_object.value(key);
}

void JsonObjectReader::addError(const QString &key, const QString &message)
{
    m_issues->append({ ConfigIssue::Severity::Error, pathOf(key), message });
}

void JsonObjectReader::addWarning(const QString &key, const QString &message)
{
    m_issues->append({ ConfigIssue::Severity::Warning, pathOf(key), message });
}

void JsonObjectReader::readString(const QString &key, QString *out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    if (!v.isString()) {
        addError(key, tr("must be a string"));
        return;
    }
    *out = v.toString();
}

void JsonObjectReader::readBool(const QString &key, bool *out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    if (!v.isBool()) {
        addError(key, tr("must be true or false"));
        return;
    }
    *out = v.toBool();
}

void JsonObjectReader::readInt64(const QString &key, qint64 *out, qint64 min, qint64 max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    const double number = v.toDouble();
    if (!v.isDouble() || std::floor(number) != number) {
        addError(key, tr("must be a whole number"));
        return;
    }
    if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
        addError(key,
                 tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(number, 0, 'f', 0));
        return;
    }
    *out = static_cast<qint64>(number);
}

void JsonObjectReader::readInt(const QString &key, int *out, qint64 min, qint64 max)
{
    qint64 wide = *out;
    readInt64(key, &wide, min, max);
    *out = static_cast<int>(wide);
}

void JsonObjectReader::readDouble(const QString &key, double *out, double min, double max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    if (!v.isDouble()) {
        addError(key, tr("must be a number"));
        return;
    }
    const double number = v.toDouble();
    if (number < min || number > max) {
        addError(key, tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(number));
        return;
    }
    *out = number;
}

void JsonObjectReader::readStringList(const QString &key, QStringList *out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        addError(key, tr("must be a list of strings"));
        return;
    }
    QStringList list;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            addError(QStringLiteral("%1[%2]").arg(key).arg(i), tr("must be a string"));
            return;
        }
        list.append(array.at(i).toString());
    }
    *out = list;
}

QJsonObject JsonObjectReader::readObject(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        addError(key, tr("must be an object"));
        return {};
    }
    return v.toObject();
}

JsonObjectReader JsonObjectReader::readSection(const QString &key)
{
    return nested(readObject(key), key);
}

JsonObjectReader JsonObjectReader::nested(const QJsonObject &object, const QString &key) const
{
    return JsonObjectReader(object, pathOf(key), m_issues);
}

void JsonObjectReader::reportUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            addWarning(it.key(), tr("unknown key, ignored (is it misspelled?)"));
    }
}

} // namespace maxmon
