#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QJsonValue>
#include <QString>

namespace maxmon {

// Where a secret (token, key passphrase, proxy password) comes from. A
// profile stores only this reference, never the secret itself.
// JSON: {"env": "MAX_TOKEN"}, {"file": "~/.max/token"}, {"command": "pass max"},
// {"keychain": "profile/token"}.
struct MAXMON_CORE_EXPORT SecretRef
{
    enum class Source { None, Env, File, Command, Keychain };

    Source source = Source::None;
    QString reference;

    bool isSet() const { return source != Source::None; }
    // "environment variable MAX_TOKEN": safe to show, names no secret
    QString describe() const;

    QJsonValue toJson() const;
    // Returns false, with a reason, for anything but one known key with a string.
    static bool fromJson(const QJsonValue &json, SecretRef *out, QString *why);

    static QString sourceName(Source source);

    friend bool operator==(const SecretRef &a, const SecretRef &b)
    {
        return a.source == b.source && a.reference == b.reference;
    }
};

} // namespace maxmon
