#include "websocket/connectionstatemachine.h"

#include <QMetaEnum>
#include <QSignalTransition>
#include <QState>
#include <QStateMachine>

namespace maxmon {

namespace {

using S = ConnectionState;
using T = ConnectionStateMachine::Trigger;

struct Transition
{
    S from;
    T trigger;
    S to;
};

// The whole lifecycle. Anything not listed here is refused.
constexpr Transition transitions[] = {
    { S::Disconnected, T::Open, S::Connecting },

    { S::Connecting, T::Opened, S::Connected },
    { S::Connecting, T::Failed, S::Error },
    { S::Connecting, T::RetryScheduled, S::Reconnecting },
    { S::Connecting, T::Close, S::Disconnected },

    { S::Connected, T::Close, S::Disconnecting },
    { S::Connected, T::Failed, S::Error },
    { S::Connected, T::RetryScheduled, S::Reconnecting },
    { S::Connected, T::PeerClosedCleanly, S::Disconnected },

    { S::Disconnecting, T::Closed, S::Disconnected },

    { S::Reconnecting, T::RetryDue, S::Connecting },
    { S::Reconnecting, T::Failed, S::Error },
    { S::Reconnecting, T::Close, S::Disconnected },

    { S::Error, T::Open, S::Connecting },
    { S::Error, T::Close, S::Disconnected },
};

constexpr S allStates[] = { S::Disconnected,  S::Connecting,   S::Connected,
                            S::Disconnecting, S::Reconnecting, S::Error };

// A signal transition that fires only for one trigger value of triggered().
class TriggerTransition : public QSignalTransition
{
public:
    TriggerTransition(ConnectionStateMachine *sender, T trigger, QState *source)
        : QSignalTransition(sender, &ConnectionStateMachine::triggered, source)
        , m_trigger(trigger)
    { }

protected:
    bool eventTest(QEvent *event) override
    {
        if (!QSignalTransition::eventTest(event))
            return false;
        const auto *signal = static_cast<QStateMachine::SignalEvent *>(event);
        return signal->arguments().value(0).toInt() == static_cast<int>(m_trigger);
    }

private:
    T m_trigger;
};

} // namespace

ConnectionStateMachine::ConnectionStateMachine(QObject *parent)
    : QObject(parent)
    , m_machine(new QStateMachine(this))
{
    for (S state : allStates) {
        auto *qstate = new QState(m_machine);
        qstate->setObjectName(connectionStateName(state));
        m_states.insert(state, qstate);
        connect(qstate, &QState::entered, this, [this, state] {
            // Starting the machine enters Disconnected: not a change to report.
            if (!std::exchange(m_initialStateEntered, true))
                return;
            m_expected = state;
            Q_EMIT entered(state);
        });
    }
    for (const Transition &t : transitions) {
        auto *transition = new TriggerTransition(this, t.trigger, m_states.value(t.from));
        transition->setTargetState(m_states.value(t.to));
    }
    m_machine->setInitialState(m_states.value(S::Disconnected));

    // QStateMachine starts on the next event loop pass; keep what was fired
    // before that and replay it, so a client opened right after construction
    // works without the caller spinning the loop first.
    connect(m_machine, &QStateMachine::started, this, [this] {
        const QList<Trigger> pending = std::exchange(m_firedBeforeStart, {});
        for (Trigger trigger : pending)
            Q_EMIT triggered(static_cast<int>(trigger), QPrivateSignal());
    });
    m_machine->start();
}

ConnectionStateMachine::~ConnectionStateMachine()
{
    // Leave quietly: no entered() to an owner that is being destroyed.
    disconnect(this, &ConnectionStateMachine::entered, nullptr, nullptr);
    m_machine->stop();
}

std::optional<ConnectionState> ConnectionStateMachine::target(ConnectionState from, Trigger trigger)
{
    for (const Transition &t : transitions) {
        if (t.from == from && t.trigger == trigger)
            return t.to;
    }
    return std::nullopt;
}

bool ConnectionStateMachine::isRunning() const
{
    return m_machine->isRunning();
}

bool ConnectionStateMachine::accepts(Trigger trigger) const
{
    return target(m_expected, trigger).has_value();
}

bool ConnectionStateMachine::fire(Trigger trigger)
{
    const std::optional<S> next = target(m_expected, trigger);
    if (!next)
        return false;
    m_expected = *next;
    if (!m_machine->isRunning()) {
        m_firedBeforeStart.append(trigger);
        return true;
    }
    Q_EMIT triggered(static_cast<int>(trigger), QPrivateSignal());
    return true;
}

QString ConnectionStateMachine::triggerName(Trigger trigger)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<Trigger>().valueToKey(static_cast<int>(trigger)));
}

} // namespace maxmon
