#pragma once

#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/sessionfilter.h>
#include <maxmon/sessionreader.h>

#include <QList>
#include <QObject>

#include <memory>

namespace maxmon {

/// Runs a SessionFilter over a session file in the background, with progress
/// and cancel: the rows of a session of millions of messages that match,
/// without blocking the thread that asked.
///
/// Matches arrive in ascending row order, in batches (found()), the first as
/// soon as there is one. A Words text filter (SessionFilter::searchQuery())
/// takes its candidates from the file's full-text index and reads only
/// those; messages not yet indexed, and every other filter, are read one by
/// one. The search has its own connection to the file, so the file may be
/// written meanwhile: the search covers the rows there were when it started
/// (or up to endRow).
class MAXMON_CORE_EXPORT SessionSearch : public QObject
{
    Q_OBJECT

public:
    /// An idle search.
    explicit SessionSearch(QObject *parent = nullptr);
    /// Cancels a running search and waits for its thread.
    ~SessionSearch() override;

    /// Searches rows 0 to endRow - 1 (all rows when endRow < 0) of the file
    /// in the given row space. A running search is cancelled first: only the
    /// new one's signals follow.
    void start(const QString &path, const SessionFilter &filter, SessionReader::Rows rows,
               qint64 endRow = -1);
    /// Stops the search; no more signals come from it.
    void cancel();
    /// True from start() until finished(), failed() or cancel().
    bool isRunning() const;

Q_SIGNALS:
    /// Matching rows, ascending; later batches continue after earlier ones.
    void found(const QList<qint64> &rows);
    /// done of total messages examined (at most every 50 ms).
    void progress(qint64 done, qint64 total);
    /// The whole range was searched: matches rows matched, of endRow rows.
    void finished(qint64 matches, qint64 endRow);
    /// The search stopped on an error (a damaged file, ...); the rows found
    /// before it were reported.
    void failed(const maxmon::Error &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
