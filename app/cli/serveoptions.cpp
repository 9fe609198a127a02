#include "serveoptions.h"

#include "commandline.h"
#include "server/demofaults.h"

#include <maxmon/units.h>

#include <QUrlQuery>

namespace maxmon::cli {

namespace {

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName,
                               const QString &defaultValue = QString())
{
    return QCommandLineOption(QString::fromLatin1(name), description,
                              QString::fromLatin1(valueName), defaultValue);
}

// Whether the option is absent, or a number from min to max (then in *target).
bool number(const QCommandLineParser &parser, const QCommandLineOption &which, double min,
            double max, double *target)
{
    if (!parser.isSet(which))
        return true;
    bool ok = false;
    const double value = parser.value(which).toDouble(&ok);
    if (!ok || !(value >= min) || value > max)
        return false;
    *target = value;
    return true;
}

} // namespace

ServeOptions::ServeOptions()
    : m_listen(valueOption("listen", tr("Address to listen on (default 127.0.0.1)."), "address",
                           QStringLiteral("127.0.0.1")))
    , m_port(valueOption("port", tr("Port to listen on (default 8765, 0 = any)."), "port",
                         QStringLiteral("8765")))
    , m_tlsCert(valueOption("tls-cert",
                            tr("Serve wss:// with this certificate (PEM; the chain may follow)."),
                            "FILE"))
    , m_tlsKey(valueOption("tls-key", tr("The certificate's private key (PEM)."), "FILE"))
    , m_tlsKeyPassphraseEnv(valueOption(
          "tls-key-passphrase-env", tr("Read the --tls-key passphrase from this variable."), "VAR"))
    , m_tlsClientCa(valueOption(
          "tls-client-ca", tr("Require client certificates issued by these CAs (PEM)."), "FILE"))
    , m_authToken(valueOption("auth-token",
                              tr("The token /auth wants (default: made up and printed at start)."),
                              "TOKEN"))
    , m_authTokenEnv(valueOption("auth-token-env",
                                 tr("Read the /auth token from this environment variable."), "VAR"))
    , m_eventsRate(valueOption(
          "events-rate", tr("/events rate when the URL gives none, per second (default 5)."), "N"))
    , m_maxEventsRate(
          valueOption("max-events-rate",
                      tr("Highest /events rate a connection may ask for (default 20000)."), "N"))
    , m_maxTotalEventsRate(
          valueOption("max-total-events-rate",
                      tr("Highest rate of all /events streams together (default 100000)."), "N"))
    , m_maxConnections(
          valueOption("max-connections",
                      tr("Refuse connections beyond this many with 503 (default 1000)."), "N"))
    , m_maxMessageSize(valueOption(
          "max-message-size",
          tr("Close (1009) connections that send larger messages (default 1MiB)."), "size"))
    , m_closeAfter(valueOption("close-after",
                               tr("Fault: close every connection this long after its handshake."),
                               "duration"))
    , m_closeCode(valueOption("close-code",
                              tr("The code --close-after closes with (default 1000)."), "code",
                              QStringLiteral("1000")))
    , m_freezeAfter(
          valueOption("freeze-after",
                      tr("Fault: stop reading and writing (pings unanswered) this long after "
                         "the handshake."),
                      "duration"))
    , m_delay(valueOption("delay", tr("Fault: hold every message the server sends for this long."),
                          "duration"))
    , m_verbose(QStringLiteral("verbose"), tr("Print every connection and refused request."))
{ }

void ServeOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_listen, m_port, m_tlsCert, m_tlsKey, m_tlsKeyPassphraseEnv,
                         m_tlsClientCa, m_authToken, m_authTokenEnv, m_eventsRate, m_maxEventsRate,
                         m_maxTotalEventsRate, m_maxConnections, m_maxMessageSize, m_closeAfter,
                         m_closeCode, m_freezeAfter, m_delay, m_verbose });
}

Result<ServePlan> ServeOptions::toPlan(const QCommandLineParser &parser) const
{
    ServePlan plan;
    plan.address = QHostAddress(parser.value(m_listen));
    if (plan.address.isNull())
        return failure(
            usage(tr("--listen: \"%1\" is not an IP address.").arg(parser.value(m_listen))));
    bool portOk = false;
    const uint port = parser.value(m_port).toUInt(&portOk);
    if (!portOk || port > 65535)
        return failure(usage(tr("--port: a number from 0 to 65535.")));
    plan.port = static_cast<quint16>(port);
    plan.verbose = parser.isSet(m_verbose);
    for (const Result<void> &read :
         { readLimits(parser, &plan.settings), readFaults(parser, &plan.settings),
           readAuth(parser, &plan), readTls(parser, &plan) }) {
        if (!read)
            return failure(read.error());
    }
    return plan;
}

Result<void> ServeOptions::readLimits(const QCommandLineParser &parser,
                                      DemoServerSettings *settings) const
{
    double connections = settings->maxConnections;
    if (!number(parser, m_eventsRate, 0.01, 1e6, &settings->eventsRate)
        || !number(parser, m_maxEventsRate, 0.01, 1e6, &settings->maxEventsRate)
        || !number(parser, m_maxTotalEventsRate, 0.01, 1e7, &settings->maxTotalEventsRate))
        return failure(usage(tr("Event rates are events per second, from 0.01 to 1000000 (all "
                                "streams: 10000000).")));
    if (!number(parser, m_maxConnections, 1, 100000, &connections))
        return failure(usage(tr("--max-connections: a number from 1 to 100000.")));
    settings->maxConnections = static_cast<int>(connections);
    if (settings->eventsRate > settings->maxEventsRate)
        return failure(usage(tr("--events-rate is above --max-events-rate.")));
    if (parser.isSet(m_maxMessageSize)) {
        const Result<qint64> size = parseByteRate(parser.value(m_maxMessageSize));
        if (!size || *size < 1 || *size > qint64(1) << 31)
            return failure(usage(QStringLiteral("--max-message-size: ")
                                 + (size ? tr("from 1 byte to 2GiB") : size.error().message())));
        settings->maxMessageSize = *size;
    }
    return {};
}

// Faults for every connection: the same checks as a query string's.
Result<void> ServeOptions::readFaults(const QCommandLineParser &parser,
                                      DemoServerSettings *settings) const
{
    QUrlQuery faultQuery;
    if (parser.isSet(m_closeAfter)) {
        faultQuery.addQueryItem(QStringLiteral("close"), parser.value(m_closeCode));
        faultQuery.addQueryItem(QStringLiteral("after"), parser.value(m_closeAfter));
    }
    if (parser.isSet(m_freezeAfter))
        faultQuery.addQueryItem(QStringLiteral("freeze"), parser.value(m_freezeAfter));
    if (parser.isSet(m_delay))
        faultQuery.addQueryItem(QStringLiteral("delay"), parser.value(m_delay));
    const Result<DemoFaults> faults = DemoFaults::fromQuery(faultQuery, DemoFaults());
    if (!faults)
        return failure(usage(tr("fault options (close = --close-code, after = --close-after, "
                                "freeze = --freeze-after): %1")
                                 .arg(faults.error().message())));
    settings->faults = *faults;
    return {};
}

Result<void> ServeOptions::readAuth(const QCommandLineParser &parser, ServePlan *plan) const
{
    if (parser.isSet(m_authToken) && parser.isSet(m_authTokenEnv))
        return failure(
            usage(tr("Give the /auth token one way: --auth-token or --auth-token-env.")));
    plan->settings.authToken = parser.value(m_authToken);
    if (parser.isSet(m_authTokenEnv)) {
        plan->settings.authToken = qEnvironmentVariable(qPrintable(parser.value(m_authTokenEnv)));
        if (plan->settings.authToken.isEmpty())
            return failure(
                usage(tr("--auth-token-env: %1 is not set.").arg(parser.value(m_authTokenEnv))));
    }
    plan->tokenGiven = !plan->settings.authToken.isEmpty();
    return {};
}

Result<void> ServeOptions::readTls(const QCommandLineParser &parser, ServePlan *plan) const
{
    if (parser.isSet(m_tlsCert) != parser.isSet(m_tlsKey))
        return failure(usage(tr("--tls-cert and --tls-key go together.")));
    if (!parser.isSet(m_tlsCert)) {
        if (parser.isSet(m_tlsClientCa))
            return failure(usage(tr("--tls-client-ca needs --tls-cert and --tls-key.")));
        return {};
    }
    ServerTlsFiles files;
    files.certificateFile = parser.value(m_tlsCert);
    files.keyFile = parser.value(m_tlsKey);
    if (parser.isSet(m_tlsKeyPassphraseEnv))
        files.keyPassphrase = qgetenv(qPrintable(parser.value(m_tlsKeyPassphraseEnv)));
    files.clientCaFile = parser.value(m_tlsClientCa);
    plan->tls = files;
    return {};
}

} // namespace maxmon::cli
