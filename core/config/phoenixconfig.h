#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace maxmon {

class JsonObjectReader;

/// What a profile with protocol "phoenix" sets for its Phoenix Channels
/// socket, on top of the connection itself: the "phoenix" section of a
/// profile. phoenix::SocketOptions::fromConfig() turns it into the socket's
/// options; everything not here keeps the JavaScript client's defaults
/// (reconnect and rejoin schedules).
///
/// JSON: `{"vsn": "2.0.0", "params": {"user_id": 7}, "heartbeat_interval_ms": 30000,
/// "timeout_ms": 10000}`
struct MAXMON_CORE_EXPORT PhoenixConfig
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::PhoenixConfig)

public:
    /// The protocol version, "2.0.0" or "1.0.0"; empty: the URL's own ?vsn=, else 2.0.0.
    QString vsn;
    /// The socket params: query parameters of the socket URL. Flat: strings,
    /// numbers and booleans only. Stored in plain text with the profile.
    QJsonObject params;
    /// The interval of the "phoenix" "heartbeat" push; 0 sends none.
    int heartbeatIntervalMs = 30000;
    /// The default timeout of joins, pushes and leaves.
    int timeoutMs = 10000;

    /// params as query items: strings as they are, numbers in their shortest
    /// form ("7", "1.5"), booleans "true" / "false".
    QList<QPair<QString, QString>> queryParams() const;

    /// The section as a profile stores it.
    QJsonObject toJson() const;
    /// Reads the fields of the section's object; the reader records every
    /// wrong value and unknown key with its path.
    static PhoenixConfig fromJson(JsonObjectReader &reader);
    /// Every problem, with paths under prefix ("phoenix.vsn", "phoenix.params").
    QList<ConfigIssue> validate(const QString &prefix = QStringLiteral("phoenix")) const;

    /// Equal in every field.
    friend bool operator==(const PhoenixConfig &a, const PhoenixConfig &b)
    {
        return a.vsn == b.vsn && a.params == b.params
            && a.heartbeatIntervalMs == b.heartbeatIntervalMs && a.timeoutMs == b.timeoutMs;
    }
    /// Not equal in some field.
    friend bool operator!=(const PhoenixConfig &a, const PhoenixConfig &b) { return !(a == b); }
};

} // namespace maxmon
