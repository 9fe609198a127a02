#include "websocket/handshakerequest.h"

#include <maxmon/phoenix/authtoken.h>

#include <QCoreApplication>

namespace maxmon {

Result<HandshakeRequest> HandshakeRequest::build(const ConnectionConfig &config)
{
    HandshakeRequest built;
    built.m_request = QNetworkRequest(config.effectiveUrl());
    for (const HttpHeader &header : config.headers)
        built.m_request.setRawHeader(header.name.toUtf8(), header.value.toUtf8());
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
