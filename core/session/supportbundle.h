#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/diagnostics.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace maxmon {

/// "Export support bundle": one JSON file that a support person can read
/// without asking back, and that holds no secret:
///
/// - format, format_version, created
/// - app: name and version (MAXMON_VERSION)
/// - qt: run-time (qVersion()) and build version
/// - openssl: the TLS library Qt loaded, and the one it was built against
/// - os: QSysInfo: product, kernel, CPU architecture
/// - profile: ConnectionConfig::toJson() (never the token), with the URL and
///   credential header values masked
/// - diagnostics: Diagnostics::toJson()
/// - latency: the heartbeat's statistics: this connection and earlier ones
/// - log: the newest maxMessages messages as MessageRecord objects,
///   redacted by LogExporter, with the counts of what was left out
///
/// Every string outside the log is masked for the known secrets as well.
class MAXMON_CORE_EXPORT SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SupportBundle)

public:
    /// The newest messages a bundle holds unless setMaxMessages() says otherwise.
    static constexpr int DefaultMaxMessages = 10000;
    /// The bundle's format_version: raised when a reader must change.
    static constexpr int FormatVersion = 1;

    /// The profile in use.
    void setConfig(const ConnectionConfig &config) { m_config = config; }
    /// The connection's diagnostics, heartbeat statistics included.
    void setDiagnostics(const Diagnostics &diagnostics) { m_diagnostics = diagnostics; }
    /// The log, oldest first; totalSeen counts those the log dropped too
    /// (-1: as many as given).
    void setMessages(const QList<Message> &messages, qint64 totalSeen = -1);
    /// Secrets masked wherever they appear; the config's own are added by toJson().
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }
    /// How many of the newest messages the bundle holds.
    void setMaxMessages(int maxMessages) { m_maxMessages = maxMessages; }

    /// The bundle.
    QJsonObject toJson() const;
    /// The bundle as indented JSON.
    QByteArray toBytes() const;
    /// Writes the bundle, all or nothing, like every export.
    Result<void> writeFile(const QString &path) const;

    /// app, qt, openssl and os, as in the bundle.
    static QJsonObject environment();
    /// The profile as in the bundle: ConnectionConfig::toJson() (never the
    /// token), the URL and credential header values masked, and every string
    /// masked for the secrets.
    static QJsonObject redactedProfile(const ConnectionConfig &config, const QStringList &secrets);

private:
    ConnectionConfig m_config;
    Diagnostics m_diagnostics;
    QList<Message> m_messages;
    qint64 m_totalSeen = -1;
    QStringList m_secrets;
    int m_maxMessages = DefaultMaxMessages;
};

} // namespace maxmon
