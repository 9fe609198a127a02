// The lifecycle table: every legal transition works, every other trigger is
// refused with the state unchanged.
#include "websocket/connectionstatemachine.h"

#include <QSignalSpy>
#include <QTest>

using namespace maxmon;
using S = ConnectionState;
using T = ConnectionStateMachine::Trigger;

Q_DECLARE_METATYPE(T)

namespace {

// The specification, written out independently of the implementation's table.
const QMap<QPair<S, T>, S> &legal()
{
    static const QMap<QPair<S, T>, S> table {
        { { S::Disconnected, T::Open }, S::Connecting },
        { { S::Connecting, T::Opened }, S::Connected },
        { { S::Connecting, T::Failed }, S::Error },
        { { S::Connecting, T::RetryScheduled }, S::Reconnecting },
        { { S::Connecting, T::Close }, S::Disconnected },
        { { S::Connected, T::Close }, S::Disconnecting },
        { { S::Connected, T::Failed }, S::Error },
        { { S::Connected, T::RetryScheduled }, S::Reconnecting },
        { { S::Connected, T::PeerClosedCleanly }, S::Disconnected },
        { { S::Disconnecting, T::Closed }, S::Disconnected },
        { { S::Reconnecting, T::RetryDue }, S::Connecting },
        { { S::Reconnecting, T::Failed }, S::Error },
        { { S::Reconnecting, T::Close }, S::Disconnected },
        { { S::Error, T::Open }, S::Connecting },
        { { S::Error, T::Close }, S::Disconnected },
    };
    return table;
}

// Triggers that lead from Disconnected to each state.
QList<T> pathTo(S state)
{
    switch (state) {
    case S::Disconnected:
        return {};
    case S::Connecting:
        return { T::Open };
    case S::Connected:
        return { T::Open, T::Opened };
    case S::Disconnecting:
        return { T::Open, T::Opened, T::Close };
    case S::Reconnecting:
        return { T::Open, T::RetryScheduled };
    case S::Error:
        return { T::Open, T::Failed };
    }
    return {};
}

constexpr S allStates[] = { S::Disconnected,  S::Connecting,   S::Connected,
                            S::Disconnecting, S::Reconnecting, S::Error };
constexpr T allTriggers[] = { T::Open,     T::Opened, T::Failed, T::RetryScheduled,
                              T::RetryDue, T::Close,  T::Closed, T::PeerClosedCleanly };

} // namespace

class TestConnectionStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTriggerFromEveryState_data();
    void everyTriggerFromEveryState();
    void startsDisconnected();
    void triggersBeforeTheLoopRunsAreKept();
    void triggerFiredFromAnEntryActionIsApplied();
};

void TestConnectionStateMachine::everyTriggerFromEveryState_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<T>("trigger");
    for (S from : allStates) {
        for (T trigger : allTriggers) {
            QTest::addRow("%s + %s", qPrintable(connectionStateName(from)),
                          qPrintable(ConnectionStateMachine::triggerName(trigger)))
                << from << trigger;
        }
    }
}

void TestConnectionStateMachine::everyTriggerFromEveryState()
{
    QFETCH(S, from);
    QFETCH(T, trigger);

    ConnectionStateMachine machine;
    QTRY_VERIFY(machine.isRunning());
    for (T step : pathTo(from))
        QVERIFY(machine.fire(step));
    QTRY_COMPARE(machine.state(), from);

    QSignalSpy entered(&machine, &ConnectionStateMachine::entered);
    const auto expected = legal().value({ from, trigger }, from);
    const bool isLegal = legal().contains({ from, trigger });
    QCOMPARE(machine.accepts(trigger), isLegal);
    QCOMPARE(machine.fire(trigger), isLegal);
    QCOMPARE(machine.state(), expected); // applied at once, no event loop pass needed
    QCOMPARE(entered.size(), isLegal ? 1 : 0);
    if (isLegal)
        QCOMPARE(entered.at(0).at(0).value<S>(), expected);
}

void TestConnectionStateMachine::startsDisconnected()
{
    ConnectionStateMachine machine;
    QCOMPARE(machine.state(), S::Disconnected);
    QVERIFY(!machine.accepts(T::Close));
    QVERIFY(machine.accepts(T::Open));
}

void TestConnectionStateMachine::triggersBeforeTheLoopRunsAreKept()
{
    ConnectionStateMachine machine;
    QSignalSpy entered(&machine, &ConnectionStateMachine::entered);
    QVERIFY(machine.fire(T::Open));
    QVERIFY(!machine.fire(T::Open)); // judged against where the machine is heading
    QVERIFY(machine.fire(T::Opened));
    QCOMPARE(machine.state(), S::Connected); // where it is heading, already
    QCOMPARE(entered.size(), 0); // entry actions wait for the loop
    QTRY_COMPARE(entered.size(), 2);
    QCOMPARE(entered.at(0).at(0).value<S>(), S::Connecting);
    QCOMPARE(entered.at(1).at(0).value<S>(), S::Connected);
}

void TestConnectionStateMachine::triggerFiredFromAnEntryActionIsApplied()
{
    ConnectionStateMachine machine;
    QTRY_VERIFY(machine.isRunning());
    connect(&machine, &ConnectionStateMachine::entered, &machine, [&machine](S state) {
        if (state == S::Connecting)
            machine.fire(T::Failed); // e.g. the socket could not even be created
    });
    QVERIFY(machine.fire(T::Open));
    QCOMPARE(machine.state(), S::Error);
}

QTEST_GUILESS_MAIN(TestConnectionStateMachine)
#include "tst_connectionstatemachine.moc"
