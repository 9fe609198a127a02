#include <maxmon/messagerecord.h>
#include <maxmon/messagerecorder.h>

namespace maxmon {

Result<void> MessageRecorder::open(const QString &path)
{
    m_file.setFileName(path);
    m_count = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return failure(
            Error(Error::Code::InvalidConfig,
                  tr("Cannot write the recording %1: %2").arg(path, m_file.errorString())));
    return {};
}

Result<void> MessageRecorder::write(const Message &message)
{
    const QByteArray line = MessageRecord::encode(message) + '\n';
    if (m_file.write(line) != line.size())
        return failure(Error(Error::Code::InvalidConfig,
                             tr("Cannot write to the recording %1: %2")
                                 .arg(m_file.fileName(), m_file.errorString())));
    ++m_count;
    return {};
}

} // namespace maxmon
