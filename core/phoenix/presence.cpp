#include <maxmon/phoenix/frame.h>
#include <maxmon/phoenix/presence.h>

#include <QJsonArray>

#include <utility>

namespace maxmon::phoenix {

namespace {

const QLatin1String kMetas("metas");
const QLatin1String kJoins("joins");
const QLatin1String kLeaves("leaves");

QJsonArray metasOf(const QJsonValue &presence)
{
    return presence.toObject().value(kMetas).toArray();
}

// The phx_ref of each meta; a meta without one has an undefined ref, which,
// as in the JavaScript client, matches other metas without one.
QList<QJsonValue> refsOf(const QJsonArray &metas)
{
    QList<QJsonValue> refs;
    refs.reserve(metas.size());
    for (const QJsonValue meta : metas)
        refs.append(meta.toObject().value(QLatin1String("phx_ref")));
    return refs;
}

QJsonArray metasNotIn(const QJsonArray &metas, const QList<QJsonValue> &refs)
{
    QJsonArray kept;
    for (const QJsonValue meta : metas) {
        if (!refs.contains(meta.toObject().value(QLatin1String("phx_ref"))))
            kept.append(meta);
    }
    return kept;
}

// Every presence must be {"metas": [...]}: what the JavaScript client
// needs to not throw.
// key: the diff's "joins" or "leaves"; empty for the state (a whole sentence of its own)
QString validatePresences(const QJsonObject &presences, const QString &key)
{
    for (auto it = presences.constBegin(); it != presences.constEnd(); ++it) {
        if (!it.value().isObject()) {
            return key.isEmpty() ? Presence::tr("presence \"%1\" in the state is %2, not an object")
                                       .arg(it.key(), jsonTypeName(it.value()))
                                 : Presence::tr("presence \"%1\" in %2 is %3, not an object")
                                       .arg(it.key(), key, jsonTypeName(it.value()));
        }
        const QJsonValue metas = it.value().toObject().value(kMetas);
        if (!metas.isArray()) {
            return key.isEmpty()
                ? Presence::tr("presence \"%1\" in the state has no metas array (metas is %2)")
                      .arg(it.key(), jsonTypeName(metas))
                : Presence::tr("presence \"%1\" in %2 has no metas array (metas is %3)")
                      .arg(it.key(), key, jsonTypeName(metas));
        }
    }
    return {};
}

} // namespace

struct Presence::Private
{
    explicit Private(Presence *presence, Events presenceEvents)
        : q(presence)
        , events(std::move(presenceEvents))
    { }

    void applyDiff(const QJsonObject &diff)
    {
        state = syncDiff(state, diff, joinCallback(), leaveCallback());
    }
    Callback joinCallback()
    {
        return [this](const QString &key, const QJsonObject &current, const QJsonObject &changed) {
            Q_EMIT q->joined(key, current, changed);
        };
    }
    Callback leaveCallback()
    {
        return [this](const QString &key, const QJsonObject &current, const QJsonObject &changed) {
            Q_EMIT q->left(key, current, changed);
        };
    }

    Presence *q;
    Events events;
    QJsonObject state;
    QList<QJsonObject> pendingDiffs;
    QString channelJoinRef;
    QString stateJoinRef; // the join ref when the last state arrived
};

Presence::Presence(QObject *parent)
    : Presence(Events(), parent)
{ }

Presence::Presence(Events events, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(events)))
{ }

Presence::~Presence() = default;

Presence::Events Presence::events() const
{
    return d->events;
}

void Presence::setJoinRef(const QString &joinRef)
{
    d->channelJoinRef = joinRef;
}

QString Presence::joinRef() const
{
    return d->channelJoinRef;
}

bool Presence::inPendingSyncState() const
{
    return d->stateJoinRef.isEmpty() || d->stateJoinRef != d->channelJoinRef;
}

int Presence::pendingDiffCount() const
{
    return int(d->pendingDiffs.size());
}

QJsonObject Presence::state() const
{
    return d->state;
}

Result<bool> Presence::handleEvent(const QString &event, const QJsonValue &payload)
{
    Result<void> handled;
    if (event == d->events.state)
        handled = handleState(payload);
    else if (event == d->events.diff)
        handled = handleDiff(payload);
    else
        return false;
    if (!handled)
        return failure(handled.error());
    return true;
}

Result<void> Presence::handleState(const QJsonValue &payload)
{
    const QString problem = validateState(payload);
    if (!problem.isEmpty()) {
        return failure(Error(Error::Code::PhoenixError,
                             tr("Malformed %1 payload: %2").arg(d->events.state, problem)));
    }
    d->stateJoinRef = d->channelJoinRef;
    d->state = syncState(d->state, payload.toObject(), d->joinCallback(), d->leaveCallback());
    const QList<QJsonObject> pending = std::exchange(d->pendingDiffs, {});
    for (const QJsonObject &diff : pending)
        d->applyDiff(diff);
    Q_EMIT synced();
    return {};
}

Result<void> Presence::handleDiff(const QJsonValue &payload)
{
    const QString problem = validateDiff(payload);
    if (!problem.isEmpty()) {
        return failure(Error(Error::Code::PhoenixError,
                             tr("Malformed %1 payload: %2").arg(d->events.diff, problem)));
    }
    if (inPendingSyncState()) {
        d->pendingDiffs.append(payload.toObject());
        return {};
    }
    d->applyDiff(payload.toObject());
    Q_EMIT synced();
    return {};
}

QJsonObject Presence::syncState(QJsonObject state, const QJsonObject &newState,
                                const Callback &onJoin, const Callback &onLeave)
{
    QJsonObject joins;
    QJsonObject leaves;
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        if (!newState.contains(it.key()))
            leaves.insert(it.key(), it.value());
    }
    for (auto it = newState.constBegin(); it != newState.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonObject newPresence = it.value().toObject();
        if (!state.contains(key)) {
            joins.insert(key, newPresence);
            continue;
        }
        const QJsonObject current = state.value(key).toObject();
        const QJsonArray joinedMetas = metasNotIn(metasOf(newPresence), refsOf(metasOf(current)));
        const QJsonArray leftMetas = metasNotIn(metasOf(current), refsOf(metasOf(newPresence)));
        if (!joinedMetas.isEmpty()) {
            QJsonObject joined = newPresence;
            joined.insert(kMetas, joinedMetas);
            joins.insert(key, joined);
        }
        if (!leftMetas.isEmpty()) {
            QJsonObject left = current;
            left.insert(kMetas, leftMetas);
            leaves.insert(key, left);
        }
    }
    return syncDiff(std::move(state), QJsonObject { { kJoins, joins }, { kLeaves, leaves } },
                    onJoin, onLeave);
}

QJsonObject Presence::syncDiff(QJsonObject state, const QJsonObject &diff, const Callback &onJoin,
                               const Callback &onLeave)
{
    const QJsonObject joins = diff.value(kJoins).toObject();
    const QJsonObject leaves = diff.value(kLeaves).toObject();

    for (auto it = joins.constBegin(); it != joins.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonObject newPresence = it.value().toObject();
        const bool known = state.contains(key);
        const QJsonObject current = state.value(key).toObject();
        QJsonObject merged = newPresence;
        if (known) {
            // the metas the presence had, then the joined ones
            QJsonArray metas = metasNotIn(metasOf(current), refsOf(metasOf(newPresence)));
            const QJsonArray joinedMetas = metasOf(newPresence);
            for (const QJsonValue meta : joinedMetas)
                metas.append(meta);
            merged.insert(kMetas, metas);
        }
        state.insert(key, merged);
        if (onJoin)
            onJoin(key, current, newPresence);
    }

    for (auto it = leaves.constBegin(); it != leaves.constEnd(); ++it) {
        const QString &key = it.key();
        if (!state.contains(key))
            continue;
        const QJsonObject leftPresence = it.value().toObject();
        QJsonObject current = state.value(key).toObject();
        const QJsonArray remaining = metasNotIn(metasOf(current), refsOf(metasOf(leftPresence)));
        current.insert(kMetas, remaining);
        if (onLeave)
            onLeave(key, current, leftPresence);
        if (remaining.isEmpty())
            state.remove(key);
        else
            state.insert(key, current);
    }
    return state;
}

QList<QJsonObject> Presence::list(const QJsonObject &presences)
{
    return list(presences, [](const QString &, const QJsonObject &presence) { return presence; });
}

QString Presence::validateState(const QJsonValue &payload)
{
    if (!payload.isObject())
        return tr("the state is %1, not an object of presences").arg(jsonTypeName(payload));
    return validatePresences(payload.toObject(), QString());
}

QString Presence::validateDiff(const QJsonValue &payload)
{
    if (!payload.isObject())
        return tr("the diff is %1, not an object").arg(jsonTypeName(payload));
    const QJsonObject diff = payload.toObject();
    for (const QLatin1String key : { kJoins, kLeaves }) {
        const QJsonValue part = diff.value(key);
        if (!part.isObject())
            return tr("%1 is %2, not an object of presences").arg(QString(key), jsonTypeName(part));
        QString problem = validatePresences(part.toObject(), QString(key));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace maxmon::phoenix
