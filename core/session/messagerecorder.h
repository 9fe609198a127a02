#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QCoreApplication>

#include <memory>

namespace maxmon {

/// Writes messages to a file as MessageRecord lines (JSON lines), each line
/// handed to the operating system as it is written (the file is unbuffered
/// and a line is one write), so a crash of the process loses nothing that
/// was recorded.
class MAXMON_CORE_EXPORT MessageRecorder
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::MessageRecorder)

public:
    /// A recorder without a file: open() one.
    MessageRecorder();
    /// Closes the file.
    ~MessageRecorder();
    MessageRecorder(const MessageRecorder &) = delete;
    MessageRecorder &operator=(const MessageRecorder &) = delete;

    /// Creates or truncates the file and starts counting from 0.
    Result<void> open(const QString &path);
    /// Whether a file is open.
    bool isOpen() const;
    /// The file's path.
    QString path() const;
    /// Writes one record line. Fails when the disk is full or the file went
    /// away; the error says so.
    Result<void> write(const Message &message);
    /// Messages written since open().
    qint64 count() const;
    /// Closes the file.
    void close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
