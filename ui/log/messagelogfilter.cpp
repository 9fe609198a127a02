#include "log/messagelogfilter.h"

#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionsearch.h>

#include <algorithm>

namespace maxmon {

MessageLogFilter::MessageLogFilter(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_search(new SessionSearch(this))
{
    connect(m_search, &SessionSearch::found, this, &MessageLogFilter::onFound);
    connect(m_search, &SessionSearch::progress, this, &MessageLogFilter::searchProgress);
    connect(m_search, &SessionSearch::finished, this, &MessageLogFilter::onSearchEnded);
    connect(m_search, &SessionSearch::failed, this, [this](const Error &error) {
        onSearchEnded();
        Q_EMIT searchFailed(error.toString());
    });
}

MessageLogFilter::~MessageLogFilter() = default;

void MessageLogFilter::setSourceModel(QAbstractItemModel *sourceModel)
{
    MessageLogModel *log = qobject_cast<MessageLogModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || log, "MessageLogFilter", "the source must be a MessageLogModel");
    if (m_log)
        m_log->disconnect(this);
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_log = log;
    if (m_log) {
        // Identity: the source's own signals, passed on at the same moments.
        connect(m_log, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    if (m_identity)
                        beginInsertRows(QModelIndex(), first, last);
                });
        connect(m_log, &QAbstractItemModel::rowsInserted, this, &MessageLogFilter::onRowsInserted);
        connect(m_log, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &MessageLogFilter::onRowsAboutToBeRemoved);
        connect(m_log, &QAbstractItemModel::rowsRemoved, this, &MessageLogFilter::onRowsRemoved);
        connect(m_log, &QAbstractItemModel::modelReset, this, &MessageLogFilter::refilter);
        connect(m_log, &QAbstractItemModel::dataChanged, this, &MessageLogFilter::onDataChanged);
    }
    refilter();
}

SessionFilter MessageLogFilter::sessionFilter() const
{
    SessionFilter filter = m_filter;
    const bool session = m_log && !m_log->sessionPath().isEmpty();
    filter.setText(
        m_text,
        m_isRegex ? SessionFilter::TextMode::RegularExpression
                  : (session ? SessionFilter::TextMode::Words : SessionFilter::TextMode::Contains));
    filter.setEventsShown(m_log && m_log->eventsShown());
    filter.setPhoenixVersion(m_log ? m_log->phoenixVersion() : std::nullopt);
    return filter;
}

void MessageLogFilter::setText(const QString &text, bool regularExpression)
{
    if (text == m_text && regularExpression == m_isRegex)
        return;
    m_text = text;
    m_isRegex = regularExpression;
    refilter();
}

MessageLogFilter::DirectionFilter MessageLogFilter::directionFilter() const
{
    switch (m_filter.direction()) {
    case SessionFilter::Direction::Incoming:
        return DirectionFilter::Incoming;
    case SessionFilter::Direction::Outgoing:
        return DirectionFilter::Outgoing;
    case SessionFilter::Direction::Both:
        break;
    }
    return DirectionFilter::Both;
}

void MessageLogFilter::setDirectionFilter(DirectionFilter direction)
{
    if (direction == directionFilter())
        return;
    m_filter.setDirection(
        direction == DirectionFilter::Incoming       ? SessionFilter::Direction::Incoming
            : direction == DirectionFilter::Outgoing ? SessionFilter::Direction::Outgoing
                                                     : SessionFilter::Direction::Both);
    refilter();
}

void MessageLogFilter::setKinds(const QSet<Message::Kind> &kinds)
{
    if (kinds == m_filter.kinds())
        return;
    m_filter.setKinds(kinds);
    refilter();
}

void MessageLogFilter::setTopic(const QString &topic, Match match)
{
    m_filter.setTopic(topic, match);
    refilter();
}

void MessageLogFilter::setEvent(const QString &event, Match match)
{
    m_filter.setEvent(event, match);
    refilter();
}

bool MessageLogFilter::accepts(const Message &message) const
{
    return sessionFilter().matchesMessage(message);
}

void MessageLogFilter::refilter()
{
    m_search->cancel();
    beginResetModel();
    m_filter = sessionFilter();
    m_identity = !m_filter.isActive();
    m_rows.clear();
    m_tail.clear();
    m_searchEnd = 0;
    bool search = false;
    if (!m_identity && m_log) {
        const int rows = m_log->rowCount();
        // rows in a session file: searched in the background; the rest here
        const qint64 stored = m_log->sessionPath().isEmpty() ? 0 : m_log->storedRowCount();
        m_searchEnd = static_cast<int>(std::min<qint64>(stored, rows));
        std::vector<int> &checked = m_searchEnd > 0 ? m_tail : m_rows;
        for (int row = m_searchEnd; row < rows; ++row) {
            if (acceptsRow(row))
                checked.push_back(row);
        }
        search = m_searchEnd > 0;
    }
    endResetModel();
    if (search) {
        m_search->start(m_log->sessionPath(), m_filter,
                        m_log->eventsShown() ? SessionReader::Rows::MessagesAndEvents
                                             : SessionReader::Rows::Messages,
                        m_searchEnd);
    }
    setSearching(search);
}

bool MessageLogFilter::acceptsRow(int sourceRow) const
{
    const SessionEntry entry = m_log->entry(sourceRow);
    if (entry.isNull())
        return false;
    if (!entry.isEvent() && m_filter.needsPhoenixFields()) {
        // the fields decoded once and kept with the row
        const MessageLogModel::PhoenixFields fields = m_log->phoenixFields(sourceRow);
        return m_filter.matches(entry, &fields);
    }
    return m_filter.matches(entry);
}

void MessageLogFilter::appendRows(const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
}

void MessageLogFilter::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_identity) {
        endInsertRows();
        return;
    }
    std::vector<int> matches;
    for (int row = first; row <= last; ++row) {
        if (acceptsRow(row))
            matches.push_back(row);
    }
    // while a search runs, its results come first
    if (m_searching)
        m_tail.insert(m_tail.end(), matches.begin(), matches.end());
    else
        appendRows(matches);
}

void MessageLogFilter::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && m_identity)
        beginRemoveRows(QModelIndex(), first, last);
}

void MessageLogFilter::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_identity) {
        endRemoveRows();
        return;
    }
    // the log drops rows at its front only
    const int count = last - first + 1;
    const auto shift = [first, last, count](std::vector<int> &rows) {
        const auto from = std::lower_bound(rows.begin(), rows.end(), first);
        const auto to = std::upper_bound(rows.begin(), rows.end(), last);
        const auto gone = std::make_pair(from - rows.begin(), to - rows.begin());
        rows.erase(from, to);
        for (auto it = rows.begin() + gone.first; it != rows.end(); ++it)
            *it -= count;
        return gone;
    };
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), first) - m_rows.begin();
    const auto to = std::upper_bound(m_rows.begin(), m_rows.end(), last) - m_rows.begin();
    if (to > from) {
        beginRemoveRows(QModelIndex(), static_cast<int>(from), static_cast<int>(to - 1));
        shift(m_rows);
        endRemoveRows();
    } else {
        shift(m_rows);
    }
    shift(m_tail);
    m_searchEnd = std::max(0, m_searchEnd - count);
}

void MessageLogFilter::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (m_identity) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()),
                           index(bottomRight.row(), bottomRight.column()), roles);
    } else if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()),
                           roles);
    }
}

void MessageLogFilter::onFound(const QList<qint64> &rows)
{
    std::vector<int> found;
    found.reserve(static_cast<std::size_t>(rows.size()));
    for (const qint64 row : rows) {
        if (row < m_searchEnd)
            found.push_back(static_cast<int>(row));
    }
    appendRows(found);
}

void MessageLogFilter::onSearchEnded()
{
    std::vector<int> tail;
    tail.swap(m_tail);
    appendRows(tail);
    m_searchEnd = 0;
    setSearching(false);
}

void MessageLogFilter::cancelSearch()
{
    if (!m_searching)
        return;
    m_search->cancel();
    onSearchEnded();
}

void MessageLogFilter::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

QModelIndex MessageLogFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex MessageLogFilter::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int MessageLogFilter::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_log)
        return 0;
    return m_identity ? m_log->rowCount() : static_cast<int>(m_rows.size());
}

int MessageLogFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->columnCount();
}

bool MessageLogFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex MessageLogFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_log || proxyIndex.model() != this)
        return QModelIndex();
    const int row =
        m_identity ? proxyIndex.row() : m_rows[static_cast<std::size_t>(proxyIndex.row())];
    return m_log->index(row, proxyIndex.column());
}

QModelIndex MessageLogFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_log)
        return QModelIndex();
    if (m_identity)
        return index(sourceIndex.row(), sourceIndex.column());
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceIndex.row());
    if (it == m_rows.end() || *it != sourceIndex.row())
        return QModelIndex();
    return index(static_cast<int>(it - m_rows.begin()), sourceIndex.column());
}

QVariant MessageLogFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_log)
        return m_log->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace maxmon
