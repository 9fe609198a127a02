#pragma once

#include <maxmon/message.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionfilter.h>

#include <QAbstractProxyModel>
#include <QPointer>
#include <QSet>

#include <vector>

namespace maxmon {

class SessionSearch;

// Which rows of a MessageLogModel a view shows: by text (plain,
// case-insensitive, or a regular expression), by direction, by kind, and
// for Phoenix frames by topic and event (SessionFilter's rules). Rows keep
// the log's order; no sorting.
//
// A log of its own (in memory) is filtered at once, and new rows as they
// come. A log over a session file (a store being written, or an opened
// file) may hold millions of rows: the rows already in the file are
// filtered in the background by a SessionSearch, with progress and cancel,
// matches appearing as they are found; rows after those are checked as they
// come. Over a session, plain text is matched where it starts a word, so
// that the file's full-text index finds it (SessionFilter::TextMode::Words);
// a log of its own matches it anywhere.
class MessageLogFilter : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class DirectionFilter { Both, Incoming, Outgoing };
    using Match = SessionFilter::Match;

    explicit MessageLogFilter(QObject *parent = nullptr);
    ~MessageLogFilter() override;

    // Must be a MessageLogModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    MessageLogModel *logModel() const { return m_log; }

    QString text() const { return m_text; }
    void setText(const QString &text, bool regularExpression = false);
    // Why the regular expression is not valid (the text filter is then off).
    QString textError() const { return m_filter.textError(); }

    DirectionFilter directionFilter() const;
    void setDirectionFilter(DirectionFilter direction);
    // Empty set = every kind.
    QSet<Message::Kind> kinds() const { return m_filter.kinds(); }
    void setKinds(const QSet<Message::Kind> &kinds);
    // Phoenix frames whose topic (event) matches; other messages are then
    // hidden. Contains: the text anywhere, case-insensitive, or with '*' a
    // wildcard pattern for the whole field ("room:*"). Exact: that topic only.
    QString topic() const { return m_filter.topic(); }
    void setTopic(const QString &topic, Match match = Match::Contains);
    QString event() const { return m_filter.event(); }
    void setEvent(const QString &event, Match match = Match::Contains);

    bool isActive() const { return m_filter.isActive(); }
    bool accepts(const Message &message) const;
    // The rules as they apply to this log (text mode and Phoenix version included).
    SessionFilter sessionFilter() const;

    // A background search over the session file is under way.
    bool isSearching() const { return m_searching; }
    // Stops it: the rows found so far stay, the rest are not looked at.
    void cancelSearch();

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The background search: started or ended (finished, cancelled, failed).
    void searchingChanged(bool searching);
    // done of total messages of the file looked at.
    void searchProgress(qint64 done, qint64 total);
    // The search stopped on an error (a damaged file); what it found stays.
    void searchFailed(const QString &message);

private:
    void refilter();
    bool acceptsRow(int sourceRow) const;
    void appendRows(const std::vector<int> &rows);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onFound(const QList<qint64> &rows);
    void onSearchEnded();
    void setSearching(bool searching);

    QPointer<MessageLogModel> m_log;
    SessionFilter m_filter;
    QString m_text;
    bool m_isRegex = false;
    bool m_identity = true; // inactive: every source row, as it is
    std::vector<int> m_rows; // active: the source rows shown, ascending
    // While a search covers the file's rows [0, m_searchEnd), later rows that
    // match wait here to follow its results.
    std::vector<int> m_tail;
    int m_searchEnd = 0;
    bool m_searching = false;
    SessionSearch *m_search;
};

} // namespace maxmon
