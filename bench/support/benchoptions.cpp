#include "benchoptions.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace maxmon::bench {

BenchOptions::BenchOptions(const QString &description)
    : m_smokeOption(QStringLiteral("smoke"),
                    QStringLiteral("About a second per measurement: proves it runs."))
    , m_durationOption(QStringLiteral("duration"), QStringLiteral("Seconds per measured phase."),
                       QStringLiteral("s"))
    , m_cliOption(QStringLiteral("cli"), QStringLiteral("maxmon-cli to run as demo server."),
                  QStringLiteral("path"), QStringLiteral(MAXMON_CLI_PATH))
    , m_nodeOption(QStringLiteral("node"),
                   QStringLiteral("The Node.js peer, echo-server.js with node_modules/ws."),
                   QStringLiteral("path"), QStringLiteral(MAXMON_NODE_PEER))
    , m_serversOption(QStringLiteral("servers"),
                      QStringLiteral("demo, node or demo,node (default: those available)."),
                      QStringLiteral("list"))
    , m_pkiOption(QStringLiteral("pki"),
                  QStringLiteral("Certificates for wss:// (ca.pem, server.pem, server.key); "
                                 "default: made at run time."),
                  QStringLiteral("dir"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOptions({ m_smokeOption, m_durationOption, m_cliOption, m_nodeOption,
                          m_serversOption, m_pkiOption });
}

void BenchOptions::process(const QCoreApplication &app)
{
    m_parser.process(app);
    // the library's status lines would drown the figures
    QLoggingCategory::setFilterRules(QStringLiteral("maxmon.*.info=false"));
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(2);
    };
    m_smoke = m_parser.isSet(m_smokeOption);
    if (m_parser.isSet(m_durationOption)) {
        bool ok = false;
        m_duration = m_parser.value(m_durationOption).toDouble(&ok);
        if (!ok || !(m_duration > 0))
            fail(QStringLiteral("--duration: seconds, above 0"));
    }
    m_cli = m_parser.value(m_cliOption);
    m_node = m_parser.value(m_nodeOption);
    m_pki = m_parser.value(m_pkiOption);
    const bool nodeReady = ServerProcess::nodePeerAvailable(m_node);
    QStringList wanted =
        m_parser.value(m_serversOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (wanted.isEmpty()) {
        wanted = { QStringLiteral("demo") };
        if (nodeReady)
            wanted.append(QStringLiteral("node"));
    }
    for (const QString &name : std::as_const(wanted)) {
        if (name == QLatin1String("demo")) {
            m_servers.append(ServerProcess::Kind::Demo);
        } else if (name == QLatin1String("node")) {
            if (!nodeReady)
                fail(QStringLiteral("--servers node: %1 has no node_modules/ws next to it "
                                    "(run npm ci there), or node is missing")
                         .arg(m_node));
            m_servers.append(ServerProcess::Kind::Node);
        } else {
            fail(QStringLiteral("--servers: demo and/or node, not %1").arg(name));
        }
    }
}

QString BenchOptions::pkiDir() const
{
    if (!m_pki.isEmpty())
        return m_pki;
    if (!m_testPki) {
        m_testPki = std::make_unique<testing::TestPki>();
        if (!m_testPki->isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(m_testPki->errorString()));
            std::exit(2);
        }
    }
    return m_testPki->directory();
}

double BenchOptions::seconds(double full, double smokeSeconds) const
{
    if (m_duration > 0)
        return m_duration;
    return m_smoke ? smokeSeconds : full;
}

} // namespace maxmon::bench
