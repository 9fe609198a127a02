#pragma once

#include <maxmon/message.h>
#include <maxmon/messagelogmodel.h>

#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

namespace maxmon {

// Which messages of a MessageLogModel a view shows: by text (plain,
// case-insensitive, or a regular expression), by direction, by kind, and
// for Phoenix frames by topic and event.
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

    // Phoenix frames whose topic (event) matches; other messages are then
    // hidden. Contains: the text anywhere, case-insensitive, or with '*' a
    // wildcard pattern for the whole field ("room:*"). Exact: that topic only.
    enum class Match { Contains, Exact };
    QString topic() const { return m_topic; }
    void setTopic(const QString &topic, Match match = Match::Contains);
    QString event() const { return m_event; }
    void setEvent(const QString &event, Match match = Match::Contains);

    bool isActive() const;
    bool accepts(const Message &message) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct FieldPattern
    {
        Match match = Match::Contains;
        QRegularExpression wildcard; // valid when the text holds a '*'
    };
    static FieldPattern makePattern(const QString &text, Match match);
    static bool matches(const QString &value, const QString &text, const FieldPattern &pattern);
    bool acceptsBasics(const Message &message) const; // direction, kind, text
    bool matchesText(const Message &message) const;
    bool matchesPhoenix(const MessageLogModel::PhoenixFields &fields) const;

    MessageLogModel *m_log = nullptr;
    QString m_text;
    bool m_isRegex = false;
    QString m_textError;
    QRegularExpression m_regex;
    DirectionFilter m_direction = DirectionFilter::Both;
    QSet<Message::Kind> m_kinds;
    QString m_topic;
    FieldPattern m_topicPattern;
    QString m_event;
    FieldPattern m_eventPattern;
};

} // namespace maxmon
