#pragma once

#include "serverprocess.h"

#include <maxmon/testing/testpki.h>

#include <QCommandLineParser>
#include <QList>

#include <memory>

class QCoreApplication;

namespace maxmon::bench {

// The options every benchmark takes:
//   --smoke           about a second of each measurement, for the bench-smoke
//                     ctest: proves the benchmark runs, measures nothing
//   --duration S      seconds per measured phase (each benchmark has a default)
//   --cli PATH        the maxmon-cli to run as demo server
//   --node PATH       bench/node/echo-server.js (in the build tree, after npm ci)
//   --servers LIST    demo,node (default: both when the Node peer is installed)
//   --pki DIR         certificates for wss:// (ca.pem, server.pem, server.key);
//                     by default a throw-away TestPki made at run time
class BenchOptions
{
public:
    explicit BenchOptions(const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses and checks; prints the problem and exits with 2 when wrong.
    void process(const QCoreApplication &app);

    bool smoke() const { return m_smoke; }
    // --duration when given, else full (or smoke with --smoke), in seconds.
    double seconds(double full, double smokeSeconds = 1.0) const;
    // full normally, small with --smoke (counts: messages, connects, cycles).
    qint64 count(qint64 full, qint64 smokeCount) const { return m_smoke ? smokeCount : full; }
    QString cli() const { return m_cli; }
    QString nodeScript() const { return m_node; }
    // --pki, or the directory of a TestPki made on first use (exits with 2
    // when OpenSSL cannot make it).
    QString pkiDir() const;
    QList<ServerProcess::Kind> servers() const { return m_servers; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_smokeOption;
    QCommandLineOption m_durationOption;
    QCommandLineOption m_cliOption;
    QCommandLineOption m_nodeOption;
    QCommandLineOption m_serversOption;
    QCommandLineOption m_pkiOption;
    bool m_smoke = false;
    double m_duration = 0;
    QString m_cli;
    QString m_node;
    QString m_pki;
    mutable std::unique_ptr<testing::TestPki> m_testPki;
    QList<ServerProcess::Kind> m_servers;
};

} // namespace maxmon::bench
