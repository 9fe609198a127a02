#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/secretref.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace maxmon {

class JsonObjectReader;

/// How a connection authenticates: the "auth" section of a profile.
///
/// The token itself is never stored: the profile names where it comes from
/// (tokenSource), and the application resolves it into token at run time.
///
/// JSON: `{"mode": "bearer", "query_parameter": "token", "token": {"env": "MAX_TOKEN"}}`
struct MAXMON_CORE_EXPORT AuthConfig
{
    // Messages in ConnectionConfig's translation context: they are a profile's.
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    /// Where the token goes in the handshake.
    enum class Mode {
        None, ///< no authentication
        BearerHeader, ///< `Authorization: Bearer <token>`
        QueryParameter, ///< `?token=<token>` (the name is queryParameter)
        PhoenixSubprotocol, ///< `Sec-WebSocket-Protocol: base64url.bearer.phx.<token>`
    };

    /// Where the token goes.
    Mode mode = Mode::None;
    /// The query parameter's name for Mode::QueryParameter.
    QString queryParameter = QStringLiteral("token");
    /// Where the token comes from (environment, file, command, keychain).
    SecretRef tokenSource;
    /// The token itself, set at run time (CLI `--token`, the secret store).
    /// Never written by toJson().
    QString token;

    /// The mode's name in a profile: "none", "bearer", "query", "phoenix".
    static QString modeName(Mode mode);

    /// The section as a profile stores it: never with the token.
    QJsonObject toJson() const;
    /// Reads the fields of the section's object; the reader records every
    /// wrong value and unknown key with its path.
    static AuthConfig fromJson(JsonObjectReader &reader);
    /// Every problem, with paths under prefix ("auth.query_parameter").
    QList<ConfigIssue> validate(const QString &prefix = QStringLiteral("auth")) const;

    /// Equal in every field, the run-time token included.
    friend bool operator==(const AuthConfig &a, const AuthConfig &b)
    {
        return a.mode == b.mode && a.queryParameter == b.queryParameter
            && a.tokenSource == b.tokenSource && a.token == b.token;
    }
    /// Not equal in some field.
    friend bool operator!=(const AuthConfig &a, const AuthConfig &b) { return !(a == b); }
};

} // namespace maxmon
