#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <type_traits>

namespace maxmon::phoenix {

/// The presences of one channel, kept in sync like the JavaScript client's
/// Presence: a "presence_state" replaces the state (reporting the difference
/// as joins and leaves), a "presence_diff" applies {joins, leaves}. Each
/// presence is {"metas": [{"phx_ref": ..., ...}, ...], ...}, keyed by the
/// server's presence key; a key leaves when its last meta does.
///
/// Diffs that arrive before the state of the current join are buffered and
/// applied in order right after it: the channel tells the presence its join
/// ref with setJoinRef() every time it joins.
///
/// One difference from the JavaScript client: QJsonObject keeps keys sorted,
/// so joins, leaves and list() go by key, not by the order the server sent.
class MAXMON_CORE_EXPORT Presence : public QObject
{
    Q_OBJECT

public:
    /// Called for each key that joins or leaves: the presence before
    /// (current) and the metas that changed.
    using Callback = std::function<void(const QString &key, const QJsonObject &current,
                                        const QJsonObject &changed)>;

    /// The channel events this presence listens to.
    struct Events
    {
        QString state = QStringLiteral("presence_state"); ///< the event with the whole state
        QString diff = QStringLiteral("presence_diff"); ///< the event with joins and leaves
    };

    /// A presence for the default events.
    explicit Presence(QObject *parent = nullptr);
    /// A presence for other event names.
    explicit Presence(Events events, QObject *parent = nullptr);
    ~Presence() override;

    /// The channel events this presence listens to.
    Events events() const;

    /// Sets the ref of the channel's current join push; empty while not joined.
    void setJoinRef(const QString &joinRef);
    /// The ref of the channel's current join push.
    QString joinRef() const;
    /// True until the state for the current join ref has arrived.
    bool inPendingSyncState() const;
    /// Diffs buffered until the state arrives.
    int pendingDiffCount() const;

    /// Feeds one channel event. Returns true if it was the state or diff event,
    /// false for any other event; a malformed payload is an error and changes nothing.
    Result<bool> handleEvent(const QString &event, const QJsonValue &payload);
    /// Feeds a state payload; a malformed one is an error and changes nothing.
    Result<void> handleState(const QJsonValue &payload);
    /// Feeds a diff payload (buffered before the state of the current join).
    Result<void> handleDiff(const QJsonValue &payload);

    /// The presences by key: {"key": {"metas": [...]}, ...}.
    QJsonObject state() const;

    /// Every presence, by key.
    QList<QJsonObject> list() const { return list(state()); }
    /// What the chooser makes of each (key, presence), by key.
    template<typename Chooser>
    auto list(Chooser chooser) const
    {
        return list(state(), chooser);
    }

    /// The JavaScript client's Presence.syncState(): state brought to
    /// newState, reporting the difference as joins and leaves. A pure
    /// function; a missing presence is passed to the callbacks as an empty object.
    static QJsonObject syncState(QJsonObject state, const QJsonObject &newState,
                                 const Callback &onJoin = {}, const Callback &onLeave = {});
    /// The JavaScript client's Presence.syncDiff(): diff's joins and leaves
    /// applied to state. A pure function.
    static QJsonObject syncDiff(QJsonObject state, const QJsonObject &diff,
                                const Callback &onJoin = {}, const Callback &onLeave = {});
    /// Every presence of presences, by key.
    static QList<QJsonObject> list(const QJsonObject &presences);
    /// What the chooser makes of each (key, presence) of presences, by key.
    template<typename Chooser>
    static auto list(const QJsonObject &presences, Chooser chooser)
    {
        using T = std::decay_t<std::invoke_result_t<Chooser, const QString &, const QJsonObject &>>;
        QList<T> result;
        result.reserve(presences.size());
        for (auto it = presences.constBegin(); it != presences.constEnd(); ++it)
            result.append(chooser(it.key(), it.value().toObject()));
        return result;
    }

    /// Why a state payload is malformed, or an empty string.
    static QString validateState(const QJsonValue &payload);
    /// Why a diff payload is malformed, or an empty string.
    static QString validateDiff(const QJsonValue &payload);

Q_SIGNALS:
    /// A key joined or got new metas. current: the presence before the join
    /// (empty if the key is new); joinedPresence: the presence as joined,
    /// with only the new metas.
    void joined(const QString &key, const QJsonObject &current, const QJsonObject &joinedPresence);
    /// Metas of a key left. current: the presence after the leave (no metas
    /// left: the key is gone); leftPresence: the presence with the metas that left.
    void left(const QString &key, const QJsonObject &current, const QJsonObject &leftPresence);
    /// After every state, and after every diff applied outside the pending state.
    void synced();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::phoenix
