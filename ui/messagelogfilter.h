#pragma once

#include "websocket/message.h"

#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

namespace maxmon {

class MessageLogModel;

// Which messages of a MessageLogModel a view shows: by text (plain,
// case-insensitive, or a regular expression), by direction and by kind.
//
// The text is looked for in the whole payload, not just the preview: text
// frames as text, binary payloads as lower-case hex without spaces (so
// "deadbeef" finds those bytes). Rows keep the log's order; no sorting.
class MessageLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class DirectionFilter { Both, Incoming, Outgoing };

    explicit MessageLogFilter(QObject *parent = nullptr);

    // Must be a MessageLogModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    MessageLogModel *logModel() const { return m_log; }

    QString text() const { return m_text; }
    bool isRegularExpression() const { return m_isRegex; }
    void setText(const QString &text, bool regularExpression = false);
    // Why the regular expression is not valid (the text filter is then off).
    QString textError() const { return m_textError; }

    DirectionFilter directionFilter() const { return m_direction; }
    void setDirectionFilter(DirectionFilter direction);

    // Empty set = every kind.
    QSet<Message::Kind> kinds() const { return m_kinds; }
    void setKinds(const QSet<Message::Kind> &kinds);

    bool isActive() const;
    bool accepts(const Message &message) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesText(const Message &message) const;

    MessageLogModel *m_log = nullptr;
    QString m_text;
    bool m_isRegex = false;
    QString m_textError;
    QRegularExpression m_regex;
    DirectionFilter m_direction = DirectionFilter::Both;
    QSet<Message::Kind> m_kinds;
};

} // namespace maxmon
