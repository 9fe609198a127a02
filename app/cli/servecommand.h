#pragma once

#include <QStringList>

namespace maxmon::cli {

// maxmon-cli serve: runs the embedded demo server until interrupted.
struct ServeCommand
{
    static int run(const QStringList &arguments);
};

} // namespace maxmon::cli
