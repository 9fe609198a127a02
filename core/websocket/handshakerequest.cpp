#include "websocket/handshakerequest.h"

#include <maxmon/phoenix/authtoken.h>

#include <QCoreApplication>

namespace maxmon {

namespace {

// The error of a reference that cannot be resolved, saying where it was.
Error variableError(const Error &error, const QString &where)
{
    return Error(error.code(),
                 QCoreApplication::translate("maxmon::WebSocketClient", "%1: %2")
                     .arg(where, error.message()));
}

} // namespace

Result<HandshakeRequest> HandshakeRequest::build(const ConnectionConfig &config,
                                                 const Variables &variables)
{
    HandshakeRequest built;
    const Result<QUrl> url = variables.resolveUrl(config.effectiveUrl());
    if (!url)
        return failure(variableError(
            url.error(), QCoreApplication::translate("maxmon::WebSocketClient", "In the URL")));
    built.m_request = QNetworkRequest(*url);
    for (const HttpHeader &header : config.headers) {
        const Result<QString> value = variables.resolve(header.value);
        if (!value)
            return failure(variableError(
                value.error(),
                QCoreApplication::translate("maxmon::WebSocketClient", "In the header %1")
                    .arg(header.name)));
        if (value->contains(QLatin1Char('\r')) || value->contains(QLatin1Char('\n')))
            return failure(Error(
                Error::Code::InvalidConfig,
                QCoreApplication::translate("maxmon::WebSocketClient",
                                            "The header %1 would contain a line break once its "
                                            "variables are replaced.")
                    .arg(header.name)));
        built.m_request.setRawHeader(header.name.toUtf8(), value->toUtf8());
    }
    if (config.auth.mode == AuthConfig::Mode::BearerHeader && !config.auth.token.isEmpty())
        built.m_request.setRawHeader("Authorization", "Bearer " + config.auth.token.toUtf8());

    built.m_options.setSubprotocols(config.subprotocols);
    if (config.auth.mode == AuthConfig::Mode::PhoenixSubprotocol && !config.auth.token.isEmpty()) {
        // Checked here: Qt would drop an invalid name with a warning that prints it, token and all.
        const std::optional<QStringList> protocols =
            phoenix::authtoken::subprotocolsFor(config.auth.token, config.subprotocols);
        if (!protocols) {
            // the client's translation context, where these texts were written
            return failure(Error(
                Error::Code::InvalidConfig,
                QCoreApplication::translate("maxmon::WebSocketClient",
                                            "The token cannot be sent as a Phoenix authToken "
                                            "subprotocol: its base64 form contains '/', which a "
                                            "subprotocol name may not."),
                QString(),
                QCoreApplication::translate("maxmon::WebSocketClient",
                                            "Send it as a query parameter (auth mode \"query\") "
                                            "or a bearer header instead.")));
        }
        built.m_options.setSubprotocols(*protocols);
    }
    return built;
}

} // namespace maxmon
