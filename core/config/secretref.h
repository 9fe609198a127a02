#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QJsonValue>
#include <QString>

namespace maxmon {

/// Where a secret (token, key passphrase, proxy password) comes from. A
/// profile stores only this reference, never the secret itself; SecretStore
/// resolves it.
///
/// JSON: `{"env": "MAX_TOKEN"}`, `{"file": "~/.max/token"}`, `{"command": "pass max"}`,
/// `{"keychain": "profile/token"}`; null when not set.
struct MAXMON_CORE_EXPORT SecretRef
{
    /// What reference names.
    enum class Source {
        None, ///< no secret
        Env, ///< an environment variable
        File, ///< a file only its owner may read
        Command, ///< the standard output of a command
        Keychain, ///< an entry of the OS keychain
    };

    /// What reference names.
    Source source = Source::None;
    /// The variable, file, command line or keychain key.
    QString reference;

    /// Whether a source is set.
    bool isSet() const { return source != Source::None; }
    /// "environment variable MAX_TOKEN": safe to show, names no secret.
    QString describe() const;

    /// `{"<source>": "<reference>"}`, or null when not set.
    QJsonValue toJson() const;
    /// Reads toJson()'s form into *out (null and undefined: not set).
    /// Returns false, with a reason in *why, for anything but one known key
    /// with a non-empty string, a plain string (a secret in the profile) included.
    static bool fromJson(const QJsonValue &json, SecretRef *out, QString *why);

    /// The source's key in JSON: "env", "file", "command", "keychain"; empty for None.
    static QString sourceName(Source source);

    /// Equal in source and reference.
    friend bool operator==(const SecretRef &a, const SecretRef &b)
    {
        return a.source == b.source && a.reference == b.reference;
    }
};

} // namespace maxmon
