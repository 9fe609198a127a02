#pragma once

#include "targetconfig.h"

#include <maxmon/configissue.h>
#include <maxmon/connectionconfig.h>
#include <maxmon/secretref.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace maxmon::monitor {

// Where the metrics are served and who may read them.
// JSON: "listen": "127.0.0.1:9464",
//       "basic_auth": {"username": "prometheus", "password": {"file": "/run/credentials/..."}},
//       "tls": {"cert_file": "...", "key_file": "...", "key_passphrase": {"env": "..."},
//               "client_ca_file": "..."}
// The two secrets come from an environment variable or a file only: they
// are read when the config is applied, at start and at every reload.
struct ListenerConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 9464;
    QString basicAuthUser; // empty: no authentication
    SecretRef basicAuthPassword;
    QString tlsCertFile; // empty: plain HTTP
    QString tlsKeyFile;
    SecretRef tlsKeyPassphrase;
    QString tlsClientCaFile; // set: clients need a certificate from these CAs

    bool tlsEnabled() const { return !tlsCertFile.isEmpty(); }
    // "http://127.0.0.1:9464", with the port given (the real one after listening on 0)
    QString baseUrl(quint16 actualPort) const;

    // "127.0.0.1:9464", "[::1]:9464", ":9464" (every address); false with why.
    static bool parseAddress(const QString &text, QHostAddress *address, quint16 *port,
                             QString *why);

    friend bool operator==(const ListenerConfig &a, const ListenerConfig &b)
    {
        return a.address == b.address && a.port == b.port && a.basicAuthUser == b.basicAuthUser
            && a.basicAuthPassword == b.basicAuthPassword && a.tlsCertFile == b.tlsCertFile
            && a.tlsKeyFile == b.tlsKeyFile && a.tlsKeyPassphrase == b.tlsKeyPassphrase
            && a.tlsClientCaFile == b.tlsClientCaFile;
    }
    friend bool operator!=(const ListenerConfig &a, const ListenerConfig &b) { return !(a == b); }
};

// How /probe?target=URL&module=NAME probes: the settings of the connection
// (a profile without URL) and of the pings. "default" always exists.
// JSON: "probe_modules": {"quick": {"profile": "tls.json", "count": 3,
//                                   "interval_ms": 200, "timeout_ms": 2000}}
struct ProbeModule
{
    ConnectionConfig connection;
    int count = 3;
    int intervalMs = 200;
    int timeoutMs = 2000;

    friend bool operator==(const ProbeModule &a, const ProbeModule &b)
    {
        return a.connection == b.connection && a.count == b.count && a.intervalMs == b.intervalMs
            && a.timeoutMs == b.timeoutMs;
    }
};

// The config file of `maxmon-cli monitor`: the listener, the targets (with
// "defaults" they share) and the probe modules. Unknown keys are errors.
// Relative file names are relative to the config file's directory.
struct MonitorConfig
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::monitor::MonitorConfig)

public:
    ListenerConfig listener;
    QList<TargetConfig> targets;
    QMap<QString, ProbeModule> probeModules;

    // Every problem, with its path ("targets[2].url: ..."), goes into issues;
    // the config is usable only when none is an error.
    static MonitorConfig fromJson(const QJsonObject &json, const QString &baseDir,
                                  QList<ConfigIssue> *issues);
    static MonitorConfig fromFile(const QString &file, QList<ConfigIssue> *issues);
};

} // namespace maxmon::monitor
