#include "session/logwindow.h"

#include <maxmon/sessionstore.h>

namespace maxmon {

LogWindow::LogWindow() = default;
LogWindow::~LogWindow() = default;

void LogWindow::reset()
{
    m_mode = Mode::Plain;
    m_ring.clear();
    m_rows = 0;
    m_pending = 0;
    m_store = nullptr;
    m_path.clear();
    m_reader.reset();
    m_pages.clear();
    m_ringPhoenix.clear();
    m_servedPlaceholder = false;
    m_partial.reset();
    total = 0;
    evicted = 0;
    notStored = 0;
    notStoredSinceRow = 0;
    error = Error();
}

void LogWindow::useStore(SessionStore *store)
{
    reset();
    if (!store)
        return;
    m_mode = Mode::Store;
    m_store = store;
    m_path = store->path();
    // what the store holds already: rows read from its file
    store->flush();
    m_rows = eventsShown ? 0 : store->acceptedCount();
    if (eventsShown && ensureReader())
        m_rows = m_reader->rowCount(rowSpace());
}

Result<void> LogWindow::useFile(const QString &path)
{
    reset();
    auto reader = std::make_unique<SessionReader>();
    if (Result<void> opened = reader->open(path); !opened)
        return opened;
    m_mode = Mode::File;
    m_path = path;
    error = reader->damage();
    m_rows = reader->rowCount(rowSpace());
    m_reader = std::move(reader);
    return {};
}

QString LogWindow::path() const
{
    return m_path;
}

void LogWindow::append(const Message &message)
{
    if (m_mode == Mode::File || message.isNull())
        return;
    ++total;
    qint64 sequence = 0;
    if (m_mode == Mode::Store) {
        sequence = m_store ? m_store->append(message) : 0;
        if (sequence == 0) {
            ++notStored;
            ++notStoredSinceRow;
            return;
        }
        // the store put a Gap event before this message: so does the log
        if (notStoredSinceRow > 0 && eventsShown) {
            m_ring.append(SessionEvent::gap(notStoredSinceRow));
            ++m_pending;
        }
    }
    notStoredSinceRow = 0;
    m_ring.append(message, sequence);
    ++m_pending;
}

void LogWindow::append(const SessionEvent &event)
{
    if (m_mode == Mode::File || event.isNull())
        return;
    if (m_mode == Mode::Store && m_store)
        m_store->appendEvent(event);
    if (!eventsShown)
        return;
    m_ring.append(event);
    ++m_pending;
}

LogWindow::Eviction LogWindow::planFlush() const
{
    Eviction eviction;
    if (m_mode != Mode::Plain || m_pending == 0)
        return eviction;
    const qint64 end = m_ring.endIndex();
    const qint64 firstPending = end - m_pending;
    // the smallest index in [from, to] from which the entries to the end
    // hold at most byteCapacity bytes, or to (bytes only shrink as it grows)
    const auto fitsFrom = [&](qint64 from, qint64 to) {
        const qint64 endBytes = m_ring.bytesBefore(end);
        while (from < to) {
            const qint64 middle = from + (to - from) / 2;
            if (endBytes - m_ring.bytesBefore(middle) <= byteCapacity)
                to = middle;
            else
                from = middle + 1;
        }
        return from;
    };
    // A batch bigger than the whole log: only its newest messages stay (the
    // newest one whatever its size), and the rows before it all go.
    const qint64 dropped =
        fitsFrom(firstPending + std::max<qint64>(0, m_pending - capacity), end - 1) - firstPending;
    if (dropped > 0) {
        eviction.rows = m_rows;
        eviction.pending = dropped;
        return eviction;
    }
    // rows to evict: what the count needs, then more while the bytes do
    const qint64 firstRow = m_ring.firstIndex();
    const qint64 evict = std::max<qint64>(0, m_rows + m_pending - capacity);
    eviction.rows = fitsFrom(firstRow + evict, firstRow + m_rows) - firstRow;
    return eviction;
}

void LogWindow::evictRows(qint64 count)
{
    m_ring.dropFront(count);
    m_rows -= count;
    evicted += count;
    // m_ringPhoenix is by ring index: the rows kept keep theirs
}

void LogWindow::dropPending(qint64 count)
{
    // only ever after every row went: the pending entries are the front
    m_ring.dropFront(count);
    m_pending -= count;
    evicted += count;
}

void LogWindow::commitPending()
{
    m_rows += m_pending;
    m_pending = 0;
    if (m_mode != Mode::Store)
        return;
    // older rows are the file's now: the ring keeps its budget
    qint64 drop = std::max<qint64>(0, m_ring.size() - capacity);
    if (drop > 0)
        m_ring.dropFront(drop);
    while (m_ring.size() > 1 && m_ring.bytes() > byteCapacity)
        m_ring.dropFront(std::max<qint64>(1, m_ring.size() / 16));
}

void LogWindow::shrinkTo(int count)
{
    const qint64 evict = std::max<qint64>(0, m_rows - count);
    if (evict > 0)
        evictRows(evict);
}

qint64 LogWindow::refreshFile()
{
    if (!ensureReader() || !m_reader->refresh())
        return m_rows;
    return m_reader->rowCount(rowSpace());
}

void LogWindow::setFileRows(qint64 rows)
{
    m_rows = rows;
    m_pages.clear(); // the last page may have grown
    m_partial.reset();
}

qint64 LogWindow::storedRows() const
{
    switch (m_mode) {
    case Mode::Plain:
        return 0;
    case Mode::File:
        return m_rows;
    case Mode::Store:
        break;
    }
    if (!m_store)
        return 0;
    if (!eventsShown)
        return std::min(m_rows, m_store->storedCount());
    if (!ensureReader() || !m_reader->refresh())
        return 0;
    return std::min(m_rows, m_reader->rowCount(rowSpace()));
}

bool LogWindow::ensureReader() const
{
    if (m_reader)
        return true;
    if (m_path.isEmpty())
        return false;
    auto reader = std::make_unique<SessionReader>();
    if (Result<void> opened = reader->open(m_path); !opened) {
        error = opened.error();
        return false;
    }
    m_reader = std::move(reader);
    return true;
}

LogWindow::Page *LogWindow::page(qint64 number) const
{
    if (Page *cached = m_pages.object(number))
        return cached;
    if (!ensureReader())
        return nullptr;
    Result<QList<SessionEntry>> rows = m_reader->read(number * PageRows, PageRows, rowSpace());
    if (rows && rows->size() < PageRows && m_mode == Mode::Store) {
        // the writer may have committed more since the counts were read
        if (m_reader->refresh())
            rows = m_reader->read(number * PageRows, PageRows, rowSpace());
    }
    if (!rows) {
        error = rows.error();
        return nullptr;
    }
    auto *loaded = new Page { std::move(*rows), {} };
    const bool complete =
        loaded->entries.size() == PageRows || number * PageRows + loaded->entries.size() >= m_rows;
    if (!complete && m_mode == Mode::Store) {
        // rows the store has not written yet: read again next time
        m_partial.reset(loaded);
        return m_partial.get();
    }
    m_pages.insert(number, loaded);
    return m_pages.object(number);
}

const SessionEntry *LogWindow::fileEntry(qint64 row) const
{
    Page *found = page(row / PageRows);
    const qsizetype offset = static_cast<qsizetype>(row % PageRows);
    if (!found || offset >= found->entries.size()) {
        m_servedPlaceholder = true;
        return nullptr;
    }
    return &found->entries.at(offset);
}

const MessageLogModel::PhoenixFields *LogWindow::cachedPhoenix(qint64 row) const
{
    if (inRing(row))
        return m_ringPhoenix.object(ringIndex(row));
    Page *found = m_pages.object(row / PageRows);
    if (!found)
        return nullptr;
    const auto it = found->phoenix.constFind(static_cast<int>(row % PageRows));
    return it == found->phoenix.cend() ? nullptr : &it.value();
}

void LogWindow::cachePhoenix(qint64 row, const MessageLogModel::PhoenixFields &fields) const
{
    if (inRing(row)) {
        m_ringPhoenix.insert(ringIndex(row), new MessageLogModel::PhoenixFields(fields));
        return;
    }
    if (Page *found = m_pages.object(row / PageRows))
        found->phoenix.insert(static_cast<int>(row % PageRows), fields);
}

void LogWindow::forgetPhoenix()
{
    m_ringPhoenix.clear();
    m_ring.forgetNonFrames();
    const QList<qint64> pages = m_pages.keys();
    for (const qint64 number : pages)
        m_pages.object(number)->phoenix.clear();
}

qint64 LogWindow::memoryBytes() const
{
    return m_ring.memoryBytes();
}

} // namespace maxmon
