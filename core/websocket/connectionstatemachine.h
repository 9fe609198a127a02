#pragma once

#include <maxmon/connectionstate.h>
#include <maxmon/maxmon_core_export.h>

#include <QHash>
#include <QObject>

#include <optional>

class QState;
class QStateMachine;

namespace maxmon {

// The connection lifecycle as a QStateMachine. One table says which trigger
// moves which state where; it builds the machine's transitions and answers
// whether a trigger is legal now, so an illegal request is refused up front
// with the state unchanged. Entry actions belong to the owner (the client),
// which reacts to entered().
class MAXMON_CORE_TEST_EXPORT ConnectionStateMachine : public QObject
{
    Q_OBJECT

public:
    enum class Trigger {
        Open, // user: open()
        Opened, // handshake done
        Failed, // attempt failed or connection lost, no retry
        RetryScheduled, // attempt failed or connection lost, retry later
        RetryDue, // retry timer fired, or the user asked to retry now
        Close, // user: close()
        Closed, // socket closed after our close frame (or the wait ran out)
        PeerClosedCleanly, // the peer closed with 1000: no error, no reconnect
    };
    Q_ENUM(Trigger)

    explicit ConnectionStateMachine(QObject *parent = nullptr);
    ~ConnectionStateMachine() override;

    // The state the connection is in, or is entering: after fire() returns
    // true, state() is the target even before the first event loop pass has
    // started the QStateMachine and run the entry actions.
    ConnectionState state() const { return m_expected; }
    // false until the first event loop pass after construction
    bool isRunning() const;
    bool accepts(Trigger trigger) const;
    // Moves to the table's target; false, and nothing happens, when the
    // current state has no transition for the trigger.
    bool fire(Trigger trigger);

    static std::optional<ConnectionState> target(ConnectionState from, Trigger trigger);
    static QString triggerName(Trigger trigger);

Q_SIGNALS:
    void entered(maxmon::ConnectionState state);
    // Drives the QStateMachine's transitions; not for use outside.
    void triggered(int trigger, QPrivateSignal);

private:
    QStateMachine *m_machine;
    QHash<ConnectionState, QState *> m_states;
    // The state the machine is heading for: differs from the QStateMachine's
    // configuration only before it has started or in the middle of a transition.
    ConnectionState m_expected = ConnectionState::Disconnected;
    bool m_initialStateEntered = false;
    QList<Trigger> m_firedBeforeStart;
};

} // namespace maxmon
