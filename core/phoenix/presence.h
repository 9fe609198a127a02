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

// The presences of one channel, kept in sync like the JavaScript client's
// Presence: a "presence_state" replaces the state (reporting the difference
// as joins and leaves), a "presence_diff" applies {joins, leaves}. Each
// presence is {"metas": [{"phx_ref": ..., ...}, ...], ...}, keyed by the
// server's presence key; a key leaves when its last meta does.
//
// Diffs that arrive before the state of the current join are buffered and
// applied in order right after it: the channel tells the presence its join
// ref with setJoinRef() every time it joins.
//
// One difference from the JavaScript client: QJsonObject keeps keys sorted,
// so joins, leaves and list() go by key, not by the order the server sent.
class MAXMON_CORE_EXPORT Presence : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QString &key, const QJsonObject &current,
                                        const QJsonObject &changed)>;

    // the channel events this presence listens to
    struct Events
    {
        QString state = QStringLiteral("presence_state");
        QString diff = QStringLiteral("presence_diff");
    };

    explicit Presence(QObject *parent = nullptr);
    explicit Presence(Events events, QObject *parent = nullptr);
    ~Presence() override;

    Events events() const;

    // The ref of the channel's current join push; empty while not joined.
    void setJoinRef(const QString &joinRef);
    QString joinRef() const;
    // True until the state for the current join ref has arrived.
    bool inPendingSyncState() const;
    int pendingDiffCount() const;

    // Feeds one channel event. Returns true if it was the state or diff event,
    // false for any other event; a malformed payload is an error and changes nothing.
    Result<bool> handleEvent(const QString &event, const QJsonValue &payload);
    Result<void> handleState(const QJsonValue &payload);
    Result<void> handleDiff(const QJsonValue &payload);

    QJsonObject state() const;

    // Every presence, or what the chooser makes of each (key, presence).
    QList<QJsonObject> list() const { return list(state()); }
    template<typename Chooser>
    auto list(Chooser chooser) const
    {
        return list(state(), chooser);
    }

    // The JavaScript client's static API: pure functions over a state.
    // A missing presence is passed to the callbacks as an empty object.
    static QJsonObject syncState(QJsonObject state, const QJsonObject &newState,
                                 const Callback &onJoin = {}, const Callback &onLeave = {});
    static QJsonObject syncDiff(QJsonObject state, const QJsonObject &diff,
                                const Callback &onJoin = {}, const Callback &onLeave = {});
    static QList<QJsonObject> list(const QJsonObject &presences);
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

    // Why a state or diff payload is malformed, or an empty string.
    static QString validateState(const QJsonValue &payload);
    static QString validateDiff(const QJsonValue &payload);

Q_SIGNALS:
    // current: the presence before the join (empty if the key is new);
    // joinedPresence: the presence as joined, with only the new metas
    void joined(const QString &key, const QJsonObject &current, const QJsonObject &joinedPresence);
    // current: the presence after the leave (no metas left: the key is gone);
    // leftPresence: the presence with the metas that left
    void left(const QString &key, const QJsonObject &current, const QJsonObject &leftPresence);
    // after every state, and after every diff applied outside the pending state
    void synced();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::phoenix
