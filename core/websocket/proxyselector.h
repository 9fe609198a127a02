#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QNetworkProxy>
#include <QUrl>

namespace maxmon {

/// Which proxy one connection goes through: the profile's explicit HTTP
/// CONNECT or SOCKS5 proxy, none, or (the default) the system's, as
/// QNetworkProxyFactory::systemProxyForQuery finds it (environment variables
/// such as https_proxy / no_proxy, desktop settings, PAC). Loopback hosts never
/// go through the system proxy, as in browsers and curl.
class MAXMON_CORE_EXPORT ProxySelector
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ProxySelector)

public:
    /// The proxy for a connection to url; password is the secret the
    /// profile's proxy.password names, already resolved.
    static QNetworkProxy proxyFor(const ProxyConfig &config, const QString &password,
                                  const QUrl &url);
    /// "HTTP CONNECT proxy 127.0.0.1:8888 (user alice)", "none (direct)",
    /// "system: none (direct)": never the password.
    static QString describe(const QNetworkProxy &proxy, ProxyConfig::Mode mode);

    /// A connection attempt through proxy failed with socketError: the error
    /// saying what the proxy had to do with it (the error as is for direct
    /// connections).
    static Error explain(const Error &error, QAbstractSocket::SocketError socketError,
                         const QNetworkProxy &proxy);

    /// The proxy of maxmon-cli --proxy: "http://[user@]host:port",
    /// "socks5://[user@]host:port", "none" or "system". A password in the URL
    /// is refused: it would show up in the process list and shell history.
    static Result<ProxyConfig> parse(const QString &text);
};

} // namespace maxmon
