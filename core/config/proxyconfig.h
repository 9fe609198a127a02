#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/secretref.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace maxmon {

class JsonObjectReader;

/// The proxy a connection goes through: the "proxy" section of a profile,
/// applied by ProxySelector.
///
/// JSON: `{"mode": "socks5", "host": "127.0.0.1", "port": 1080, "user": "me",
/// "password": {"keychain": "proxy"}}`
struct MAXMON_CORE_EXPORT ProxyConfig
{
    // Messages in ConnectionConfig's translation context: they are a profile's.
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    /// Which proxy.
    enum class Mode {
        System, ///< the system's proxy settings for the URL
        None, ///< a direct connection, whatever the system says
        Http, ///< an HTTP CONNECT proxy at host and port
        Socks5, ///< a SOCKS5 proxy at host and port
    };

    /// Which proxy.
    Mode mode = Mode::System;
    /// The proxy's host for Mode::Http and Mode::Socks5.
    QString host;
    /// The proxy's port for Mode::Http and Mode::Socks5.
    int port = 0;
    /// The user name, if the proxy asks for one.
    QString user;
    /// Where the proxy's password comes from.
    SecretRef password;

    /// The mode's name in a profile: "system", "none", "http", "socks5".
    static QString modeName(Mode mode);

    /// The section as a profile stores it: the password only as its reference.
    QJsonObject toJson() const;
    /// Reads the fields of the section's object; the reader records every
    /// wrong value and unknown key with its path.
    static ProxyConfig fromJson(JsonObjectReader &reader);
    /// Every problem, with paths under prefix ("proxy.host").
    QList<ConfigIssue> validate(const QString &prefix = QStringLiteral("proxy")) const;

    /// Equal in every field.
    friend bool operator==(const ProxyConfig &a, const ProxyConfig &b)
    {
        return a.mode == b.mode && a.host == b.host && a.port == b.port && a.user == b.user
            && a.password == b.password;
    }
    /// Not equal in some field.
    friend bool operator!=(const ProxyConfig &a, const ProxyConfig &b) { return !(a == b); }
};

} // namespace maxmon
