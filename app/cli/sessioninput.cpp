#include "sessioninput.h"

#include "console.h"

namespace maxmon::cli {

Result<void> SessionInput::open(const QString &path)
{
    const Result<SessionFile::Kind> kind = SessionFile::kindOf(path);
    if (!kind)
        return failure(kind.error());
    m_kind = *kind;
    if (m_kind == SessionFile::Kind::Session) {
        m_sessionPath = path;
        return {};
    }
    m_temporary = std::make_unique<QTemporaryDir>();
    if (!m_temporary->isValid())
        return failure(
            Error(Error::Code::FileError,
                  tr("Cannot make a temporary folder: %1").arg(m_temporary->errorString())));
    m_sessionPath = m_temporary->filePath(QStringLiteral("input.maxmon"));
    const Result<SessionFile::Report> report = SessionFile::import(path, m_sessionPath);
    if (!report)
        return failure(report.error());
    if (report->badLines > 0) {
        console::warning(tr("%1: %n line(s) are no records and were left out", nullptr,
                            static_cast<int>(report->badLines))
                             .arg(path));
        for (const QString &problem : report->problems)
            console::status(QStringLiteral("  ") + problem);
    }
    return {};
}

} // namespace maxmon::cli
