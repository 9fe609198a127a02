#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace maxmon {

/// Reads typed fields out of one JSON object, recording a ConfigIssue with the
/// field's path for every wrong type or out-of-range value, and, at the end,
/// every key that nothing asked for (a typo in a profile must not pass silently).
///
/// @code
/// QList<ConfigIssue> issues;
/// JsonObjectReader reader(json, QStringLiteral("heartbeat"), &issues);
/// reader.readInt(QStringLiteral("interval_ms"), &intervalMs, 1, 86400000);
/// reader.reportUnknownKeys(); // "heartbeat.intervall_ms: unknown key, ignored"
/// @endcode
class MAXMON_CORE_EXPORT JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::JsonObjectReader)

public:
    /// Reads object, found at path ("" for a document's root), into issues
    /// (which must outlive the reader).
    JsonObjectReader(QJsonObject object, QString path, QList<ConfigIssue> *issues);

    /// Whether the object has key (without marking it as read).
    bool has(const QString &key) const { return m_object.contains(key); }
    /// The value of key, undefined when absent; marks the key as read.
    QJsonValue value(const QString &key);
    /// The path of key below this object ("tls" + "ca_file" -> "tls.ca_file").
    QString pathOf(const QString &key) const;

    /// A string; an error for any other type. Leaves *out untouched when
    /// the key is absent or the value is wrong, as every read does.
    void readString(const QString &key, QString *out);
    /// true or false; an error for any other type.
    void readBool(const QString &key, bool *out);
    /// A whole number from min to max; an error for fractions, other types
    /// and values out of range.
    void readInt(const QString &key, int *out, qint64 min, qint64 max);
    /// readInt() for 64-bit values.
    void readInt64(const QString &key, qint64 *out, qint64 min, qint64 max);
    /// A number from min to max.
    void readDouble(const QString &key, double *out, double min, double max);
    /// A list of strings; an error names the first entry that is not one.
    void readStringList(const QString &key, QStringList *out);
    /// An object; an absent key or null gives an empty object and no issue,
    /// any other type an error and an empty object.
    QJsonObject readObject(const QString &key);
    /// readObject(key) as a reader of its own, for a section of the object:
    /// its paths continue this one's ("tls" -> "tls.ca_file") and its issues
    /// go into the same list.
    JsonObjectReader readSection(const QString &key);
    /// A reader of an object found under key by other means (an entry of a
    /// list: "templates[2]"), with the same path and issue list rules.
    JsonObjectReader nested(const QJsonObject &object, const QString &key) const;

    /// Records an error for key (the message without the path).
    void addError(const QString &key, const QString &message);
    /// Records a warning for key.
    void addWarning(const QString &key, const QString &message);
    /// Records a warning for every key that was not read: call once all
    /// known keys were read.
    void reportUnknownKeys();

private:
    QJsonObject m_object;
    QString m_path;
    QList<ConfigIssue> *m_issues;
    QSet<QString> m_seen;
};

} // namespace maxmon
