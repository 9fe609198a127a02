#include "messagelogfilter.h"

#include <maxmon/messagelogmodel.h>

namespace maxmon {

MessageLogFilter::MessageLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The log only grows at the end and shrinks at the front: keep its order.
    setDynamicSortFilter(true);
}

void MessageLogFilter::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_log = qobject_cast<MessageLogModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_log, "MessageLogFilter", "the source must be a MessageLogModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void MessageLogFilter::setText(const QString &text, bool regularExpression)
{
    if (text == m_text && regularExpression == m_isRegex)
        return;
    m_text = text;
    m_isRegex = regularExpression;
    m_textError.clear();
    m_regex = QRegularExpression();
    if (m_isRegex && !m_text.isEmpty()) {
        m_regex = QRegularExpression(m_text, QRegularExpression::CaseInsensitiveOption);
        if (m_regex.isValid())
            m_regex.optimize();
        else
            m_textError = tr("Invalid regular expression at %1: %2")
                              .arg(m_regex.patternErrorOffset() + 1)
                              .arg(m_regex.errorString());
    }
    invalidateFilter();
}

void MessageLogFilter::setDirectionFilter(DirectionFilter direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
}

void MessageLogFilter::setKinds(const QSet<Message::Kind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateFilter();
}

MessageLogFilter::FieldPattern MessageLogFilter::makePattern(const QString &text, Match match)
{
    FieldPattern pattern;
    pattern.match = match;
    if (match == Match::Contains && text.contains(QLatin1Char('*'))) {
        // only '*' is special (Qt 6.4's wildcards would also stop it at '/')
        QStringList parts = text.split(QLatin1Char('*'));
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        pattern.wildcard =
            QRegularExpression(QRegularExpression::anchoredPattern(parts.join(QLatin1String(".*"))),
                               QRegularExpression::CaseInsensitiveOption);
    }
    return pattern;
}

bool MessageLogFilter::matches(const QString &value, const QString &text,
                               const FieldPattern &pattern)
{
    if (text.isEmpty())
        return true;
    if (pattern.match == Match::Exact)
        return value == text;
    if (!pattern.wildcard.pattern().isEmpty())
        return pattern.wildcard.match(value).hasMatch();
    return value.contains(text, Qt::CaseInsensitive);
}

void MessageLogFilter::setTopic(const QString &topic, Match match)
{
    if (topic == m_topic && match == m_topicPattern.match)
        return;
    m_topic = topic;
    m_topicPattern = makePattern(topic, match);
    invalidateFilter();
}

void MessageLogFilter::setEvent(const QString &event, Match match)
{
    if (event == m_event && match == m_eventPattern.match)
        return;
    m_event = event;
    m_eventPattern = makePattern(event, match);
    invalidateFilter();
}

bool MessageLogFilter::isActive() const
{
    return (!m_text.isEmpty() && m_textError.isEmpty()) || m_direction != DirectionFilter::Both
        || !m_kinds.isEmpty() || !m_topic.isEmpty() || !m_event.isEmpty();
}

bool MessageLogFilter::accepts(const Message &message) const
{
    if (!m_topic.isEmpty() || !m_event.isEmpty()) {
        const MessageLogModel::PhoenixFields fields =
            MessageLogModel::decodePhoenix(message, m_log ? m_log->phoenixVersion() : std::nullopt);
        if (!matchesPhoenix(fields))
            return false;
    }
    return acceptsBasics(message);
}

bool MessageLogFilter::acceptsBasics(const Message &message) const
{
    if (m_direction == DirectionFilter::Incoming
        && message.direction() != Message::Direction::Incoming)
        return false;
    if (m_direction == DirectionFilter::Outgoing
        && message.direction() != Message::Direction::Outgoing)
        return false;
    // kind() may parse JSON: only ask when a kind filter needs it
    if (!m_kinds.isEmpty() && !m_kinds.contains(message.kind()))
        return false;
    return matchesText(message);
}

bool MessageLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_log)
        return false;
    if (!isActive())
        return true;
    // the fields decoded once and kept with the row
    if ((!m_topic.isEmpty() || !m_event.isEmpty())
        && !matchesPhoenix(m_log->phoenixFields(sourceRow)))
        return false;
    return acceptsBasics(m_log->message(sourceRow));
}

bool MessageLogFilter::matchesPhoenix(const MessageLogModel::PhoenixFields &fields) const
{
    return fields.isFrame && matches(fields.topic, m_topic, m_topicPattern)
        && matches(fields.event, m_event, m_eventPattern);
}

bool MessageLogFilter::matchesText(const Message &message) const
{
    if (m_text.isEmpty() || !m_textError.isEmpty())
        return true;
    QString haystack = MessageLogModel::readableText(message);
    if (haystack.isNull())
        haystack = QString::fromLatin1(message.payload().toHex());
    if (m_isRegex)
        return m_regex.match(haystack).hasMatch();
    return haystack.contains(m_text, Qt::CaseInsensitive) || message.id() == m_text;
}

} // namespace maxmon
