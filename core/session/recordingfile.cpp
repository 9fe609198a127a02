#include <maxmon/messagerecord.h>
#include <maxmon/recordingfile.h>
#include <maxmon/sessionevent.h>

#include <QFile>
#include <QJsonDocument>

namespace maxmon {

namespace {

QList<RecordingFile::Entry> dataMessages(const QList<RecordingFile::Entry> &entries,
                                         Message::Direction direction)
{
    QList<RecordingFile::Entry> selected;
    for (const RecordingFile::Entry &entry : entries) {
        if (entry.message.direction() == direction && !entry.message.isControl())
            selected.append(entry);
    }
    return selected;
}

} // namespace

RecordingFile RecordingFile::parse(const QByteArray &contents)
{
    RecordingFile recording;
    int number = 0;
    qsizetype start = 0;
    while (start < contents.size()) {
        qsizetype end = contents.indexOf('\n', start);
        if (end < 0)
            end = contents.size();
        const QByteArray line = contents.mid(start, end - start);
        start = end + 1;
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        // an event (a state change, an error) in a converted session: no message
        if (line.contains("\"event\"")) {
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject() && SessionEvent::fromRecord(document.object()))
                continue;
        }
        const Validated<Message> message = MessageRecord::decode(line);
        if (message)
            recording.m_entries.append({ number, *message });
        else
            recording.m_errors.append({ number, message.error().toString() });
    }
    return recording;
}

Result<RecordingFile> RecordingFile::read(const QString &path, bool strict)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error(Error::Code::InvalidConfig,
                             tr("Cannot read the recording %1: %2").arg(path, file.errorString())));
    RecordingFile recording = parse(file.readAll());
    if (strict && !recording.m_errors.isEmpty()) {
        const LineError &first = recording.m_errors.constFirst();
        Error error(Error::Code::InvalidConfig,
                    tr("%1, line %2: %3").arg(path).arg(first.line).arg(first.error));
        error.withContext(QStringLiteral("line"), first.line);
        return failure(error);
    }
    return recording;
}

QList<RecordingFile::Entry> RecordingFile::outgoingData() const
{
    return dataMessages(m_entries, Message::Direction::Outgoing);
}

QList<RecordingFile::Entry> RecordingFile::incomingData() const
{
    return dataMessages(m_entries, Message::Direction::Incoming);
}

} // namespace maxmon
