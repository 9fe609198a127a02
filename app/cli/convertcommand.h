#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace maxmon::cli {

// maxmon-cli convert IN OUT: between session files (.maxmon), recordings
// (.jsonl) and, as output only, CSV (.csv), chosen by OUT's extension (IN's
// kind by its content; a support bundle reads too). Every message is kept
// byte for byte; events go along where the format has room for them.
struct ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::ConvertCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace maxmon::cli
