#include "connectoptions.h"

#include "websocket/proxyselector.h"
#include "websocket/tlspolicy.h"

#include <QCoreApplication>

namespace maxmon::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("maxmon-cli", text);
}

QCommandLineOption option(const char *name, const char *description,
                          const char *valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), tr(description));
    return QCommandLineOption(QString::fromLatin1(name), tr(description),
                              QString::fromLatin1(valueName));
}

Error usage(const QString &message)
{
    return Error(Error::Code::InvalidConfig, message);
}

} // namespace

ConnectOptions::ConnectOptions()
    : m_header(option("header", "Add a handshake header (repeatable).", "name:value"))
    , m_subprotocol(option("subprotocol", "Offer a subprotocol (repeatable).", "name"))
    , m_token(option("token",
                     "Send a bearer token in the Authorization header. Visible in the process "
                     "list: prefer --token-env or --token-file.",
                     "token"))
    , m_tokenEnv(
          option("token-env", "Read the bearer token from this environment variable.", "VAR"))
    , m_tokenFile(option("token-file",
                         "Read the bearer token from this file (readable by you alone).", "FILE"))
    , m_tokenCommand(option("token-command",
                            "Run this program (no shell) and use its output as the bearer token.",
                            "CMD"))
    , m_ca(
          option("ca", "Trust the CA certificates in this PEM file, besides the system's.", "FILE"))
    , m_cert(option("cert", "Present this client certificate (PEM); needs --key.", "FILE"))
    , m_key(option("key", "The client certificate's private key (PEM).", "FILE"))
    , m_keyPassphraseEnv(option("key-passphrase-env",
                                "Read the passphrase of an encrypted --key from this environment "
                                "variable.",
                                "VAR"))
    , m_pin(option("pin",
                   "Only accept a server whose certificate chain has this public key: base64 "
                   "SHA-256 of the SubjectPublicKeyInfo (repeatable).",
                   "SHA256"))
    , m_insecure(option("insecure",
                        "DANGEROUS: accept self-signed, untrusted, expired and wrong-host "
                        "certificates. Prints a warning; pins still apply."))
    , m_allowTlsError(option("allow-tls-error",
                             "DANGEROUS: accept only this certificate error, e.g. "
                             "SelfSignedCertificate (repeatable; instead of --insecure).",
                             "NAME"))
    , m_proxy(option("proxy",
                     "Proxy: http://[user@]host:port (HTTP CONNECT), socks5://[user@]host:port, "
                     "none, or system (the default).",
                     "URL"))
    , m_proxyPasswordEnv(option("proxy-password-env",
                                "Read the proxy password from this environment variable.", "VAR"))
{ }

void ConnectOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_header, m_subprotocol, m_token, m_tokenEnv, m_tokenFile, m_tokenCommand,
                         m_ca, m_cert, m_key, m_keyPassphraseEnv, m_pin, m_insecure,
                         m_allowTlsError, m_proxy, m_proxyPasswordEnv });
}

Result<ConnectionConfig> ConnectOptions::toConfig(const QCommandLineParser &parser) const
{
    ConnectionConfig config;
    config.url = QUrl(parser.positionalArguments().value(0), QUrl::StrictMode);
    for (const QString &value : parser.values(m_header)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return failure(usage(tr("--header needs name:value, got \"%1\".").arg(value)));
        config.headers.append({ value.left(colon).trimmed(), value.mid(colon + 1).trimmed() });
    }
    config.subprotocols = parser.values(m_subprotocol);

    const QList<std::pair<const QCommandLineOption *, SecretRef::Source>> tokenSources {
        { &m_tokenEnv, SecretRef::Source::Env },
        { &m_tokenFile, SecretRef::Source::File },
        { &m_tokenCommand, SecretRef::Source::Command },
    };
    int tokenOptions = parser.isSet(m_token) ? 1 : 0;
    for (const auto &[option, source] : tokenSources) {
        if (!parser.isSet(*option))
            continue;
        ++tokenOptions;
        config.auth.tokenSource = { source, parser.value(*option) };
    }
    if (tokenOptions > 1)
        return failure(usage(tr("Give the token one way only: --token, --token-env, "
                                "--token-file or --token-command.")));
    if (tokenOptions == 1) {
        config.auth.mode = AuthConfig::Mode::BearerHeader;
        config.auth.token = parser.value(m_token);
    }

    config.tls.caFile = parser.value(m_ca);
    config.tls.clientCertificateFile = parser.value(m_cert);
    config.tls.clientKeyFile = parser.value(m_key);
    if (config.tls.clientCertificateFile.isEmpty() != config.tls.clientKeyFile.isEmpty())
        return failure(usage(tr("--cert and --key go together.")));
    if (parser.isSet(m_keyPassphraseEnv))
        config.tls.keyPassphrase = { SecretRef::Source::Env, parser.value(m_keyPassphraseEnv) };
    config.tls.spkiPins = parser.values(m_pin);
    if (parser.isSet(m_insecure) && parser.isSet(m_allowTlsError))
        return failure(usage(tr("Use either --insecure or --allow-tls-error, not both.")));
    if (parser.isSet(m_insecure)) {
        config.tls.allowInsecure = true;
        config.tls.allowedErrors = TlsPolicy::insecureDefaultErrors();
    }
    if (parser.isSet(m_allowTlsError)) {
        config.tls.allowInsecure = true;
        for (const QString &names : parser.values(m_allowTlsError)) {
            for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!TlsPolicy::errorFromName(name))
                    return failure(usage(
                        tr("--allow-tls-error: \"%1\" is not a certificate "
                           "error; known ones include %2.")
                            .arg(name,
                                 TlsPolicy::insecureDefaultErrors().join(QLatin1String(", ")))));
                config.tls.allowedErrors.append(name.trimmed());
            }
        }
    }

    if (parser.isSet(m_proxy)) {
        const Result<ProxyConfig> proxy = ProxySelector::parse(parser.value(m_proxy));
        if (!proxy)
            return failure(proxy.error());
        config.proxy = *proxy;
    }
    if (parser.isSet(m_proxyPasswordEnv)) {
        if (config.proxy.user.isEmpty())
            return failure(usage(tr("--proxy-password-env needs a user in --proxy "
                                    "(http://USER@host:port).")));
        config.proxy.password = { SecretRef::Source::Env, parser.value(m_proxyPasswordEnv) };
    }
    // a one-off connection from the shell reports failures instead of retrying
    config.reconnect.enabled = false;
    return config;
}

} // namespace maxmon::cli
