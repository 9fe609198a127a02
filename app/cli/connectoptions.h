#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/result.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace maxmon::cli {

class CommandLine;

// The connection options every maxmon-cli client command shares (connect,
// probe, record, replay, bench) and the ConnectionConfig they make: a
// profile, handshake (headers, subprotocols), token sources, TLS, proxy,
// connect timeout and reconnecting. Secrets are only ever named here
// (environment variable, file, command), except the old --token, which is
// kept for compatibility.
//
// With --profile the profile is the base and every option given on the
// command line overrides its part of it (headers are added, replacing a
// profile header of the same name). The command line reconnects only with
// --reconnect; the profile's reconnect settings (delays, attempts) apply then.
class ConnectOptions
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::ConnectOptions)

public:
    ConnectOptions();

    void addTo(QCommandLineParser *parser) const;
    // url: the command's URL argument; may be empty when the profile has one.
    // The profile's warnings are added to *warnings. A usage error
    // (InvalidConfig) names the offending option; a profile that cannot be
    // read or has errors gives an error with the context "profile" set.
    Result<ConnectionConfig> toConfig(const QCommandLineParser &parser, const QString &url,
                                      QStringList *warnings) const;
    // What a command does with toConfig(): the config, with the profile's warnings
    // printed; or the problem printed as a usage error of the command and its exit
    // code (Config for the profile, Usage otherwise) in *exitCode.
    std::optional<ConnectionConfig> read(const CommandLine &commandLine, const QString &url,
                                         int *exitCode) const;

private:
    // The parts of toConfig() after the profile and the URL, each onto *config.
    Result<void> applyHandshake(const QCommandLineParser &parser, ConnectionConfig *config) const;
    Result<void> applyToken(const QCommandLineParser &parser, ConnectionConfig *config) const;
    Result<void> applyTls(const QCommandLineParser &parser, ConnectionConfig *config) const;
    Result<void> applyProxy(const QCommandLineParser &parser, ConnectionConfig *config) const;

    QCommandLineOption m_profile;
    QCommandLineOption m_connectTimeout;
    QCommandLineOption m_reconnect;
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
