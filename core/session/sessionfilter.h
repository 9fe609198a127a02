#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionentry.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace maxmon {

/// Which rows of a log or session to show: by text, direction, kind, Phoenix
/// topic and event, and time. A value; the same rules for the window's
/// filters, the background search over a session (SessionSearch) and
/// `maxmon-cli query`.
///
/// Text is looked for in a message's readable text (MessageLogModel::
/// readableText(): text frames as text, close frames as code and reason),
/// binary payloads as lower-case hex without spaces, in one of three ways:
///
/// - Contains: anywhere, case-insensitive (or the message id, exactly);
/// - Words: where it starts a word, case-insensitive: "lobby" finds
///   "room:lobby" and "lobbyist", not "hobby". A session file's full-text
///   index (FTS5) finds these without reading every message (searchQuery());
///   binary payloads are not indexed and never match;
/// - RegularExpression: a Perl-compatible pattern, case-insensitive.
///
/// Events (SessionEvent rows) are shown only with setEventsShown(true), and
/// then pass the text filter on their text, and no direction, kind, topic or
/// event filter (they have none of these).
class MAXMON_CORE_EXPORT SessionFilter
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SessionFilter)

public:
    /// Which way messages went.
    enum class Direction {
        Both, ///< every message
        Incoming, ///< received only
        Outgoing, ///< sent only
    };
    /// How the text is matched (see the class description).
    enum class TextMode { Contains, Words, RegularExpression };
    /// How a Phoenix topic or event is matched.
    enum class Match {
        Contains, ///< the text anywhere, case-insensitive; with '*' a pattern for the whole field
        Exact, ///< that value only
    };

    /// A filter that lets every message through (and no event).
    SessionFilter() = default;

    /// The text to look for (empty: no text filter).
    void setText(const QString &text, TextMode mode = TextMode::Contains);
    /// See setText().
    QString text() const { return m_text; }
    /// See setText().
    TextMode textMode() const { return m_textMode; }
    /// Why the regular expression is invalid ("" when it is valid): the
    /// text filter is then off.
    QString textError() const { return m_textError; }

    /// Received, sent, or both.
    void setDirection(Direction direction) { m_direction = direction; }
    /// See setDirection().
    Direction direction() const { return m_direction; }
    /// Only these kinds; an empty set is every kind.
    void setKinds(const QSet<Message::Kind> &kinds) { m_kinds = kinds; }
    /// See setKinds().
    QSet<Message::Kind> kinds() const { return m_kinds; }
    /// Phoenix frames whose topic matches; other messages are then hidden.
    void setTopic(const QString &topic, Match match = Match::Contains);
    /// See setTopic().
    QString topic() const { return m_topic; }
    /// Phoenix frames whose event matches; other messages are then hidden.
    void setEvent(const QString &event, Match match = Match::Contains);
    /// See setEvent().
    QString event() const { return m_event; }
    /// Messages from fromUs to toUs (wall clock, microseconds since the
    /// epoch, inclusive); a negative bound is open.
    void setTimeRange(qint64 fromUs, qint64 toUs);
    /// See setTimeRange().
    qint64 fromUs() const { return m_fromUs; }
    /// See setTimeRange().
    qint64 toUs() const { return m_toUs; }
    /// Whether event rows are shown (see the class description).
    void setEventsShown(bool shown) { m_eventsShown = shown; }
    /// See setEventsShown().
    bool eventsShown() const { return m_eventsShown; }
    /// How Phoenix frames are decoded for the topic and event filters
    /// (MessageLogModel::decodePhoenix()).
    void setPhoenixVersion(std::optional<phoenix::Serializer::Version> version)
    {
        m_phoenixVersion = version;
    }
    /// See setPhoenixVersion().
    std::optional<phoenix::Serializer::Version> phoenixVersion() const { return m_phoenixVersion; }

    /// True when some criterion hides messages (showing events is none).
    bool isActive() const;
    /// True when the topic or event filter needs the Phoenix fields.
    bool needsPhoenixFields() const { return !m_topic.isEmpty() || !m_event.isEmpty(); }
    /// Whether the row passes. fields: the message's decoded Phoenix fields
    /// when the caller has them (else they are decoded when needed).
    bool matches(const SessionEntry &entry,
                 const MessageLogModel::PhoenixFields *fields = nullptr) const;
    /// Whether a message passes (see matches()).
    bool matchesMessage(const Message &message,
                        const MessageLogModel::PhoenixFields *fields = nullptr) const;

    /// For Words mode: the FTS5 query that finds every message the text can
    /// match in a session's index (each word of the text; the last one as a
    /// prefix unless the text ends after it). Empty when the index cannot
    /// help (another mode, or no word in the text): then every message is read.
    QString searchQuery() const;
    /// Words mode: whether text holds needle where needle starts a word.
    static bool containsWordStart(const QString &haystack, const QString &needle);

private:
    struct FieldPattern
    {
        Match match = Match::Contains;
        QRegularExpression wildcard; // valid when the text holds a '*'
    };
    static FieldPattern makePattern(const QString &text, Match match);
    static bool fieldMatches(const QString &value, const QString &text,
                             const FieldPattern &pattern);
    bool matchesText(const QString &haystack) const;

    QString m_text;
    TextMode m_textMode = TextMode::Contains;
    QString m_textError;
    QRegularExpression m_regex;
    Direction m_direction = Direction::Both;
    QSet<Message::Kind> m_kinds;
    QString m_topic;
    FieldPattern m_topicPattern;
    QString m_event;
    FieldPattern m_eventPattern;
    qint64 m_fromUs = -1;
    qint64 m_toUs = -1;
    bool m_eventsShown = false;
    std::optional<phoenix::Serializer::Version> m_phoenixVersion;
};

} // namespace maxmon
