#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QList>

namespace maxmon {

/// A recording read back: the MessageRecord lines of a file (as
/// MessageRecorder writes them), each with its line number. Blank lines are
/// skipped; a line that is not a valid record is kept as a LineError (line
/// number and the record decoder's reason), or, when strict, stops the read.
/// Event records (SessionEvent::toRecord(), from a converted session) are no
/// messages and are skipped.
class MAXMON_CORE_EXPORT RecordingFile
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::RecordingFile)

public:
    /// One message of the file.
    struct Entry
    {
        int line = 0; ///< its line, 1-based
        Message message; ///< the message the line holds
    };
    /// One line that is not a valid record.
    struct LineError
    {
        int line = 0; ///< the line, 1-based
        QString error; ///< why, as the record decoder says it
    };

    /// Reads a file. Fails when the file cannot be read, or strict and a
    /// line is bad (the error then names the line).
    static Result<RecordingFile> read(const QString &path, bool strict = false);
    /// Reads the contents of a file, keeping bad lines as errors().
    static RecordingFile parse(const QByteArray &contents);

    /// The messages, in file order.
    QList<Entry> entries() const { return m_entries; }
    /// The lines that are not valid records.
    QList<LineError> errors() const { return m_errors; }
    /// The outgoing text, JSON and binary messages: what a replay sends.
    QList<Entry> outgoingData() const;
    /// The incoming text, JSON and binary messages: what a replay expects back.
    QList<Entry> incomingData() const;

private:
    QList<Entry> m_entries;
    QList<LineError> m_errors;
};

} // namespace maxmon
