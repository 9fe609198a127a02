#include "exitcode.h"

namespace maxmon::cli {

ExitCode exitCodeFor(const Error &error)
{
    using C = Error::Code;
    switch (error.code()) {
    case C::None:
        return Ok;
    case C::InvalidUrl:
    case C::InvalidConfig:
        return Config;
    case C::HostNotFound:
    case C::ConnectionRefused:
    case C::NetworkError:
    case C::ConnectionLost:
    case C::ProxyConnectionRefused:
    case C::ProxyError:
    case C::NotConnected:
        return Connection;
    case C::ConnectTimeout:
    case C::HandshakeTimeout:
    case C::HeartbeatTimeout:
        return Timeout;
    case C::Unauthorized:
    case C::Forbidden:
    case C::AuthFailed:
    case C::SecretUnavailable:
    case C::ProxyAuthenticationRequired:
        return Auth;
    case C::TlsHandshakeFailed:
    case C::TlsCertificateRejected:
    case C::TlsPinMismatch:
    case C::TlsConfigError:
        return Tls;
    case C::HandshakeFailed:
    case C::NotFound:
    case C::ServerError:
    case C::RemoteClosed:
    case C::ProtocolError:
    case C::MessageTooLarge:
    case C::InvalidPayload:
    case C::PhoenixError:
        return Protocol;
    case C::JoinRefused: {
        // a channel refused for lack of credentials is an authentication failure
        const QString reason = error.context().value(QLatin1String("reason")).toString();
        return reason == QLatin1String("unauthorized") || reason == QLatin1String("forbidden")
            ? Auth
            : Protocol;
    }
    case C::InvalidState:
    case C::QueueFull:
    case C::OutgoingMessageTooLarge:
    case C::Unconfirmed:
    case C::FileError:
        return Failure;
    }
    return Failure;
}

} // namespace maxmon::cli
