#include "commandline.h"

#include "console.h"

#include <QCoreApplication>

#include <cstdio>

namespace maxmon::cli {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minPositional,
                                      int maxPositional, int usageExitCode)
{
    if (!m_parser.parse(arguments)) {
        printUsageError(m_parser.errorText());
        return usageExitCode;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText()), stdout);
        return 0;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        printUsageError(tr("wrong number of arguments: %1").arg(count));
        return usageExitCode;
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the program as it was started; say which command
    QString text = m_parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const QString usage = QStringLiteral("Usage: ");
    if (text.startsWith(usage + program))
        text.replace(usage.size(), program.size(), QStringLiteral("maxmon-cli ") + m_command);
    return text;
}

void CommandLine::printUsageError(const QString &message) const
{
    console::err(QStringLiteral("maxmon-cli %1: %2").arg(m_command, message));
    console::err(tr("Try 'maxmon-cli %1 --help'.").arg(m_command));
}

Error usage(const QString &message)
{
    return Error(Error::Code::InvalidConfig, message);
}

} // namespace maxmon::cli
