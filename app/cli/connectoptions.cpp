#include "connectoptions.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"

#include <maxmon/proxyselector.h>
#include <maxmon/tlspolicy.h>
#include <maxmon/units.h>

#include <QCoreApplication>

namespace maxmon::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description,
                          const char *valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), description);
    return QCommandLineOption(QString::fromLatin1(name), description,
                              QString::fromLatin1(valueName));
}

} // namespace

ConnectOptions::ConnectOptions()
    : m_profile(option("profile",
                       tr("Start from this connection profile (JSON); the options given here "
                          "override it."),
                       "FILE"))
    , m_connectTimeout(option("connect-timeout",
                              tr("Give up connecting (TCP, TLS and handshake) after this long "
                                 "(default 10s)."),
                              "duration"))
    , m_reconnect(option("reconnect",
                         tr("Reconnect with backoff when the connection fails or is lost, instead "
                            "of exiting.")))
    , m_header(option("header", tr("Add a handshake header (repeatable)."), "name:value"))
    , m_subprotocol(option("subprotocol", tr("Offer a subprotocol (repeatable)."), "name"))
    , m_token(option("token",
                     tr("Send a bearer token in the Authorization header. Visible in the process "
                        "list: prefer --token-env or --token-file."),
                     "token"))
    , m_tokenEnv(
          option("token-env", tr("Read the bearer token from this environment variable."), "VAR"))
    , m_tokenFile(option("token-file",
                         tr("Read the bearer token from this file (readable by you alone)."),
                         "FILE"))
    , m_tokenCommand(
          option("token-command",
                 tr("Run this program (no shell) and use its output as the bearer token."), "CMD"))
    , m_ca(option("ca", tr("Trust the CA certificates in this PEM file, besides the system's."),
                  "FILE"))
    , m_cert(option("cert", tr("Present this client certificate (PEM); needs --key."), "FILE"))
    , m_key(option("key", tr("The client certificate's private key (PEM)."), "FILE"))
    , m_keyPassphraseEnv(
          option("key-passphrase-env",
                 tr("Read the passphrase of an encrypted --key from this environment "
                    "variable."),
                 "VAR"))
    , m_pin(option("pin",
                   tr("Only accept a server whose certificate chain has this public key: base64 "
                      "SHA-256 of the SubjectPublicKeyInfo (repeatable)."),
                   "SHA256"))
    , m_insecure(option("insecure",
                        tr("DANGEROUS: accept self-signed, untrusted, expired and wrong-host "
                           "certificates. Prints a warning; pins still apply.")))
    , m_allowTlsError(option("allow-tls-error",
                             tr("DANGEROUS: accept only this certificate error, e.g. "
                                "SelfSignedCertificate (repeatable; instead of --insecure)."),
                             "NAME"))
    , m_proxy(option("proxy",
                     tr("Proxy: http://[user@]host:port (HTTP CONNECT), socks5://[user@]host:port, "
                        "none, or system (the default)."),
                     "URL"))
    , m_proxyPasswordEnv(option("proxy-password-env",
                                tr("Read the proxy password from this environment variable."),
                                "VAR"))
{ }

void ConnectOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_profile, m_connectTimeout, m_reconnect, m_header, m_subprotocol, m_token,
                         m_tokenEnv, m_tokenFile, m_tokenCommand, m_ca, m_cert, m_key,
                         m_keyPassphraseEnv, m_pin, m_insecure, m_allowTlsError, m_proxy,
                         m_proxyPasswordEnv });
}

std::optional<ConnectionConfig> ConnectOptions::read(const CommandLine &commandLine,
                                                     const QString &url, int *exitCode) const
{
    QStringList warnings;
    const Result<ConnectionConfig> config = toConfig(commandLine.parser(), url, &warnings);
    if (!config) {
        commandLine.printUsageError(config.error().toString());
        *exitCode = config.error().context().contains(QLatin1String("profile")) ? Config : Usage;
        return std::nullopt;
    }
    console::warnings(warnings);
    return *config;
}

Result<ConnectionConfig> ConnectOptions::toConfig(const QCommandLineParser &parser,
                                                  const QString &url, QStringList *warnings) const
{
    ConnectionConfig config;
    if (parser.isSet(m_profile)) {
        const QString path = parser.value(m_profile);
        QList<ConfigIssue> issues;
        config = ConnectionConfig::fromFile(path, &issues);
        QStringList errors;
        for (const ConfigIssue &issue : std::as_const(issues)) {
            (issue.isError() ? errors : *warnings)
                .append(tr("profile %1: %2").arg(path, issue.toString()));
        }
        if (!errors.isEmpty()) {
            Error error(Error::Code::InvalidConfig, errors.join(QLatin1Char('\n')));
            error.withContext(QStringLiteral("profile"), path);
            return failure(error);
        }
    }
    if (!url.isEmpty())
        config.url = parseWebSocketUrl(url);
    if (config.url.isEmpty())
        return failure(usage(tr("Give a URL (or a --profile that has one).")));
    for (const auto apply : { &ConnectOptions::applyHandshake, &ConnectOptions::applyToken,
                              &ConnectOptions::applyTls, &ConnectOptions::applyProxy }) {
        if (const Result<void> applied = (this->*apply)(parser, &config); !applied)
            return failure(applied.error());
    }
    // a one-off connection from the shell reports failures instead of retrying
    config.reconnect.enabled = parser.isSet(m_reconnect);
    return config;
}

// The connect timeout, headers and subprotocols.
Result<void> ConnectOptions::applyHandshake(const QCommandLineParser &parser,
                                            ConnectionConfig *config) const
{
    if (parser.isSet(m_connectTimeout)) {
        const Result<qint64> ms = parseDurationMs(parser.value(m_connectTimeout));
        if (!ms || *ms <= 0 || *ms > MaxTimeoutMs)
            return failure(
                usage(QStringLiteral("--connect-timeout: ")
                      + (ms ? tr("must be above 0 and at most 24h.") : ms.error().message())));
        config->connectTimeoutMs = static_cast<int>(*ms);
    }
    for (const QString &value : parser.values(m_header)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return failure(usage(tr("--header needs name:value, got \"%1\".").arg(value)));
        const HttpHeader header { value.left(colon).trimmed(), value.mid(colon + 1).trimmed() };
        config->headers.removeIf([&header](const HttpHeader &existing) {
            return existing.name.compare(header.name, Qt::CaseInsensitive) == 0;
        });
        config->headers.append(header);
    }
    if (parser.isSet(m_subprotocol))
        config->subprotocols = parser.values(m_subprotocol);
    return {};
}

Result<void> ConnectOptions::applyToken(const QCommandLineParser &parser,
                                        ConnectionConfig *config) const
{
    const QList<std::pair<const QCommandLineOption *, SecretRef::Source>> tokenSources {
        { &m_tokenEnv, SecretRef::Source::Env },
        { &m_tokenFile, SecretRef::Source::File },
        { &m_tokenCommand, SecretRef::Source::Command },
    };
    int tokenOptions = parser.isSet(m_token) ? 1 : 0;
    SecretRef tokenSource;
    for (const auto &[option, source] : tokenSources) {
        if (!parser.isSet(*option))
            continue;
        ++tokenOptions;
        tokenSource = { source, parser.value(*option) };
    }
    if (tokenOptions > 1)
        return failure(usage(tr("Give the token one way only: --token, --token-env, "
                                "--token-file or --token-command.")));
    if (tokenOptions == 1) {
        // a profile may send it as a query parameter or subprotocol: keep that
        if (config->auth.mode == AuthConfig::Mode::None)
            config->auth.mode = AuthConfig::Mode::BearerHeader;
        config->auth.tokenSource = tokenSource;
        config->auth.token = parser.value(m_token);
    }
    return {};
}

Result<void> ConnectOptions::applyTls(const QCommandLineParser &parser,
                                      ConnectionConfig *config) const
{
    TlsConfig &tls = config->tls;
    if (parser.isSet(m_ca))
        tls.caFile = parser.value(m_ca);
    if (parser.isSet(m_cert) != parser.isSet(m_key))
        return failure(usage(tr("--cert and --key go together.")));
    if (parser.isSet(m_cert)) {
        tls.clientCertificateFile = parser.value(m_cert);
        tls.clientKeyFile = parser.value(m_key);
    }
    if (parser.isSet(m_keyPassphraseEnv))
        tls.keyPassphrase = { SecretRef::Source::Env, parser.value(m_keyPassphraseEnv) };
    if (parser.isSet(m_pin))
        tls.spkiPins = parser.values(m_pin);
    if (parser.isSet(m_insecure) && parser.isSet(m_allowTlsError))
        return failure(usage(tr("Use either --insecure or --allow-tls-error, not both.")));
    if (parser.isSet(m_insecure)) {
        tls.allowInsecure = true;
        tls.allowedErrors = TlsPolicy::insecureDefaultErrors();
    }
    if (parser.isSet(m_allowTlsError)) {
        tls.allowInsecure = true;
        tls.allowedErrors.clear();
        for (const QString &names : parser.values(m_allowTlsError)) {
            for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!TlsPolicy::errorFromName(name))
                    return failure(usage(
                        tr("--allow-tls-error: \"%1\" is not a certificate "
                           "error; known ones include %2.")
                            .arg(name,
                                 TlsPolicy::insecureDefaultErrors().join(QLatin1String(", ")))));
                tls.allowedErrors.append(name.trimmed());
            }
        }
    }
    return {};
}

Result<void> ConnectOptions::applyProxy(const QCommandLineParser &parser,
                                        ConnectionConfig *config) const
{
    if (parser.isSet(m_proxy)) {
        const Result<ProxyConfig> proxy = ProxySelector::parse(parser.value(m_proxy));
        if (!proxy)
            return failure(proxy.error());
        config->proxy = *proxy;
    }
    if (parser.isSet(m_proxyPasswordEnv)) {
        if (config->proxy.user.isEmpty())
            return failure(usage(tr("--proxy-password-env needs a user in --proxy "
                                    "(http://USER@host:port).")));
        config->proxy.password = { SecretRef::Source::Env, parser.value(m_proxyPasswordEnv) };
    }
    return {};
}

} // namespace maxmon::cli
