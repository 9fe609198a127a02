#include <maxmon/sessionsearch.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace maxmon {

namespace {

constexpr qint64 reportIntervalNs = 50 * 1000 * 1000;
constexpr int candidatesPerQuery = 2000;
// Fewer rows than this are scanned on one thread: a second one would cost
// more to start (its own connection to the file) than it saves.
constexpr qint64 minRowsToSplit = 10000;

// The second half of a scan, on a thread of its own with its own connection
// to the file: reading a row (SQLite, then the Message and its text) costs
// about as much as the filter, so one thread cannot overlap the two, but two
// halves of the rows use both cores. Its matches wait until the first half
// is done, so that they are reported in row order.
class RangeScan
{
public:
    RangeScan(const QString &path, const SessionFilter &filter, qint64 first, qint64 last,
              std::shared_ptr<std::atomic<bool>> cancelled)
        : m_path(path)
        , m_filter(filter)
        , m_first(first)
        , m_last(last)
        , m_cancelled(std::move(cancelled))
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("maxmon session search (second half)"));
        m_thread->start(QThread::LowPriority);
    }
    ~RangeScan()
    {
        stop();
        m_thread->wait();
    }

    // True once the thread has finished; waits at most ms for it.
    bool wait(int ms) { return m_thread->wait(QDeadlineTimer(ms)); }
    void stop() { m_stopped.store(true, std::memory_order_relaxed); }
    // Rows examined so far.
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    // After wait(): the matching message numbers, ascending, and the error if one stopped it.
    const QList<qint64> &matches() const { return m_matches; }
    const std::optional<Error> &error() const { return m_error; }

private:
    void run()
    {
        SessionReader reader;
        if (Result<void> opened = reader.open(m_path); !opened) {
            m_error = opened.error();
            return;
        }
        const Result<void> scanned =
            reader.scan(m_first, m_last, [this](const SessionEntry &entry) {
                if (m_stopped.load(std::memory_order_relaxed)
                    || m_cancelled->load(std::memory_order_relaxed))
                    return false;
                if (m_filter.matches(entry))
                    m_matches.append(entry.sequence());
                m_done.store(entry.sequence() - m_first + 1, std::memory_order_relaxed);
                return true;
            });
        if (!scanned)
            m_error = scanned.error();
    }

    const QString m_path;
    // a copy: its regular expressions are compiled already and shared, and
    // QRegularExpression matches from several threads at once
    const SessionFilter m_filter;
    const qint64 m_first;
    const qint64 m_last;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::atomic<bool> m_stopped { false };
    std::atomic<qint64> m_done { 0 };
    QList<qint64> m_matches;
    std::optional<Error> m_error;
    std::unique_ptr<QThread> m_thread;
};

// One search, on its own thread: every callback is posted to the owner.
class SearchJob
{
public:
    struct Sink
    {
        std::function<void(const QList<qint64> &)> found;
        std::function<void(qint64, qint64)> progress;
        std::function<void(qint64, qint64)> finished;
        std::function<void(const Error &)> failed;
    };

    SearchJob(const QString &path, const SessionFilter &filter, SessionReader::Rows rows,
              qint64 endRow, std::shared_ptr<std::atomic<bool>> cancelled, Sink sink)
        : m_path(path)
        , m_filter(filter)
        , m_rows(rows)
        , m_endRow(endRow)
        , m_cancelled(std::move(cancelled))
        , m_sink(std::move(sink))
    { }

    void run()
    {
        if (Result<void> opened = m_reader.open(m_path); !opened) {
            m_sink.failed(opened.error());
            return;
        }
        const qint64 all = m_reader.rowCount(m_rows);
        m_total = m_endRow < 0 ? all : std::min(m_endRow, all);
        m_lastMessage = lastMessageWithin(m_total);
        if (!findEvents())
            return;
        m_clock.start();
        qint64 scanFrom = 1;
        const QString query = m_filter.searchQuery();
        const qint64 indexed = std::min(m_reader.indexedCount(), m_lastMessage);
        if (!query.isEmpty() && indexed > 0) {
            if (!searchIndex(query, indexed))
                return;
            scanFrom = indexed + 1;
        }
        if (!scan(scanFrom))
            return;
        while (m_nextEvent < m_eventMatches.size())
            m_batch.append(m_eventMatches.at(m_nextEvent++));
        report(true);
        if (!cancelled())
            m_sink.finished(m_matches, m_total);
    }

private:
    bool cancelled() const { return m_cancelled->load(std::memory_order_relaxed); }

    // The highest message number among rows [0, endRow).
    qint64 lastMessageWithin(qint64 endRow) const
    {
        if (m_rows == SessionReader::Rows::Messages)
            return endRow;
        const QList<qint64> eventRows = m_reader.eventRows();
        const auto before = std::lower_bound(eventRows.cbegin(), eventRows.cend(), endRow);
        return endRow - (before - eventRows.cbegin());
    }

    bool findEvents()
    {
        if (m_rows != SessionReader::Rows::MessagesAndEvents || !m_filter.eventsShown())
            return true;
        Result<QList<SessionEvent>> events = m_reader.events();
        if (!events) {
            m_sink.failed(events.error());
            return false;
        }
        const QList<qint64> rows = m_reader.eventRows();
        for (qsizetype k = 0; k < events->size() && k < rows.size(); ++k) {
            if (rows.at(k) < m_total && m_filter.matches(SessionEntry(events->at(k))))
                m_eventMatches.append(rows.at(k));
        }
        return true;
    }

    void matched(qint64 sequence)
    {
        const qint64 row = m_rows == SessionReader::Rows::Messages
            ? sequence - 1
            : m_reader.mergedRowOfMessage(sequence);
        while (m_nextEvent < m_eventMatches.size() && m_eventMatches.at(m_nextEvent) < row)
            m_batch.append(m_eventMatches.at(m_nextEvent++));
        m_batch.append(row);
        ++m_matches;
        // the first match at once: the view has something to show
        report(m_matches == 1);
    }

    void report(bool now)
    {
        if (!now && m_clock.nsecsElapsed() < reportIntervalNs)
            return;
        m_clock.restart();
        if (cancelled())
            return;
        if (!m_batch.isEmpty()) {
            m_sink.found(m_batch);
            m_batch.clear();
        }
        m_sink.progress(m_done + (m_second ? m_second->done() : 0), m_lastMessage);
    }

    bool searchIndex(const QString &query, qint64 indexed)
    {
        qint64 after = 0;
        for (;;) {
            Result<QList<qint64>> ids = m_reader.search(query, after, candidatesPerQuery);
            if (!ids) {
                m_sink.failed(ids.error());
                return false;
            }
            for (const qint64 id : std::as_const(*ids)) {
                if (cancelled())
                    return false;
                if (id > indexed)
                    return true;
                const Result<QList<SessionEntry>> rows =
                    m_reader.read(id - 1, 1, SessionReader::Rows::Messages);
                if (!rows) {
                    m_sink.failed(rows.error());
                    return false;
                }
                m_done = id;
                if (!rows->isEmpty() && m_filter.matches(rows->constFirst()))
                    matched(id);
                else
                    report(false);
            }
            if (ids->size() < candidatesPerQuery)
                break;
            after = ids->constLast();
        }
        m_done = indexed;
        return true;
    }

    // Messages from `from` to the last one, in two halves on two threads
    // when there are enough of them (RangeScan).
    bool scan(qint64 from)
    {
        if (from > m_lastMessage)
            return true;
        const qint64 rows = m_lastMessage - from + 1;
        if (rows < minRowsToSplit || QThread::idealThreadCount() < 2)
            return scanRange(from, m_lastMessage);
        const qint64 middle = from + rows / 2;
        RangeScan second(m_path, m_filter, middle, m_lastMessage, m_cancelled);
        m_second = &second;
        const bool firstDone = scanRange(from, middle - 1);
        if (!firstDone)
            second.stop();
        // progress goes on while the second half finishes
        while (!second.wait(static_cast<int>(reportIntervalNs / 1000000)))
            report(false);
        m_second = nullptr;
        m_done = middle - 1 + second.done();
        if (!firstDone || cancelled())
            return false;
        for (const qint64 sequence : second.matches())
            matched(sequence);
        if (second.error()) {
            report(true);
            m_sink.failed(*second.error());
            return false;
        }
        return true;
    }

    bool scanRange(qint64 first, qint64 last)
    {
        const Result<void> scanned = m_reader.scan(first, last, [this](const SessionEntry &entry) {
            if (cancelled())
                return false;
            m_done = entry.sequence();
            if (m_filter.matches(entry))
                matched(entry.sequence());
            else if ((m_done & 1023) == 0)
                report(false);
            return true;
        });
        if (cancelled())
            return false;
        if (!scanned) {
            report(true);
            m_sink.failed(scanned.error());
            return false;
        }
        return true;
    }

    const QString m_path;
    const SessionFilter m_filter;
    const SessionReader::Rows m_rows;
    const qint64 m_endRow;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    Sink m_sink;
    SessionReader m_reader;
    qint64 m_total = 0;
    qint64 m_lastMessage = 0;
    qint64 m_done = 0;
    qint64 m_matches = 0;
    QList<qint64> m_eventMatches;
    qsizetype m_nextEvent = 0;
    QList<qint64> m_batch;
    QElapsedTimer m_clock;
    const RangeScan *m_second = nullptr; // while the second half of a scan runs
};

} // namespace

class SessionSearch::Private
{
public:
    QThread *thread = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelled;
    quint64 generation = 0;
    bool running = false;
};

SessionSearch::SessionSearch(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<maxmon::Error>();
}

SessionSearch::~SessionSearch()
{
    cancel();
}

void SessionSearch::start(const QString &path, const SessionFilter &filter,
                          SessionReader::Rows rows, qint64 endRow)
{
    cancel();
    const quint64 generation = ++d->generation;
    d->cancelled = std::make_shared<std::atomic<bool>>(false);
    d->running = true;
    // Each callback runs on this object's thread, and only while this search
    // is the current one.
    const auto post = [this, generation](std::function<void()> call) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, call = std::move(call)] {
                if (generation == d->generation && d->running)
                    call();
            },
            Qt::QueuedConnection);
    };
    SearchJob::Sink sink;
    sink.found = [this, post](const QList<qint64> &found) {
        post([this, found] { Q_EMIT this->found(found); });
    };
    sink.progress = [this, post](qint64 done, qint64 total) {
        post([this, done, total] { Q_EMIT progress(done, total); });
    };
    sink.finished = [this, post](qint64 matches, qint64 end) {
        post([this, matches, end] {
            d->running = false;
            Q_EMIT finished(matches, end);
        });
    };
    sink.failed = [this, post](const Error &error) {
        post([this, error] {
            d->running = false;
            Q_EMIT failed(error);
        });
    };
    auto job =
        std::make_shared<SearchJob>(path, filter, rows, endRow, d->cancelled, std::move(sink));
    d->thread = QThread::create([job] { job->run(); });
    d->thread->setObjectName(QStringLiteral("maxmon session search"));
    d->thread->start(QThread::LowPriority);
}

void SessionSearch::cancel()
{
    if (d->cancelled)
        d->cancelled->store(true);
    if (d->thread) {
        d->thread->wait();
        delete d->thread;
        d->thread = nullptr;
    }
    d->running = false;
}

bool SessionSearch::isRunning() const
{
    return d->running;
}

} // namespace maxmon
