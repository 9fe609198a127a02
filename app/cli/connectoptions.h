#pragma once

#include "config/connectionconfig.h"
#include "websocket/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace maxmon::cli {

// The options of maxmon-cli connect and the ConnectionConfig they make:
// handshake (headers, subprotocols), token sources, TLS and proxy. Secrets
// are only ever named here (environment variable, file, command), except the
// old --token, which is kept for compatibility.
class ConnectOptions
{
public:
    ConnectOptions();

    void addTo(QCommandLineParser *parser) const;
    // A usage error (InvalidConfig) names the offending option.
    Result<ConnectionConfig> toConfig(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_header;
    QCommandLineOption m_subprotocol;
    QCommandLineOption m_token;
    QCommandLineOption m_tokenEnv;
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_tokenCommand;
    QCommandLineOption m_ca;
    QCommandLineOption m_cert;
    QCommandLineOption m_key;
    QCommandLineOption m_keyPassphraseEnv;
    QCommandLineOption m_pin;
    QCommandLineOption m_insecure;
    QCommandLineOption m_allowTlsError;
    QCommandLineOption m_proxy;
    QCommandLineOption m_proxyPasswordEnv;
};

} // namespace maxmon::cli
