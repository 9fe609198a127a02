#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace maxmon {

class JsonObjectReader;

/// A message saved with a profile to be sent again: one entry of the
/// profile's "templates", the send panel's templates.
///
/// JSON: `{"name": "join lobby", "kind": "json", "payload": "..."}` with the
/// payload as text (text, json) or base64 (binary); a json payload may also
/// be written as the object or array itself, as a person editing the file
/// would. Stored in plain text with the profile, so validate() warns about
/// credential-like values.
struct MAXMON_CORE_EXPORT SendTemplate
{
    // Messages in ConnectionConfig's translation context: they are a profile's.
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    /// How the payload is sent.
    enum class Kind {
        Text, ///< a text frame
        Json, ///< a text frame that must hold valid JSON
        Binary, ///< a binary frame
    };

    /// The name it is listed and sent by; unique within a profile.
    QString name;
    /// How the payload is sent.
    Kind kind = Kind::Text;
    /// The exact bytes to send; UTF-8 for text and json.
    QByteArray payload;

    /// The kind's name in a profile: "text", "json", "binary".
    static QString kindName(Kind kind);

    /// The entry as a profile stores it.
    QJsonObject toJson() const;
    /// Reads the fields of one entry's object; the reader records every
    /// wrong value and unknown key with its path.
    static SendTemplate fromJson(JsonObjectReader &reader);
    /// Every problem of this entry on its own, with paths under path
    /// ("templates[2].payload"); that names are unique is the profile's check.
    QList<ConfigIssue> validate(const QString &path) const;

    /// Equal in name, kind and payload.
    friend bool operator==(const SendTemplate &a, const SendTemplate &b)
    {
        return a.name == b.name && a.kind == b.kind && a.payload == b.payload;
    }
    /// Not equal in some field.
    friend bool operator!=(const SendTemplate &a, const SendTemplate &b) { return !(a == b); }
};

} // namespace maxmon
