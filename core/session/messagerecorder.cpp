#include <maxmon/messagerecord.h>
#include <maxmon/messagerecorder.h>

#include <QFile>

namespace maxmon {

struct MessageRecorder::Private
{
    QFile file;
    qint64 count = 0;
};

MessageRecorder::MessageRecorder()
    : d(std::make_unique<Private>())
{ }

MessageRecorder::~MessageRecorder() = default;

Result<void> MessageRecorder::open(const QString &path)
{
    d->file.setFileName(path);
    d->count = 0;
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return failure(
            Error(Error::Code::InvalidConfig,
                  tr("Cannot write the recording %1: %2").arg(path, d->file.errorString())));
    return {};
}

bool MessageRecorder::isOpen() const
{
    return d->file.isOpen();
}

QString MessageRecorder::path() const
{
    return d->file.fileName();
}

Result<void> MessageRecorder::write(const Message &message)
{
    const QByteArray line = MessageRecord::encode(message) + '\n';
    if (d->file.write(line) != line.size())
        return failure(Error(Error::Code::InvalidConfig,
                             tr("Cannot write to the recording %1: %2")
                                 .arg(d->file.fileName(), d->file.errorString())));
    ++d->count;
    return {};
}

qint64 MessageRecorder::count() const
{
    return d->count;
}

void MessageRecorder::close()
{
    d->file.close();
}

} // namespace maxmon
