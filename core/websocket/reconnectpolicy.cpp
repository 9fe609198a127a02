#include <maxmon/authprovider.h>
#include <maxmon/reconnectpolicy.h>

#include <QCoreApplication>
#include <QRandomGenerator>

#include <chrono>
#include <cmath>

namespace maxmon {

namespace {

double systemRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

ReconnectPolicy::ReconnectPolicy(const ReconnectConfig &config, RandomSource random, Clock clock)
    : m_config(config)
    , m_random(random ? std::move(random) : RandomSource(systemRandom))
    , m_clock(clock ? std::move(clock) : Clock(steadyMs))
{ }

bool ReconnectPolicy::isRetryable(const Error &error)
{
    using C = Error::Code;
    switch (error.code()) {
    case C::HostNotFound: // DNS hiccups pass
    case C::ConnectionRefused: // the server is restarting
    case C::ConnectTimeout:
    case C::HandshakeTimeout:
    case C::NetworkError:
    case C::ConnectionLost:
    case C::HeartbeatTimeout:
    case C::ServerError: // 5xx
    case C::RemoteClosed: // any close but 1000, as the Phoenix JS client does
    case C::ProtocolError:
    case C::MessageTooLarge:
    case C::ProxyConnectionRefused:
    case C::ProxyError:
    case C::TlsHandshakeFailed: // a reset during the handshake; certificate problems are below
        return true;
    case C::HandshakeFailed: {
        // 408 Request Timeout and 429 Too Many Requests ask to come back later
        const int status = error.httpStatus();
        return status == 408 || status == 429;
    }
    case C::None:
    case C::InvalidUrl:
    case C::InvalidConfig:
    case C::InvalidState:
    case C::Unauthorized:
    case C::Forbidden:
    case C::NotFound:
    case C::NotConnected:
    case C::QueueFull:
    case C::OutgoingMessageTooLarge:
    case C::Unconfirmed:
    case C::TlsCertificateRejected:
    case C::TlsPinMismatch:
    case C::TlsConfigError:
    case C::ProxyAuthenticationRequired:
    case C::AuthFailed:
    case C::SecretUnavailable:
    case C::InvalidPayload:
    case C::PhoenixError:
    case C::FileError:
    case C::JoinRefused:
        return false;
    }
    return false;
}

int ReconnectPolicy::baseDelayMs(int attempt) const
{
    if (!m_config.scheduleMs.isEmpty()) {
        const qsizetype index =
            std::clamp<qsizetype>(attempt - 1, 0, m_config.scheduleMs.size() - 1);
        return m_config.scheduleMs.at(index);
    }
    const double raw =
        m_config.initialDelayMs * std::pow(m_config.multiplier, std::max(0, attempt - 1));
    return static_cast<int>(std::min(raw, static_cast<double>(m_config.maxDelayMs)));
}

std::optional<int> ReconnectPolicy::nextDelayMs()
{
    if (!m_config.enabled)
        return std::nullopt;
    if (m_config.maxAttempts > 0 && m_attempt >= m_config.maxAttempts)
        return std::nullopt;
    ++m_attempt;
    const double base = baseDelayMs(m_attempt);
    // spread each delay over [base * (1 - jitter), base * (1 + jitter)] so
    // that many clients cut off together do not come back together
    const double factor = 1.0 + m_config.jitter * (2.0 * m_random() - 1.0);
    return std::max(1, static_cast<int>(std::lround(base * factor)));
}

// The texts below keep the translation context of WebSocketClient, where
// they were first written and translated.
ReconnectPolicy::Decision ReconnectPolicy::decide(const Error &error,
                                                  const AuthProvider *tokenSource)
{
    Decision decision;
    decision.error = error;
    const bool refused =
        error.code() == Error::Code::Unauthorized || error.code() == Error::Code::Forbidden;
    if (refused && m_tokenRenewed) {
        decision.error =
            Error(Error::Code::AuthFailed,
                  QCoreApplication::translate("maxmon::WebSocketClient",
                                              "The server refused the token again (HTTP %1), "
                                              "also after a fresh one was fetched from %2.")
                      .arg(error.httpStatus())
                      .arg(tokenSource ? tokenSource->describe()
                                       : QCoreApplication::translate("maxmon::WebSocketClient",
                                                                     "the token source")),
                  error.detail(),
                  QCoreApplication::translate("maxmon::WebSocketClient",
                                              "Check the credentials; maxmon does not retry now."))
                .withContext(QStringLiteral("httpStatus"), error.httpStatus());
        return decision;
    }
    if (refused && tokenSource && tokenSource->canRenew()) {
        // once, at once: the token may just have expired
        m_tokenRenewed = true;
        decision.action = Decision::Action::Retry;
        decision.renewToken = true;
        decision.reason =
            QCoreApplication::translate("maxmon::WebSocketClient", "renewing the token");
        return decision;
    }
    if (!isRetryable(error))
        return decision;
    if (const std::optional<int> delay = nextDelayMs()) {
        decision.action = Decision::Action::Retry;
        decision.delayMs = *delay;
        decision.reason = error.message();
        return decision;
    }
    if (isEnabled()) {
        decision.error.withDetail(
            error.detail()
            + QCoreApplication::translate("maxmon::WebSocketClient",
                                          "\nGave up after %1 reconnect attempts "
                                          "(reconnect.max_attempts).")
                  .arg(attempt()));
    }
    return decision;
}

void ReconnectPolicy::connectionEstablished()
{
    m_connectedAtMs = m_clock();
    m_tokenRenewed = false;
}

void ReconnectPolicy::connectionLost()
{
    if (m_connectedAtMs >= 0 && m_clock() - m_connectedAtMs >= m_config.resetAfterMs)
        m_attempt = 0;
    m_connectedAtMs = -1;
}

void ReconnectPolicy::reset()
{
    m_attempt = 0;
    m_connectedAtMs = -1;
    m_tokenRenewed = false;
}

} // namespace maxmon
