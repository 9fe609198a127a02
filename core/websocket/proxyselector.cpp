#include <maxmon/proxyselector.h>

#include <QHostAddress>
#include <QNetworkProxyFactory>

namespace maxmon {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QNetworkProxy systemProxyFor(const QUrl &url)
{
    if (isLoopback(url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // Ask as for the HTTP(S) request the WebSocket handshake is, so that
    // http_proxy / https_proxy and PAC rules written for the web apply.
    QUrl asHttp = url;
    asHttp.setScheme(url.scheme() == QLatin1String("wss") ? QStringLiteral("https")
                                                          : QStringLiteral("http"));
    if (url.port() < 0)
        asHttp.setPort(url.scheme() == QLatin1String("wss") ? 443 : 80);
    const QList<QNetworkProxy> candidates =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(asHttp));
    for (QNetworkProxy proxy : candidates) {
        switch (proxy.type()) {
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::HttpProxy:
        case QNetworkProxy::Socks5Proxy:
            return proxy;
        case QNetworkProxy::HttpCachingProxy:
            // the same server tunnels with CONNECT, which a WebSocket needs
            proxy.setType(QNetworkProxy::HttpProxy);
            return proxy;
        case QNetworkProxy::DefaultProxy:
        case QNetworkProxy::FtpCachingProxy:
            break;
        }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace

QNetworkProxy ProxySelector::proxyFor(const ProxyConfig &config, const QString &password,
                                      const QUrl &url)
{
    switch (config.mode) {
    case ProxyConfig::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyConfig::Mode::Http:
    case ProxyConfig::Mode::Socks5: {
        QNetworkProxy proxy(config.mode == ProxyConfig::Mode::Http ? QNetworkProxy::HttpProxy
                                                                   : QNetworkProxy::Socks5Proxy,
                            config.host, static_cast<quint16>(config.port), config.user, password);
        // Host names are resolved by the proxy: the client may not be able to.
        proxy.setCapabilities(proxy.capabilities() | QNetworkProxy::HostNameLookupCapability);
        return proxy;
    }
    case ProxyConfig::Mode::System:
        break;
    }
    return systemProxyFor(url);
}

QString ProxySelector::describe(const QNetworkProxy &proxy, ProxyConfig::Mode mode)
{
    QString text;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        text = tr("HTTP CONNECT proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
        break;
    case QNetworkProxy::Socks5Proxy:
        text = tr("SOCKS5 proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
        break;
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
    case QNetworkProxy::FtpCachingProxy:
        text = tr("none (direct)");
        break;
    }
    if (!proxy.user().isEmpty())
        text += tr(" as %1").arg(proxy.user());
    if (mode == ProxyConfig::Mode::System)
        text = tr("system: %1").arg(text);
    return text;
}

Error ProxySelector::explain(const Error &error, QAbstractSocket::SocketError socketError,
                             const QNetworkProxy &proxy)
{
    using S = QAbstractSocket::SocketError;
    const bool http = proxy.type() == QNetworkProxy::HttpProxy;
    if (!http && proxy.type() != QNetworkProxy::Socks5Proxy)
        return error;
    QNetworkProxy anonymous = proxy;
    anonymous.setUser(QString());
    const QString name = describe(anonymous, ProxyConfig::Mode::Http);
    const QString setCredentials =
        tr("Set proxy.user and proxy.password in the profile (maxmon-cli: --proxy "
           "http://USER@HOST:PORT --proxy-password-env VAR).");
    Error explained = error;
    switch (socketError) {
    case S::ProxyConnectionRefusedError:
        explained =
            Error(Error::Code::ProxyConnectionRefused,
                  tr("The %1 refused the connection: is it running?").arg(name), error.detail(),
                  tr("Check the proxy's host and port (proxy.host, proxy.port or "
                     "--proxy), or connect without it (--proxy none)."));
        break;
    case S::ProxyAuthenticationRequiredError:
        explained =
            Error(Error::Code::ProxyAuthenticationRequired,
                  proxy.user().isEmpty()
                      ? tr("The %1 requires a user name and password.").arg(name)
                      : tr("The %1 refused the credentials of user %2.").arg(name, proxy.user()),
                  error.detail(), setCredentials);
        break;
    case S::ProxyProtocolError:
        // Qt 6.4 reports every refusal it has no code for (a 401 answer to wrong
        // credentials, as tinyproxy gives, or a 5xx when the server is
        // unreachable from the proxy) with this one error and text.
        explained = Error(
            Error::Code::ProxyError,
            http ? tr("The %1 refused to open a tunnel to the server.").arg(name)
                 : tr("The %1 answered with something that is not SOCKS5.").arg(name),
            error.detail(),
            proxy.user().isEmpty() || !http
                ? tr("Check that the proxy can reach the server and allows tunnels to this "
                     "port.")
                : tr("Either the proxy cannot reach the server, or it refused the credentials "
                     "of user %1 (some proxies answer wrong credentials with 401, which Qt "
                     "reports like any other refusal). Check proxy.user and proxy.password.")
                      .arg(proxy.user()));
        break;
    case S::ProxyConnectionClosedError:
    case S::ProxyConnectionTimeoutError:
    case S::ProxyNotFoundError:
        explained = Error(Error::Code::ProxyError,
                          tr("The %1 failed: %2").arg(name, error.detail()), error.detail(),
                          tr("Check the proxy settings, or connect without it (--proxy none)."));
        break;
    case S::ConnectionRefusedError:
    case S::HostNotFoundError:
    case S::NetworkError:
        explained.withHint(tr("The %1 works, but could not reach the server behind it: %2")
                               .arg(name, error.hint()));
        break;
    default:
        break;
    }
    explained.withContext(QStringLiteral("proxy"), name);
    const QJsonObject context = error.context();
    for (auto it = context.begin(); it != context.end(); ++it)
        explained.withContext(it.key(), it.value());
    return explained;
}

Result<ProxyConfig> ProxySelector::parse(const QString &text)
{
    ProxyConfig config;
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        config.mode = ProxyConfig::Mode::None;
        return config;
    }
    if (trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return config;

    auto invalid = [&text](const QString &why) {
        return failure(Error(Error::Code::InvalidConfig,
                             tr("\"%1\" is not a proxy: %2").arg(text, why), QString(),
                             tr("Use http://[user@]host:port, socks5://[user@]host:port, none or "
                                "system.")));
    };
    // Before anything that could echo the text back: a password in it.
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const qsizetype userStart = trimmed.indexOf(QLatin1String("://")) + 3;
    if (at > 0 && trimmed.mid(userStart, at - userStart).contains(QLatin1Char(':'))) {
        return failure(Error(Error::Code::InvalidConfig,
                             tr("A proxy password must not be given in the proxy URL."), QString(),
                             tr("Command lines show up in the process list and shell history: "
                                "pass the password with --proxy-password-env VAR.")));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return invalid(tr("it needs a scheme, a host and a port"));
    if (scheme == QLatin1String("http"))
        config.mode = ProxyConfig::Mode::Http;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        config.mode = ProxyConfig::Mode::Socks5;
    else
        return invalid(tr("the scheme must be http or socks5"));
    if (url.port() < 1)
        return invalid(tr("it needs a port"));
    config.host = url.host();
    config.port = url.port();
    config.user = url.userName();
    return config;
}

} // namespace maxmon
