#include <maxmon/sessionfilter.h>

namespace maxmon {

namespace {

bool isWordCharacter(QChar c)
{
    // what FTS5's unicode61 tokenizer keeps in a token: letters, numbers and
    // the private use area; the rest separates
    return c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse || c.isSurrogate();
}

} // namespace

void SessionFilter::setText(const QString &text, TextMode mode)
{
    m_text = text;
    m_textMode = mode;
    m_textError.clear();
    m_regex = QRegularExpression();
    if (mode == TextMode::RegularExpression && !text.isEmpty()) {
        m_regex = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
        if (m_regex.isValid())
            m_regex.optimize();
        else
            m_textError = tr("Invalid regular expression at %1: %2")
                              .arg(m_regex.patternErrorOffset() + 1)
                              .arg(m_regex.errorString());
    }
}

SessionFilter::FieldPattern SessionFilter::makePattern(const QString &text, Match match)
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

bool SessionFilter::fieldMatches(const QString &value, const QString &text,
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

void SessionFilter::setTopic(const QString &topic, Match match)
{
    m_topic = topic;
    m_topicPattern = makePattern(topic, match);
}

void SessionFilter::setEvent(const QString &event, Match match)
{
    m_event = event;
    m_eventPattern = makePattern(event, match);
}

void SessionFilter::setTimeRange(qint64 fromUs, qint64 toUs)
{
    m_fromUs = fromUs;
    m_toUs = toUs;
}

bool SessionFilter::isActive() const
{
    return (!m_text.isEmpty() && m_textError.isEmpty()) || m_direction != Direction::Both
        || !m_kinds.isEmpty() || !m_topic.isEmpty() || !m_event.isEmpty() || m_fromUs >= 0
        || m_toUs >= 0;
}

bool SessionFilter::matches(const SessionEntry &entry,
                            const MessageLogModel::PhoenixFields *fields) const
{
    if (!entry.isEvent())
        return matchesMessage(entry.message(), fields);
    const qint64 time = entry.timestampUs();
    return m_eventsShown && m_direction == Direction::Both && m_kinds.isEmpty()
        && !needsPhoenixFields() && (m_fromUs < 0 || time >= m_fromUs)
        && (m_toUs < 0 || time <= m_toUs) && matchesText(entry.event().text());
}

bool SessionFilter::matchesMessage(const Message &message,
                                   const MessageLogModel::PhoenixFields *fields) const
{
    if (message.isNull())
        return false;
    if (m_direction == Direction::Incoming && message.direction() != Message::Direction::Incoming)
        return false;
    if (m_direction == Direction::Outgoing && message.direction() != Message::Direction::Outgoing)
        return false;
    const qint64 time = message.timestampUs();
    if ((m_fromUs >= 0 && time < m_fromUs) || (m_toUs >= 0 && time > m_toUs))
        return false;
    // kind() may parse JSON: only ask when a kind filter needs it
    if (!m_kinds.isEmpty() && !m_kinds.contains(message.kind()))
        return false;
    if (needsPhoenixFields()) {
        const MessageLogModel::PhoenixFields decoded =
            fields ? *fields : MessageLogModel::decodePhoenix(message, m_phoenixVersion);
        if (!decoded.isFrame || !fieldMatches(decoded.topic, m_topic, m_topicPattern)
            || !fieldMatches(decoded.event, m_event, m_eventPattern))
            return false;
    }
    if (m_text.isEmpty() || !m_textError.isEmpty())
        return true;
    if (m_textMode == TextMode::Words) {
        // what the word index holds: text frames, and close frames' reasons
        if (message.isTextFrame())
            return matchesText(message.text());
        return message.kind() == Message::Kind::Close && matchesText(message.closeReason());
    }
    QString haystack = MessageLogModel::readableText(message);
    if (haystack.isNull())
        haystack = QString::fromLatin1(message.payload().toHex());
    if (m_textMode == TextMode::Contains && message.id() == m_text)
        return true;
    return matchesText(haystack);
}

bool SessionFilter::matchesText(const QString &haystack) const
{
    if (m_text.isEmpty() || !m_textError.isEmpty())
        return true;
    switch (m_textMode) {
    case TextMode::Contains:
        return haystack.contains(m_text, Qt::CaseInsensitive);
    case TextMode::Words:
        return containsWordStart(haystack, m_text);
    case TextMode::RegularExpression:
        return m_regex.match(haystack).hasMatch();
    }
    return false;
}

bool SessionFilter::containsWordStart(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return true;
    const bool needleStartsWord = isWordCharacter(needle.at(0));
    for (qsizetype from = 0;;) {
        const qsizetype at = haystack.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        if (!needleStartsWord || at == 0 || !isWordCharacter(haystack.at(at - 1)))
            return true;
        from = at + 1;
    }
}

QString SessionFilter::searchQuery() const
{
    if (m_textMode != TextMode::Words || m_text.isEmpty())
        return {};
    QStringList terms;
    QString token;
    for (const QChar c : m_text) {
        if (isWordCharacter(c)) {
            token += c;
        } else if (!token.isEmpty()) {
            terms.append(QLatin1Char('"') + token + QLatin1Char('"'));
            token.clear();
        }
    }
    // a word the text ends in may go on in the message: a prefix
    if (!token.isEmpty())
        terms.append(QLatin1Char('"') + token + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

} // namespace maxmon
