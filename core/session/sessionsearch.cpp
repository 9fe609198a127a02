#include <maxmon/sessionsearch.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>

namespace maxmon {

namespace {

constexpr qint64 reportIntervalNs = 50 * 1000 * 1000;
constexpr int candidatesPerQuery = 2000;

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
        m_sink.progress(m_done, m_lastMessage);
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

    bool scan(qint64 from)
    {
        if (from > m_lastMessage)
            return true;
        const Result<void> scanned =
            m_reader.scan(from, m_lastMessage, [this](const SessionEntry &entry) {
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
