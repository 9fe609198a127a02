#pragma once

#include <maxmon/connectionstate.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/validationerror.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace maxmon {

class Error;

/// Something that happened to a connection besides its messages: a state
/// change, an error, messages the session store could not keep (a gap), or
/// a note. A session keeps events in order with its messages, so that a
/// recording shows when the connection dropped and why.
///
/// An immutable value. As a JSON lines record (toRecord()) an event has the
/// key "event" where a message record has "direction":
///
///     {"data":{"state":"Connected"},"event":"state","text":"Connected","time":"2024-..Z"}
class MAXMON_CORE_EXPORT SessionEvent
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SessionEvent)

public:
    /// What kind of event it is.
    enum class Type {
        State, ///< the connection's state changed (data: "state", "url")
        Error, ///< the connection reported an error (data: Error::toJson())
        Gap, ///< messages that were not stored (data: "not_stored", the count)
        Note, ///< anything else worth keeping, in words
    };

    /// A null event: isNull() is true.
    SessionEvent() = default;
    /// An event of this type; a negative time means now (Message::nowUs()).
    SessionEvent(Type type, const QString &text, const QJsonObject &data = {},
                 qint64 timestampUs = -1);

    /// True for a default-constructed event.
    bool isNull() const { return m_null; }
    /// The kind of event.
    Type type() const { return m_type; }
    /// One line for people, e.g. "Connected" or "1,234 messages not stored".
    QString text() const { return m_text; }
    /// Facts for programs; see Type for the keys.
    QJsonObject data() const { return m_data; }
    /// Wall clock, UTC, microseconds since the epoch.
    qint64 timestampUs() const { return m_timestampUs; }
    /// A copy stamped at another time.
    SessionEvent withTimestamp(qint64 timestampUs) const;
    /// For a Gap event the number of messages not stored, else 0.
    qint64 gapCount() const;

    /// The connection entered this state.
    static SessionEvent stateChange(ConnectionState state, const QString &url = {});
    /// The connection reported this error.
    static SessionEvent fromError(const maxmon::Error &error);
    /// count messages could not be stored (the disk did not keep up, or the
    /// session reached its size limit).
    static SessionEvent gap(qint64 count, const QString &reason = {});

    /// "state", "error", "gap", "note": stable names for files and scripts.
    static QString typeName(Type type);
    /// The inverse of typeName(); false for an unknown name.
    static bool typeFromName(const QString &name, Type *type);
    /// "State", "Error", ...: translated, for people.
    static QString typeText(Type type);

    /// The event as a JSON lines record (see the class description).
    QJsonObject toRecord() const;
    /// Reads a record written by toRecord(); errors name the field.
    static Validated<SessionEvent> fromRecord(const QJsonObject &record);
    /// True when the object is an event record rather than a message record.
    static bool isRecord(const QJsonObject &record);

    /// Equal when type, text, data and time are.
    friend MAXMON_CORE_EXPORT bool operator==(const SessionEvent &a, const SessionEvent &b);
    /// Not equal.
    friend bool operator!=(const SessionEvent &a, const SessionEvent &b) { return !(a == b); }

private:
    bool m_null = true;
    Type m_type = Type::Note;
    QString m_text;
    QJsonObject m_data;
    qint64 m_timestampUs = 0;
};

} // namespace maxmon

Q_DECLARE_METATYPE(maxmon::SessionEvent)
