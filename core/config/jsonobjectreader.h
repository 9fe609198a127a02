#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace maxmon {

// Reads typed fields out of one JSON object, recording a ConfigIssue with the
// field's path for every wrong type or out-of-range value, and, at the end,
// every key that nothing asked for (a typo in a profile must not pass silently).
class MAXMON_CORE_EXPORT JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::JsonObjectReader)

public:
    JsonObjectReader(QJsonObject object, QString path, QList<ConfigIssue> *issues);

    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key);
    QString pathOf(const QString &key) const;

    // Each leaves *out untouched when the key is absent or the value is wrong.
    void readString(const QString &key, QString *out);
    void readBool(const QString &key, bool *out);
    void readInt(const QString &key, int *out, qint64 min, qint64 max);
    void readInt64(const QString &key, qint64 *out, qint64 min, qint64 max);
    void readDouble(const QString &key, double *out, double min, double max);
    void readStringList(const QString &key, QStringList *out);
    // nullptr-safe: an absent key gives an empty object and no issue
    QJsonObject readObject(const QString &key);
    // readObject(key) as a reader of its own, for a section of the object:
    // its paths continue this one's ("tls" -> "tls.ca_file") and its issues
    // go into the same list.
    JsonObjectReader readSection(const QString &key);
    // A reader of an object found under key by other means (an entry of a
    // list: "templates[2]"), with the same path and issue list rules.
    JsonObjectReader nested(const QJsonObject &object, const QString &key) const;

    void addError(const QString &key, const QString &message);
    void addWarning(const QString &key, const QString &message);
    // Call once all known keys were read.
    void reportUnknownKeys();

private:
    QJsonObject m_object;
    QString m_path;
    QList<ConfigIssue> *m_issues;
    QSet<QString> m_seen;
};

} // namespace maxmon
