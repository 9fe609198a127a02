#pragma once

#include <maxmon/error.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace maxmon::cli {

// The command line of one maxmon-cli command: a QCommandLineParser with
// --help, the usage line naming the command ("maxmon-cli probe [options]
// url"), and one way to report a usage error.
// The longest timeout or interval an option takes: a day.
constexpr qint64 MaxTimeoutMs = 24 * 3600 * 1000;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::CommandLine)

public:
    // command: "connect"; description: the paragraph --help starts with.
    CommandLine(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }

    // Parses arguments (arguments[0] is the program). An exit code when the
    // command must stop here: 0 after printing --help, usageExitCode after
    // an unknown option, a missing value or a wrong number of positional
    // arguments (printed on stderr).
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional,
                             int usageExitCode);
    QString helpText() const;
    // "maxmon-cli probe: <message>" and a pointer to --help, on stderr.
    void printUsageError(const QString &message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// A bad option or argument (InvalidConfig), as the option groups' toPlan() report it.
Error usage(const QString &message);

} // namespace maxmon::cli
