#pragma once

#include <maxmon/result.h>
#include <maxmon/sessionfile.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace maxmon::cli {

// A file query and convert read: a session file as it is, or a recording or
// support bundle read into a session file in a temporary folder (removed
// when this goes away), with its bad lines reported on stderr.
class SessionInput
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::SessionInput)

public:
    Result<void> open(const QString &path);
    SessionFile::Kind kind() const { return m_kind; }
    // The session file to read.
    QString sessionPath() const { return m_sessionPath; }

private:
    SessionFile::Kind m_kind = SessionFile::Kind::Session;
    QString m_sessionPath;
    std::unique_ptr<QTemporaryDir> m_temporary;
};

} // namespace maxmon::cli
