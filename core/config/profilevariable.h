#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/secretref.h>

#include <QString>

namespace maxmon {

/// One variable saved with a profile, for `{{name}}` in the URL, headers and
/// messages (see Variables). A plain one is saved with its value; a secret
/// one only as a SecretRef (keychain, environment, file, command), resolved
/// for each connection attempt.
///
/// JSON, in the profile's "variables" object:
/// `"user": "alice"` or `"token": {"keychain": "maxmon/staging/token"}`.
struct MAXMON_CORE_EXPORT ProfileVariable
{
    /// The name used in `{{name}}` (Variables::isValidName()).
    QString name;
    /// The value of a plain variable; empty for a secret one.
    QString value;
    /// Where a secret variable's value lives; not set for a plain one.
    SecretRef secret;

    /// Whether the value lives outside the profile.
    bool isSecret() const { return secret.isSet(); }
    /// Equal in name, value and reference.
    friend bool operator==(const ProfileVariable &a, const ProfileVariable &b)
    {
        return a.name == b.name && a.value == b.value && a.secret == b.secret;
    }
};

} // namespace maxmon
