#pragma once

#include <maxmon/loadgenerator.h>
#include <maxmon/result.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace maxmon::cli {

// What bench runs: the load (its config comes from ConnectOptions) and how to report.
struct BenchPlan
{
    LoadGenerator::Settings settings;
    bool json = false;
};

// The options of maxmon-cli bench beyond the connection's and the BenchPlan
// they make; a usage error (InvalidConfig) names the offending option.
class BenchOptions
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::BenchOptions)

public:
    BenchOptions();

    void addTo(QCommandLineParser *parser) const;
    Result<BenchPlan> toPlan(const QCommandLineParser &parser) const;

private:
    Result<void> readAmount(const QCommandLineParser &parser,
                            LoadGenerator::Settings *settings) const;

    QCommandLineOption m_size;
    QCommandLineOption m_count;
    QCommandLineOption m_duration;
    QCommandLineOption m_rate;
    QCommandLineOption m_connections;
    QCommandLineOption m_window;
    QCommandLineOption m_text;
    QCommandLineOption m_replyTimeout;
    QCommandLineOption m_json;
};

} // namespace maxmon::cli
