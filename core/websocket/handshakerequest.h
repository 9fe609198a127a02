#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QNetworkRequest>
#include <QWebSocketHandshakeOptions>

namespace maxmon {

// The WebSocket upgrade request of one connection attempt, built from the
// profile and the token resolved for this attempt: the URL (with the token
// as a query parameter in that auth mode), the profile's headers, the bearer
// header, and the subprotocols, the token's Phoenix authToken subprotocol
// included. The one place that knows how each auth mode puts the token on
// the wire, and where the URL's and the headers' {{name}} references are
// replaced by their values.
class MAXMON_CORE_TEST_EXPORT HandshakeRequest
{
public:
    // `config.auth.token` is the token of this attempt (may be empty);
    // `variables` answer the {{name}} references of the URL and header values.
    static Result<HandshakeRequest> build(const ConnectionConfig &config,
                                          const Variables &variables = Variables());

    const QNetworkRequest &request() const { return m_request; }
    const QWebSocketHandshakeOptions &options() const { return m_options; }

private:
    QNetworkRequest m_request;
    QWebSocketHandshakeOptions m_options;
};

} // namespace maxmon
